export interface Origin {
    /** The From header's address (lower-cased), or '' when it has none. */
    from: string;
    /** The name the sending host gave (HELO/EHLO), or ''. */
    helo: string;
    /** The sending host's address, or ''. */
    ip: string;
    /** The receiver that wrote the Received header, or ''. */
    by: string;
}
export declare function originOf(raw: Buffer): Promise<Origin>;
