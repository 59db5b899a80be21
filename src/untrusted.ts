// Text that mixes our words with what someone else said: an SMTP reply, a server's report, a DNS record,
// a line of a repository file, a value from `.env`. Their parts are data, never markup or commands.
//
// `Text` is an object, not a string: it cannot be pasted into a log line, a summary or a comment by
// accident (lint refuses an object in a template literal or a `+`). Only a channel's encoder
// (src/report/encode.ts) turns it into that channel's string; JSON gets the plain text through toJSON.

/** One run of characters, and whose they are. Ours may hold our own markup: backticks around code. */
export interface Part {
  readonly ours: boolean;
  readonly text: string;
}

export class Text {
  private constructor(readonly parts: readonly Part[]) {}

  /** Our own words (a template, a title): trusted, may hold backtick code spans. */
  static ours(text: string): Text {
    return new Text(text === '' ? [] : [{ ours: true, text }]);
  }

  /** What a peer, a file or a server said. */
  static theirs(text: string): Text {
    return new Text(text === '' ? [] : [{ ours: false, text }]);
  }

  /** A template of ours with `{name}` filled by their values (a string or number is theirs; a Text keeps its parts). */
  static fill(template: string, params: Readonly<Record<string, string | number | Text>>): Text {
    const parts: Part[] = [];
    let last = 0;
    for (const match of template.matchAll(/\{(\w+)\}/g)) {
      if (match.index > last) parts.push({ ours: true, text: template.slice(last, match.index) });
      const value = params[match[1] ?? ''];
      if (value instanceof Text) parts.push(...value.parts);
      else if (value !== undefined && value !== '') parts.push({ ours: false, text: String(value) });
      last = match.index + match[0].length;
    }
    if (last < template.length) parts.push({ ours: true, text: template.slice(last) });
    return new Text(parts);
  }

  static join(texts: readonly Text[], separator: string): Text {
    const parts: Part[] = [];
    texts.forEach((t, i) => {
      if (i > 0 && separator !== '') parts.push({ ours: true, text: separator });
      parts.push(...t.parts);
    });
    return new Text(parts);
  }

  concat(...others: (Text | string)[]): Text {
    return new Text([...this.parts, ...others.flatMap((o) => (typeof o === 'string' ? Text.ours(o).parts : o.parts))]);
  }

  /** Rewrites their parts only (redaction): our words are never touched. */
  mapTheirs(change: (text: string) => string): Text {
    return new Text(this.parts.map((p) => (p.ours ? p : { ours: false, text: change(p.text) })));
  }

  get isEmpty(): boolean {
    return this.parts.every((p) => p.text === '');
  }

  /** The characters as they are, for JSON and for measuring; never for a channel that parses markup. */
  get plain(): string {
    return this.parts.map((p) => p.text).join('');
  }

  toJSON(): string {
    return this.plain;
  }
}
