// send: one small, real test mail, only when `test-recipient` is set.
import { hostname } from 'node:os';
import { produce, type Check } from '../engine.js';
import { envelopeCheck, greetingCheck } from './smtp.js';
import { diagnosed } from '../smtp/diagnose.js';
import { domainOf } from '../settings/address.js';
import type { Settings } from '../settings/settings.js';
import { escapeHtml } from '../text.js';
import type { Outcome } from '../types.js';

export function testMessage(s: Settings, now = new Date()): { messageId: string; subject: string; text: string; html: string } {
  const where = s.runtime.repository ? `${s.runtime.repository} run ${s.runtime.runId || '-'}` : `host ${hostname()}`;
  const stamp = now.toISOString();
  const messageId = `<edc.${process.getBuiltinModule('node:crypto').randomUUID()}@${domainOf(s.from) || 'email-deploy-check.invalid'}>`;
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

/** The message as nodemailer composes it (MIME, encodings, headers), sent on the session that already logged in. */
async function compose(s: Settings, message: ReturnType<typeof testMessage>): Promise<Buffer> {
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
  const mail = new MailComposer({
    from: s.fromHeader,
    to: s.testRecipient,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: message.messageId,
  });
  return mail.compile().build();
}

/** What the delivery check needs to find the mail and say what happened to it. */
export interface SentMail {
  messageId: string;
  to: string;
  /** When the server answered 250 to the message, ms since the epoch (the context's clock). */
  acceptedAt: number;
  /** The server's queue id, when its reply names one. */
  queueId: string;
  /** The host that accepted it. */
  host: string;
}

export const sendCheck: Check<SentMail> = {
  id: 'send.mail',
  group: 'send',
  needs: [envelopeCheck],
  needsSecrets: true,
  requires: (s) => (s.testRecipient === '' ? 'test-recipient' : undefined),
  budgetMs: (s) => s.timeoutMs * 4,
  run: async ({ settings: s, get, now }) => {
    const open = get(greetingCheck);
    if (!open) return { status: 'skip', cause: 'prerequisite-failed', params: { check: envelopeCheck.id } };
    const mark = open.transcript.length;
    const message = testMessage(s);
    try {
      const final = await open.session.send(s.from, s.testRecipient, await compose(s, message));
      const reply = final.text;
      const acceptedAt = now();
      const queueId = /queued as\s+(\S+)/i.exec(reply)?.[1] ?? /\bid=?\s*(\S+)/i.exec(reply)?.[1] ?? '';
      const outcome: Outcome = {
        status: 'pass',
        cause: 'send-ok',
        params: { to: s.testRecipient, reply: reply.slice(0, 200), queueId, messageId: message.messageId },
        messageId: message.messageId,
        details: open.transcript.slice(mark),
      };
      return produce(outcome, { messageId: message.messageId, to: s.testRecipient, acceptedAt, queueId, host: s.host });
    } catch (error) {
      const { cause, params } = await diagnosed(error, s, { to: s.testRecipient });
      const outcome: Outcome = { status: 'fail', cause, params, details: open.transcript.slice(mark) };
      return outcome;
    }
  },
};

export const SEND_CHECKS = [sendCheck] as const;
