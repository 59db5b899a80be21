import { type Check } from '../engine.js';
/**
 * The OAuth2 access token, fetched from the token endpoint while the connection is being opened (it needs
 * nothing from it), or taken as given. Planned only when OAuth2 is configured.
 */
export declare const oauth2TokenCheck: Check<string>;
export declare const OAUTH2_CHECKS: readonly [Check<string>];
