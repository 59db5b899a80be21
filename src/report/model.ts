// The report: one JSON shape for the `report` output, the CLI's --json and the server health route.
import { describe } from '../i18n/index.js';
import type { Redactor } from '../secrets.js';
import type { Settings } from '../settings/settings.js';
import { overallStatus, type CheckResult, type Group, type Language, type Status, type Verdict } from '../types.js';
import { TOOL, VERSION } from '../version.js';

export interface ReportResult {
  id: string;
  group: Group;
  status: Status;
  cause: string;
  title: string;
  message: string;
  fix?: string;
  params: CheckResult['params'];
  durationMs: number;
  details?: string[];
  file?: string;
  line?: number;
}

export interface Report {
  schemaVersion: 1;
  tool: string;
  version: string;
  status: Verdict;
  language: Language;
  startedAt: string;
  durationMs: number;
  where: { mode: 'action' | 'cli' | 'route'; runner: string };
  target: { provider: string; host: string; port: number; secure: boolean; user: string; from: string };
  counts: Record<Status, number>;
  messageId?: string;
  results: ReportResult[];
}

export function buildReport(results: readonly CheckResult[], settings: Settings, startedAt: Date, redactor: Redactor): Report {
  const language = settings.language;
  const counts: Record<Status, number> = { pass: 0, warn: 0, fail: 0, skip: 0 };
  for (const r of results) counts[r.status]++;
  const provider = settings.provider;
  const report: Report = {
    schemaVersion: 1,
    tool: TOOL,
    version: VERSION,
    status: overallStatus(results),
    language,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    where: { mode: settings.runtime.mode, runner: settings.runtime.runner },
    target: {
      provider: provider.kind === 'known' ? provider.provider.id : provider.kind === 'custom' ? 'custom' : provider.name,
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      user: settings.user,
      from: settings.from,
    },
    counts,
    messageId: results.find((r) => r.messageId)?.messageId,
    results: results.map((r) => {
      const words = describe(r, language);
      return {
        id: r.id,
        group: r.group,
        status: r.status,
        cause: r.cause,
        title: words.title,
        message: words.text,
        ...(words.fix && (r.status === 'fail' || r.status === 'warn') ? { fix: words.fix } : {}),
        params: r.params,
        durationMs: r.durationMs,
        ...(r.details?.length ? { details: r.details } : {}),
        ...(r.location ? { file: r.location.file, line: r.location.line } : {}),
      };
    }),
  };
  return redactor.redactDeep(report);
}

const SEVERITY: Record<Status, number> = { fail: 0, warn: 1, skip: 2, pass: 3 };

/** Most severe first, stable within a severity. */
export function bySeverity<T extends { status: Status }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status]);
}
