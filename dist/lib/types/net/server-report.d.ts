import { type ResultRow, type Verdict } from '../types.js';
/** One item of the server's report, as far as we could read it: a report row whose time the server may not have said. */
export type ServerItem = Omit<ResultRow, 'durationMs' | 'file' | 'line' | 'category'> & {
    durationMs?: number;
};
/** What the server checked: its own mail server and mode, which may differ from the runner's settings. */
export interface ServerTarget {
    provider: string;
    host: string;
    port: number;
    secure: boolean;
}
export interface ServerReport {
    /** The server's own verdict. */
    status: Verdict;
    items: ServerItem[];
    /** Items that did not match the schema (an unknown status, a field of the wrong type). */
    unreadable: number;
    /** The first reason an item or the report could not be read. */
    problem?: string;
    target?: ServerTarget;
    /** When the server's run ended (its clock, ms since the epoch): a cached report is older than the request. */
    finishedAt?: number;
    /** How long the server's run took. */
    durationMs?: number;
}
/**
 * The body as our report, or undefined when it does not claim to be one. A body that claims to be one but
 * breaks the schema comes back with `problem` set and what could be read of it.
 */
export declare function readServerReport(body: string): ServerReport | undefined;
