// Where a delivered message came from, as the receiver recorded it: the From address, and the host and address
// that handed it to the receiver (the topmost Received header with a `from` clause, read with mailauth's parser).
import { headersOf } from './authentication.js';

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
