// tls and smtp: what the server says, whether its TLS can be trusted, whether our login and
// sender are accepted. Only the probe and the session touch the network; the rest judge facts.
import { produce, type Check } from '../engine.js';
import { oauth2TokenCheck } from './oauth2.js';
import { diagnoseXoauth2 } from '../smtp/oauth2.js';
import { probeSmtp, ProbeError, type Greeted, type TlsFacts } from '../smtp/probe.js';
import { SmtpFailure, SmtpSession } from '../smtp/session.js';
import { connectCheck, resolveCheck } from './network.js';
import { NO_CAPABILITIES, type Capabilities } from '../smtp/capabilities.js';
import { providerIdOf, type Settings } from '../settings/settings.js';
import { categoryOf, GENERIC_CAUSES } from '../smtp/categories.js';
import { clip } from '../text.js';
import type { Outcome } from '../types.js';
import { diagnosed, diagnosedReply } from '../smtp/diagnose.js';

const DAY_MS = 86_400_000;
/** Warn this many days before a certificate expires. */
export const CERT_EXPIRY_WARNING_DAYS = 14;

/** A short grace for the server's goodbye: QUIT is sent, not waited on. */
const QUIT_GRACE_MS = 200;

/** The greeted connection: probed, upgraded and inspected, then the login, envelope and test mail run on it. */
export const greetingCheck: Check<Greeted & { session: SmtpSession }> = {
  id: 'smtp.greeting',
  group: 'smtp',
  pulledIn: true,
  needs: [connectCheck],
  // connect, greeting, EHLO, STARTTLS, handshake, EHLO: each step bounded by `timeout`.
  budgetMs: (s) => s.timeoutMs * 3,
  run: async (context) => {
    const { settings: s, signal, get } = context;
    const socket = get(connectCheck)?.claim();
    try {
      const probe = await probeSmtp({
        socket,
        address: get(connectCheck)?.address ?? get(resolveCheck)?.addresses[0] ?? s.host,
        host: s.host,
        port: s.port,
        secure: s.secure,
        timeoutMs: s.timeoutMs,
        ca: s.tlsCa,
        signal,
      });
      const greeted: Outcome = {
        status: 'pass',
        cause: 'smtp-greeting',
        params: { banner: clip(probe.greeting.lines[0] ?? '', 160), ms: probe.greetingMs },
        details: probe.transcript,
      };
      return produce(greeted, { ...probe, session: new SmtpSession(probe.wire, probe.capabilities) });
    } catch (error) {
      socket?.destroy();
      if (!(error instanceof ProbeError)) throw error;
      const failed: Outcome = {
        status: 'fail',
        cause: error.reason,
        params: { ...error.params, port: s.port, host: s.host },
        details: error.transcript,
      };
      if (error.reason !== 'greeting-rejected') return failed;
      // A refusal at the greeting says why in its words (a block list, the server's own trouble): the same
      // families as every other reply name it; a greeting they cannot name stays a refused greeting.
      const reply = `${String(error.params.code)} ${String(error.params.reply ?? '')}`;
      const named = await diagnosedReply({
        responseCode: Number(error.params.code),
        response: reply,
        command: 'CONN',
        provider: providerIdOf(s),
      });
      const same = GENERIC_CAUSES.has(named.cause) || categoryOf(named.cause) === categoryOf(error.reason);
      return same ? failed : { ...failed, cause: named.cause, params: { ...named.params, ...failed.params } };
    }
  },
  release: (greeted) => void greeted.wire.quit(QUIT_GRACE_MS),
};

export const tlsVersionCheck: Check = {
  id: 'tls.version',
  group: 'tls',
  needs: [greetingCheck],
  run: ({ settings: s, get }): Outcome => {
    const tls = get(greetingCheck)?.tls;
    if (!tls)
      return {
        status: s.allowPlaintextAuth ? 'warn' : 'fail',
        cause: s.allowPlaintextAuth ? 'tls-none-allowed' : 'starttls-not-offered',
        params: { port: s.port },
      };
    const old = tls.protocol === 'TLSv1' || tls.protocol === 'TLSv1.1' || /^SSL/.test(tls.protocol);
    return {
      status: old ? 'warn' : 'pass',
      cause: old ? 'tls-old-protocol' : 'tls-version-ok',
      params: { protocol: tls.protocol, cipher: tls.cipher },
    };
  },
};

export const tlsCertificateCheck: Check = {
  id: 'tls.certificate',
  group: 'tls',
  needs: [greetingCheck],
  run: ({ settings: s, get, now }): Outcome => {
    const tls = get(greetingCheck)?.tls;
    if (!tls) return { status: 'skip', cause: 'tls-none', params: {} };
    return { ...judgeCertificate(tls, s, now()), details: certificateDetails(tls) };
  },
};

/** Expired, untrusted or for another name: critical unless `tls-reject-unauthorized: false`. */
export function judgeCertificate(tls: TlsFacts, s: Settings, now: number): Outcome {
  const untrusted: Outcome['status'] = s.tlsRejectUnauthorized ? 'fail' : 'warn';
  const validTo = Date.parse(tls.validTo);
  const validFrom = Date.parse(tls.validFrom);
  const date = Number.isNaN(validTo) ? tls.validTo : new Date(validTo).toISOString().slice(0, 10);
  const issuer = tls.issuer;
  if (validTo < now) return { status: untrusted, cause: 'tls-cert-expired', params: { date, issuer } };
  if (validFrom > now)
    return { status: untrusted, cause: 'tls-cert-not-yet-valid', params: { date: new Date(validFrom).toISOString().slice(0, 10) } };
  // Node reports a name mismatch as an authorization error once the chain itself is fine.
  const wrongHost = tls.authorizationError === 'ERR_TLS_CERT_ALTNAME_INVALID' || (tls.authorized && tls.hostnameError);
  if (!tls.authorized && !wrongHost)
    return { status: untrusted, cause: 'tls-cert-untrusted', params: { error: tls.authorizationError ?? 'unknown', issuer } };
  if (wrongHost) return { status: untrusted, cause: 'tls-cert-wrong-host', params: { host: s.host, names: tls.altNames || tls.subject } };
  const days = Math.floor((validTo - now) / DAY_MS);
  if (days < CERT_EXPIRY_WARNING_DAYS) return { status: 'warn', cause: 'tls-cert-expiring', params: { date, days, issuer } };
  return { status: 'pass', cause: 'tls-cert-ok', params: { date, days, issuer } };
}

function certificateDetails(tls: TlsFacts): string[] {
  return [
    `protocol: ${tls.protocol} (${tls.cipher})`,
    `subject: ${tls.subject}`,
    `issuer: ${tls.issuer}`,
    `names: ${tls.altNames}`,
    `valid: ${tls.validFrom} .. ${tls.validTo}`,
    `sha256: ${tls.fingerprint}`,
    `trusted: ${tls.authorized ? 'yes' : `no (${tls.authorizationError})`}`,
  ];
}

/**
 * A server of ours (no provider profile) that offers no AUTH is a relay: nodemailer then sends without logging in,
 * and whether it relays for this sender is the envelope probe's to say. A provider's server always wants a login.
 */
const isRelay = (s: Settings, capabilities: Capabilities): boolean => s.provider.kind !== 'known' && !capabilities.authAdvertised;

export const ehloCheck: Check = {
  id: 'smtp.ehlo',
  group: 'smtp',
  needs: [greetingCheck],
  run: ({ settings: s, get }): Outcome => {
    const capabilities = get(greetingCheck)?.capabilities ?? NO_CAPABILITIES;
    const extensions = capabilities.keywords.join(' ');
    if (isRelay(s, capabilities)) return { status: 'warn', cause: 'auth-not-advertised-relay', params: { extensions } };
    if (!capabilities.authAdvertised) return { status: 'fail', cause: 'auth-not-advertised', params: { extensions } };
    return { status: 'pass', cause: 'ehlo-ok', params: { auth: capabilities.auth.join(' '), extensions } };
  },
};

/** One login per run, on the connection the probe greeted and whose certificate the TLS checks judged. */
export const authCheck: Check = {
  id: 'smtp.auth',
  group: 'smtp',
  needs: [tlsVersionCheck, tlsCertificateCheck, ehloCheck, oauth2TokenCheck],
  needsSecrets: true,
  requires: (s) => (s.user === '' ? 'email-user' : s.password === '' && !s.oauth2 ? 'email-password' : undefined),
  // AUTH PLAIN is one round trip, LOGIN three.
  budgetMs: (s) => s.timeoutMs * 3,
  run: async ({ settings: s, get }): Promise<Outcome> => {
    const open = get(greetingCheck);
    if (!open) return { status: 'skip', cause: 'prerequisite-failed', params: { check: greetingCheck.id } };
    // A relay: no login, as nodemailer does; the envelope probe says whether it takes mail from this sender.
    if (isRelay(s, get(greetingCheck)?.capabilities ?? NO_CAPABILITIES))
      return { status: 'skip', cause: 'auth-relay-no-login', params: { user: s.user } };
    const token = s.oauth2 ? get(oauth2TokenCheck) : undefined;
    if (s.oauth2 && token === undefined) return { status: 'skip', cause: 'prerequisite-failed', params: { check: oauth2TokenCheck.id } };
    const mark = open.transcript.length;
    try {
      const method = token !== undefined ? await open.session.loginXoauth2(s.user, token) : await open.session.login(s.user, s.password);
      return { status: 'pass', cause: 'auth-ok', params: { user: s.user, method }, details: open.transcript.slice(mark) };
    } catch (error) {
      const { cause, params } =
        error instanceof SmtpFailure && error.command === 'AUTH XOAUTH2' ? diagnoseXoauth2(error, s) : await diagnosed(error, s);
      return { status: 'fail', cause, params, details: open.transcript.slice(mark) };
    }
  },
};

/** MAIL FROM and RCPT TO, then RSET, in one round trip where the server pipelines: the server judges the sender and recipient, nothing is sent. */
export const envelopeCheck: Check = {
  id: 'smtp.envelope',
  group: 'smtp',
  needs: [authCheck],
  needsSecrets: true,
  budgetMs: (s) => s.timeoutMs * 3,
  run: async ({ settings: s, get }): Promise<Outcome> => {
    const open = get(greetingCheck);
    if (!open) return { status: 'skip', cause: 'prerequisite-failed', params: { check: authCheck.id } };
    const mark = open.transcript.length;
    const recipient = s.testRecipient || s.user;
    try {
      await open.session.probeEnvelope(s.from, recipient);
      return { status: 'pass', cause: 'envelope-ok', params: { from: s.from, to: recipient }, details: open.transcript.slice(mark) };
    } catch (error) {
      const { cause, params } = await diagnosed(error, s, { to: recipient });
      return { status: 'fail', cause, params, details: open.transcript.slice(mark) };
    }
  },
};

export const SMTP_CHECKS = [greetingCheck, tlsVersionCheck, tlsCertificateCheck, ehloCheck, authCheck, envelopeCheck] as const;
