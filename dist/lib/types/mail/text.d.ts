/** Quoted-printable (RFC 2045 6.7) to bytes: soft line breaks removed, `=XX` decoded. */
export declare function decodeQuotedPrintable(body: Buffer): Buffer;
/** The text of HTML: scripts and styles dropped, tags as spaces, the common entities decoded. */
export declare function htmlText(html: string): string;
/** Every text part of the message, plain first, each decoded; HTML as its text. */
export declare function messageText(raw: Buffer): string;
