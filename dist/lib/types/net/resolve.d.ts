import type { Resolver } from 'node:dns/promises';
export interface Resolution {
    v4: string[];
    v6: string[];
}
/** Why a name did not resolve; the code is the cause code reported. */
export declare class ResolveError extends Error {
    readonly reason: 'dns-nxdomain' | 'dns-servfail' | 'dns-timeout' | 'dns-refused' | 'dns-no-address' | 'dns-error';
    readonly detail: string;
    constructor(reason: 'dns-nxdomain' | 'dns-servfail' | 'dns-timeout' | 'dns-refused' | 'dns-no-address' | 'dns-error', detail: string);
}
/** A resolver that honours `dns-servers` (IP or IP:port; the system's servers when empty), one try per server, bounded by timeoutMs. */
export declare function makeResolver(servers: readonly string[], timeoutMs: number): Resolver;
/** `dns.promises.resolve`-shaped lookup through makeResolver: what mailauth takes as `resolver`. */
export type ResolveFn = (name: string, rrtype: string) => Promise<unknown>;
export declare function resolveFn(servers: readonly string[], timeoutMs: number): ResolveFn;
/**
 * A TXT string as its bytes meant it. Node hands TXT data over byte for byte as Latin-1; a record written in UTF-8
 * (a DMARC or BIMI record with a non-ASCII comment, a TXT a user typed) would show as mojibake. Bytes that are not
 * valid UTF-8 stay as they came.
 */
export declare function utf8(text: string): string;
export declare function resolveHost(host: string, servers: readonly string[], timeoutMs: number, signal?: AbortSignal): Promise<Resolution>;
/** Whether this machine has a global IPv6 address (GitHub-hosted runners have none). */
export declare function hasGlobalIpv6(): boolean;
