import type { Check } from '../engine.js';
/** RFC 8461 3.2: a max_age under a day makes the policy nearly useless against a downgrade. */
export declare const MTA_STS_MIN_MAX_AGE = 86400;
export declare const mtaStsCheck: Check;
export declare const tlsRptCheck: Check;
export declare const bimiCheck: Check;
export declare const TRANSPORT_POLICY_CHECKS: readonly [Check<undefined>, Check<undefined>, Check<undefined>];
