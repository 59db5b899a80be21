import { type Group, type Status, type Verdict } from '../types.js';
/** One item of the server's report, as far as we could read it. */
export interface ServerItem {
    id: string;
    group: Group;
    status: Status;
    cause: string;
    title: string;
    message: string;
    fix?: string;
    params: Record<string, string | number>;
    details?: string[];
}
export interface ServerReport {
    /** The server's own verdict. */
    status: Verdict;
    items: ServerItem[];
    /** Items that did not match the schema (an unknown status, a field of the wrong type). */
    unreadable: number;
    /** The first reason an item or the report could not be read. */
    problem?: string;
}
/**
 * The body as our report, or undefined when it does not claim to be one. A body that claims to be one but
 * breaks the schema comes back with `problem` set and what could be read of it.
 */
export declare function readServerReport(body: string): ServerReport | undefined;
