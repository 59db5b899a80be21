// The shape of our words. A leaf: the text tables import it, and it imports nothing.

export type Language = 'en' | 'zh';

/** A phrase in both languages; a table typed with it cannot compile with a language missing. */
export interface Words {
  en: string;
  zh: string;
}

/** What a cause says happened, and what to do about it. `{name}` is replaced by the result's param. */
export interface CauseText {
  /** The result's title when the cause names it better than its check does (a lint rule). */
  title?: string;
  text: string;
  fix?: string;
}

export interface CauseWords {
  en: CauseText;
  zh: CauseText;
}

export type CauseTexts = Record<string, CauseWords>;

/** The server's reply, quoted after the text of every cause that diagnoses one. */
const SERVER_SAID: Words = { en: ' Reply: `{reply}`', zh: ' 服务器返回：`{reply}`' };

/** The same causes, each text followed by the server's reply. Keys are kept, so the cause type still sees them. */
export function withReply<T extends CauseTexts>(texts: T): T {
  return derive(texts, '', (t) => ({
    en: { ...t.en, text: t.en.text + SERVER_SAID.en },
    zh: { ...t.zh, text: t.zh.text + SERVER_SAID.zh },
  })) as unknown as T;
}

/** A family of causes made from another, each key with `suffix` added; the keys stay visible to the compiler. */
export function derive<T extends CauseTexts, S extends string>(
  texts: T,
  suffix: S,
  make: (t: CauseWords) => CauseWords,
): { [K in keyof T & string as `${K}${S}`]: CauseWords } {
  return Object.fromEntries(Object.entries(texts).map(([cause, t]) => [`${cause}${suffix}`, make(t)])) as {
    [K in keyof T & string as `${K}${S}`]: CauseWords;
  };
}

/** Why a file was not read (src/safe-file.ts): the words for each reason, to build a family of causes from. */
export const REFUSED_BECAUSE = {
  'not-regular': {
    en: 'is not a regular file (a FIFO, a device or a socket), so it was not read',
    zh: '不是普通文件（FIFO、设备或套接字），因此未读取',
  },
  outside: { en: 'resolves to a path outside {within}, so it was not read', zh: '实际路径位于 {within} 之外，因此未读取' },
  'too-large': { en: 'is larger than {limit}, so it was not read', zh: '超过 {limit}，因此未读取' },
  unreadable: { en: 'cannot be read ({detail})', zh: '无法读取（{detail}）' },
} satisfies Record<string, Words>;

/** One cause per refusal reason, `${prefix}-not-regular` and so on, each said with `make`. */
export function refusedFile<P extends string>(
  prefix: P,
  make: (because: Words) => CauseWords,
): { [R in keyof typeof REFUSED_BECAUSE as `${P}-${R}`]: CauseWords } {
  return Object.fromEntries(Object.entries(REFUSED_BECAUSE).map(([reason, because]) => [`${prefix}-${reason}`, make(because)])) as {
    [R in keyof typeof REFUSED_BECAUSE as `${P}-${R}`]: CauseWords;
  };
}
