export declare const SPF_LOOKUP_LIMIT = 10;
export declare const SPF_VOID_LIMIT = 2;
export declare const mxCheck: import("../engine.js").Check<undefined>;
export declare const spfCheck: import("../engine.js").Check<undefined>;
export declare const dkimCheck: import("../engine.js").Check<undefined>;
/** rua/ruf take comma-separated mailto: URIs, each optionally with a size limit (!10m). */
export declare const isValidRua: (value: string) => boolean;
export declare const dmarcCheck: import("../engine.js").Check<undefined>;
export declare const DELIVERABILITY_CHECKS: readonly [import("../engine.js").Check<undefined>, import("../engine.js").Check<undefined>, import("../engine.js").Check<undefined>, import("../engine.js").Check<undefined>];
