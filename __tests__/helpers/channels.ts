// How each channel's reader sees our output, so hostile tests assert the channel property itself:
// the runner's command parser for stdout, a GFM renderer for the summary and the PR comment.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { GROUP_TITLES, say, UI } from '../../src/i18n/index.js';

export interface RunnerCommand {
  name: string;
  props: string;
  data: string;
}

/**
 * What the Actions runner would run from this stdout: it splits on CR and LF (a lone CR too), trims leading
 * blanks, and treats a line that starts with `::` as a command; `##[` is the old form, recognised anywhere.
 */
export function runnerCommands(stdout: string): RunnerCommand[] {
  const commands: RunnerCommand[] = [];
  for (const raw of stdout.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart();
    if (line.includes('##[')) commands.push({ name: '##[', props: '', data: line });
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (match) commands.push({ name: match[1] ?? '', props: match[2] ?? '', data: match[3] ?? '' });
  }
  return commands;
}

/** Our annotation lines start with these (the failure line, the notice, the stop message). */
const OUR_BARE_ANNOTATIONS = /^(Email check|email-deploy-check|Could not|pr-comment|GitHub gives|邮件检查|无法|GitHub 不向)/;

/** The log groups we open: one per group of results, titled in either language. */
const OUR_GROUPS = new Set(
  Object.values(GROUP_TITLES).flatMap((title) => [say(UI.details, 'en', { group: title.en }), say(UI.details, 'zh', { group: title.zh })]),
);

/** Commands in this stdout that email-deploy-check did not issue. */
export function injectedCommands(stdout: string, marker = 'PWNED'): RunnerCommand[] {
  return runnerCommands(stdout).filter((c) => {
    switch (c.name) {
      case 'add-mask':
        return c.data.includes(marker);
      case 'error':
      case 'warning':
      case 'notice':
        return !(c.props.startsWith('title=email-deploy-check') || (c.props === '' && OUR_BARE_ANNOTATIONS.test(c.data)));
      case 'group':
        return !OUR_GROUPS.has(c.data);
      case 'endgroup':
        return c.data !== '';
      default:
        return true;
    }
  });
}

/** Markdown to HTML as GitHub renders it: GFM, with the raw HTML it allows passed through. */
export function renderGfm(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** Elements in rendered HTML, by tag name. */
export function tagsOf(html: string): string[] {
  return [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)\b/g)].map((m) => (m[1] ?? '').toLowerCase());
}

/** Elements the job summary may hold: what composeSummary writes, nothing else. */
export const SUMMARY_TAGS = new Set([
  'h2',
  'h3',
  'p',
  'br',
  'code',
  'table',
  'tr',
  'th',
  'td',
  'b',
  'ul',
  'li',
  'details',
  'summary',
  'pre',
  'a',
]);

/** Every link target in rendered HTML. */
export function hrefsOf(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((m) => m[1] ?? '');
}
/** Elements the PR comment may hold: a heading, a paragraph with the run link, the table, code spans. */
export const COMMENT_TAGS = new Set(['h3', 'p', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code']);

/** Characters that move a terminal's cursor, clear it or reorder what it shows. */
const char = (code: number): string => String.fromCharCode(code);
export const TERMINAL_CONTROL = new RegExp(
  `[${char(0)}-${char(8)}${char(11)}-${char(0x1f)}${char(0x7f)}-${char(0x9f)}${char(0x202a)}-${char(0x202e)}${char(0x2066)}-${char(0x2069)}]`,
);
/** The colour codes our own terminal report writes. */
export const OUR_COLOURS = new RegExp(`${char(27)}\\[(0|1|22|31|32|33|36|39|90)m`, 'g');

/** What an attacker writes, each with a marker to find it by. */
export const PAYLOADS: [string, string][] = [
  ['a lone CR and an error command', '\r::error file=pwn.js,line=1::PWNED-1'],
  ['a lone LF and a warning', 'x\n::warning::PWNED-2'],
  ['CRLF, blanks and add-mask', 'x\r\n   ::add-mask::PWNED-3'],
  ['stop-commands after a CR', '\r::stop-commands::PWNED4TOKEN'],
  ['the old ##[ form mid-line', 'see ##[error]PWNED-5'],
  ['NEL and a command', '\u0085::error::PWNED-6'],
  ['LS and a command', '\u2028::error::PWNED-7'],
  ['erase line, CR and a green tick', '\u001b[2K\r\u001b[32m✔ Logged in PWNED-8\u001b[0m'],
  ['an OSC title and a hyperlink', '\u001b]0;title\u0007\u001b]8;;https://evil.example\u0007PWNED-9\u001b]8;;\u0007'],
  ['a cell break and a fake verdict', '</td></tr></table>\n\n## ✅ Email is ready PWNED-10'],
  ['a blank line and a heading', 'x\n\n# PWNED-11 all good'],
  ['an image tag', '<img src="https://evil.example/p.png" onerror="alert(1)"> PWNED-12'],
  ['a backtick, a mention, an image and a link', '` @octocat ![x](https://evil.example/p.png) [click](https://evil.example) PWNED-13'],
  ['markdown emphasis and pipes', '**PWNED-14** _x_ | col | `y`'],
  ['bidi override', 'abc\u202e PWNED-15 \u202c'],
  ['our own marker', '<!-- email-deploy-check --> PWNED-16 <details open><summary>x</summary>'],
];
