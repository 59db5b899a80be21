import type { Check } from '../engine.js';
export declare const SPF_LOOKUP_LIMIT = 10;
export declare const SPF_VOID_LIMIT = 2;
export declare const mxCheck: Check<undefined>;
export declare const spfCheck: Check<undefined>;
export declare const dkimCheck: Check<undefined>;
/** rua/ruf take comma-separated mailto: URIs, each optionally with a size limit (!10m). */
export declare const isValidRua: (value: string) => boolean;
export declare const dmarcCheck: Check<undefined>;
export declare const DELIVERABILITY_CHECKS: readonly [Check<undefined>, Check<undefined>, Check<undefined>, Check<undefined>];
