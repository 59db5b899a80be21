// The CLI's report: one line a result, the fix under each problem, colour only on a TTY.
import { GROUP_TITLES, UI, interpolate, pick, whereText } from '../i18n/index.js';
import { GROUPS, type Status } from '../types.js';
import type { Report } from './model.js';

export interface TerminalOptions {
  color: boolean;
  verbose: boolean;
}

const MARK: Record<Status, string> = { pass: '✔', warn: '!', fail: '✖', skip: '-' };
const COLOR: Record<Status, number> = { pass: 32, warn: 33, fail: 31, skip: 90 };

export function renderTerminal(report: Report, options: TerminalOptions): string {
  const lang = report.language;
  const paint = (code: number, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const bold = (text: string): string => (options.color ? `\u001b[1m${text}\u001b[22m` : text);
  const plain = (text: string): string => text.replace(/`([^`]+)`/g, options.color ? '\u001b[36m$1\u001b[39m' : '$1');
  const lines: string[] = [];
  const t = report.target;
  lines.push(bold(pick(UI.heading, lang)) + `  ${t.provider} ${t.host || '?'}:${t.port} ${t.secure ? 'TLS' : 'STARTTLS'} ${t.user}`);
  for (const group of GROUPS) {
    const rows = report.results.filter((r) => r.group === group);
    if (rows.length === 0) continue;
    lines.push('', bold(pick(GROUP_TITLES[group], lang)));
    for (const r of rows) {
      lines.push(`  ${paint(COLOR[r.status], MARK[r.status])} ${r.title}: ${plain(r.message)} ${paint(90, `(${r.durationMs} ms)`)}`);
      if (r.fix) lines.push(`      ${paint(COLOR[r.status], `${pick(UI.fix, lang)}:`)} ${plain(r.fix)}`);
      if (options.verbose && r.details?.length) lines.push(...r.details.map((d) => `      ${paint(90, d)}`));
    }
  }
  lines.push('', plain(whereText(report.where.runner, lang)));
  const verdictColor = report.status === 'pass' ? 32 : report.status === 'warn' ? 33 : 31;
  lines.push(
    '',
    paint(verdictColor, bold(pick(UI.verdict[report.status], lang))) + '  ' + interpolate(pick(UI.counts, lang), report.counts),
  );
  return lines.join('\n') + '\n';
}
