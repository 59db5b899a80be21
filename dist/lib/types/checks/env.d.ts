import type { Check } from '../engine.js';
export declare const inputsCheck: Check;
export declare const providerCheck: Check;
export declare const userCheck: Check;
export declare const passwordCheck: Check;
export declare const fromCheck: Check;
export declare const recipientCheck: Check;
export declare const serverCheck: Check;
export declare const tlsVerifyCheck: Check;
/** Exchange Online keeps basic SMTP AUTH until the end of December 2026 (MC786329). */
export declare const EXCHANGE_BASIC_AUTH_END = "2026-12-31";
export declare const basicAuthRetirementCheck: Check;
export declare const nodeEnvCheck: Check;
export declare const ENV_CHECKS: readonly [Check<undefined>, Check<undefined>, Check<undefined>, Check<undefined>, Check<undefined>, Check<undefined>, Check<undefined>, Check<undefined>, Check<undefined>, Check<undefined>];
