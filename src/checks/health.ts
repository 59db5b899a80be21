// health and server: the deployed app answers, and (when its health route uses checkEmailHealth)
// the app's own view of its email path, from its own network and with its own secrets.
import { produce, type Check } from '../engine.js';
import { HttpError, request, type HttpAnswer } from '../net/http.js';
import { sleep } from '../net/timeout.js';
import { readServerReport, type ServerReport } from '../net/server-report.js';
import type { Settings } from '../settings/settings.js';
import { clip } from '../text.js';
import type { Outcome, Params } from '../types.js';
import { isCause } from '../i18n/causes.js';

/** One wait between attempts never exceeds this. */
const MAX_BACKOFF_MS = 60_000;
const MAX_SERVER_RESULTS = 200;
const MAX_JSON_FIELDS = 30;

export const backoffMs = (s: Settings, retry: number): number =>
  Math.min(MAX_BACKOFF_MS, s.health.intervalSeconds * 1000 * 2 ** (retry - 1));

/** The longest the health check can take: every attempt timing out, plus every wait. */
export function healthDeadlineMs(s: Settings): number {
  let total = s.health.attempts * s.timeoutMs;
  for (let retry = 1; retry < s.health.attempts; retry++) total += backoffMs(s, retry);
  return total;
}

/** Top-level JSON fields, for the summary. */
function jsonFields(body: string): string[] {
  try {
    const value: unknown = JSON.parse(body);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
    return Object.entries(value)
      .slice(0, MAX_JSON_FIELDS)
      .map(([k, v]) => `${k}: ${clip(typeof v === 'object' ? JSON.stringify(v) : String(v), 120)}`);
  } catch {
    return [];
  }
}

const retryable = (answer: HttpAnswer): boolean => answer.status >= 500 || answer.status === 404;

/** The deployed app's own report, when its health route returns checkEmailHealth(). */
/** What the server's route answered: its report as far as it could be read, and the HTTP status it came with. */
export interface ServerAnswer {
  report: ServerReport;
  httpStatus: number;
  /** When the answer arrived (our clock): with the report's own end, how old a cached report is. */
  receivedAt: number;
}

/** A report finished this close to the request was made for it; an older one came from the route's cache. */
const FRESH_MS = 2000;

/** What the server checked and how old its report is, when the report says (older versions do not). */
function targetOutcome(answer: ServerAnswer): Outcome | undefined {
  const { target, finishedAt, durationMs } = answer.report;
  if (!target) return undefined;
  // The row's time is the server's whole run.
  const took = durationMs !== undefined ? { durationMs } : {};
  const params = { provider: target.provider || 'SMTP', host: target.host, port: target.port, mode: target.secure ? 'TLS' : 'STARTTLS' };
  // Clocks differ between hosts: a report "from the future" is taken as fresh.
  const ageMs = finishedAt === undefined ? 0 : Math.max(0, answer.receivedAt - finishedAt);
  if (ageMs < FRESH_MS) return { status: 'pass', cause: 'server-report-target', params, ...took };
  return { status: 'pass', cause: 'server-report-target-cached', params: { ...params, age: ageText(ageMs) }, ...took };
}

/** An age in the largest unit that keeps it readable: `40 s`, `12 min`, `3 h`, `2 d`. */
function ageText(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  if (s < 172_800) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86_400)} d`;
}

/** The health request neither follows redirects nor fails on size (it cuts): those two never come from it. */
const healthFailure = (error: HttpError): Exclude<HttpError['failure'], 'too-large' | 'redirects'> =>
  error.failure === 'too-large' || error.failure === 'redirects' ? 'error' : error.failure;

export const healthCheck: Check<ServerAnswer> = {
  id: 'health.endpoint',
  group: 'health',
  requires: (s) => (s.health.url === '' ? 'health-url' : undefined),
  budgetMs: healthDeadlineMs,
  run: async ({ settings: s, signal, now }) => {
    const { url, attempts, expect, headers } = s.health;
    const deadline = Math.round(healthDeadlineMs(s) / 100) / 10;
    const log: string[] = [];
    let last: HttpAnswer | HttpError | undefined;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const base: Params = { url, attempts: attempt, deadline };
      try {
        const answer = await request(url, { headers, timeoutMs: s.timeoutMs, signal, ca: s.tlsCa });
        log.push(`attempt ${attempt}: HTTP ${answer.status} in ${answer.ms} ms${answer.location ? ` → ${answer.location}` : ''}`);
        const report = readServerReport(answer.body);
        if (report) {
          const params = { ...base, status: answer.status, verdict: report.status };
          return produce(
            { status: 'pass', cause: 'health-report', params, details: log },
            {
              report,
              httpStatus: answer.status,
              receivedAt: now(),
            },
          );
        }
        if (answer.status >= 300 && answer.status < 400)
          return {
            status: 'fail',
            cause: 'health-redirect',
            params: { ...base, status: answer.status, location: answer.location ?? '' },
            details: log,
          };
        if (answer.status === 401 || answer.status === 403)
          return { status: 'fail', cause: 'health-unauthorized', params: { ...base, status: answer.status }, details: log };
        if (answer.status >= 200 && answer.status < 300) {
          const details = [...log, ...jsonFields(answer.body)];
          if (expect && !answer.body.includes(expect))
            return { status: 'fail', cause: 'health-body-mismatch', params: { ...base, expect, body: clip(answer.body, 200) }, details };
          return {
            status: 'pass',
            cause: attempt > 1 ? 'health-ok-after-retries' : 'health-ok',
            params: { ...base, status: answer.status, ms: answer.ms },
            details,
          };
        }
        if (!retryable(answer))
          return {
            status: 'fail',
            cause: 'health-status',
            params: { ...base, status: answer.status, body: clip(answer.body, 200) },
            details: log,
          };
        last = answer;
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        log.push(`attempt ${attempt}: ${error.failure} (${error.detail})`);
        last = error;
      }
      if (attempt < attempts) await sleep(backoffMs(s, attempt), signal);
    }
    const params: Params = { url, attempts, deadline };
    if (last instanceof HttpError)
      return { status: 'fail', cause: `health-${healthFailure(last)}`, params: { ...params, detail: last.detail }, details: log };
    return {
      status: 'fail',
      cause: 'health-status',
      params: { ...params, status: last?.status ?? 0, body: clip(last?.body ?? '', 200) },
      details: log,
    };
  },
};

/**
 * The server's own report, item by item. Both its HTTP status and its own verdict count: either one failing
 * fails the run, even when no item it lists explains why. An item that cannot be read is critical, and so is a
 * failure among the items past the display cap.
 */
export const serverReportCheck: Check = {
  id: 'server.report',
  group: 'server',
  needs: [healthCheck],
  relevant: (s) => s.health.url !== '',
  run: ({ settings: s, get }): Outcome | Outcome[] => {
    const answer = get(healthCheck);
    if (!answer) return { status: 'skip', cause: 'server-report-absent', params: { url: s.health.url } };
    const { report, httpStatus } = answer;
    const shown = report.items.slice(0, MAX_SERVER_RESULTS);
    const hidden = report.items.slice(MAX_SERVER_RESULTS);
    const outcomes: Outcome[] = shown.map((r): Outcome => ({
      subject: r.id,
      status: r.status,
      ...(r.durationMs !== undefined ? { durationMs: r.durationMs } : {}),
      // A cause this version knows is told in our words and language; another is shown in the server's own.
      ...(isCause(r.cause)
        ? { cause: r.cause, params: r.params }
        : { cause: 'server-item-foreign', params: { serverCause: r.cause, message: r.message, fix: r.fix ?? '' } }),
      ...(r.details ? { details: r.details } : {}),
    }));
    const url = s.health.url;
    if (report.problem !== undefined) {
      outcomes.push({
        status: 'fail',
        cause: 'server-report-unreadable',
        params: { url, problem: report.problem, count: report.unreadable },
      });
    }
    const hiddenFailing = hidden.filter((r) => r.status === 'fail').length;
    if (hidden.length > 0) {
      const params = { left: hidden.length, failing: hiddenFailing };
      outcomes.push(
        hiddenFailing > 0
          ? { status: 'fail', cause: 'server-report-cut-failing', params }
          : { status: 'skip', cause: 'server-report-cut', params },
      );
    }
    const serverFails = report.status === 'fail' || httpStatus >= 400;
    if (serverFails && !outcomes.some((o) => o.status === 'fail')) {
      outcomes.push({ status: 'fail', cause: 'server-report-failing', params: { url, status: httpStatus, verdict: report.status } });
    }
    const target = targetOutcome(answer);
    if (target) outcomes.unshift(target);
    return outcomes.length ? outcomes : { status: 'pass', cause: 'server-report-empty', params: { url } };
  },
};

export const HEALTH_CHECKS = [healthCheck, serverReportCheck] as const;
