// The report: one JSON shape for the `report` output, the CLI's --json and the server health route.
import { isCause } from '../i18n/causes.js';
import { GROUP_TITLES, UI, describe, pick, type Audience, type Described } from '../i18n/index.js';
import { Text } from '../untrusted.js';
import { categoryOf, type Category } from '../smtp/categories.js';
import type { Redactor } from '../secrets.js';
import type { Settings } from '../settings/settings.js';
import {
  overallStatus,
  type CheckResult,
  type ResultRow,
  type Group,
  type Language,
  type Params,
  type Status,
  type Verdict,
} from '../types.js';
import { TOOL, VERSION } from '../version.js';
import { chainStatus, chainVerdict, chainViewOf, firstProblem, worst, type Chain, type ChainView, type Requirement } from './chain.js';

/** One row of the report JSON. */
export type ReportResult = ResultRow;

export interface Report {
  schemaVersion: 1;
  tool: string;
  version: string;
  status: Verdict;
  language: Language;
  startedAt: string;
  durationMs: number;
  /** `source`: the repository's files at the run's commit, on GitHub, that `file` and `line` point into. */
  where: { mode: 'action' | 'cli' | 'route'; runner: string; source?: string };
  target: { provider: string; host: string; port: number; secure: boolean; user: string; from: string };
  counts: Record<Status, number>;
  messageId?: string;
  /** Where the test mail went, when the delivery check found it. */
  delivery?: DeliveryPath;
  /** Several mail servers in one run (`targets`): the failover chain, the primary first. */
  chain?: Chain;
  results: ReportResult[];
}

/** The test mail's path: accepted by the SMTP server, found in a folder of the mailbox, judged by the receiver. */
export interface DeliveryPath {
  host: string;
  queueId: string;
  folder: string;
  junk: boolean;
  /** From the SMTP server's 250 to the mail found in the mailbox. */
  seconds: number;
  /** The receiver's (or our) result for each of SPF, DKIM and DMARC, as found. */
  authentication: Partial<Record<'spf' | 'dkim' | 'dmarc', string>>;
}

/** The delivery check's findings in one place, or undefined when it did not find the mail. */
function deliveryPath(results: readonly CheckResult[], redactor: Redactor): DeliveryPath | undefined {
  const found = results.find((r) => r.id === 'delivery.inbox' && (r.status === 'pass' || r.status === 'warn'));
  if (!found || typeof found.params.seconds !== 'number') return undefined;
  const authentication: DeliveryPath['authentication'] = {};
  for (const mechanism of ['spf', 'dkim', 'dmarc'] as const) {
    const judged = results.find((r) => r.id === `delivery.authentication:${mechanism}`);
    if (judged) authentication[mechanism] = String(judged.params.result);
  }
  return {
    host: redactor.redact(String(found.params.host)),
    queueId: redactor.redact(String(found.params.queueId)),
    folder: redactor.redact(String(found.params.folder)),
    junk: found.status === 'warn',
    seconds: found.params.seconds,
    authentication,
  };
}

export function buildReport(
  results: readonly CheckResult[],
  settings: Settings,
  startedAt: Date,
  redactor: Redactor,
  now = Date.now(),
): Report {
  const language = settings.language;
  const counts: Record<Status, number> = { pass: 0, warn: 0, fail: 0, skip: 0 };
  for (const r of results) counts[r.status]++;
  const provider = settings.provider;
  const delivery = deliveryPath(results, redactor);
  const report: Report = {
    schemaVersion: 1,
    tool: TOOL,
    version: VERSION,
    status: overallStatus(results),
    language,
    startedAt: startedAt.toISOString(),
    durationMs: now - startedAt.getTime(),
    where: {
      mode: settings.runtime.mode,
      runner: settings.runtime.runner,
      ...(settings.runtime.sourceUrl ? { source: settings.runtime.sourceUrl } : {}),
    },
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
    ...(delivery ? { delivery } : {}),
    results: results.map((r) => {
      const words = redactWords(describe(r, language, audienceOf(settings.runtime.mode)), redactor);
      return {
        id: r.id,
        group: r.group,
        status: r.status,
        cause: r.cause,
        title: words.title.plain,
        message: words.text.plain,
        ...(words.fix && (r.status === 'fail' || r.status === 'warn') ? { fix: words.fix.plain } : {}),
        params: redactParams(r.params, redactor),
        durationMs: r.durationMs,
        ...(r.details?.length ? { details: r.details.map((d) => redactor.redact(d)) } : {}),
        ...(r.location ? { file: r.location.file, line: r.location.line } : {}),
        ...categoryField(r),
      };
    }),
  };
  // Machine fields (status, cause, ids, keys, counts) are never redacted: a short secret must not bend the verdict.
  report.target.user = redactor.redact(report.target.user);
  report.target.from = redactor.redact(report.target.from);
  return report;
}

/** The action speaks of inputs; the CLI and a health route (read on a server) of variables and flags. */
const audienceOf = (mode: Report['where']['mode']): Audience => (mode === 'action' ? 'action' : 'cli');

/** Groups whose failures are mail failures; a failure or warning there carries its family. */
const MAIL_GROUPS: readonly Group[] = ['dns', 'tcp', 'tls', 'smtp', 'send', 'logs'];

function categoryField(r: CheckResult): { category?: Category } {
  if (!MAIL_GROUPS.includes(r.group) || (r.status !== 'fail' && r.status !== 'warn')) return {};
  const category = categoryOf(r.cause);
  return category ? { category } : {};
}

/** Values are human text: redacted. Keys are ours and stay as they are. */
function redactParams(params: Params, redactor: Redactor): Params {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, typeof value === 'string' ? redactor.redact(value) : value]),
  );
}

function redactWords(words: Described, redactor: Redactor): Described {
  const redact = (t: Text): Text => t.mapTheirs(redactor.redact);
  return { title: redact(words.title), text: redact(words.text), ...(words.fix ? { fix: redact(words.fix) } : {}) };
}

/** What a reporter may show of one result: every human string a `Text`, so only a channel encoder can print it. */
export interface ResultView {
  id: string;
  group: Group;
  status: Status;
  cause: string;
  durationMs: number;
  title: Text;
  message: Text;
  fix?: Text;
  /** Raw evidence (transcripts, certificate fields): theirs, one line each. */
  details: string[];
  file?: string;
  line?: number;
  /** The mail server this row is about, in a run of several (a name from the workflow: theirs). */
  target?: Text;
}

export interface ReportView {
  status: Verdict;
  language: Language;
  counts: Record<Status, number>;
  where: Report['where'];
  target: { provider: Text; host: Text; port: number; secure: boolean; user: Text };
  /** The test mail's path, in words (the server's names are theirs). */
  path?: Text;
  chain?: ChainView;
  results: ResultView[];
}

function pathWords(path: DeliveryPath, language: Language): Text {
  const judged = (['spf', 'dkim', 'dmarc'] as const)
    .filter((m) => path.authentication[m] !== undefined)
    .map((m) => Text.fill(`${m.toUpperCase()} {result}`, { result: path.authentication[m] ?? '' }));
  return Text.fill(pick(path.junk ? UI.deliveryPathJunk : UI.deliveryPath, language), {
    host: path.host,
    queueId: path.queueId,
    folder: path.folder,
    seconds: path.seconds,
    judged: judged.length ? Text.join(judged, ', ') : Text.ours('-'),
  });
}

/**
 * The report as reporters see it. Words are drawn again from cause and params (a server report's item from
 * another version keeps its own words, as theirs), and every part that is theirs is redacted once more.
 */
export function viewOf(report: Report, redactor: Redactor): ReportView {
  const results = resultViews(report, redactor);
  return {
    status: report.status,
    language: report.language,
    counts: report.counts,
    where: report.where,
    target: {
      provider: Text.theirs(report.target.provider),
      host: Text.theirs(report.target.host),
      port: report.target.port,
      secure: report.target.secure,
      user: Text.theirs(redactor.redact(report.target.user)),
    },
    ...(report.delivery ? { path: pathWords(report.delivery, report.language) } : {}),
    ...(report.chain ? { chain: chainViewOf(report.chain, results) } : {}),
    results,
  };
}

function resultViews(report: Report, redactor: Redactor): ResultView[] {
  return report.results.map((r) => {
    const words = redactWords(
      isCause(r.cause)
        ? describe({ id: r.id, cause: r.cause, params: r.params }, report.language, audienceOf(report.where.mode))
        : foreignWords(r),
      redactor,
    );
    return {
      id: r.id,
      group: r.group,
      status: r.status,
      cause: r.cause,
      durationMs: r.durationMs,
      title: words.title,
      message: words.text,
      ...(words.fix && r.fix !== undefined ? { fix: words.fix } : {}),
      details: (r.details ?? []).map((d) => redactor.redact(d)),
      ...(r.file !== undefined ? { file: r.file, line: r.line } : {}),
      ...(r.target !== undefined ? { target: Text.theirs(r.target) } : {}),
    };
  });
}

/** A result whose cause this version does not know: its own words, all of them theirs. */
function foreignWords(r: ReportResult): Described {
  return { title: Text.theirs(r.title), text: Text.theirs(r.message), ...(r.fix ? { fix: Text.theirs(r.fix) } : {}) };
}

/**
 * A repository file at the run's commit: each path segment percent-encoded, `#L<line>` for the line. Nothing
 * off GitHub, and nothing for a path that climbs out of the repository.
 */
export function sourceLink(where: Report['where'], file: string, line?: number): string | undefined {
  if (!where.source?.startsWith('https://')) return undefined;
  const segments = file.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return undefined;
  return `${where.source}${segments.map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''}`;
}

const SEVERITY: Record<Status, number> = { fail: 0, warn: 1, skip: 2, pass: 3 };

/** Most severe first, stable within a severity. */
export function bySeverity<T extends { status: Status }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status]);
}

/** The areas a verdict speaks of, each with the groups it covers. */
const AREAS = {
  mail: ['env', 'dns', 'tcp', 'tls', 'smtp', 'send', 'server'],
  delivery: ['delivery'],
  app: ['app'],
  deployment: ['health'],
  deliverability: ['deliverability'],
  logs: ['logs'],
  lint: ['lint'],
} as const satisfies Record<string, readonly Group[]>;

export type Area = keyof typeof AREAS;

/**
 * Whether the run looked at an SMTP server at all: a run of only the deployment (health, the app's own mail, logs,
 * lint) has no mail server target to name, and the reporters leave the target line out.
 */
export const hasSmtpTarget = (report: Pick<ReportView, 'results'>): boolean =>
  report.results.some((r) => (['dns', 'tcp', 'tls', 'smtp', 'send', 'deliverability'] as readonly Group[]).includes(r.group));

/** Every group belongs to one area: a group left out would never reach the headline (a test holds this). */
export const AREA_GROUPS: readonly Group[] = Object.values(AREAS).flat();

/**
 * A result's title where it stands outside its group's section (the verdict line, the fix-first list): an item
 * of the server's report says it is the server's.
 */
export function titleInContext(r: ResultView, language: Language): Text {
  const title =
    r.group === 'server' && r.id.startsWith('server.report:')
      ? Text.fill(pick(UI.labelled, language), { label: Text.ours(pick(GROUP_TITLES.server, language)), text: r.title })
      : r.title;
  // In a chain, which mail server it is about comes first.
  return r.target ? Text.fill('{target} · {title}', { target: r.target, title }) : title;
}

/** Each area that failed or warned, failures first, with the titles of what did: separate verdicts for separate things. */
export function areaVerdicts(
  report: Pick<ReportView, 'results' | 'language' | 'chain'>,
): { area: Area; status: 'fail' | 'warn'; titles: Text[] }[] {
  const found: { area: Area; status: 'fail' | 'warn'; titles: Text[] }[] = [];
  for (const [area, groups] of Object.entries(AREAS) as [Area, readonly Group[]][]) {
    // A chain's mail verdict is its headline and its lines: an area line would call a degraded chain broken.
    if (area === 'mail' && report.chain) continue;
    const rows = report.results.filter((r) => groups.includes(r.group));
    const worst = rows.some((r) => r.status === 'fail') ? 'fail' : rows.some((r) => r.status === 'warn') ? 'warn' : undefined;
    if (worst) {
      const titles = rows.filter((r) => r.status === worst).map((r) => titleInContext(r, report.language));
      found.push({ area, status: worst, titles });
    }
  }
  return found.sort((a, b) => (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1));
}

/**
 * The run's report from each target's (named, in order) and the app's own, when it ran. Rows keep their target's
 * name; the target, message id and delivery path are the primary's.
 */
export function joinChain(
  parts: readonly { name: string; report: Report }[],
  app: Report | undefined,
  require: Requirement,
  now = Date.now(),
): Report {
  const [primary] = parts;
  if (!primary) throw new Error('a chain has at least one target');
  const verdicts = parts.map((p) => p.report.status);
  const status = chainStatus(verdicts);
  const carrier = parts.find((p) => p.report.status !== 'fail')?.name;
  const chain: Chain = {
    status,
    require,
    ...(carrier ? { carrier } : {}),
    targets: parts.map(({ name, report }, index) => {
      const first = firstProblem(report.results);
      return {
        name,
        role: index === 0 ? 'primary' : 'backup',
        status: report.status,
        provider: report.target.provider,
        host: report.target.host,
        port: report.target.port,
        secure: report.target.secure,
        ...(first ? { first: { id: first.id, cause: first.cause, ...(first.category ? { category: first.category } : {}) } } : {}),
      };
    }),
  };
  const results: ReportResult[] = [
    ...parts.flatMap(({ name, report }) => report.results.map((r) => ({ ...r, target: name }))),
    ...(app?.results ?? []),
  ];
  const counts: Record<Status, number> = { pass: 0, warn: 0, fail: 0, skip: 0 };
  for (const r of results) counts[r.status]++;
  const startedAt = primary.report.startedAt;
  return {
    ...primary.report,
    status: worst(chainVerdict(status, verdicts, require), app?.status ?? 'pass'),
    durationMs: now - Date.parse(startedAt),
    counts,
    chain,
    results,
  };
}
