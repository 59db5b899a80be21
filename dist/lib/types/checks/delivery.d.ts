import type { ImapFlow } from 'imapflow';
import { type Check } from '../engine.js';
import { type Folder } from '../imap/find.js';
export interface Delivered {
    folder: Folder;
    seconds: number;
    /** The delivered copy (headers and body as the mailbox holds it), when it could be read. */
    raw?: Buffer;
}
/**
 * The test mailbox: its settings judged, then the login, while the SMTP checks run (it needs nothing from them).
 * A wrong IMAP password is known before the test mail is sent, and the wait after the 250 measures delivery, not
 * our login. The logged-in client is handed to the inbox check and logged out by the engine after it.
 */
export declare const mailboxCheck: Check<ImapFlow>;
export declare const deliveryInboxCheck: Check<Delivered>;
export declare const deliveryAuthenticationCheck: Check;
export declare const DELIVERY_CHECKS: readonly [Check<ImapFlow>, Check<Delivered>, Check<undefined>];
