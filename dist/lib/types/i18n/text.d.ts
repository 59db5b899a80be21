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
/** The same causes, each text followed by the server's reply. Keys are kept, so the cause type still sees them. */
export declare function withReply<T extends CauseTexts>(texts: T): T;
/** A family of causes made from another, each key with `suffix` added; the keys stay visible to the compiler. */
export declare function derive<T extends CauseTexts, S extends string>(texts: T, suffix: S, make: (t: CauseWords) => CauseWords): {
    [K in keyof T & string as `${K}${S}`]: CauseWords;
};
/** Why a file was not read (src/safe-file.ts): the words for each reason, to build a family of causes from. */
export declare const REFUSED_BECAUSE: {
    'not-regular': {
        en: string;
        zh: string;
    };
    outside: {
        en: string;
        zh: string;
    };
    'too-large': {
        en: string;
        zh: string;
    };
    unreadable: {
        en: string;
        zh: string;
    };
};
/** One cause per refusal reason, `${prefix}-not-regular` and so on, each said with `make`. */
export declare function refusedFile<P extends string>(prefix: P, make: (because: Words) => CauseWords): {
    [R in keyof typeof REFUSED_BECAUSE as `${P}-${R}`]: CauseWords;
};
