import type { Check } from '../engine.js';
export declare const ALL_CHECKS: readonly Check<unknown>[];
