// Replies from QQ and NetEase servers can arrive in GBK. Read as Latin-1 (as the wire is read) or as UTF-8
// with the bytes lost, they turn into mojibake in every report; decoded first, they match and quote as sent.

/** The text of a reply read byte-for-byte as Latin-1, as UTF-8 if it is valid UTF-8, else as GBK if it is valid GBK. */
export function decodeReply(text: string): string {
  // Only a string of byte values above ASCII can be bytes read as Latin-1; anything else is already text.
  if (!/[\u0080-\u00ff]/.test(text) || /[^\t\n\r\u0020-\u00ff]/.test(text)) return text;
  const bytes = Buffer.from(text, 'latin1');
  for (const encoding of ['utf-8', 'gbk']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // Not this encoding: try the next.
    }
  }
  return text;
}
