import type { ImapFlow } from 'imapflow';
import { type Check } from '../engine.js';
import type { Folder } from '../imap/find.js';
export interface Delivered {
    folder: Folder;
    seconds: number;
    /** The delivered copy (headers and body as the mailbox holds it), when it could be read. */
    raw?: Buffer;
}
export declare const mailboxCheck: Check<ImapFlow>;
export declare const deliveryInboxCheck: Check<Delivered>;
export declare const deliveryAuthenticationCheck: Check;
/** Where our test mail came from, as the receiver recorded it: the same facts the app's mail gets (mail/origin.ts). */
export declare const deliveryOriginCheck: Check;
export declare const DELIVERY_CHECKS: readonly [Check<ImapFlow>, Check<Delivered>, Check<undefined>, Check<undefined>];
