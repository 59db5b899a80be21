// The CLI's report: one line a result, the fix under each problem, colour only on a TTY. What a peer said
// reaches the terminal only through forTerminal/terminalLine: no escape sequence of theirs is ever written.
import { GROUP_TITLES, UI, interpolate, pick, whereText } from '../i18n/index.js';
import { GROUPS, type Status } from '../types.js';
import { Text } from '../untrusted.js';
import { forTerminal, terminalLine } from './encode.js';
import type { ReportView } from './model.js';

export interface TerminalOptions {
  color: boolean;
  verbose: boolean;
}

const MARK: Record<Status, string> = { pass: '✔', warn: '!', fail: '✖', skip: '-' };
const COLOR: Record<Status, number> = { pass: 32, warn: 33, fail: 31, skip: 90 };

export function renderTerminal(report: ReportView, options: TerminalOptions): string {
  const lang = report.language;
  const paint = (code: number, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const bold = (text: string): string => (options.color ? `\u001b[1m${text}\u001b[22m` : text);
  const words = (text: Text): string => forTerminal(text, options.color);
  const lines: string[] = [];
  const t = report.target;
  const target = Text.join(
    [t.provider, Text.theirs(`${t.host.plain || '?'}:${t.port}`), Text.ours(t.secure ? 'TLS' : 'STARTTLS'), t.user],
    ' ',
  );
  lines.push(`${bold(pick(UI.heading, lang))}  ${words(target)}`);
  for (const group of GROUPS) {
    const rows = report.results.filter((r) => r.group === group);
    if (rows.length === 0) continue;
    lines.push('', bold(pick(GROUP_TITLES[group], lang)));
    for (const r of rows) {
      lines.push(`  ${paint(COLOR[r.status], MARK[r.status])} ${words(r.title)}: ${words(r.message)} ${paint(90, `(${r.durationMs} ms)`)}`);
      if (r.fix) lines.push(`      ${paint(COLOR[r.status], `${pick(UI.fix, lang)}:`)} ${words(r.fix)}`);
      if (options.verbose) lines.push(...r.details.map((d) => `      ${paint(90, terminalLine(d))}`));
    }
  }
  lines.push('', words(Text.ours(whereText(report.where.runner, lang))));
  const verdictColor = report.status === 'pass' ? 32 : report.status === 'warn' ? 33 : 31;
  lines.push(
    '',
    `${paint(verdictColor, bold(pick(UI.verdict[report.status], lang)))}  ${interpolate(pick(UI.counts, lang), report.counts)}`,
  );
  return `${lines.join('\n')}\n`;
}
