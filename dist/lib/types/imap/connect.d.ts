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
export type ImapReason = 'imap-auth-failed' | 'imap-unsafe-login' | 'imap-cert-untrusted' | 'imap-cert-name' | 'imap-cert-expired' | 'imap-tls-mismatch' | 'imap-no-starttls' | 'imap-refused' | 'imap-timeout' | 'imap-dns' | 'imap-closed' | 'imap-error';
/** Why the mailbox could not be read; `detail` is the library's or the server's words (untrusted). */
export declare class ImapFailure extends Error {
    readonly reason: ImapReason;
    readonly detail: string;
    constructor(reason: ImapReason, detail: string);
}
export declare function classifyImapError(error: unknown): ImapFailure;
/** A logged-in client. The caller logs out (or closes on abort). */
export declare function openMailbox(access: MailboxAccess, signal: AbortSignal): Promise<ImapFlow>;
