import type { Check } from '../engine.js';
import type { CheckId } from '../i18n/causes.js';
import { type ResolveFn } from '../net/resolve.js';
import type { Settings } from '../settings/settings.js';
import type { Outcome } from '../types.js';
export declare const SPF_LOOKUP_LIMIT = 10;
export declare const SPF_VOID_LIMIT = 2;
export declare const isNoData: (error: unknown) => boolean;
/** TXT records of a name; none is an empty list, a failing resolver is an error. */
export declare function txtRecords(resolve: ResolveFn, name: string): Promise<string[]>;
export declare function deliverabilityCheck(id: CheckId, run: (domain: string, resolve: ResolveFn, s: Settings) => Promise<Outcome | Outcome[]>, relevant?: (s: Settings) => boolean): Check;
/** The MX hosts of a domain, most preferred first; none is an empty list, a failing resolver is an error. */
export declare function mxHosts(resolve: ResolveFn, domain: string): Promise<string[]>;
/** `tag=value; ...` records (DKIM, TLS-RPT, BIMI): tags lower-cased, values trimmed (a value may hold `=`). */
export declare function tagList(record: string): Record<string, string>;
export declare const mxCheck: Check<undefined>;
export declare const spfCheck: Check<undefined>;
export declare const dkimCheck: Check<undefined>;
/** rua/ruf take comma-separated mailto: URIs, each optionally with a size limit (!10m). */
export declare const isValidRua: (value: string) => boolean;
export declare const dmarcCheck: Check<undefined>;
export declare const DELIVERABILITY_CHECKS: readonly [Check<undefined>, Check<undefined>, Check<undefined>, Check<undefined>];
