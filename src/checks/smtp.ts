// tls and smtp: what the server says, whether its TLS can be trusted, whether our login and
// sender are accepted. Only the probe and the session touch the network; the rest judge facts.
import { produce, type Check } from '../engine.js';
import { probeSmtp, ProbeError, type ProbeFacts, type TlsFacts } from '../smtp/probe.js';
import type { MailSession, SmtpError } from '../smtp/session.js';
import { connectCheck, smtpAddress } from './network.js';
import { diagnose } from '../smtp/diagnosis.js';
import { providerIdOf, type Settings } from '../settings/settings.js';
import { clip } from '../text.js';
import type { Outcome } from '../types.js';

const DAY_MS = 86_400_000;
/** Warn this many days before a certificate expires. */
export const CERT_EXPIRY_WARNING_DAYS = 14;

export const greetingCheck: Check<ProbeFacts> = {
  id: 'smtp.greeting',
  group: 'smtp',
  needs: [connectCheck],
  // connect, greeting, EHLO, STARTTLS, handshake, EHLO: each step bounded by `timeout`.
  budgetMs: (s) => s.timeoutMs * 3,
  run: async (context) => {
    const { settings: s, signal } = context;
    try {
      const probe = await probeSmtp({
        address: smtpAddress(context),
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
      return produce(greeted, probe);
    } catch (error) {
      if (!(error instanceof ProbeError)) throw error;
      const failed: Outcome = {
        status: 'fail',
        cause: error.reason,
        params: { ...error.params, port: s.port, host: s.host },
        details: error.transcript,
      };
      return failed;
    }
  },
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

export const ehloCheck: Check = {
  id: 'smtp.ehlo',
  group: 'smtp',
  needs: [greetingCheck],
  run: ({ get }): Outcome => {
    const capabilities = get(greetingCheck)?.capabilities ?? [];
    const auth = capabilities.find((c) => /^AUTH[ =]/i.test(c));
    const extensions = capabilities.map((c) => c.split(/[ =]/)[0]).join(' ');
    if (!auth) return { status: 'fail', cause: 'auth-not-advertised', params: { extensions } };
    return { status: 'pass', cause: 'ehlo-ok', params: { auth: auth.replace(/^AUTH[ =]/i, ''), extensions } };
  },
};

/** The logged-in session: opened by the login check, read by the envelope probe, closed by the engine when both are done. */
export const authCheck: Check<MailSession> = {
  id: 'smtp.auth',
  group: 'smtp',
  needs: [tlsVersionCheck, tlsCertificateCheck, ehloCheck],
  needsSecrets: true,
  requires: (s) => (s.user === '' ? 'email-user' : s.password === '' ? 'email-password' : undefined),
  // connect, greeting, EHLO, STARTTLS, EHLO, AUTH.
  budgetMs: (s) => s.timeoutMs * 3,
  run: async (context) => {
    const { settings: s, signal } = context;
    const transcript: string[] = [];
    let session: MailSession | undefined;
    signal.addEventListener('abort', () => session?.close(), { once: true });
    try {
      // nodemailer's SMTP client loads only when there is a login to try.
      const { MailSession } = await import('../smtp/session.js');
      session = await MailSession.open({
        address: smtpAddress(context),
        host: s.host,
        port: s.port,
        secure: s.secure,
        requireTls: !s.allowPlaintextAuth,
        rejectUnauthorized: s.tlsRejectUnauthorized,
        ca: s.tlsCa,
        timeoutMs: s.timeoutMs,
        transcript,
      });
      await session.login(s.user, s.password);
      return produce(
        { status: 'pass', cause: 'auth-ok', params: { user: s.user, method: session.authMethod }, details: [...transcript] },
        session,
      );
    } catch (error) {
      session?.close();
      const e = error as SmtpError;
      const { cause, params } = diagnose({
        code: e.code,
        responseCode: e.responseCode,
        response: e.response,
        command: e.command,
        provider: providerIdOf(s),
        message: e.message,
      });
      const failed: Outcome = { status: 'fail', cause, params: { ...params, user: s.user }, details: [...transcript] };
      return failed;
    }
  },
  release: (session) => session.quit(),
};

/** MAIL FROM and RCPT TO, then RSET: the server judges the sender and recipient, nothing is sent. */
export const envelopeCheck: Check = {
  id: 'smtp.envelope',
  group: 'smtp',
  needs: [authCheck],
  needsSecrets: true,
  budgetMs: (s) => s.timeoutMs * 3,
  run: async ({ settings: s, get }): Promise<Outcome> => {
    const session = get(authCheck);
    if (!session) return { status: 'skip', cause: 'prerequisite-failed', params: { check: authCheck.id } };
    const transcript = session.transcript;
    const mark = transcript.length;
    const recipient = s.testRecipient || s.user;
    const steps: [string, string][] = [
      ['MAIL FROM', `MAIL FROM:<${s.from}>`],
      ['RCPT TO', `RCPT TO:<${recipient}>`],
    ];
    try {
      for (const [command, line] of steps) {
        const reply = await session.command(line);
        if (reply.code !== 250 && reply.code !== 251) {
          const { cause, params } = diagnose({ responseCode: reply.code, response: reply.text, command, provider: providerIdOf(s) });
          return { status: 'fail', cause, params: { ...params, from: s.from, to: recipient }, details: transcript.slice(mark) };
        }
      }
      await session.command('RSET');
      return { status: 'pass', cause: 'envelope-ok', params: { from: s.from, to: recipient }, details: transcript.slice(mark) };
    } catch (error) {
      const e = error as SmtpError;
      const { cause, params } = diagnose({
        code: e.code,
        responseCode: e.responseCode,
        response: e.response,
        command: e.command,
        message: e.message,
      });
      return { status: 'fail', cause, params, details: transcript.slice(mark) };
    }
  },
};

export const SMTP_CHECKS = [greetingCheck, tlsVersionCheck, tlsCertificateCheck, ehloCheck, authCheck, envelopeCheck] as const;
