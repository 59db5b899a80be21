import type { Check } from '../engine.js';
export declare const SPF_LOOKUP_LIMIT = 10;
export declare const SPF_VOID_LIMIT = 2;
export declare const mxCheck: Check;
export declare const spfCheck: Check;
export declare const dkimCheck: Check;
/** rua/ruf take comma-separated mailto: URIs, each optionally with a size limit (!10m). */
export declare const isValidRua: (value: string) => boolean;
export declare const dmarcCheck: Check;
export declare const DELIVERABILITY_CHECKS: readonly Check[];
