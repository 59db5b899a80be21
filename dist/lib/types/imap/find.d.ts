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
/** The `count` highest numbers, highest first, without sorting (or spreading) a list a server made long. */
export declare function newest(uids: readonly number[], count: number): number[];
/** The Message-ID of a header block or a whole message (`Message-ID: <...>`, folded or not), or '' when there is none. */
export declare function messageIdOf(message: Buffer | undefined): string;
/** The delivered copy as the mailbox holds it, at most `maxBytes`. */
export declare function fetchSource(client: ImapFlow, found: Found, maxBytes: number): Promise<Buffer | undefined>;
/**
 * Deletes our test mail, and only it: by its UID in its folder, and only after that UID was read and its own
 * Message-ID found to be ours (searchFolder).
 */
export declare function deleteMessage(client: ImapFlow, found: Found): Promise<boolean>;
