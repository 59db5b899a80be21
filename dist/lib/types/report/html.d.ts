export type Cell = string | {
    data: string;
    header?: boolean;
};
export declare class HtmlBuffer {
    private text;
    addRaw(html: string, addEol?: boolean): this;
    addHeading(html: string, level?: 1 | 2 | 3 | 4 | 5 | 6): this;
    addList(items: readonly string[]): this;
    addTable(rows: readonly (readonly Cell[])[]): this;
    toString(): string;
}
