import { type Check } from '../engine.js';
import type { Arrival, Found, Mark } from '../imap/find.js';
/** What was marked before the app was asked to send: the mailbox's next UIDs and the app's log sizes. */
export interface Watch {
    mailbox: Mark;
    /** Log file → its size when marked (`log-files`): what it gains after the request is what the app logged then. */
    logs: Record<string, number>;
}
/** The app's answer to the smoke request, and when it was asked. */
export interface SmokeAnswer {
    /** When the request began (ms since the epoch): the app's mail arrives after it. */
    startedAt: number;
    status: number;
    body: string;
}
/** The app's mail as found: where, when, what it says of itself, and its text as delivered. */
export interface AppMail extends Found {
    arrival: Arrival;
    seconds: number;
    raw?: Buffer;
}
/** The mailbox as it stands before the app is asked to send: every message at or above these UIDs is new. */
export declare const appWatchCheck: Check<Watch>;
/**
 * One request after the deploy (the app's send-code endpoint, say): 2xx passes. Never retried, it has side effects;
 * a 429 is the app's own limit, a warning. With `app-mail`, it waits for the mailbox to be watched first, and is not
 * made at all when the mailbox cannot be read (the code it sends would be wasted).
 */
export declare const smokeCheck: Check<SmokeAnswer>;
/** The mail the app sent after the smoke request, in the inbox (pass) or junk (warning), read back and checked. */
export declare const appMailCheck: Check<AppMail>;
/** The verification code in the app's mail: registered as a secret at once, never printed (only its length). */
export declare const appCodeCheck: Check<string>;
/** The code as it goes into a URL (encoded) or a body (escaped for JSON when the body is JSON). */
export declare function withCode(template: string, code: string, into: 'url' | 'body'): string;
/** The code posted back to the app: 2xx means sign-up works end to end. */
export declare const appVerifyCheck: Check;
/**
 * Where the app's mail came from, from the delivered copy: its From, the host and address that handed it to the
 * receiver, the receiver's SPF/DKIM/DMARC verdict; compared with what this run was told (a workflow checking other
 * secrets than production uses). Then the sending address's reverse name and its block-list listings, through
 * `dns-servers`.
 */
export declare const appOriginCheck: Check;
export declare const APP_CHECKS: readonly [Check<Watch>, Check<SmokeAnswer>, Check<AppMail>, Check<string>, Check<undefined>, Check<undefined>];
