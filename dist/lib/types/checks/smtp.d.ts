import { type Check } from '../engine.js';
import { type Greeted, type TlsFacts } from '../smtp/probe.js';
import { SmtpSession } from '../smtp/session.js';
import { type Settings } from '../settings/settings.js';
import type { Outcome } from '../types.js';
/** Warn this many days before a certificate expires. */
export declare const CERT_EXPIRY_WARNING_DAYS = 14;
/** The greeted connection: probed, upgraded and inspected, then the login, envelope and test mail run on it. */
export declare const greetingCheck: Check<Greeted & {
    session: SmtpSession;
}>;
export declare const tlsVersionCheck: Check;
export declare const tlsCertificateCheck: Check;
/** Expired, untrusted or for another name: critical unless `tls-reject-unauthorized: false`. */
export declare function judgeCertificate(tls: TlsFacts, s: Settings, now: number): Outcome;
export declare const ehloCheck: Check;
/** One login per run, on the connection the probe greeted and whose certificate the TLS checks judged. */
export declare const authCheck: Check;
/** MAIL FROM and RCPT TO, then RSET, in one round trip where the server pipelines: the server judges the sender and recipient, nothing is sent. */
export declare const envelopeCheck: Check;
export declare const SMTP_CHECKS: readonly [Check<Greeted & {
    session: SmtpSession;
}>, Check<undefined>, Check<undefined>, Check<undefined>, Check<undefined>, Check<undefined>];
