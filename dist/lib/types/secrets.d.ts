/**
 * A secret shorter than this is not redacted: masking one or two letters would shred every word (and
 * once turned `fail` into `f***il`). The env check reports such a password as critical instead.
 */
export declare const MIN_REDACTABLE_LENGTH = 4;
/** The encodings a password can travel in: plain, trimmed, base64 (also inside larger blobs), URL, hex, JSON, AUTH PLAIN. */
export declare function secretVariants(secret: string, user?: string): string[];
export interface Redactor {
    redact: (text: string) => string;
    /** Redacts every string inside a JSON-like value. */
    redactDeep: <T>(value: T) => T;
    readonly secrets: readonly string[];
    /** A secret learned during the run (a fetched access token): its forms are redacted from here on. Returns the new forms. */
    add: (secret: string) => string[];
    /** Forms already made (the secrets inside a `targets` list, each with its login). Returns the new forms. */
    addForms: (forms: readonly string[]) => string[];
}
export declare function createRedactor(secrets: readonly string[]): Redactor;
