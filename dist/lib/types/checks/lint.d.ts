import type { Check } from '../engine.js';
export declare const lintCheck: Check;
/**
 * lint.code: the app's own mail code. Every source file is parsed (nothing runs), nodemailer's calls are found
 * through simple bindings, across modules where one imports another's transport directly, and each mistake is
 * reported at its line.
 */
export declare const codeLintCheck: Check;
export declare const LINT_CHECKS: readonly [Check<undefined>, Check<undefined>];
