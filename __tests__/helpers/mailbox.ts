// A mailbox world for the delivery suites: a CA, Dovecot serving the test mailboxes, and the mail path that
// feeds it. Dovecot needs root and Debian's dovecot-imapd: without them the suites say so and skip, unless
// EDC_CI=1 (set by .ci/run) makes that a failure.
import { describe } from '@jest/globals';
import { createCertificateAuthority, type CertificateAuthority, type Pem } from '../../test-support/certs.js';
import { dovecotUnavailable, startDovecot, type RunningDovecot } from '../../test-support/dovecot.js';
import { startMailPath, type MailPath } from '../../test-support/mail-path.js';
import { writeTemp } from './network.js';

export const SENDER = 'app@demo.example';
export const SENDER_PASSWORD = 'correct-horse-battery';
export const BOX = 'box@receiver.test';
export const BOX_PASSWORD = 'imap-secret-7f3k2q';
export const QQ_BOX = 'tester@qq.com';

/** `describe`, or `describe.skip` with the reason printed when Dovecot cannot run here. */
export function mailboxSuite(): typeof describe | typeof describe.skip {
  const unavailable = dovecotUnavailable();
  if (unavailable && process.env.EDC_CI === '1') throw new Error(`Dovecot is required here: ${unavailable}`);
  if (unavailable) console.warn(`delivery tests skipped: ${unavailable}`);
  return unavailable ? describe.skip : describe;
}

export interface MailboxWorld {
  ca: CertificateAuthority;
  caFile: string;
  leaf: Pem;
  dovecot: RunningDovecot;
  path: MailPath;
  close(): Promise<void>;
}

export async function startMailboxWorld(): Promise<MailboxWorld> {
  const ca = createCertificateAuthority();
  const leaf = ca.issue({ names: ['localhost', '127.0.0.1'] });
  const dovecot = await startDovecot({ users: { [BOX]: BOX_PASSWORD, [QQ_BOX]: BOX_PASSWORD }, tls: leaf });
  const path = await startMailPath({ tls: leaf, dovecot, users: { [SENDER]: SENDER_PASSWORD } });
  return {
    ca,
    caFile: writeTemp('ca.pem', ca.cert),
    leaf,
    dovecot,
    path,
    close: async () => {
      await path.close();
      await dovecot.stop();
    },
  };
}

/** The inputs of a run that sends the test mail through the path and looks for it in BOX over implicit TLS. */
export function deliveryInputs(world: MailboxWorld, more: Record<string, string> = {}): Record<string, string> {
  return {
    checks: 'env,dns,tcp,tls,smtp,send,delivery',
    'smtp-host': 'localhost',
    'smtp-port': String(world.path.smtp.port),
    'email-user': SENDER,
    'email-password': SENDER_PASSWORD,
    'test-recipient': BOX,
    'tls-ca': world.caFile,
    'dns-servers': world.path.dns.server,
    timeout: '3',
    'imap-host': 'localhost',
    'imap-port': String(world.dovecot.imapsPort),
    'imap-secure': 'true',
    'imap-password': BOX_PASSWORD,
    'delivery-timeout': '10',
    ...more,
  };
}

/** The inputs of a run that asks the signup app (test-support/signup-app.ts) to send, and reads its mail from BOX. */
export function appMailInputs(world: MailboxWorld, appUrl: string, more: Record<string, string> = {}): Record<string, string> {
  return {
    'smoke-url': `${appUrl}/api/send-code`,
    'smoke-body': JSON.stringify({ email: BOX }),
    'app-mail': 'true',
    'app-mail-code': '(\\d{6})',
    'verify-url': `${appUrl}/api/verify`,
    'verify-body': JSON.stringify({ email: BOX, code: '{{code}}' }),
    'imap-host': 'localhost',
    'imap-port': String(world.dovecot.imapsPort),
    'imap-secure': 'true',
    'imap-user': BOX,
    'imap-password': BOX_PASSWORD,
    'tls-ca': world.caFile,
    'delivery-timeout': '10',
    timeout: '3',
    ...more,
  };
}
