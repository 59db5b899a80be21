// Where a delivered message came from, as the receiver recorded it: the From address, and the host and address
// that handed it to the receiver (the topmost Received header with a `from` clause, read with mailauth's parser).
import { isPrivateAddress, listings, reverseName } from '../net/reputation.js';
import { resolveFn } from '../net/resolve.js';
import type { Settings } from '../settings/settings.js';
import type { Outcome } from '../types.js';
import { headersOf, receiverJudgements } from './authentication.js';

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

export async function originOf(raw: Buffer): Promise<Origin> {
  const { parseReceived, getClientAddress } = await import('mailauth/lib/parse-received.js');
  const headers = headersOf(raw.toString('latin1'));
  const fromHeader = headers.find((h) => h.name === 'from')?.value ?? '';
  const from = (/<([^<>\s]+@[^<>\s]+)>/.exec(fromHeader)?.[1] ?? /([^\s<>"]+@[^\s<>"]+)/.exec(fromHeader)?.[1] ?? '').toLowerCase();
  const received = headers
    .filter((h) => h.name === 'received')
    .map((h) => parseReceived(`Received: ${h.value}`))
    .find((r) => r.from?.value);
  return {
    from,
    helo: received?.from?.value ?? '',
    ip: (received?.from ? getClientAddress(received.from) : undefined) ?? '',
    by: received?.by?.value ?? '',
  };
}

/**
 * What a delivered copy says of where it came from, as findings: its sender and sending host with the receiver's
 * verdict (and, for the app's mail, whether that is the sender this run was told), then the sending address's
 * reverse name and block-list listings through `dns-servers`. Shared by the app's mail and our own test mail.
 */
export async function originOutcomes(raw: Buffer, s: Settings, options: { compareSender: boolean }): Promise<Outcome[]> {
  const origin = await originOf(raw);
  const verdict = receiverJudgements(raw.toString('latin1'))?.judgements ?? {};
  const params = {
    from: origin.from || '-',
    helo: origin.helo || '-',
    ip: origin.ip || '-',
    spf: verdict.spf?.result ?? '-',
    dkim: verdict.dkim?.result ?? '-',
    dmarc: verdict.dmarc?.result ?? '-',
  };
  const outcomes: Outcome[] = [];
  const told = s.from.toLowerCase();
  outcomes.push(
    options.compareSender && told !== '' && origin.from !== '' && origin.from !== told
      ? { status: 'warn', cause: 'origin-differs', params: { ...params, told, host: s.host || '-' } }
      : { status: 'pass', cause: 'origin-ok', params },
  );
  if (origin.ip === '' || isPrivateAddress(origin.ip)) {
    outcomes.push({ status: 'skip', cause: 'origin-private', subject: 'reputation', params: { ip: params.ip } });
    return outcomes;
  }
  const resolve = resolveFn(s.dnsServers, s.timeoutMs);
  const [reverse, listed] = await Promise.all([reverseName(origin.ip, resolve).catch(() => undefined), listings(origin.ip, resolve)]);
  if (!reverse) outcomes.push({ status: 'skip', cause: 'origin-ptr-unknown', subject: 'ptr', params: { ip: origin.ip } });
  else if (reverse.name === '') outcomes.push({ status: 'warn', cause: 'origin-ptr-missing', subject: 'ptr', params: { ip: origin.ip } });
  else
    outcomes.push({
      status: reverse.confirmed ? 'pass' : 'warn',
      cause: reverse.confirmed ? 'origin-ptr-ok' : 'origin-ptr-unconfirmed',
      subject: 'ptr',
      params: { ip: origin.ip, name: reverse.name },
    });
  for (const listing of listed) {
    const base = { ip: origin.ip, list: listing.list };
    if (listing.state === 'listed')
      outcomes.push({ status: 'warn', cause: 'origin-listed', subject: listing.list, params: { ...base, answer: listing.answer } });
    else if (listing.state === 'clean') outcomes.push({ status: 'pass', cause: 'origin-not-listed', subject: listing.list, params: base });
    else outcomes.push({ status: 'skip', cause: 'origin-list-unknown', subject: listing.list, params: { ...base, why: listing.why } });
  }
  return outcomes;
}
