/** The text of a reply read byte-for-byte as Latin-1, as UTF-8 if it is valid UTF-8, else as GBK if it is valid GBK. */
export declare function decodeReply(text: string): string;
