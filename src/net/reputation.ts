// The sending address's standing, through the resolvers of `dns-servers`: its reverse name (PTR) and whether that
// name points back to it (forward-confirmed), and its listing on common DNS block lists. A list that refuses to
// answer (Spamhaus answers 127.255.255.254 to queries through public resolvers) is "could not check", never "listed".
import { isIP } from 'node:net';
import type { ResolveFn } from './resolve.js';

export const BLOCK_LISTS = ['zen.spamhaus.org', 'bl.spamcop.net', 'b.barracudacentral.org'] as const;

export interface ReverseName {
  /** The first PTR name, or '' when there is none. */
  name: string;
  /** The name resolves back to the address. */
  confirmed: boolean;
}

export type Listing =
  { list: string; state: 'listed'; answer: string } | { list: string; state: 'clean' } | { list: string; state: 'unknown'; why: string };

/** Loopback, private, link-local and unique-local addresses: no public list knows them, and none is asked. */
export function isPrivateAddress(ip: string): boolean {
  if (isIP(ip) === 4) {
    const [a = 0, b = 0] = ip.split('.').map(Number);
    return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || a === 0;
  }
  const lower = ip.toLowerCase();
  return lower === '::1' || lower.startsWith('fc') || lower.startsWith('fd') || lower.startsWith('fe80');
}

const reversed = (ip: string): string => ip.split('.').reverse().join('.');
const code = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? '';

export async function reverseName(ip: string, resolve: ResolveFn): Promise<ReverseName> {
  if (isIP(ip) !== 4) return { name: '', confirmed: false };
  let names: string[];
  try {
    names = (await resolve(`${reversed(ip)}.in-addr.arpa`, 'PTR')) as string[];
  } catch (error) {
    if (['ENOTFOUND', 'ENODATA'].includes(code(error))) return { name: '', confirmed: false };
    throw error;
  }
  const name = names[0] ?? '';
  if (name === '') return { name, confirmed: false };
  const addresses = ((await resolve(name, 'A').catch(() => [])) as string[]) ?? [];
  return { name, confirmed: addresses.includes(ip) };
}

/** 127.0.0.2 to 127.0.0.127: listed. 127.255.255.x: the list refused the query (a public resolver, a limit). */
export async function listings(ip: string, resolve: ResolveFn, lists: readonly string[] = BLOCK_LISTS): Promise<Listing[]> {
  if (isIP(ip) !== 4) return lists.map((list) => ({ list, state: 'unknown', why: 'IPv6 is not looked up' }));
  return Promise.all(
    lists.map(async (list): Promise<Listing> => {
      try {
        const answers = (await resolve(`${reversed(ip)}.${list}`, 'A')) as string[];
        const refused = answers.find((a) => a.startsWith('127.255.255.'));
        if (refused) return { list, state: 'unknown', why: `the list answered ${refused} (it refuses this resolver)` };
        const listed = answers.find((a) => /^127\.0\.0\.\d+$/.test(a));
        return listed
          ? { list, state: 'listed', answer: listed }
          : { list, state: 'unknown', why: `unexpected answer ${answers.join(', ')}` };
      } catch (error) {
        if (['ENOTFOUND', 'ENODATA'].includes(code(error))) return { list, state: 'clean' };
        return { list, state: 'unknown', why: code(error) || String(error) };
      }
    }),
  );
}
