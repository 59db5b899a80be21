// The shape of our words. A leaf: the text tables import it, and it imports nothing.

export type Language = 'en' | 'zh';

/** A phrase in both languages; a table typed with it cannot compile with a language missing. */
export interface Words {
  en: string;
  zh: string;
}

/** What a cause says happened, and what to do about it. `{name}` is replaced by the result's param. */
export interface CauseText {
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
