import type { ResolveFn } from './resolve.js';
export declare const BLOCK_LISTS: readonly ["zen.spamhaus.org", "bl.spamcop.net", "b.barracudacentral.org"];
export interface ReverseName {
    /** The first PTR name, or '' when there is none. */
    name: string;
    /** The name resolves back to the address. */
    confirmed: boolean;
}
export type Listing = {
    list: string;
    state: 'listed';
    answer: string;
} | {
    list: string;
    state: 'clean';
} | {
    list: string;
    state: 'unknown';
    why: string;
};
/** Loopback, private, link-local and unique-local addresses: no public list knows them, and none is asked. */
export declare function isPrivateAddress(ip: string): boolean;
export declare function reverseName(ip: string, resolve: ResolveFn): Promise<ReverseName>;
/** 127.0.0.2 to 127.0.0.127: listed. 127.255.255.x: the list refused the query (a public resolver, a limit). */
export declare function listings(ip: string, resolve: ResolveFn, lists?: readonly string[]): Promise<Listing[]>;
