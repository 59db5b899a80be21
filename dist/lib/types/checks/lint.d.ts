import type { Check } from '../engine.js';
export declare const lintCheck: Check;
export declare const LINT_CHECKS: readonly [Check<undefined>];
