import { type Check } from '../engine.js';
import { type ServerReport } from '../net/server-report.js';
import type { Settings } from '../settings/settings.js';
export declare const backoffMs: (s: Settings, retry: number) => number;
/** The longest the health check can take: every attempt timing out, plus every wait. */
export declare function healthDeadlineMs(s: Settings): number;
/** The deployed app's own report, when its health route returns checkEmailHealth(). */
/** What the server's route answered: its report as far as it could be read, and the HTTP status it came with. */
export interface ServerAnswer {
    report: ServerReport;
    httpStatus: number;
    /** When the answer arrived (our clock): with the report's own end, how old a cached report is. */
    receivedAt: number;
}
export declare const healthCheck: Check<ServerAnswer>;
/**
 * The server's own report, item by item. Both its HTTP status and its own verdict count: either one failing
 * fails the run, even when no item it lists explains why. An item that cannot be read is critical, and so is a
 * failure among the items past the display cap.
 */
export declare const serverReportCheck: Check;
export declare const HEALTH_CHECKS: readonly [Check<ServerAnswer>, Check<undefined>];
