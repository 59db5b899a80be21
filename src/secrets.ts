// Every form in which a secret could leave the process, and the one redaction every reporter applies.
// The runner masks registered values in logs, but not PR comments or CLI output, so we redact ourselves.

const MASK = '***';

/**
 * A secret shorter than this is not redacted: masking one or two letters would shred every word (and
 * once turned `fail` into `f***il`). The env check reports such a password as critical instead.
 */
export const MIN_REDACTABLE_LENGTH = 4;

/** URL form encoding (application/x-www-form-urlencoded): spaces as `+`, and `!'()*~` escaped too. */
const formEncode = (text: string): string =>
  encodeURIComponent(text)
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');

/** The encodings a password can travel in: plain, trimmed, base64 (also inside larger blobs), URL, hex, JSON, AUTH PLAIN. */
export function secretVariants(secret: string, user = ''): string[] {
  if (secret.trim().length < MIN_REDACTABLE_LENGTH) return [];
  const forms = new Set<string>();
  for (const plain of [secret, secret.trim(), secret.replace(/\s+/g, '')]) {
    if (plain === '') continue;
    const bytes = Buffer.from(plain, 'utf8');
    forms.add(plain);
    forms.add(bytes.toString('base64'));
    forms.add(bytes.toString('base64url'));
    // URLSearchParams (WHATWG form encoding) keeps `*`, `-`, `.`, `_` and writes a space as `+`: a form of its own.
    const searchParams = new URLSearchParams({ s: plain }).toString().slice(2);
    for (const encoded of [encodeURIComponent(plain), formEncode(plain), searchParams]) {
      forms.add(encoded);
      forms.add(encoded.replace(/%[0-9A-F]{2}/g, (c) => c.toLowerCase()));
    }
    forms.add(bytes.toString('hex'));
    forms.add(bytes.toString('hex').toUpperCase());
    forms.add(JSON.stringify(plain).slice(1, -1));
    for (const shifted of shiftedBase64(bytes)) forms.add(shifted);
    // AUTH PLAIN sends base64("\0user\0password") in one token.
    forms.add(Buffer.from(`\u0000${user}\u0000${plain}`, 'utf8').toString('base64'));
    forms.add(Buffer.from(`${user}\u0000${user}\u0000${plain}`, 'utf8').toString('base64'));
  }
  // Short fragments would shred unrelated text.
  return [...forms].filter((f) => f.length >= MIN_REDACTABLE_LENGTH);
}

/** The stable middle of base64(prefix + secret) for 0, 1 and 2 prefix bytes: the secret inside a larger base64 blob. */
function shiftedBase64(bytes: Buffer): string[] {
  const out: string[] = [];
  for (const offset of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const start = Math.ceil((offset * 8) / 6);
    const end = Math.floor(((offset + bytes.length) * 8) / 6);
    if (end - start >= 4) out.push(encoded.slice(start, end));
  }
  return out;
}

export interface Redactor {
  redact: (text: string) => string;
  /** Redacts every string inside a JSON-like value. */
  redactDeep: <T>(value: T) => T;
  readonly secrets: readonly string[];
  /** A secret learned during the run (a fetched access token): its forms are redacted from here on. Returns the new forms. */
  add: (secret: string) => string[];
  /** Forms already made (the secrets inside a `targets` list, each with its login). Returns the new forms. */
  addForms: (forms: readonly string[]) => string[];
}

export function createRedactor(secrets: readonly string[]): Redactor {
  const forms: string[] = [];
  const add = (found: readonly string[]): string[] => {
    const fresh = [...new Set(found.filter((s) => s !== '' && !forms.includes(s)))];
    forms.push(...fresh);
    // Longest first, so a form that contains another is replaced whole.
    forms.sort((a, b) => b.length - a.length);
    return fresh;
  };
  add(secrets);
  const redact = (text: string): string => {
    let out = text;
    for (const form of forms) if (out.includes(form)) out = out.split(form).join(MASK);
    return out;
  };
  const redactDeep = <T>(value: T): T => {
    if (typeof value === 'string') return redact(value) as T;
    if (Array.isArray(value)) return value.map((item: unknown) => redactDeep(item)) as T;
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, redactDeep(item)])) as T;
    }
    return value;
  };
  return { redact, redactDeep, secrets: forms, add: (secret) => add(secretVariants(secret)), addForms: add };
}
