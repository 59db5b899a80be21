// The readable text of a delivered message, for reading a verification code out of the app's mail: the text/plain
// and text/html parts (multipart walked to a bounded depth), their transfer encoding (base64, quoted-printable)
// and charset undone, HTML reduced to its text. Untrusted input: bounded, never throws.

const MAX_DEPTH = 5;
const MAX_PARTS = 50;

interface Part {
  headers: string;
  body: Buffer;
}

/** Splits a message (or a part) at its first empty line into headers (unfolded) and body. */
function split(raw: Buffer): Part {
  const text = raw.toString('latin1');
  const match = /\r?\n\r?\n/.exec(text);
  const end = match ? match.index : text.length;
  const headers = text.slice(0, end).replace(/\r?\n[ \t]+/g, ' ');
  return { headers, body: match ? raw.subarray(end + match[0].length) : Buffer.alloc(0) };
}

const header = (headers: string, name: string): string => new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(headers)?.[1]?.trim() ?? '';
const parameter = (value: string, name: string): string =>
  new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i')
    .exec(value)
    ?.slice(1)
    .find((v) => v !== undefined) ?? '';

/** Quoted-printable (RFC 2045 6.7) to bytes: soft line breaks removed, `=XX` decoded. */
export function decodeQuotedPrintable(body: Buffer): Buffer {
  const text = body.toString('latin1').replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === '=' ? text.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(text.charCodeAt(i) & 0xff);
  }
  return Buffer.from(bytes);
}

function decodeBody(part: Part): string {
  const encoding = header(part.headers, 'content-transfer-encoding').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(part.body.toString('latin1').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(part.body)
        : part.body;
  const charset = parameter(header(part.headers, 'content-type'), 'charset') || 'utf-8';
  try {
    return new TextDecoder(charset.toLowerCase()).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of HTML: scripts and styles dropped, tags as spaces, the common entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity: string, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16) || 32);
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)) || 32);
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/[ \t\u00a0]+/g, ' ');
}

/** Every text part of the message, plain first, each decoded; HTML as its text. */
export function messageText(raw: Buffer): string {
  const texts: { plain: boolean; text: string }[] = [];
  let parts = 0;
  const walk = (part: Part, depth: number): void => {
    if (++parts > MAX_PARTS || depth > MAX_DEPTH) return;
    const type = header(part.headers, 'content-type').toLowerCase() || 'text/plain';
    if (type.startsWith('multipart/')) {
      const boundary = parameter(header(part.headers, 'content-type'), 'boundary');
      if (!boundary) return;
      const body = part.body.toString('latin1');
      const pieces = body.split(`--${boundary}`).slice(1);
      for (const piece of pieces) {
        if (piece.startsWith('--')) break;
        walk(split(Buffer.from(piece.replace(/^\r?\n/, ''), 'latin1')), depth + 1);
      }
      return;
    }
    if (type.startsWith('text/plain')) texts.push({ plain: true, text: decodeBody(part) });
    else if (type.startsWith('text/html')) texts.push({ plain: false, text: htmlText(decodeBody(part)) });
  };
  walk(split(raw), 0);
  return [...texts.filter((t) => t.plain), ...texts.filter((t) => !t.plain)].map((t) => t.text).join('\n');
}
