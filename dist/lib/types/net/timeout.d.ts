export declare class TimeoutError extends Error {
    readonly ms: number;
    constructor(ms: number);
}
export declare function withTimeout<T>(work: Promise<T>, ms: number, signal?: AbortSignal, onTimeout?: () => void): Promise<T>;
export declare const sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
