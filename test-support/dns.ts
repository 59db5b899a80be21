// A real DNS server on a loopback UDP port, answering from a zone table: A, AAAA, TXT, MX, PTR,
// NXDOMAIN for unknown names, a chosen rcode (SERVFAIL) or silence (timeouts) per name.
// No relative imports: Node 24 runs this file directly (type stripping).
import { createSocket, type RemoteInfo } from 'node:dgram';
import { isIPv6 } from 'node:net';

export interface ZoneEntry {
  A?: string[];
  AAAA?: string[];
  /** Each record is one string or several strings (a record split into chunks). */
  TXT?: (string | string[])[];
  MX?: { priority: number; exchange: string }[];
  /** Reverse names, for `<reversed address>.in-addr.arpa`. */
  PTR?: string[];
  /** Answer with this rcode instead (2 = SERVFAIL, 5 = REFUSED). */
  rcode?: number;
  /** Never answer: the client times out. */
  silent?: boolean;
}

export type Zone = Record<string, ZoneEntry>;

export interface RunningDns {
  /** `127.0.0.1:port`, ready for `dns-servers`. */
  server: string;
  port: number;
  queries: string[];
  close(): Promise<void>;
}

const TYPES: Record<number, keyof ZoneEntry> = { 1: 'A', 28: 'AAAA', 16: 'TXT', 15: 'MX', 12: 'PTR' };

export async function startDnsServer(zone: Zone): Promise<RunningDns> {
  const socket = createSocket('udp4');
  const queries: string[] = [];
  const table = Object.fromEntries(Object.entries(zone).map(([name, entry]) => [name.toLowerCase().replace(/\.$/, ''), entry]));
  socket.on('message', (message: Buffer, remote: RemoteInfo) => {
    const question = parseQuestion(message);
    if (!question) return;
    queries.push(`${question.name} ${TYPES[question.type] ?? question.type}`);
    const entry = table[question.name.toLowerCase()];
    if (entry?.silent) return;
    const rcode = entry ? (entry.rcode ?? 0) : 3;
    const answers = entry && rcode === 0 ? records(entry, question.type) : [];
    socket.send(reply(message, question.end, rcode, answers), remote.port, remote.address);
  });
  const port = await new Promise<number>((resolve) => socket.bind(0, '127.0.0.1', () => resolve(socket.address().port)));
  return { server: `127.0.0.1:${port}`, port, queries, close: () => new Promise((resolve) => socket.close(() => resolve())) };
}

function parseQuestion(message: Buffer): { name: string; type: number; end: number } | undefined {
  if (message.length < 17) return undefined;
  const labels: string[] = [];
  let offset = 12;
  while (offset < message.length && message[offset] !== 0) {
    const length = message[offset]!;
    labels.push(message.subarray(offset + 1, offset + 1 + length).toString('latin1'));
    offset += length + 1;
  }
  const type = message.readUInt16BE(offset + 1);
  return { name: labels.join('.'), type, end: offset + 5 };
}

function encodeName(name: string): Buffer {
  const parts = name.replace(/\.$/, '').split('.').filter(Boolean);
  return Buffer.concat([...parts.map((p) => Buffer.concat([Buffer.from([p.length]), Buffer.from(p, 'latin1')])), Buffer.from([0])]);
}

function records(entry: ZoneEntry, type: number): { type: number; data: Buffer }[] {
  switch (TYPES[type]) {
    case 'A':
      return (entry.A ?? []).map((ip) => ({ type, data: Buffer.from(ip.split('.').map(Number)) }));
    case 'AAAA':
      return (entry.AAAA ?? []).filter(isIPv6).map((ip) => ({ type, data: ipv6Bytes(ip) }));
    case 'TXT':
      return (entry.TXT ?? []).map((record) => ({
        type,
        data: Buffer.concat(
          (Array.isArray(record) ? record : chunk(record)).map((s) => Buffer.concat([Buffer.from([Buffer.byteLength(s)]), Buffer.from(s)])),
        ),
      }));
    case 'MX':
      return (entry.MX ?? []).map((mx) => {
        const priority = Buffer.alloc(2);
        priority.writeUInt16BE(mx.priority);
        return { type, data: Buffer.concat([priority, encodeName(mx.exchange)]) };
      });
    case 'PTR':
      return (entry.PTR ?? []).map((name) => ({ type, data: encodeName(name) }));
    default:
      return [];
  }
}

/** A TXT record longer than 255 bytes is several strings. */
const chunk = (text: string): string[] => text.match(/[\s\S]{1,255}/g) ?? [''];

function ipv6Bytes(ip: string): Buffer {
  const [head, tail] = ip.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  const out = Buffer.alloc(16);
  groups.forEach((g, i) => out.writeUInt16BE(parseInt(g || '0', 16), i * 2));
  return out;
}

function reply(query: Buffer, questionEnd: number, rcode: number, answers: { type: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2);
  header.writeUInt16BE(0x8180 | rcode, 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(answers.length, 6);
  const body = answers.map(({ type, data }) => {
    const rr = Buffer.alloc(12);
    rr.writeUInt16BE(0xc00c, 0);
    rr.writeUInt16BE(type, 2);
    rr.writeUInt16BE(1, 4);
    rr.writeUInt32BE(60, 6);
    rr.writeUInt16BE(data.length, 10);
    return Buffer.concat([rr, data]);
  });
  return Buffer.concat([header, query.subarray(12, questionEnd), ...body]);
}
