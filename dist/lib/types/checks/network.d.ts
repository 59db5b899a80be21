import type { Check } from '../engine.js';
/** Submission ports worth trying when the configured one fails. */
export declare const ALTERNATIVE_PORTS: readonly [465, 587, 25, 2525];
export declare const resolveCheck: Check;
export declare const connectCheck: Check;
export declare const NETWORK_CHECKS: readonly Check[];
