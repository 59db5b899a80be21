import type { Check } from '../engine.js';
export declare const logsCheck: Check;
export declare const LOGS_CHECKS: readonly [Check<undefined>];
