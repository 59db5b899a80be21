// The EHLO reply, read once where it enters (as nodemailer's smtp-connection does): every consumer reads these
// fields, none parses the lines again.

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
export function parseEhlo(lines: readonly string[]): Capabilities {
  const trimmed = lines.map((line) => line.trim()).filter(Boolean);
  const keyword = (line: string): string => (line.split(/[ =]/)[0] ?? '').toUpperCase();
  const keywords = trimmed.map(keyword);
  const has = (name: string): boolean => keywords.includes(name);
  const auth = new Set<string>();
  for (const line of trimmed) {
    if (keyword(line) !== 'AUTH') continue;
    for (const mechanism of line.slice(5).split(/\s+/)) if (mechanism) auth.add(mechanism.toUpperCase());
  }
  const sizeLine = trimmed.find((line) => keyword(line) === 'SIZE');
  const sizeValue = sizeLine === undefined ? undefined : Number(/^SIZE\s+(\d+)/i.exec(sizeLine)?.[1] ?? 0);
  return {
    lines: trimmed,
    keywords,
    auth: [...auth],
    authAdvertised: has('AUTH'),
    starttls: has('STARTTLS'),
    pipelining: has('PIPELINING'),
    size: sizeValue,
    eightBitMime: has('8BITMIME'),
    smtpUtf8: has('SMTPUTF8'),
    enhancedStatusCodes: has('ENHANCEDSTATUSCODES'),
    chunking: has('CHUNKING'),
    dsn: has('DSN'),
  };
}

/** Nothing advertised (before EHLO, or a server that answered only HELO). */
export const NO_CAPABILITIES: Capabilities = parseEhlo([]);
