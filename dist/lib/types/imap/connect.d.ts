import type { ImapFlow } from 'imapflow';
export interface MailboxAccess {
    host: string;
    port: number;
    secure: boolean;
    user: string;
    password: string;
    /** The name the certificate must carry (the host, unless a test connects to an address). */
    servername?: string;
    rejectUnauthorized: boolean;
    /** Trusted roots (the system's plus `tls-ca`), or empty for the system's. */
    ca: readonly string[];
    allowPlaintext: boolean;
    timeoutMs: number;
}
export type ImapReason = 'imap-auth-failed' | 'imap-unsafe-login' | 'imap-cert-untrusted' | 'imap-cert-name' | 'imap-cert-expired' | 'imap-tls-mismatch' | 'imap-no-starttls' | 'imap-refused' | 'imap-timeout' | 'imap-dns' | 'imap-closed' | 'imap-too-large' | 'imap-error';
/** Why the mailbox could not be read; `detail` is the library's or the server's words (untrusted). */
export declare class ImapFailure extends Error {
    readonly reason: ImapReason;
    readonly detail: string;
    constructor(reason: ImapReason, detail: string);
}
/**
 * What a test mailbox needs, and no more: the server's answers are bounded so a hostile or broken one cannot take the
 * process's memory (imapflow's own defaults are a gigabyte per line and per literal). A literal holds at most our
 * fetched copy (MAX_COPY_BYTES) with room for its framing; a line holds a SEARCH answer of about two hundred
 * thousand UIDs; a response holds both.
 */
export declare const IMAP_LIMITS: {
    readonly maxLiteralSize: number;
    readonly maxLineLength: number;
    readonly maxResponseSize: number;
    readonly maxResponseTokens: 100000;
};
export declare function classifyImapError(error: unknown): ImapFailure;
/** Why a command on this client failed: the error that ended the connection, when one did, else the command's own. */
export declare function failureOf(client: ImapFlow, error: unknown): ImapFailure;
/** Whether the session is encrypted (implicit TLS, or after STARTTLS): a login without it went in the clear. */
export declare const encrypted: (client: ImapFlow) => boolean;
/** A logged-in client. The caller logs out (or closes on abort). */
export declare function openMailbox(access: MailboxAccess, signal: AbortSignal): Promise<ImapFlow>;
