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
/** Where the mailbox stood before the app was asked to send: the next UID of each folder searched. */
export interface Mark {
    folders: readonly Folder[];
    /** Folder path → the UID the next message will get; anything at or above it arrived after the mark. */
    uidNext: Record<string, number>;
}
export declare function markFolders(client: ImapFlow, folders: readonly Folder[]): Promise<Mark>;
/** What a new message says of itself, as the app-mail check judges it. */
export interface Arrival {
    messageId: string;
    subject: string;
    from: string;
    /** To, Cc and Delivered-To addresses, lower-cased. */
    recipients: string[];
}
/**
 * Waits for a message that arrived after the mark and that `accept` takes (addressed to the test mailbox, not our
 * own, the subject asked for). Reads envelopes only; nothing is fetched whole, marked or deleted here.
 */
export declare function waitForArrival(client: ImapFlow, mark: Mark, accept: (arrival: Arrival) => boolean, wait: Wait): Promise<(Found & {
    arrival: Arrival;
}) | undefined>;
