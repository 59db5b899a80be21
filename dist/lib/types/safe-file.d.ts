export type Refusal = 'not-regular' | 'outside' | 'too-large' | 'unreadable';
/** A config file (a CA bundle, `.env`, a workflow) larger than this is not one. */
export declare const CONFIG_FILE_MAX_BYTES: number;
export declare class FileRefused extends Error {
    readonly reason: Refusal;
    readonly path: string;
    readonly detail: string;
    constructor(reason: Refusal, path: string, detail?: string);
}
export interface ReadLimits {
    /** Folders the file's real path must lie in; empty: anywhere. */
    within: readonly string[];
    maxBytes: number;
    /** Past the cap: read the last `maxBytes` (a log) instead of refusing (a config file). */
    tail?: boolean;
}
/** Reads a file within the limits, or throws FileRefused. */
export declare function readSafely(path: string, limits: ReadLimits): Promise<{
    text: string;
    cut: boolean;
}>;
/** The same, synchronously, for the settings parser (`tls-ca`), which never awaits. */
export declare function readSafelySync(path: string, limits: ReadLimits): string;
/** The folder part of a glob, before its first wildcard: the folder the pattern means to read. */
export declare function globBase(pattern: string): string;
