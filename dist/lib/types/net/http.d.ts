export interface HttpAnswer {
    status: number;
    location?: string;
    contentType: string;
    body: string;
    ms: number;
    /** The `Link` header (the GitHub API's pages). */
    link?: string;
    /** The `Retry-After` header (a 429's or 503's). */
    retryAfter?: string;
    /** The body was longer than the cap and was cut (only with `overflow: 'cut'`). */
    truncated: boolean;
    /** The URL that answered, after any redirect followed. */
    url: string;
}
export type HttpFailure = 'refused' | 'timeout' | 'dns' | 'tls' | 'reset' | 'too-large' | 'redirects' | 'error';
export declare class HttpError extends Error {
    readonly failure: HttpFailure;
    readonly detail: string;
    constructor(failure: HttpFailure, detail: string);
}
/** What a health page or an error body needs; an API page sets its own cap. */
export declare const DEFAULT_MAX_BYTES: number;
export interface RequestOptions {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    /** The deadline of the whole exchange: connection, redirects, headers and body. */
    timeoutMs: number;
    signal?: AbortSignal;
    maxBytes?: number;
    /** `cut` (default): keep the first `maxBytes` and say so; `fail`: a longer answer is an error (a page of data cut short is wrong data). */
    overflow?: 'cut' | 'fail';
    /** Redirects followed (default 0: a redirect is the answer). */
    maxRedirects?: number;
    /** Trusted roots for HTTPS (the system's plus `tls-ca`); empty: the system's. */
    ca?: readonly string[];
}
export declare function request(url: string, options: RequestOptions): Promise<HttpAnswer>;
