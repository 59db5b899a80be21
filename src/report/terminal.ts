// The CLI's report: one line a result, the fix under each problem, colour only on a TTY. What a peer said
// reaches the terminal only through forTerminal/terminalLine: no escape sequence of theirs is ever written.
import { GROUP_TITLES, UI, interpolate, pick, whereText } from '../i18n/index.js';
import { GROUPS, type Language, type Status } from '../types.js';
import { checkTitle, type CheckId } from '../i18n/causes.js';
import { Text } from '../untrusted.js';
import { forTerminal, terminalLine } from './encode.js';
import { areaVerdicts, hasSmtpTarget, type ReportView } from './model.js';

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
  const labelled = (label: string, text: string): string => interpolate(pick(UI.labelled, lang), { label, text });
  const lines: string[] = [];
  const t = report.target;
  const target = Text.join(
    [t.provider, Text.theirs(`${t.host.plain || '?'}:${t.port}`), Text.ours(t.secure ? 'TLS' : 'STARTTLS'), t.user],
    ' ',
  );
  lines.push(hasSmtpTarget(report) ? `${bold(pick(UI.heading, lang))}  ${words(target)}` : bold(pick(UI.heading, lang)));
  if (report.path) lines.push(words(report.path));
  for (const group of GROUPS) {
    const rows = report.results.filter((r) => r.group === group);
    if (rows.length === 0) continue;
    lines.push('', bold(pick(GROUP_TITLES[group], lang)));
    for (const r of rows) {
      lines.push(
        `  ${paint(COLOR[r.status], MARK[r.status])} ${labelled(words(r.title), words(r.message))} ${paint(90, `(${r.durationMs} ms)`)}`,
      );
      if (r.fix) lines.push(`      ${labelled(paint(COLOR[r.status], pick(UI.fix, lang)), words(r.fix))}`);
      if (options.verbose) lines.push(...r.details.map((d) => `      ${paint(90, terminalLine(d))}`));
    }
  }
  lines.push('', words(Text.ours(whereText(report.where.runner, lang))));
  // The verdict names what is wrong, one line per area; all is well only when nothing failed or warned.
  const areas = areaVerdicts(report);
  lines.push('');
  for (const { area, status, titles } of areas) {
    const what = Text.join(titles.slice(0, 4), pick(UI.listSeparator, lang));
    lines.push(labelled(paint(COLOR[status], bold(pick(UI.area[area][status], lang))), words(what)));
  }
  if (areas.length === 0) lines.push(paint(32, bold(pick(UI.verdict.pass, lang))));
  lines.push(interpolate(pick(UI.counts, lang), report.counts));
  return `${lines.join('\n')}\n`;
}

/**
 * The CLI on a terminal, live: each result as it completes, and one status line saying what it waits for
 * (rewritten in place with our own escape codes). The full report follows when the run ends.
 */
export class LiveTerminal {
  private waiting = new Map<string, string>();

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly language: Language,
    private readonly color: boolean,
  ) {}

  private status(): void {
    const [first] = this.waiting.values();
    this.out.write(`\r\u001b[2K${first ? (this.color ? `\u001b[90m${first}\u001b[0m` : first) : ''}`);
  }

  start(id: CheckId, budgetMs: number, target: string): void {
    const title = pick(checkTitle(id), this.language);
    this.waiting.set(id, interpolate(pick(UI.waitingFor, this.language), { title, target, seconds: Math.ceil(budgetMs / 1000) }));
    this.status();
  }

  result(id: string, status: Status, words: { title: Text; text: Text }): void {
    this.waiting.delete(id.split(':')[0] ?? id);
    const mark = this.color ? `\u001b[${COLOR[status]}m${MARK[status]}\u001b[0m` : MARK[status];
    const line = interpolate(pick(UI.labelled, this.language), {
      label: forTerminal(words.title, this.color),
      text: forTerminal(words.text, this.color),
    });
    this.out.write(`\r\u001b[2K  ${mark} ${line}\n`);
    this.status();
  }

  /** Clears the status line before the final report. */
  end(): void {
    this.out.write('\r\u001b[2K');
  }
}
