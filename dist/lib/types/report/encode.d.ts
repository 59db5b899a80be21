import type { Text } from '../untrusted.js';
/**
 * One log line. The runner splits its input on CR and LF, trims leading blanks and runs any line that starts
 * with `::` (and the old `##[` form anywhere): their line ends are gone, and neither form can appear.
 */
export declare function forLog(text: Text): string;
/** An annotation's message or title: one line, no control characters, no `##[` (the runner escapes the rest). */
export declare function forAnnotation(text: Text): string;
/**
 * A repository path as an annotation's `file` property, or nothing: a path with control characters or `##[`
 * cannot be passed unchanged (the annotation then goes without a location; the message still names it).
 */
export declare function annotationFile(path: string): string | undefined;
export declare function forTerminal(text: Text, color: boolean): string;
/** A line of raw evidence (a transcript line) on the terminal: their characters only, nothing that moves the cursor. */
export declare function terminalLine(line: string): string;
export declare const escapeHtml: (text: string) => string;
/**
 * Inline HTML for a table cell or list item: everything escaped, our code spans as <code>, our web addresses
 * as links, and their line ends as <br>, so no blank line can end the HTML block and let markdown render what follows.
 */
export declare function forHtml(text: Text): string;
/** Raw evidence inside <pre>: escaped, line ends kept (a <pre> block runs to its closing tag), nothing else. */
export declare function forHtmlPre(lines: readonly string[]): string;
/**
 * Markdown for a table cell of the PR comment: their text never opens HTML, an image, a link or a mention,
 * and never closes our code spans; `|` and line ends cannot split the row.
 */
export declare function forMarkdownCell(text: Text): string;
/** JSON text whose every string is as clean as the terminal: those code points as `\\uXXXX` escapes, the value unchanged. */
export declare function toJson(value: unknown, indent?: number): string;
/**
 * Markdown for a DingTalk or WeCom robot: their words on one line, every character the robot's renderer acts on
 * replaced by its full-width form (their backslash escapes are not documented, so nothing of theirs relies on one),
 * and no link or mention; our code spans keep their backticks.
 */
export declare function forChatMarkdown(text: Text): string;
/** Slack's mrkdwn: `&`, `<` and `>` escaped as Slack asks (no link, mention or command of theirs), emphasis marks broken, no autolink. */
export declare function forSlack(text: Text): string;
/** Plain text for a channel that renders none (Feishu's `text` elements): one line, no control characters, no autolink; our backticks dropped. */
export declare function forChatText(text: Text): string;
