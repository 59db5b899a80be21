import { type Check } from '../engine.js';
import { type ProbeFacts, type TlsFacts } from '../smtp/probe.js';
import type { MailSession } from '../smtp/session.js';
import { type Settings } from '../settings/settings.js';
import type { Outcome } from '../types.js';
/** Warn this many days before a certificate expires. */
export declare const CERT_EXPIRY_WARNING_DAYS = 14;
export declare const greetingCheck: Check<ProbeFacts>;
export declare const tlsVersionCheck: Check;
export declare const tlsCertificateCheck: Check;
/** Expired, untrusted or for another name: critical unless `tls-reject-unauthorized: false`. */
export declare function judgeCertificate(tls: TlsFacts, s: Settings, now: number): Outcome;
export declare const ehloCheck: Check;
/** The logged-in session: opened by the login check, read by the envelope probe, closed by the engine when both are done. */
export declare const authCheck: Check<MailSession>;
/** MAIL FROM and RCPT TO, then RSET: the server judges the sender and recipient, nothing is sent. */
export declare const envelopeCheck: Check;
export declare const SMTP_CHECKS: readonly [Check<ProbeFacts>, Check<undefined>, Check<undefined>, Check<undefined>, Check<MailSession>, Check<undefined>];
