// The structural fallback of the diagnosis: when no family's words name a refusal, its codes still do. First the
// enhanced status code (RFC 3463 class.subject.detail, with RFC 4954's and RFC 7372's additions), then the basic
// reply code with the command it answered (the greeting, EHLO, STARTTLS, AUTH, MAIL, RCPT, DATA), else nothing
// and the caller says `other`. Codes are facts of the protocol, so this table is written from the RFCs, never
// from a corpus.
import type { Cause } from '../types.js';

/** The stage of the session a reply answered, from the command a client or a log names. */
export type Stage = 'greeting' | 'ehlo' | 'starttls' | 'auth' | 'mail' | 'rcpt' | 'data';

export function stageOf(command: string | undefined): Stage | undefined {
  const c = (command ?? '').trim().toUpperCase();
  if (c === '') return undefined;
  if (/^(?:CONN|GREETING|CONNECT|BANNER)/.test(c)) return 'greeting';
  if (/^(?:EHLO|HELO|LHLO)/.test(c)) return 'ehlo';
  if (/^STARTTLS/.test(c)) return 'starttls';
  if (/^(?:AUTH|LOGIN|PASSWORD|USERNAME|XOAUTH)/.test(c)) return 'auth';
  if (/^MAIL/.test(c)) return 'mail';
  if (/^RCPT/.test(c)) return 'rcpt';
  if (/^(?:DATA|MESSAGE|BDAT|\.|END OF DATA)/.test(c)) return 'data';
  return undefined;
}

/**
 * The enhanced status code of a reply (`5.7.8`), when it carries one: right after the basic code, or alone at
 * the start. Its class agrees with the basic code's when both are there (`550 5.1.1`, never a `1.2.3` version).
 */
export function enhancedCodeOf(reply: string, basic?: number): string | undefined {
  const found = /^(?:[245]\d\d[ -]?)?\(?#?([245])\.(\d{1,3})\.(\d{1,3})(?![\d.])/.exec(reply.trim());
  if (!found) return undefined;
  if (basic !== undefined && String(basic)[0] !== found[1]) return undefined;
  return `${found[1]}.${found[2]}.${found[3]}`;
}

type Subject = `${number}.${number}`;

/** Subject.detail → cause, for either class; a whole subject is written `N.*`. Permanent and transient alike. */
const BY_SUBJECT_DETAIL: Partial<Record<Subject | `${number}.*`, Cause>> = {
  // X.1 addressing: the recipient's, except X.1.7 and X.1.8 (the sender's)
  '1.7': 'sender-rejected',
  '1.8': 'sender-rejected',
  '1.*': 'recipient-rejected',
  // X.2 the recipient's mailbox (disabled, full, list expansion); X.2.3 is the message's length
  '2.3': 'message-too-large',
  '2.*': 'recipient-rejected',
  // X.3 the receiving mail system; X.3.4 is the message's size
  '3.4': 'message-too-large',
  // X.4 network and routing
  '4.1': 'session-timeout', // no answer from host
  '4.2': 'smtp-connection-reset', // bad connection
  '4.3': 'smtp-dns-error', // directory server failure
  '4.4': 'smtp-dns-error', // unable to route
  '4.5': 'server-busy', // mail system congestion
  '4.6': 'smtp-reply', // a routing loop: the relays' configuration, no family of ours
  '4.7': 'session-timeout', // delivery time expired
  // X.5 the protocol; X.5.3 too many recipients
  '5.3': 'rate-limited',
  '5.*': 'smtp-protocol-error',
  // X.6 the content
  '6.*': 'message-rejected',
  // X.7 security and policy
  '7.8': 'auth-failed', // credentials invalid
  '7.9': 'auth-method-unsupported', // mechanism too weak
  '7.10': 'starttls-required', // encryption needed
  '7.11': 'starttls-required', // encryption required for the mechanism
  '7.12': 'auth-failed', // password transition needed
  '7.13': 'auth-failed', // account disabled
  '7.14': 'auth-failed', // trust relationship required
  '7.25': 'sender-rejected', // reverse DNS of the sending host
  '7.27': 'sender-rejected', // the sender's domain has a null MX
  '7.28': 'rate-limited', // mail flood
  '7.30': 'starttls-required', // REQUIRETLS
  '7.3': 'message-rejected',
  '7.4': 'message-rejected',
  '7.5': 'message-rejected',
  '7.6': 'message-rejected',
  '7.7': 'message-rejected',
  '7.20': 'message-rejected', // DKIM, SPF, DMARC of the message
  '7.21': 'message-rejected',
  '7.22': 'message-rejected',
  '7.23': 'message-rejected',
  '7.24': 'message-rejected',
  '7.26': 'message-rejected',
  '7.29': 'message-rejected',
};

/** A refusal at each stage, by the basic code's class: what a reply there refuses. */
const BY_STAGE: Record<Stage, { permanent: Cause; transient: Cause }> = {
  greeting: { permanent: 'greeting-rejected', transient: 'server-busy' },
  ehlo: { permanent: 'ehlo-rejected', transient: 'server-busy' },
  starttls: { permanent: 'starttls-refused', transient: 'starttls-unavailable' },
  auth: { permanent: 'auth-failed', transient: 'auth-temporary-failure' },
  mail: { permanent: 'sender-rejected', transient: 'sender-deferred' },
  rcpt: { permanent: 'recipient-rejected', transient: 'recipient-deferred' },
  data: { permanent: 'message-rejected', transient: 'message-deferred' },
};

/** Basic codes whose meaning holds at any stage (RFC 5321, 4954). */
const BY_BASIC: Partial<Record<number, Cause>> = {
  421: 'server-busy',
  432: 'auth-failed', // a password transition is needed
  454: 'auth-temporary-failure',
  530: 'auth-required',
  534: 'auth-failed',
  535: 'auth-failed',
  538: 'starttls-required',
  552: 'message-rejected',
  554: 'message-rejected',
};

/** The failure codes SMTP defines (RFC 5321, 4954, 3030, 7504). */
export const REPLY_CODES: ReadonlySet<number> = new Set([
  421, 432, 450, 451, 452, 454, 455, 500, 501, 502, 503, 504, 521, 530, 534, 535, 538, 550, 551, 552, 553, 554, 555, 556,
]);

/** The cause the codes alone tell, or undefined when they tell nothing (the caller says `other`). */
export function causeFromCodes(code: number | undefined, enhanced: string | undefined, command: string | undefined): Cause | undefined {
  const cause = fromCodes(code, enhanced, command);
  // A transient code refuses for now: the deferred form of a refusal that has one.
  const transient = (enhanced ?? String(code ?? '')).startsWith('4');
  return transient && cause !== undefined ? (DEFERRED[cause] ?? cause) : cause;
}

const DEFERRED: Partial<Record<Cause, Cause>> = {
  'recipient-rejected': 'recipient-deferred',
  'sender-rejected': 'sender-deferred',
  'message-rejected': 'message-deferred',
};

function fromCodes(code: number | undefined, enhanced: string | undefined, command: string | undefined): Cause | undefined {
  // A number that is no reply code of RFC 5321/4954 (a port such as 465 or 587, a vendor's own number) says nothing.
  const basic = code !== undefined && REPLY_CODES.has(code) ? code : undefined;
  const stage = stageOf(command);
  const [, subject, detail] = (enhanced ?? '').split('.');
  if (subject !== undefined && detail !== undefined) {
    const exact = BY_SUBJECT_DETAIL[`${subject}.${detail}` as Subject];
    if (exact) return exact;
    // An address refusal answering MAIL is the sender's, whatever the detail.
    if (subject === '1' && stage === 'mail') return 'sender-rejected';
    const whole = BY_SUBJECT_DETAIL[`${subject}.*` as `${number}.*`];
    if (whole) return whole;
    // X.3 the mail system: a transient one is the server's own trouble.
    if (subject === '3' && enhanced?.startsWith('4')) return 'server-busy';
  }
  if (basic === undefined) return undefined;
  const always = BY_BASIC[basic];
  // A code whose meaning depends on the stage (a size or policy refusal, a TLS or a login hiccup) goes by the stage.
  if (always && !(stage && [454, 552, 554].includes(basic))) return always;
  const permanent = basic >= 500;
  if (stage) return BY_STAGE[stage][permanent ? 'permanent' : 'transient'];
  // X.7.0, X.7.1 and X.0.0 without a stage: a policy refusal of something this reply does not name.
  return permanent ? undefined : 'server-busy';
}
