import { type Check } from '../engine.js';
import { type Folder } from '../imap/find.js';
export interface Delivered {
    folder: Folder;
    seconds: number;
    /** The delivered copy (headers and body as the mailbox holds it), when it could be read. */
    raw?: Buffer;
}
/** What the delivery check needs to know about the mailbox, judged at the start, before any mail is sent or waited for. */
export declare const mailboxSettingsCheck: Check;
export declare const deliveryInboxCheck: Check<Delivered>;
export declare const deliveryAuthenticationCheck: Check;
export declare const DELIVERY_CHECKS: readonly [Check<undefined>, Check<Delivered>, Check<undefined>];
