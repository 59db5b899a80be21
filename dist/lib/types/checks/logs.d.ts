import type { Check } from '../engine.js';
import type { Cause, Outcome } from '../types.js';
/** Only the end of each file is read: recent errors matter, and logs can be huge. */
export declare const LOG_TAIL_BYTES: number;
export interface LogFinding {
    cause: Cause;
    params: Outcome['params'];
    timestamp?: string;
    line: string;
}
/** A log line as a mail failure, or undefined when it is not one. */
export declare function classifyLogLine(line: string, provider?: string): LogFinding | undefined;
export declare const logsCheck: Check;
