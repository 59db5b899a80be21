import { type Check } from '../engine.js';
import type { Report } from '../report/model.js';
import type { Settings } from '../settings/settings.js';
export declare const backoffMs: (s: Settings, retry: number) => number;
/** The longest the health check can take: every attempt timing out, plus every wait. */
export declare function healthDeadlineMs(s: Settings): number;
/** A report from checkEmailHealth(): the same schema as our `report` output. */
export declare function asReport(body: string): Report | undefined;
/** The deployed app's own report, when its health route returns checkEmailHealth(). */
export declare const healthCheck: Check<Report>;
export declare const serverReportCheck: Check;
export declare const smokeCheck: Check;
export declare const HEALTH_CHECKS: readonly [Check<Report>, Check<undefined>, Check<undefined>];
