// How the delivered copy was judged: the receiver's own verdict in its Authentication-Results header
// (RFC 8601), and our own verification of the raw message with mailauth (DKIM signatures, SPF for the
// sending address the receiver recorded in its Received header, DMARC alignment).
import type { ResolveFn } from '../net/resolve.js';

export const MECHANISMS = ['spf', 'dkim', 'dmarc'] as const;
export type Mechanism = (typeof MECHANISMS)[number];

export interface Judgement {
  /** pass, fail, softfail, neutral, none, temperror, permerror, policy. */
  result: string;
  /** The domain judged (header.d, smtp.mailfrom, header.from), when known. */
  domain: string;
}

export type Judgements = Partial<Record<Mechanism, Judgement>>;

/** The header section of a message, unfolded: one entry per header, in order, names lower-cased. */
export function headersOf(raw: string): { name: string; value: string }[] {
  const end = raw.search(/\r?\n\r?\n/);
  const section = end === -1 ? raw : raw.slice(0, end);
  const headers: { name: string; value: string }[] = [];
  for (const line of section.split(/\r?\n/)) {
    const last = headers[headers.length - 1];
    if (/^[ \t]/.test(line) && last) last.value += ` ${line.trim()}`;
    else {
      const colon = line.indexOf(':');
      if (colon > 0) headers.push({ name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() });
    }
  }
  return headers;
}

/** Removes RFC 5322 comments (nested parentheses, backslash escapes). */
function withoutComments(text: string): string {
  let depth = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && depth > 0) i++;
    else if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

const RANK: Record<string, number> = { pass: 0, policy: 1, neutral: 2, softfail: 3, temperror: 4, permerror: 5, fail: 6, none: 7 };

/**
 * The receiver's verdict: the topmost Authentication-Results header (the last one added, by the receiving
 * server). For DKIM, the best of its results (one passing signature is enough). Undefined when there is none.
 */
export function receiverJudgements(raw: string): { authservId: string; judgements: Judgements } | undefined {
  const header = headersOf(raw).find((h) => h.name === 'authentication-results');
  if (!header) return undefined;
  const [authservId = '', ...parts] = withoutComments(header.value).split(';');
  const judgements: Judgements = {};
  for (const part of parts) {
    const match = /^\s*([a-z0-9-]+)\s*=\s*([a-z]+)\b(.*)$/i.exec(part);
    if (!match) continue;
    const mechanism = match[1]?.toLowerCase() as Mechanism;
    if (!MECHANISMS.includes(mechanism)) continue;
    const result = (match[2] ?? '').toLowerCase();
    const props = match[3] ?? '';
    const domain = /\b(?:header\.d|header\.i|header\.from|smtp\.mailfrom)\s*=\s*"?([^\s;"]+)/i.exec(props)?.[1]?.replace(/^.*@/, '') ?? '';
    const known = judgements[mechanism];
    if (!known || (RANK[result] ?? 8) < (RANK[known.result] ?? 8)) judgements[mechanism] = { result, domain };
  }
  return { authservId: authservId.trim().split(/\s+/)[0] ?? '', judgements };
}

/** Our own verification of the delivered copy, through the configured resolvers. */
export async function ourJudgements(raw: Buffer, resolve: ResolveFn): Promise<Judgements> {
  const { authenticate } = await import('mailauth');
  const result = await authenticate(raw, {
    trustReceived: true,
    resolver: resolve as never,
    mta: 'email-deploy-check',
    disableArc: true,
    disableBimi: true,
  });
  const judgements: Judgements = {};
  const dkim = [...result.dkim.results].sort((a, b) => (RANK[a.status.result] ?? 8) - (RANK[b.status.result] ?? 8))[0];
  judgements.dkim = dkim ? { result: dkim.status.result, domain: dkim.signingDomain ?? '' } : { result: 'none', domain: '' };
  if (result.spf) judgements.spf = { result: result.spf.status.result, domain: result.spf.domain };
  if (result.dmarc) judgements.dmarc = { result: result.dmarc.status.result, domain: result.dmarc.domain };
  return judgements;
}
