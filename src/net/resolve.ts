// Name resolution the way the app would do it, or through the resolvers named in `dns-servers`.
import type { Resolver } from 'node:dns/promises';
import { networkInterfaces } from 'node:os';
import { withTimeout, TimeoutError } from './timeout.js';

export interface Resolution {
  v4: string[];
  v6: string[];
}

/** Why a name did not resolve; the code is the cause code reported. */
export class ResolveError extends Error {
  constructor(
    readonly reason: 'dns-nxdomain' | 'dns-servfail' | 'dns-timeout' | 'dns-refused' | 'dns-no-address' | 'dns-error',
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** A resolver that honours `dns-servers` (IP or IP:port; the system's servers when empty), one try per server, bounded by timeoutMs. */
export function makeResolver(servers: readonly string[], timeoutMs: number): Resolver {
  const resolver = new (process.getBuiltinModule('node:dns/promises').Resolver)({
    timeout: Math.max(100, Math.floor(timeoutMs / Math.max(1, servers.length))),
    tries: 1,
  });
  if (servers.length) resolver.setServers(servers);
  return resolver;
}

/** `dns.promises.resolve`-shaped lookup through makeResolver: what mailauth takes as `resolver`. */
export type ResolveFn = (name: string, rrtype: string) => Promise<unknown>;

export function resolveFn(servers: readonly string[], timeoutMs: number): ResolveFn {
  const resolver = makeResolver(servers, timeoutMs);
  return async (name, rrtype) => {
    const answer = await withTimeout(resolver.resolve(name, rrtype) as Promise<unknown>, timeoutMs, undefined, () => resolver.cancel());
    return rrtype === 'TXT' ? (answer as string[][]).map((chunks) => chunks.map(utf8)) : answer;
  };
}

/**
 * A TXT string as its bytes meant it. Node hands TXT data over byte for byte as Latin-1; a record written in UTF-8
 * (a DMARC or BIMI record with a non-ASCII comment, a TXT a user typed) would show as mojibake. Bytes that are not
 * valid UTF-8 stay as they came.
 */
export function utf8(text: string): string {
  // Only a string of byte values can be bytes read as Latin-1; anything above U+00FF is already text.
  if (!/[\u0080-\u00ff]/.test(text) || /[^\t\n\r\u0020-\u00ff]/.test(text)) return text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(text, 'latin1'));
  } catch {
    return text;
  }
}

export async function resolveHost(host: string, servers: readonly string[], timeoutMs: number, signal?: AbortSignal): Promise<Resolution> {
  const family = process.getBuiltinModule('node:net').isIP(host);
  if (family === 4) return { v4: [host], v6: [] };
  if (family === 6) return { v4: [], v6: [host] };
  try {
    const resolution = servers.length ? await viaResolver(host, servers, timeoutMs, signal) : await viaSystem(host, timeoutMs, signal);
    if (resolution.v4.length === 0 && resolution.v6.length === 0) throw new ResolveError('dns-no-address', 'no A or AAAA record');
    return resolution;
  } catch (error) {
    throw classify(error);
  }
}

/** getaddrinfo, as net.connect and nodemailer use it: /etc/hosts and the system's resolver. */
async function viaSystem(host: string, timeoutMs: number, signal?: AbortSignal): Promise<Resolution> {
  const answers = await withTimeout(
    process.getBuiltinModule('node:dns/promises').lookup(host, { all: true, order: 'ipv4first' }),
    timeoutMs,
    signal,
  );
  return {
    v4: answers.filter((a) => a.family === 4).map((a) => a.address),
    v6: answers.filter((a) => a.family === 6).map((a) => a.address),
  };
}

async function viaResolver(host: string, servers: readonly string[], timeoutMs: number, signal?: AbortSignal): Promise<Resolution> {
  const resolver = makeResolver(servers, timeoutMs);
  signal?.addEventListener('abort', () => resolver.cancel(), { once: true });
  const [v4, v6] = await withTimeout(Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]), timeoutMs, signal, () =>
    resolver.cancel(),
  );
  if (v4.status === 'rejected' && v6.status === 'rejected') {
    // NODATA for one family and a real failure for the other: report the failure.
    const errors = [v4.reason, v6.reason] as NodeJS.ErrnoException[];
    throw errors.find((e) => e.code !== 'ENODATA') ?? errors[0] ?? new Error('no address');
  }
  return { v4: v4.status === 'fulfilled' ? v4.value : [], v6: v6.status === 'fulfilled' ? v6.value : [] };
}

function classify(error: unknown): ResolveError {
  if (error instanceof ResolveError) return error;
  if (error instanceof TimeoutError) return new ResolveError('dns-timeout', 'no answer in time');
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const detail = `${code} ${(error as Error).message ?? ''}`.trim();
  switch (code) {
    case 'ENOTFOUND':
      return new ResolveError('dns-nxdomain', detail);
    case 'ESERVFAIL':
      return new ResolveError('dns-servfail', detail);
    case 'ETIMEOUT':
    case 'ECANCELLED':
      return new ResolveError('dns-timeout', detail);
    case 'EAI_AGAIN':
      // getaddrinfo folds SERVFAIL and timeouts into "try again".
      return new ResolveError('dns-servfail', detail);
    case 'ECONNREFUSED':
    case 'EREFUSED':
      return new ResolveError('dns-refused', detail);
    case 'ENODATA':
      return new ResolveError('dns-no-address', detail);
    default:
      return new ResolveError('dns-error', detail);
  }
}

/** Whether this machine has a global IPv6 address (GitHub-hosted runners have none). */
export function hasGlobalIpv6(): boolean {
  return Object.values(networkInterfaces())
    .flat()
    .some((i) => i !== undefined && i.family === 'IPv6' && !i.internal && !/^fe80:/i.test(i.address));
}
