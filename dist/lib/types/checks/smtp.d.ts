import type { Check } from '../engine.js';
import { type TlsFacts } from '../smtp/probe.js';
import { type Settings } from '../settings.js';
import type { Outcome } from '../types.js';
/** Warn this many days before a certificate expires. */
export declare const CERT_EXPIRY_WARNING_DAYS = 14;
export declare const greetingCheck: Check;
export declare const tlsVersionCheck: Check;
export declare const tlsCertificateCheck: Check;
/** Expired, untrusted or for another name: critical unless `tls-reject-unauthorized: false`. */
export declare function judgeCertificate(tls: TlsFacts, s: Settings, now?: number): Outcome;
export declare const ehloCheck: Check;
export declare const authCheck: Check;
/** MAIL FROM and RCPT TO, then RSET: the server judges the sender and recipient, nothing is sent. */
export declare const envelopeCheck: Check;
export declare const SMTP_CHECKS: readonly Check[];
