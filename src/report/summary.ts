// The job summary, built with @actions/core's summary API from the report's view. Every word a peer,
// a file or a server said reaches it only through forHtml/forHtmlPre.
import { summary } from '@actions/core';
import { GROUP_TITLES, UI, interpolate, pick, whereText } from '../i18n/index.js';
import { GROUPS, type Language, type Status } from '../types.js';
import { Text } from '../untrusted.js';
import { escapeHtml, forHtml, forHtmlPre } from './encode.js';
import { bySeverity, type ReportView, type ResultView } from './model.js';

/** GitHub refuses a step summary over 1 MiB; stay well below it, counted after escaping. */
export const SUMMARY_BUDGET_BYTES = 900 * 1024;
const DETAIL_LIMIT_BYTES = 16 * 1024;
/** Rows shown per group; the rest are counted in one line. */
const MAX_ROWS_PER_GROUP = 100;

export const STATUS_ICON: Record<Status, string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };
const VERDICT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' } as const;

const seconds = (ms: number): string => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);
const bytes = (text: string): number => Buffer.byteLength(text);

/** Composes the summary HTML for a report. Pure apart from the summary buffer it fills. */
export function composeSummary(report: ReportView): string {
  const lang = report.language;
  const buffer = summary.emptyBuffer();
  buffer.addHeading(
    `${VERDICT_ICON[report.status]} ${escapeHtml(pick(UI.heading, lang))}: ${escapeHtml(pick(UI.verdict[report.status], lang))}`,
    2,
  );
  const t = report.target;
  const where = Text.theirs(`${t.host.plain || '?'}:${t.port}`);
  buffer.addRaw(
    `<p>${escapeHtml(interpolate(pick(UI.counts, lang), report.counts))}<br><code>${forHtml(t.provider)}</code> · ` +
      `<code>${forHtml(where)}</code> (${t.secure ? 'TLS' : 'STARTTLS'}) · <code>${t.user.isEmpty ? '-' : forHtml(t.user)}</code></p>`,
    true,
  );

  for (const group of GROUPS) {
    const all = report.results.filter((r) => r.group === group);
    if (all.length === 0) continue;
    const rows = all.slice(0, MAX_ROWS_PER_GROUP);
    buffer.addHeading(escapeHtml(pick(GROUP_TITLES[group], lang)), 3);
    buffer.addTable([
      [
        { data: ' ', header: true },
        { data: escapeHtml(pick(UI.check, lang)), header: true },
        { data: escapeHtml(pick(UI.result, lang)), header: true },
        { data: escapeHtml(pick(UI.detail, lang)), header: true },
        { data: escapeHtml(pick(UI.time, lang)), header: true },
      ],
      ...rows.map((r) => [
        STATUS_ICON[r.status],
        forHtml(r.title),
        escapeHtml(pick(UI.status[r.status], lang)),
        forHtml(r.message),
        seconds(r.durationMs),
      ]),
    ]);
    if (all.length > rows.length)
      buffer.addRaw(`<p>${escapeHtml(interpolate(pick(UI.moreRows, lang), { count: all.length - rows.length }))}</p>`, true);
    const fixes = bySeverity(rows).filter((r): r is ResultView & { fix: Text } => r.fix !== undefined);
    if (fixes.length) {
      buffer.addRaw(`<p><b>${escapeHtml(pick(UI.fixes, lang))}</b></p>`, true);
      buffer.addList(fixes.map((r) => `${STATUS_ICON[r.status]} <b>${forHtml(r.title)}</b>: ${forHtml(r.fix)}`));
    }
  }

  buffer.addHeading(escapeHtml(pick(UI.where, lang)), 3);
  buffer.addRaw(`<p>${forHtml(Text.ours(whereText(report.where.runner, lang)))}</p>`, true);

  const head = fitted(buffer.stringify(), lang);
  buffer.emptyBuffer();
  return head + rawDetails(report.results, lang, SUMMARY_BUDGET_BYTES - bytes(head));
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
    const block = `<details><summary>${forHtml(r.title)}</summary>\n\n<pre>${body}</pre>\n</details>\n`;
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
