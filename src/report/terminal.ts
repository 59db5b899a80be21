// The CLI's report: one line a result, the fix under each problem, colour only on a TTY. What a peer said
// reaches the terminal only through forTerminal/terminalLine: no escape sequence of theirs is ever written.
import { GROUP_TITLES, UI, interpolate, pick, whereText } from '../i18n/index.js';
import { GROUPS, type Language, type Status } from '../types.js';
import { checkTitle, type CheckId } from '../i18n/causes.js';
import { Text } from '../untrusted.js';
import { forTerminal, terminalLine } from './encode.js';
import { areaVerdicts, hasSmtpTarget, type ReportView, type ResultView } from './model.js';
import { chainHeadline, chainLine, chainSection } from './chain.js';

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
  lines.push(hasSmtpTarget(report) && !report.chain ? `${bold(pick(UI.heading, lang))}  ${words(target)}` : bold(pick(UI.heading, lang)));
  if (report.chain) {
    lines.push(bold(words(chainHeadline(report.chain, lang))));
    for (const t of report.chain.targets) lines.push(`  ${paint(COLOR[t.status], MARK[t.status])} ${words(chainLine(t, lang))}`);
  }
  if (report.path) lines.push(words(report.path));
  const groupLines = (results: readonly ResultView[]): void => {
    for (const group of GROUPS) {
      const rows = results.filter((r) => r.group === group);
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
  };
  // In a chain, each mail server's results under its own name, then the app's.
  const sections: { heading?: Text; rows: ResultView[] }[] = report.chain
    ? [
        ...report.chain.targets.map((t) => ({
          heading: chainSection(t, lang),
          rows: report.results.filter((r) => r.target?.plain === t.name.plain),
        })),
        { heading: Text.ours(pick(UI.chainAppSection, lang)), rows: report.results.filter((r) => r.target === undefined) },
      ]
    : [{ rows: report.results }];
  for (const section of sections) {
    if (section.rows.length === 0) continue;
    if (section.heading) lines.push('', bold(words(section.heading)));
    groupLines(section.rows);
  }
  lines.push('', words(Text.ours(whereText(report.where.runner, lang))));
  // The verdict names what is wrong, one line per area; all is well only when nothing failed or warned.
  const areas = areaVerdicts(report);
  lines.push('');
  for (const { area, status, titles } of areas) {
    const what = Text.join(titles.slice(0, 4), pick(UI.listSeparator, lang));
    lines.push(labelled(paint(COLOR[status], bold(pick(UI.area[area][status], lang))), words(what)));
  }
  if (areas.length === 0 && !report.chain) lines.push(paint(32, bold(pick(UI.verdict.pass, lang))));
  if (report.chain) lines.push(paint(COLOR[report.status], bold(words(chainHeadline(report.chain, lang)))));
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

  /** `name`: the mail server it is about, in a run of several. */
  start(id: CheckId, budgetMs: number, target: string, name?: string): void {
    const title = (name ? `${name} · ` : '') + pick(checkTitle(id), this.language);
    this.waiting.set(
      name ? `${name}/${id}` : id,
      interpolate(pick(UI.waitingFor, this.language), { title, target, seconds: Math.ceil(budgetMs / 1000) }),
    );
    this.status();
  }

  result(id: string, status: Status, words: { title: Text; text: Text }, name?: string): void {
    const key = id.split(':')[0] ?? id;
    this.waiting.delete(name ? `${name}/${key}` : key);
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
