import type { Check } from '../engine.js';
/** Only the end of each file is read: recent errors matter, and logs can be huge. */
export declare const LOG_TAIL_BYTES: number;
export declare const logsCheck: Check;
export declare const LOGS_CHECKS: readonly [Check<undefined>];
