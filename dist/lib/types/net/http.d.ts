export interface HttpAnswer {
    status: number;
    location?: string;
    contentType: string;
    body: string;
    ms: number;
}
export type HttpFailure = 'refused' | 'timeout' | 'dns' | 'tls' | 'reset' | 'error';
export declare class HttpError extends Error {
    readonly failure: HttpFailure;
    readonly detail: string;
    constructor(failure: HttpFailure, detail: string);
}
export declare function request(url: string, options: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    timeoutMs: number;
    signal?: AbortSignal;
}): Promise<HttpAnswer>;
