// One encoder per channel: the only way a `Text` becomes a string a channel will parse. Their parts are
// made inert for that channel; our parts keep their one piece of markup (backtick code spans).
import type { Part, Text } from '../untrusted.js';

// Built from code points so that this file holds no raw control characters.
const range = (from: number, to: number): string => `\\u${from.toString(16).padStart(4, '0')}-\\u${to.toString(16).padStart(4, '0')}`;
/** CR, LF and the other line ends a reader may split on (NEL, LS, PS). */
const LINE_END = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/** ANSI escape sequences: CSI (colours, cursor, erase), OSC (titles, links), and two-byte escapes. */
const ANSI = new RegExp(`\\u001b\\[[0-?]*[ -/]*[@-~]|\\u001b\\][^\\u0007\\u001b]*(?:\\u0007|\\u001b\\\\)?|\\u001b[@-_]?`, 'g');
/** Every other control character (C0, DEL, C1) and the bidirectional overrides that reorder what is shown. */
const CONTROL = new RegExp(`[${range(0, 0x1f)}${range(0x7f, 0x9f)}${range(0x202a, 0x202e)}${range(0x2066, 0x2069)}]`, 'g');
/** U+2060 WORD JOINER: invisible, and breaks a token a parser would otherwise act on. */
const JOIN = '\u2060';

/** Their text on one line, with nothing that steers a terminal or a parser: line ends shown as ↵. */
function oneLine(text: string): string {
  return text.replace(ANSI, '').replace(LINE_END, ' ↵ ').replace(/\t/g, ' ').replace(CONTROL, '');
}

/** Our parts split at their backticks: runs of text and whether each run is inside a code span. */
function spans(parts: readonly Part[]): { code: boolean; parts: Part[] }[] {
  const out: { code: boolean; parts: Part[] }[] = [{ code: false, parts: [] }];
  for (const part of parts) {
    if (!part.ours) {
      out.at(-1)?.parts.push(part);
      continue;
    }
    part.text.split('`').forEach((piece, i) => {
      if (i > 0) out.push({ code: !(out.at(-1)?.code ?? false), parts: [] });
      if (piece !== '') out.at(-1)?.parts.push({ ours: true, text: piece });
    });
  }
  return out.filter((s) => s.parts.length > 0);
}

// ---- the workflow log (core.info) ----

/**
 * One log line. The runner splits its input on CR and LF, trims leading blanks and runs any line that starts
 * with `::` (and the old `##[` form anywhere): their line ends are gone, and neither form can appear.
 */
export function forLog(text: Text): string {
  const line = text.parts.map((p) => (p.ours ? p.text : oneLine(p.text))).join('');
  const defused = line.replace(/##\[/g, `##${JOIN}[`);
  return /^\s*::/.test(defused) ? `${JOIN}${defused}` : defused;
}

// ---- annotations (core.error / warning / notice, whose data @actions/core escapes) ----

/** An annotation's message or title: one line, no control characters, no `##[` (the runner escapes the rest). */
export function forAnnotation(text: Text): string {
  return text.parts
    .map((p) => (p.ours ? p.text : oneLine(p.text)))
    .join('')
    .replace(/##\[/g, `##${JOIN}[`);
}

/**
 * A repository path as an annotation's `file` property, or nothing: a path with control characters or `##[`
 * cannot be passed unchanged (the annotation then goes without a location; the message still names it).
 */
export function annotationFile(path: string): string | undefined {
  const clean = path.replace(ANSI, '').replace(LINE_END, '').replace(CONTROL, '');
  return clean !== path || path.includes('##[') ? undefined : path;
}

// ---- the terminal ----

export function forTerminal(text: Text, color: boolean): string {
  return spans(text.parts)
    .map((span) => {
      const body = span.parts.map((p) => (p.ours ? p.text : oneLine(p.text))).join('');
      return span.code && color ? `\u001b[36m${body}\u001b[39m` : body;
    })
    .join('');
}

/** A line of raw evidence (a transcript line) on the terminal: their characters only, nothing that moves the cursor. */
export function terminalLine(line: string): string {
  return oneLine(line);
}

// ---- the job summary (HTML blocks inside GitHub-flavoured markdown) ----

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A web address in our own words (a provider's help page), up to the punctuation that ends a sentence. */
const OUR_URL = /https:\/\/[\w\-.~:/?#@!$&*+,;=%]+[\w\-~/#=%]/g;

/** Our words with their web addresses as links: only ours, a server's or a file's addresses stay text. */
function linked(text: string): string {
  let out = '';
  let at = 0;
  for (const match of text.matchAll(OUR_URL)) {
    const url = escapeHtml(match[0]);
    out += `${escapeHtml(text.slice(at, match.index))}<a href="${url}">${url}</a>`;
    at = match.index + match[0].length;
  }
  return out + escapeHtml(text.slice(at));
}

/**
 * Inline HTML for a table cell or list item: everything escaped, our code spans as <code>, our web addresses
 * as links, and their line ends as <br>, so no blank line can end the HTML block and let markdown render what follows.
 */
export function forHtml(text: Text): string {
  return spans(text.parts)
    .map((span) => {
      const body = span.parts
        .map((p) => {
          if (p.ours && !span.code) return linked(p.text);
          // Line ends become <br>; each line is cleaned on its own (CONTROL would take the line end itself).
          return p.text
            .replace(ANSI, '')
            .split(LINE_END)
            .map((line) => escapeHtml(line.replace(CONTROL, '')))
            .join('<br>');
        })
        .join('');
      return span.code ? `<code>${body}</code>` : body;
    })
    .join('');
}

/** Raw evidence inside <pre>: escaped, line ends kept (a <pre> block runs to its closing tag), nothing else. */
export function forHtmlPre(lines: readonly string[]): string {
  return lines.map((line) => escapeHtml(line.replace(ANSI, '').replace(LINE_END, '\n').replace(CONTROL, ''))).join('\n');
}

// ---- the pull-request comment (markdown that GitHub links, mentions and renders) ----

/** Every ASCII punctuation character, which a backslash makes literal in CommonMark. */
const MARKDOWN_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** Their words outside a code span: literal, and nothing GitHub turns into a mention, a reference or a link. */
function markdownLiteral(text: string): string {
  const flat = oneLine(text)
    .replace(/@/g, `@${JOIN}`)
    .replace(/#(?=\w)/g, `#${JOIN}`)
    .replace(/(https?|ftp|mailto|www)(?=[:.])/gi, `$1${JOIN}`);
  return flat.replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
}

/** A code span that holds any text: a fence longer than any backtick run inside it. */
function codeSpan(content: string): string {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const padded = /^`|`$|^ .* $/.test(content) || content.trim() === '' ? ` ${content} ` : content;
  return `${fence}${padded}${fence}`;
}

/**
 * Markdown for a table cell of the PR comment: their text never opens HTML, an image, a link or a mention,
 * and never closes our code spans; `|` and line ends cannot split the row.
 */
export function forMarkdownCell(text: Text): string {
  return spans(text.parts)
    .map((span) => {
      if (span.code) return codeSpan(span.parts.map((p) => oneLine(p.text)).join('')).replace(/\|/g, '\\|');
      return span.parts.map((p) => (p.ours ? p.text.replace(/\|/g, '\\|') : markdownLiteral(p.text))).join('');
    })
    .join('');
}

// ---- JSON (the CLI's --json, the `report` output, the health route's body) ----

/**
 * What JSON.stringify leaves raw but a terminal, a log viewer or a JavaScript parser acts on: DEL, C1 (with the
 * single-byte CSI, U+009B), the bidirectional marks and overrides, and the line separators U+2028/U+2029.
 * (C0 and lone surrogates JSON.stringify escapes itself.)
 */
const JSON_UNSAFE = new RegExp(`[${range(0x7f, 0x9f)}\\u061c\\u200e\\u200f${range(0x2028, 0x202e)}${range(0x2066, 0x2069)}]`, 'g');

/** JSON text whose every string is as clean as the terminal: those code points as `\\uXXXX` escapes, the value unchanged. */
export function toJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// ---- team chat (DingTalk and WeCom markdown, Slack mrkdwn, Feishu's plain text elements) ----

/** Breaks a web address, a mention or a reference in their words: chat apps link and notify on these. */
const unlinked = (text: string): string =>
  text
    .replace(/(https?|ftp|mailto|www)(?=[:.])/gi, `$1${JOIN}`)
    .replace(/@/g, `@${JOIN}`)
    .replace(/#(?=\w)/g, `#${JOIN}`);

/** Characters a robot's markdown acts on (links, images, emphasis, headings, tables, HTML such as `<font>` and `<@id>`), as their full-width forms. */
const CHAT_MARKUP: Record<string, string> = {
  '<': '＜',
  '>': '＞',
  '[': '［',
  ']': '］',
  '(': '（',
  ')': '）',
  '*': '＊',
  _: '＿',
  '~': '～',
  '`': '｀',
  '#': '＃',
  '|': '｜',
  '!': '！',
  '\\': '＼',
};

/**
 * Markdown for a DingTalk or WeCom robot: their words on one line, every character the robot's renderer acts on
 * replaced by its full-width form (their backslash escapes are not documented, so nothing of theirs relies on one),
 * and no link or mention; our code spans keep their backticks.
 */
export function forChatMarkdown(text: Text): string {
  return text.parts
    .map((p) => (p.ours ? p.text : unlinked(oneLine(p.text)).replace(/[<>[\]()*_~`#|!\\]/g, (c) => CHAT_MARKUP[c] ?? c)))
    .join('');
}

/** Slack's mrkdwn: `&`, `<` and `>` escaped as Slack asks (no link, mention or command of theirs), emphasis marks broken, no autolink. */
export function forSlack(text: Text): string {
  return text.parts
    .map((p) =>
      p.ours
        ? p.text
        : unlinked(oneLine(p.text))
            .replace(/&/g, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;')
            .replace(/[*_~`]/g, (c) => `${c}${JOIN}`),
    )
    .join('');
}

/** Plain text for a channel that renders none (Feishu's `text` elements): one line, no control characters, no autolink; our backticks dropped. */
export function forChatText(text: Text): string {
  return text.parts.map((p) => (p.ours ? p.text.replace(/`/g, '') : unlinked(oneLine(p.text)))).join('');
}
