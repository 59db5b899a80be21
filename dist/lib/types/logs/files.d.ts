import { type Settings } from '../settings/settings.js';
import type { LogContext } from './scan.js';
/** Only the end of each file is read: recent errors matter, and logs can be huge. */
export declare const LOG_TAIL_BYTES: number;
/** The end of a log: only regular files inside the folders the patterns name, never more than the tail. */
export declare function tail(path: string, folders: readonly string[]): Promise<string>;
export declare function expand(patterns: readonly string[]): Promise<string[]>;
/** The context of a scan from the settings: the provider configured, the user and sender when set. */
export declare const contextOf: (s: Settings) => LogContext;
/** How long each log is now (bytes), to read later only what was written since (no clock is compared). */
export declare function logSizes(patterns: readonly string[]): Promise<Record<string, number>>;
/** What each log gained since `sizes` were taken (at most the tail's worth); a log that shrank was rotated: none. */
export declare function writtenSince(patterns: readonly string[], sizes: Record<string, number>): Promise<string[]>;
