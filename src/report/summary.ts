// The job summary, composed from the report's view in the markup of @actions/core's summary builder (report/html.ts). Every word a peer,
// a file or a server said reaches it only through forHtml/forHtmlPre.
import { HtmlBuffer } from './html.js';
import { GROUP_TITLES, UI, interpolate, pick, whereText } from '../i18n/index.js';
import { GROUPS, type Language, type Status } from '../types.js';
import { Text } from '../untrusted.js';
import { escapeHtml, forHtml, forHtmlPre } from './encode.js';
import { chainHeadline, chainLine, chainSection } from './chain.js';
import { areaVerdicts, hasSmtpTarget, sourceLink, titleInContext, type ReportView, type ResultView } from './model.js';

/** GitHub refuses a step summary over 1 MiB; stay well below it, counted after escaping. */
export const SUMMARY_BUDGET_BYTES = 900 * 1024;
const DETAIL_LIMIT_BYTES = 16 * 1024;
/** Rows shown per group; the rest are counted in one line. */
const MAX_ROWS_PER_GROUP = 100;

export const STATUS_ICON: Record<Status, string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };
const VERDICT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' } as const;

/** A duration that never wraps inside its narrow column: a no-break space between number and unit. */
const seconds = (ms: number): string => (ms < 1000 ? `${ms}\u00a0ms` : `${(ms / 1000).toFixed(1)}\u00a0s`);
const bytes = (text: string): number => Buffer.byteLength(text);

/** One line for each area that failed or warned, most severe first: what is wrong, before any table. */
function verdictLines(report: ReportView): { status: 'fail' | 'warn'; label: string; text: string }[] {
  const lang = report.language;
  return areaVerdicts(report).map(({ area, status, titles }) => {
    const label = `${STATUS_ICON[status]} ${escapeHtml(pick(UI.area[area][status], lang))}`;
    const separator = pick(UI.listSeparator, lang);
    const shown = titles.slice(0, 4).map(forHtml).join(separator) + (titles.length > 4 ? `${separator}…` : '');
    return { status, label, text: interpolate(pick(UI.labelled, lang), { label: `<b>${label}</b>`, text: shown }) };
  });
}

/** A title as HTML: a result about a repository line links to that line at the run's commit. */
function titleHtml(report: ReportView, r: ResultView, title: Text): string {
  const href = r.file === undefined ? undefined : sourceLink(report.where, r.file, r.line);
  return href ? `<a href="${escapeHtml(href)}">${forHtml(title)}</a>` : forHtml(title);
}

/** The item, its evidence (what the server or file said, in the message) and its fix, as one list entry. */
const fixEntry = (report: ReportView, r: ResultView): string => {
  const lang = report.language;
  const line = (label: string, text: string): string => interpolate(pick(UI.labelled, lang), { label, text });
  const fix = r.fix ? `<br>${line(escapeHtml(pick(UI.fix, lang)), forHtml(r.fix))}` : '';
  return `${STATUS_ICON[r.status]} ${line(`<b>${titleHtml(report, r, titleInContext(r, lang))}</b>`, forHtml(r.message))}${fix}`;
};

/** Composes the summary HTML for a report: verdict, what to fix first, then the tables. Pure apart from the summary buffer it fills. */
export function composeSummary(report: ReportView): string {
  const lang = report.language;
  const buffer = new HtmlBuffer();
  const lines = verdictLines(report);
  // The headline names what is wrong (the most severe area); all is well only when nothing failed or warned. A
  // chain's headline is the chain's: which mail server is down and which one carries the mail.
  const headline = report.chain
    ? `${VERDICT_ICON[report.status]} ${forHtml(chainHeadline(report.chain, lang))}`
    : (lines[0]?.label ?? `${VERDICT_ICON.pass} ${escapeHtml(pick(UI.verdict.pass, lang))}`);
  buffer.addHeading(interpolate(pick(UI.headline, lang), { heading: escapeHtml(pick(UI.heading, lang)), verdict: headline }), 2);
  const t = report.target;
  const where = Text.theirs(`${t.host.plain || '?'}:${t.port}`);
  const targetLine =
    hasSmtpTarget(report) && !report.chain
      ? `<br><code>${forHtml(t.provider)}</code> · <code>${forHtml(where)}</code> (${t.secure ? 'TLS' : 'STARTTLS'}) · ` +
        `<code>${t.user.isEmpty ? '-' : forHtml(t.user)}</code>`
      : '';
  buffer.addRaw(`<p>${escapeHtml(interpolate(pick(UI.counts, lang), report.counts))}${targetLine}</p>`, true);
  if (report.chain) {
    buffer.addHeading(escapeHtml(pick(UI.chainHeading, lang)), 3);
    buffer.addList(report.chain.targets.map((t) => `${STATUS_ICON[t.status]} ${forHtml(chainLine(t, lang))}`));
  }
  if (report.path) buffer.addRaw(`<p>${forHtml(report.path)}</p>`, true);
  if (lines.length) buffer.addList(lines.map((l) => l.text));

  // Every critical item with its evidence and fix, then the warnings: before any table.
  const failing = report.results.filter((r) => r.status === 'fail');
  const warning = report.results.filter((r) => r.status === 'warn');
  if (failing.length) {
    buffer.addHeading(escapeHtml(pick(UI.fixFirst, lang)), 3);
    buffer.addList(failing.slice(0, MAX_ROWS_PER_GROUP).map((r) => fixEntry(report, r)));
  }
  if (warning.length) {
    buffer.addHeading(escapeHtml(pick(failing.length ? UI.thenReview : UI.fixFirst, lang)), 3);
    buffer.addList(warning.slice(0, MAX_ROWS_PER_GROUP).map((r) => fixEntry(report, r)));
  }

  if (report.chain) {
    // Each mail server's own section, in failover order, then the app's checks that ran once beside them.
    for (const t of report.chain.targets) {
      buffer.addHeading(`${STATUS_ICON[t.status]} ${forHtml(chainSection(t, lang))}`, 3);
      groupTables(
        buffer,
        report,
        report.results.filter((r) => r.target?.plain === t.name.plain),
      );
    }
    const app = report.results.filter((r) => r.target === undefined);
    if (app.length) {
      buffer.addHeading(escapeHtml(pick(UI.chainAppSection, lang)), 3);
      groupTables(buffer, report, app, 4);
    }
  } else groupTables(buffer, report, report.results);

  buffer.addHeading(escapeHtml(pick(UI.where, lang)), 3);
  buffer.addRaw(`<p>${forHtml(Text.ours(whereText(report.where.runner, lang)))}</p>`, true);

  const head = fitted(buffer.toString(), lang);
  return head + rawDetails(report.results, lang, SUMMARY_BUDGET_BYTES - bytes(head));
}

/** The results of each group in a table; a group that passed folds into one line. */
function groupTables(buffer: HtmlBuffer, report: ReportView, results: readonly ResultView[], level: 3 | 4 = 3): void {
  const lang = report.language;
  for (const group of GROUPS) {
    const all = results.filter((r) => r.group === group);
    if (all.length === 0) continue;
    const rows = all.slice(0, MAX_ROWS_PER_GROUP);
    const table = [
      [
        { data: ' ', header: true },
        { data: escapeHtml(pick(UI.check, lang)), header: true },
        { data: escapeHtml(pick(UI.detail, lang)), header: true },
        { data: escapeHtml(pick(UI.time, lang)), header: true },
      ],
      ...rows.map((r) => [STATUS_ICON[r.status], titleHtml(report, r, r.title), forHtml(r.message), seconds(r.durationMs)]),
    ];
    const groupTitle = pick(GROUP_TITLES[group], lang);
    if (rows.every((r) => r.status === 'pass' || r.status === 'skip')) {
      // A group that passed folds into one line; its table is one click away.
      const passed = rows.filter((r) => r.status === 'pass').length;
      const fold = interpolate(pick(passed ? UI.passedFold : UI.skippedFold, lang), { title: groupTitle, count: passed });
      buffer.addRaw(`<details><summary>${STATUS_ICON[passed ? 'pass' : 'skip']} ${escapeHtml(fold)}</summary>`, true);
      buffer.addTable(table);
      buffer.addRaw('</details>', true);
    } else {
      buffer.addHeading(escapeHtml(groupTitle), level);
      buffer.addTable(table);
    }
    if (all.length > rows.length)
      buffer.addRaw(`<p>${escapeHtml(interpolate(pick(UI.moreRows, lang), { count: all.length - rows.length }))}</p>`, true);
  }
}

/** The head alone past the budget (thousands of rows): cut at a line end, and say so. */
function fitted(head: string, lang: Language): string {
  if (bytes(head) <= SUMMARY_BUDGET_BYTES) return head;
  const note = `<p>${escapeHtml(pick(UI.summaryCut, lang))}</p>\n`;
  const cut = Buffer.from(head)
    .subarray(0, SUMMARY_BUDGET_BYTES - bytes(note))
    .toString();
  // Whole lines only: a cut inside a tag would leave an HTML block open.
  return `${cut.slice(0, cut.lastIndexOf('\n') + 1)}${note}`;
}

function rawDetails(results: readonly ResultView[], lang: Language, budget: number): string {
  const blocks: string[] = [];
  let used = 0;
  let left = 0;
  for (const r of results) {
    if (r.details.length === 0) continue;
    let body = forHtmlPre(r.details);
    if (bytes(body) > DETAIL_LIMIT_BYTES)
      body = `${Buffer.from(body)
        .subarray(0, DETAIL_LIMIT_BYTES)
        .toString()
        .replace(/&[^;]*$/, '')}\n…`;
    const block = `<details><summary>${forHtml(titleInContext(r, lang))}</summary>\n\n<pre>${body}</pre>\n</details>\n`;
    if (used + bytes(block) > budget - 512) {
      left++;
      continue;
    }
    blocks.push(block);
    used += bytes(block);
  }
  if (left > 0) blocks.push(`<p>${escapeHtml(interpolate(pick(UI.detailsCut, lang), { count: left }))}</p>\n`);
  return blocks.length ? `<h3>${escapeHtml(pick(UI.raw, lang))}</h3>\n${blocks.join('')}` : '';
}
