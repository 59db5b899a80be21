import { type Check } from '../engine.js';
import type { Settings } from '../settings/settings.js';
export declare function testMessage(s: Settings, now?: Date): {
    messageId: string;
    subject: string;
    text: string;
    html: string;
};
/** What the delivery check needs to find the mail and say what happened to it. */
export interface SentMail {
    messageId: string;
    to: string;
    /** When the server answered 250 to the message, ms since the epoch (the context's clock). */
    acceptedAt: number;
    /** The server's queue id, when its reply names one. */
    queueId: string;
    /** The host that accepted it. */
    host: string;
}
export declare const sendCheck: Check<SentMail>;
export declare const SEND_CHECKS: readonly [Check<SentMail>];
