import { type Check } from '../engine.js';
import type { Cause } from '../i18n/causes.js';
import type { Settings } from '../settings/settings.js';
import type { SmtpFailure } from '../smtp/session.js';
import type { Params } from '../types.js';
/**
 * The OAuth2 access token, fetched from the token endpoint while the connection is being opened (it needs
 * nothing from it), or taken as given. Planned only when OAuth2 is configured.
 */
export declare const oauth2TokenCheck: Check<string>;
/** A refused XOAUTH2 login: the server's JSON says whether the token or its scope is the problem. */
export declare function diagnoseXoauth2(error: SmtpFailure, s: Settings): {
    cause: Cause;
    params: Params;
};
