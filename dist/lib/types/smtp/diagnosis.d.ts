import type { Cause, Params } from '../types.js';
import { type Vendor } from '../providers.js';
import { type Settings } from '../settings/settings.js';
export interface Failure {
    /** nodemailer's error code (EAUTH, ETIMEDOUT, ...), or Node's errno (ECONNREFUSED, ...). */
    code?: string;
    responseCode?: number;
    /** The server's reply text. */
    response?: string;
    /** The SMTP command that failed (AUTH PLAIN, MAIL FROM, RCPT TO, DATA, CONN, ...). */
    command?: string;
    /** Our provider id (qq, 163, gmail, ...). */
    provider?: string;
    message?: string;
    /** Everything else known (a whole log event): hosts and ports in it tell the provider and the TLS mode. */
    context?: string;
    /** Who was sending, when known (the settings): the words of the fix name them. */
    user?: string;
    from?: string;
    to?: string;
}
export interface Diagnosis {
    cause: Cause;
    params: Params;
}
interface Rule {
    cause: Cause;
    /** Only at providers of these companies (from the provider profiles). */
    vendors?: Vendor[];
    /** Only for these provider ids (Tencent's QQ Mail and Exmail answer alike but are fixed apart). */
    providers?: string[];
    replyCodes?: number[];
    /** Matched against the reply and the message. */
    text?: RegExp;
    /** Not when the reply and the message say this (a timeout is not the server's trouble, whatever the code). */
    unless?: RegExp;
    command?: RegExp;
    errorCodes?: string[];
    /** Only when the server gave a reply. */
    hasReply?: boolean;
    /** Matched against the whole event (a port, a host). */
    context?: RegExp;
    /** Not when the server answered one of these (a login that was tried and refused is not a missing one). */
    notReplyCodes?: number[];
}
/** First match wins: provider replies, then families by their words, then standard codes, then transport. */
export declare const RULES: readonly Rule[];
export declare function diagnose(failure: Failure): Diagnosis;
/**
 * The words of a reply without case or punctuation (`Try-again LATER!` reads `try again later`), so a family
 * written once holds for every spelling of it; the dots of a status code (`5.7.1`) stay.
 */
export declare function plainWords(text: string): string;
/** What a session failure says, diagnosed for this provider and this sender. */
export declare function diagnoseSession(error: unknown, s: Settings, extra?: Partial<Failure>): {
    cause: Cause;
    params: Params;
};
export {};
