/** What a server said it can do in its EHLO reply (RFC 5321 4.1.1.1 and the extensions' RFCs). */
export interface Capabilities {
    /** The keyword lines as sent, without the greeting line (`PIPELINING`, `AUTH PLAIN LOGIN`, `SIZE 35882577`). */
    readonly lines: readonly string[];
    /** The extension keywords, upper-cased, in the order sent. */
    readonly keywords: readonly string[];
    /** SASL mechanisms, upper-cased (RFC 4954), from `AUTH` and the old `AUTH=` form. Empty: no AUTH advertised. */
    readonly auth: readonly string[];
    readonly authAdvertised: boolean;
    readonly starttls: boolean;
    /** RFC 2920: commands may be written together. */
    readonly pipelining: boolean;
    /** RFC 1870: the largest message the server takes, in bytes; 0 when it states no limit; undefined without SIZE. */
    readonly size?: number;
    readonly eightBitMime: boolean;
    readonly smtpUtf8: boolean;
    readonly enhancedStatusCodes: boolean;
    readonly chunking: boolean;
    readonly dsn: boolean;
}
/** Reads the lines of an EHLO reply after the first (the server's name). */
export declare function parseEhlo(lines: readonly string[]): Capabilities;
/** Nothing advertised (before EHLO, or a server that answered only HELO). */
export declare const NO_CAPABILITIES: Capabilities;
