// The DNS records the deliverability and transport-policy checks read: TXT, MX and `tag=value;` lists.
import type { ResolveFn } from './resolve.js';

const txt = (records: unknown): string[] => (records as string[][]).map((chunks) => chunks.join(''));

const isNoData = (error: unknown): boolean => ['ENODATA', 'ENOTFOUND'].includes((error as NodeJS.ErrnoException).code ?? '');

/** TXT records of a name; none is an empty list, a failing resolver is an error. */
export async function txtRecords(resolve: ResolveFn, name: string): Promise<string[]> {
  try {
    return txt(await resolve(name, 'TXT'));
  } catch (error) {
    if (isNoData(error)) return [];
    throw error;
  }
}

/** The MX hosts of a domain, most preferred first; none is an empty list, a failing resolver is an error. */
export async function mxHosts(resolve: ResolveFn, domain: string): Promise<string[]> {
  try {
    const exchanges = (await resolve(domain, 'MX')) as { exchange: string; priority: number }[];
    return exchanges.sort((a, b) => a.priority - b.priority).map((mx) => mx.exchange);
  } catch (error) {
    if (isNoData(error)) return [];
    throw error;
  }
}

/** `tag=value; ...` records (DKIM, TLS-RPT, BIMI): tags lower-cased, values trimmed (a value may hold `=`). */
export function tagList(record: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const part of record.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) tags[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).trim();
  }
  return tags;
}
