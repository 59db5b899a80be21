// The job summary, built with @actions/core's summary API from the (already redacted) report.
import { summary } from '@actions/core';
import { GROUP_TITLES, UI, interpolate, pick, whereText } from '../i18n/index.js';
import { GROUPS, type Language, type Status } from '../types.js';
import { escapeHtml } from '../text.js';
import { bySeverity, type Report, type ReportResult } from './model.js';

/** GitHub refuses a step summary over 1 MiB; stay well below it. */
export const SUMMARY_BUDGET_BYTES = 900 * 1024;
const DETAIL_LIMIT_BYTES = 16 * 1024;

export const STATUS_ICON: Record<Status, string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };
const VERDICT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' } as const;

/** Message text uses `code` spans; table cells are HTML, where markdown is not rendered. */
export const toHtml = (text: string): string => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

const seconds = (ms: number): string => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);

/** Composes the summary markdown/HTML for a report. Pure apart from the summary buffer it fills. */
export function composeSummary(report: Report, extraSections: string[] = []): string {
  const lang = report.language;
  const buffer = summary.emptyBuffer();
  buffer.addHeading(`${VERDICT_ICON[report.status]} ${pick(UI.heading, lang)}: ${pick(UI.verdict[report.status], lang)}`, 2);
  const t = report.target;
  buffer.addRaw(
    `<p>${escapeHtml(interpolate(pick(UI.counts, lang), report.counts))}<br><code>${escapeHtml(t.provider)}</code> · ` +
      `<code>${escapeHtml(`${t.host || '?'}:${t.port}`)}</code> (${t.secure ? 'TLS' : 'STARTTLS'}) · <code>${escapeHtml(t.user || '-')}</code></p>`,
    true,
  );

  for (const group of GROUPS) {
    const rows = report.results.filter((r) => r.group === group);
    if (rows.length === 0) continue;
    buffer.addHeading(pick(GROUP_TITLES[group], lang), 3);
    buffer.addTable([
      [
        { data: ' ', header: true },
        { data: pick(UI.check, lang), header: true },
        { data: pick(UI.result, lang), header: true },
        { data: pick(UI.detail, lang), header: true },
        { data: pick(UI.time, lang), header: true },
      ],
      ...rows.map((r) => [
        STATUS_ICON[r.status],
        escapeHtml(r.title),
        pick(UI.status[r.status], lang),
        toHtml(r.message),
        seconds(r.durationMs),
      ]),
    ]);
    const fixes = bySeverity(rows).filter((r) => r.fix);
    if (fixes.length) {
      buffer.addRaw(`<p><b>${pick(UI.fixes, lang)}</b></p>`, true);
      buffer.addList(fixes.map((r) => `${STATUS_ICON[r.status]} <b>${escapeHtml(r.title)}</b>: ${toHtml(r.fix ?? '')}`));
    }
  }
  for (const section of extraSections) buffer.addRaw(section, true);

  buffer.addHeading(pick(UI.where, lang), 3);
  buffer.addRaw(`<p>${toHtml(whereText(report.where.runner, lang))}</p>`, true);

  const head = buffer.stringify();
  const details = rawDetails(report.results, lang, SUMMARY_BUDGET_BYTES - Buffer.byteLength(head));
  buffer.emptyBuffer();
  return head + details;
}

function rawDetails(results: readonly ReportResult[], lang: Language, budget: number): string {
  const blocks: string[] = [];
  let used = 0;
  for (const r of results) {
    if (!r.details?.length) continue;
    let body = r.details.join('\n');
    if (Buffer.byteLength(body) > DETAIL_LIMIT_BYTES) body = `${Buffer.from(body).subarray(0, DETAIL_LIMIT_BYTES).toString()}\n…`;
    const block = `<details><summary>${escapeHtml(r.title)}</summary>\n\n<pre>${escapeHtml(body)}</pre>\n</details>\n`;
    if (used + Buffer.byteLength(block) > budget) break;
    blocks.push(block);
    used += Buffer.byteLength(block);
  }
  return blocks.length ? `<h3>${pick(UI.raw, lang)}</h3>\n${blocks.join('')}` : '';
}
