import { type Check, type CheckContext } from '../engine.js';
import { type Greeted, type TlsFacts } from '../smtp/probe.js';
import { SmtpSession } from '../smtp/session.js';
import { type Failure } from '../smtp/diagnosis.js';
import { type Settings } from '../settings/settings.js';
import type { Cause, Outcome, Params } from '../types.js';
/** Warn this many days before a certificate expires. */
export declare const CERT_EXPIRY_WARNING_DAYS = 14;
/** The greeted connection: probed, upgraded and inspected, then the login, envelope and test mail run on it. */
export declare const greetingCheck: Check<Greeted>;
export declare const tlsVersionCheck: Check;
export declare const tlsCertificateCheck: Check;
/** Expired, untrusted or for another name: critical unless `tls-reject-unauthorized: false`. */
export declare function judgeCertificate(tls: TlsFacts, s: Settings, now: number): Outcome;
export declare const ehloCheck: Check;
/** The logged-in session: opened by the login check, read by the envelope probe, closed by the engine when both are done. */
/** What a session failure says, diagnosed for this provider and this sender. */
export declare function diagnoseSession(error: unknown, s: Settings, extra?: Partial<Failure>): {
    cause: Cause;
    params: Params;
};
/** The logged-in session on the greeted connection, or nothing when the connection is gone. */
export declare function sessionOf(get: CheckContext['get']): {
    session: SmtpSession;
    transcript: string[];
} | undefined;
/** One login per run, on the connection the probe greeted and whose certificate the TLS checks judged. */
export declare const authCheck: Check;
/** MAIL FROM and RCPT TO, then RSET, in one round trip where the server pipelines: the server judges the sender and recipient, nothing is sent. */
export declare const envelopeCheck: Check;
export declare const SMTP_CHECKS: readonly [Check<Greeted>, Check<undefined>, Check<undefined>, Check<undefined>, Check<string>, Check<undefined>, Check<undefined>];
