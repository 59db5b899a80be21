import type { ImapFlow } from 'imapflow';
export interface Folder {
    path: string;
    kind: 'inbox' | 'junk';
}
/** The inbox first, then every junk folder the server lists. */
export declare function foldersToSearch(client: ImapFlow): Promise<Folder[]>;
export interface Found {
    folder: Folder;
    uid: number;
    /** When it was seen, ms since the epoch. */
    at: number;
}
export interface Wait {
    /** Give up at this time (ms since the epoch). */
    deadline: number;
    now: () => number;
    signal: AbortSignal;
}
export declare function waitForMessage(client: ImapFlow, folders: readonly Folder[], messageId: string, wait: Wait): Promise<Found | undefined>;
/** The delivered copy as the mailbox holds it, at most `maxBytes`. */
export declare function fetchSource(client: ImapFlow, found: Found, maxBytes: number): Promise<Buffer | undefined>;
/** Deletes our test mail, and only it (by its UID in its folder). */
export declare function deleteMessage(client: ImapFlow, found: Found): Promise<boolean>;
