// send: one small, real test mail, only when `test-recipient` is set.
import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import { hostname } from 'node:os';
import type { Check } from '../engine.js';
import { smtpAddress } from './network.js';
import { envelopeCheck } from './smtp.js';
import { diagnose } from '../smtp/diagnosis.js';
import type { SmtpError } from '../smtp/session.js';
import { domainOf } from '../settings/address.js';
import { providerIdOf, type Settings } from '../settings/settings.js';
import { escapeHtml } from '../text.js';
import type { Outcome } from '../types.js';

export function testMessage(s: Settings, now = new Date()): { messageId: string; subject: string; text: string; html: string } {
  const where = s.runtime.repository ? `${s.runtime.repository} run ${s.runtime.runId || '-'}` : `host ${hostname()}`;
  const stamp = now.toISOString();
  const messageId = `<edc.${randomUUID()}@${domainOf(s.from) || 'email-deploy-check.invalid'}>`;
  const lines = [
    'This is a test message from email-deploy-check.',
    `It proves that ${s.host}:${s.port} accepts mail from ${s.from} for ${s.testRecipient}.`,
    `Sent from ${where} at ${stamp}.`,
    'No action is needed.',
  ];
  return {
    messageId,
    subject: `email-deploy-check test: ${where} at ${stamp}`,
    text: lines.join('\n'),
    html: `<p>${lines.map(escapeHtml).join('<br>')}</p>`,
  };
}

export const sendCheck: Check = {
  id: 'send.mail',
  group: 'send',
  needs: [envelopeCheck],
  needsSecrets: true,
  requires: (s) => (s.testRecipient === '' ? 'test-recipient' : undefined),
  budgetMs: (s) => s.timeoutMs * 4,
  run: async (context): Promise<Outcome> => {
    const { settings: s, signal } = context;
    // Loaded only when a mail is sent: the composer is the heaviest part of nodemailer.
    const { createTransport } = await import('nodemailer');
    const message = testMessage(s);
    const transport = createTransport({
      host: smtpAddress(context),
      port: s.port,
      secure: s.secure,
      requireTLS: !s.secure && !s.allowPlaintextAuth,
      tls: {
        ...(isIP(s.host) ? {} : { servername: s.host }),
        rejectUnauthorized: s.tlsRejectUnauthorized,
        ...(s.tlsCa.length ? { ca: s.tlsCa } : {}),
      },
      auth: { user: s.user, pass: s.password },
      connectionTimeout: s.timeoutMs,
      greetingTimeout: s.timeoutMs,
      socketTimeout: s.timeoutMs,
      dnsTimeout: s.timeoutMs,
    });
    signal.addEventListener('abort', () => transport.close(), { once: true });
    try {
      const info = await transport.sendMail({
        from: s.fromHeader,
        to: s.testRecipient,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: message.messageId,
        envelope: { from: s.from, to: s.testRecipient },
      });
      const reply = String(info.response ?? '');
      const queueId = /queued as\s+(\S+)/i.exec(reply)?.[1] ?? /\bid=?\s*(\S+)/i.exec(reply)?.[1] ?? '';
      return {
        status: 'pass',
        cause: 'send-ok',
        params: { to: s.testRecipient, reply: reply.slice(0, 200), queueId, messageId: message.messageId },
        messageId: message.messageId,
      };
    } catch (error) {
      const e = error as SmtpError;
      const { cause, params } = diagnose({
        code: e.code,
        responseCode: e.responseCode,
        response: e.response,
        command: e.command,
        provider: providerIdOf(s),
        message: e.message,
      });
      return { status: 'fail', cause, params: { ...params, to: s.testRecipient } };
    } finally {
      transport.close();
    }
  },
};
