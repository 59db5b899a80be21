/** The encodings a password can travel in: plain, trimmed, base64 (also inside larger blobs), URL, hex, JSON, AUTH PLAIN. */
export declare function secretVariants(secret: string, user?: string): string[];
export interface Redactor {
    redact(text: string): string;
    /** Redacts every string inside a JSON-like value. */
    redactDeep<T>(value: T): T;
    readonly secrets: readonly string[];
}
export declare function createRedactor(secrets: readonly string[]): Redactor;
