import type { ResolveFn } from './resolve.js';
/** TXT records of a name; none is an empty list, a failing resolver is an error. */
export declare function txtRecords(resolve: ResolveFn, name: string): Promise<string[]>;
/** The MX hosts of a domain, most preferred first; none is an empty list, a failing resolver is an error. */
export declare function mxHosts(resolve: ResolveFn, domain: string): Promise<string[]>;
/** `tag=value; ...` records (DKIM, TLS-RPT, BIMI): tags lower-cased, values trimmed (a value may hold `=`). */
export declare function tagList(record: string): Record<string, string>;
