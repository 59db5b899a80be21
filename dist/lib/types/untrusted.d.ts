/** One run of characters, and whose they are. Ours may hold our own markup: backticks around code. */
export interface Part {
    readonly ours: boolean;
    readonly text: string;
}
export declare class Text {
    readonly parts: readonly Part[];
    private constructor();
    /** Our own words (a template, a title): trusted, may hold backtick code spans. */
    static ours(text: string): Text;
    /** What a peer, a file or a server said. */
    static theirs(text: string): Text;
    /** A template of ours with `{name}` filled by their values (a string or number is theirs; a Text keeps its parts). */
    static fill(template: string, params: Readonly<Record<string, string | number | Text>>): Text;
    static join(texts: readonly Text[], separator: string): Text;
    concat(...others: (Text | string)[]): Text;
    /** Rewrites their parts only (redaction): our words are never touched. */
    mapTheirs(change: (text: string) => string): Text;
    get isEmpty(): boolean;
    /** The characters as they are, for JSON and for measuring; never for a channel that parses markup. */
    get plain(): string;
    toJSON(): string;
}
