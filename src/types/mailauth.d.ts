// mailauth ships no declaration for its DMARC record lookup; this is the part we call.
declare module 'mailauth/lib/dmarc/get-dmarc-record.js' {
  export interface DmarcRecord {
    v?: string;
    p?: string;
    sp?: string;
    rua?: string;
    ruf?: string;
    pct?: number;
    rr?: string;
    isOrgRecord?: boolean;
    recordDomain?: string;
    orgDomain?: string;
    [tag: string]: unknown;
  }
  type Resolve = (name: string, rrtype: string) => Promise<unknown>;
  export default function getDmarcRecord(domain: string, resolver?: Resolve, opts?: { strict?: boolean }): Promise<DmarcRecord | false>;
}

// mailauth's Received header parser (used by its authenticate() for `trustReceived`); no declaration shipped.
declare module 'mailauth/lib/parse-received.js' {
  export interface ReceivedClause {
    value?: string;
    comment?: string;
    [key: string]: unknown;
  }
  export interface Received {
    from?: ReceivedClause;
    [clause: string]: ReceivedClause | undefined;
  }
  export function parseReceived(line: Buffer | string): Received;
  export function getClientAddress(from: ReceivedClause): string | undefined;
}
