// One table from what went wrong (nodemailer error code, SMTP reply code, enhanced status code,
// reply text, provider, command) to a stable cause code. Text and fixes live in i18n, keyed by cause.
import { clip } from '../text.js';
import type { Cause, Params } from '../types.js';
import { vendorOf, type Vendor } from '../providers.js';

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

const MAIL_FROM = /^MAIL\b/i;
const RCPT_TO = /^RCPT\b/i;
const DATA = /^(DATA|MESSAGE|\.)/i;

/** First match wins: specific provider replies, then standard codes, then nodemailer's codes. */
export const RULES: readonly Rule[] = [
  { cause: 'auth-qq-account-blocked', text: /account is abnormal|service is not open|frequency limited|login frequency/i },
  { cause: 'auth-qq-authorization-code', replyCodes: [535], text: /authorization code|login fail/i },
  { cause: 'auth-qq-authorization-code', replyCodes: [535], vendors: ['tencent'] },
  { cause: 'sender-from-header-invalid', replyCodes: [550], text: /"?from"? header is missing or invalid/i },
  { cause: 'auth-netease-authorization-code', replyCodes: [535], vendors: ['netease'] },
  { cause: 'auth-netease-no-permission', replyCodes: [550], text: /user has no permission/i },
  {
    cause: 'sender-must-equal-user',
    replyCodes: [553, 550, 501],
    text: /mail from must equal authori[sz]ed user|sender address rejected: not owned|not owned by user/i,
  },
  { cause: 'message-spam', replyCodes: [554, 550], text: /DT:SPM|\bspam\b/i },
  { cause: 'auth-gmail-app-password-required', replyCodes: [534], text: /5\.7\.9|application-specific password/i },
  { cause: 'auth-gmail-bad-credentials', replyCodes: [535], text: /5\.7\.8.*(badcredentials|username and password not accepted)/is },
  { cause: 'auth-o365-smtp-auth-disabled', text: /5\.7\.139|smtpclientauthentication is disabled/i },
  { cause: 'auth-o365-basic-auth-disabled', text: /5\.7\.30|basic authentication is not supported/i },
  { cause: 'server-busy', replyCodes: [421] },
  { cause: 'starttls-unavailable', replyCodes: [454], text: /tls/i },
  { cause: 'auth-temporary-failure', replyCodes: [454] },
  { cause: 'auth-required', replyCodes: [530] },
  { cause: 'auth-app-password-required', replyCodes: [534] },
  { cause: 'auth-failed', replyCodes: [535] },
  { cause: 'auth-failed', errorCodes: ['EAUTH'], hasReply: true },
  { cause: 'auth-missing-credentials', errorCodes: ['EAUTH'] },
  { cause: 'session-auth-not-offered', errorCodes: ['ENOAUTH'] },
  { cause: 'sender-rejected', command: MAIL_FROM, replyCodes: [550, 551, 553, 554, 501, 555] },
  { cause: 'sender-deferred', command: MAIL_FROM, replyCodes: [450, 451, 452] },
  { cause: 'recipient-rejected', command: RCPT_TO, replyCodes: [550, 551, 553, 554, 501] },
  { cause: 'recipient-deferred', command: RCPT_TO, replyCodes: [450, 451, 452] },
  { cause: 'message-rejected', command: DATA, replyCodes: [550, 552, 554] },
  { cause: 'message-deferred', command: DATA, replyCodes: [450, 451, 452] },
  { cause: 'session-tls-wrong-version', errorCodes: ['ESOCKET', 'ETLS'], text: /wrong version number|packet length too long/i },
  { cause: 'tls-certificate-rejected', errorCodes: ['ESOCKET', 'ETLS'], text: /certificate|self[- ]signed|altnames|unable to verify/i },
  { cause: 'session-timeout', errorCodes: ['ETIMEDOUT'] },
  { cause: 'tls-upgrade-failed', errorCodes: ['ETLS'] },
  { cause: 'tls-required-not-offered', errorCodes: ['ECONNECTION'], text: /starttls|requireTLS|tls/i },
  { cause: 'smtp-connection-closed', errorCodes: ['ECONNECTION'] },
  // Node's errno in the message (nodemailer keeps it only there, see FACTS: issue #1365).
  { cause: 'smtp-connection-refused', text: /ECONNREFUSED/ },
  { cause: 'smtp-dns-error', text: /ENOTFOUND|EAI_AGAIN/ },
  { cause: 'session-timeout', text: /greeting never received|connection timeout|ETIMEDOUT/i },
  { cause: 'smtp-socket-error', errorCodes: ['ESOCKET'] },
  { cause: 'smtp-dns-error', errorCodes: ['EDNS'] },
  { cause: 'smtp-protocol-error', errorCodes: ['EPROTOCOL'] },
];

export function diagnose(failure: Failure): Diagnosis {
  const reply = (failure.response ?? '').trim();
  const responseCode = failure.responseCode ?? (/^\d{3}/.test(reply) ? Number(reply.slice(0, 3)) : undefined);
  const haystack = `${reply}\n${failure.message ?? ''}`;
  const params: Params = {
    reply: clip(reply || failure.message || '', 300),
    ...(responseCode ? { code: responseCode } : {}),
    ...(failure.command ? { command: failure.command } : {}),
    ...(failure.provider ? { provider: failure.provider } : {}),
  };
  const vendor = vendorOf(failure.provider);
  for (const rule of RULES) {
    if (rule.vendors && (vendor === undefined || !rule.vendors.includes(vendor))) continue;
    if (rule.replyCodes && (responseCode === undefined || !rule.replyCodes.includes(responseCode))) continue;
    if (rule.errorCodes && !rule.errorCodes.includes(failure.code ?? '')) continue;
    if (rule.command && !rule.command.test(failure.command ?? '')) continue;
    if (rule.hasReply && !reply) continue;
    if (rule.text && !rule.text.test(haystack)) continue;
    return { cause: rule.cause, params };
  }
  return { cause: responseCode ? 'smtp-reply' : 'smtp-error', params };
}
