import type { Cause, Params } from '../types.js';
import { type Vendor } from '../providers.js';
export interface Failure {
    /** nodemailer's error code (EAUTH, ETIMEDOUT, ...). */
    code?: string;
    responseCode?: number;
    /** The server's reply text. */
    response?: string;
    /** The SMTP command that failed (AUTH PLAIN, MAIL FROM, RCPT TO, DATA, CONN, ...). */
    command?: string;
    /** Our provider id (qq, 163, gmail, ...). */
    provider?: string;
    message?: string;
}
export interface Diagnosis {
    cause: Cause;
    params: Params;
}
interface Rule {
    cause: Cause;
    /** Only at providers of these companies (from the provider profiles). */
    vendors?: Vendor[];
    replyCodes?: number[];
    /** Matched against the reply text (which carries the enhanced status code). */
    text?: RegExp;
    command?: RegExp;
    errorCodes?: string[];
    /** Only when the server gave a reply. */
    hasReply?: boolean;
}
/** First match wins: specific provider replies, then standard codes, then nodemailer's codes. */
export declare const RULES: readonly Rule[];
export declare function diagnose(failure: Failure): Diagnosis;
export {};
