// Delivery proof against a real IMAP server: Dovecot (Debian's dovecot-imapd) on 127.0.0.1, fed through a real
// SMTP path (smtp-server, DKIM-signed, judged by the receiver with mailauth, handed to dovecot-lda). `.ci/run`
// installs Dovecot; on a machine without it (or without root) this suite says so and is skipped, unless
// EDC_REQUIRE_DOVECOT=1 makes that a failure (CI sets it).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer as createTlsServer } from 'node:tls';
import { ImapFlow } from 'imapflow';
import { createCertificateAuthority, selfSigned, type CertificateAuthority, type Pem } from '../test-support/certs.js';
import { dovecotUnavailable, startDovecot, type RunningDovecot } from '../test-support/dovecot.js';
import { RECEIVER, startMailPath, type MailPath } from '../test-support/mail-path.js';
import { startRawServer, type RunningServer } from '../test-support/servers.js';
import type { Inputs } from './helpers/settings.js';
import { runAll, writeTemp } from './helpers/network.js';

const SENDER = 'app@demo.example';
const SENDER_PASSWORD = 'correct-horse-battery';
const BOX = 'box@receiver.test';
const BOX_PASSWORD = 'imap-secret-7f3k2q';
const QQ_BOX = 'tester@qq.com';

const unavailable = dovecotUnavailable();
if (unavailable && process.env.EDC_REQUIRE_DOVECOT === '1') throw new Error(`Dovecot is required here: ${unavailable}`);
if (unavailable) console.warn(`delivery tests skipped: ${unavailable}`);
const suite = unavailable ? describe.skip : describe;

let ca: CertificateAuthority;
let caFile: string;
let leaf: Pem;
let dovecot: RunningDovecot;
let path: MailPath;
const extra: RunningServer[] = [];

suite('delivery against Dovecot', () => {
  beforeAll(async () => {
    ca = createCertificateAuthority();
    caFile = writeTemp('ca.pem', ca.cert);
    leaf = ca.issue({ names: ['localhost', '127.0.0.1'] });
    dovecot = await startDovecot({ users: { [BOX]: BOX_PASSWORD, [QQ_BOX]: BOX_PASSWORD }, tls: leaf });
    path = await startMailPath({ tls: leaf, dovecot, users: { [SENDER]: SENDER_PASSWORD } });
  }, 30_000);
  afterAll(async () => {
    await path?.close();
    await dovecot?.stop();
    await Promise.all(extra.map((s) => s.close()));
  });

  const inputs = (more: Inputs = {}): Inputs => ({
    checks: 'env,dns,tcp,tls,smtp,send,delivery',
    'smtp-host': 'localhost',
    'smtp-port': String(path.smtp.port),
    'email-user': SENDER,
    'email-password': SENDER_PASSWORD,
    'test-recipient': BOX,
    'tls-ca': caFile,
    'dns-servers': path.dns.server,
    timeout: '3',
    'imap-host': 'localhost',
    'imap-port': String(dovecot.imapsPort),
    'imap-secure': 'true',
    'imap-password': BOX_PASSWORD,
    'delivery-timeout': '10',
    ...more,
  });

  /** The test mail, looked up by the test itself (not through the code under test). */
  async function inMailbox(messageId: string): Promise<Record<string, number>> {
    const client = new ImapFlow({
      host: '127.0.0.1',
      port: dovecot.imapsPort,
      secure: true,
      tls: { ca: [ca.cert], servername: 'localhost' },
      auth: { user: BOX, pass: BOX_PASSWORD },
      logger: false,
    });
    await client.connect();
    const counts: Record<string, number> = {};
    for (const folder of ['INBOX', 'Junk']) {
      const lock = await client.getMailboxLock(folder);
      const found = await client.search({ header: { 'message-id': messageId } }, { uid: true });
      counts[folder] = Array.isArray(found) ? found.length : 0;
      lock.release();
    }
    await client.logout();
    return counts;
  }

  test('over implicit TLS: found in the inbox, with its latency, the Message-ID that was sent, and deleted after', async () => {
    path.route = 'INBOX';
    const run = await runAll(inputs({ 'imap-secure': 'true' }));
    const sent = run.get('send.mail');
    const inbox = run.get('delivery.inbox');
    expect(path.errors).toEqual([]);
    expect(inbox).toMatchObject({ status: 'pass', cause: 'delivery-inbox', params: { folder: 'INBOX', user: BOX, queueId: 'TESTQUEUE1' } });
    expect(typeof inbox.params.seconds).toBe('number');
    expect(inbox.params.seconds).toBeGreaterThanOrEqual(0);
    expect(inbox.params.seconds).toBeLessThan(10);
    expect(inbox.params.messageId).toBe(sent.messageId);
    expect(await inMailbox(String(sent.messageId))).toEqual({ INBOX: 0, Junk: 0 });
  });

  test('over STARTTLS on the plain port, the mail left in place when delivery-cleanup is false', async () => {
    path.route = 'INBOX';
    const run = await runAll(inputs({ 'imap-port': String(dovecot.imapPort), 'imap-secure': 'false', 'delivery-cleanup': 'false' }));
    const sent = run.get('send.mail');
    expect(run.get('delivery.inbox')).toMatchObject({ status: 'pass', params: { folder: 'INBOX', messageId: sent.messageId } });
    expect(await inMailbox(String(sent.messageId))).toEqual({ INBOX: 1, Junk: 0 });
  });

  test("the receiver's verdict on SPF, DKIM and DMARC is read from the delivered copy", async () => {
    path.route = 'INBOX';
    const run = await runAll(inputs());
    for (const mechanism of ['spf', 'dkim', 'dmarc']) {
      expect(run.get(`delivery.authentication:${mechanism}`)).toMatchObject({
        status: 'pass',
        cause: `delivered-${mechanism}-pass`,
        params: { result: 'pass', domain: 'demo.example', judge: RECEIVER },
      });
    }
    // Our own verification of the same copy (mailauth through the local DNS server) agrees.
    expect(run.get('delivery.authentication:dkim').details).toContain('email-deploy-check: spf=pass dkim=pass dmarc=pass');
  });

  test('filed as spam: a warning naming the junk folder', async () => {
    path.route = 'Junk';
    const run = await runAll(inputs());
    expect(run.get('delivery.inbox')).toMatchObject({ status: 'warn', cause: 'delivery-junk', params: { folder: 'Junk' } });
  });

  test('a mail that never arrives fails once delivery-timeout is over, saying what was accepted and where it looked', async () => {
    path.route = 'drop';
    const run = await runAll(inputs({ 'delivery-timeout': '2' }));
    const inbox = run.get('delivery.inbox');
    expect(inbox).toMatchObject({ status: 'fail', cause: 'delivery-not-arrived', params: { queueId: 'TESTQUEUE1', folders: 'INBOX, Junk' } });
    expect(inbox.params.seconds).toBeGreaterThanOrEqual(2);
    expect(inbox.durationMs).toBeLessThan(2000 + 3000);
    expect(run.results.find((r) => r.id.startsWith('delivery.authentication'))).toMatchObject({ status: 'skip' });
  });

  test('a wrong IMAP password is critical, with the fix for the provider of the mailbox, and the password is nowhere', async () => {
    path.route = 'INBOX';
    const wrong = 'wrong-imap-pass-9911';
    const run = await runAll(inputs({ 'imap-password': wrong }));
    expect(run.get('delivery.inbox')).toMatchObject({ status: 'fail', cause: 'imap-auth-failed', params: { user: BOX } });
    const qq = await runAll(inputs({ 'test-recipient': QQ_BOX, 'imap-password': wrong }));
    expect(qq.get('delivery.inbox')).toMatchObject({ status: 'fail', cause: 'imap-auth-failed-code', params: { user: QQ_BOX } });
    expect(JSON.stringify([run.results, qq.results])).not.toContain(wrong);
  });

  test('an untrusted certificate is refused before the login', async () => {
    const stranger = selfSigned({ names: ['localhost'] });
    const server = createTlsServer({ key: stranger.key, cert: stranger.cert }, (socket) => socket.end('* OK [CAPABILITY IMAP4rev1] ready\r\n'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    extra.push({ port: 0, close: () => new Promise((resolve) => server.close(() => resolve())) });
    const port = (server.address() as { port: number }).port;
    const run = await runAll(inputs({ 'imap-port': String(port), 'imap-secure': 'true' }));
    expect(run.get('delivery.inbox')).toMatchObject({ status: 'fail', cause: 'imap-cert-untrusted', params: { port } });
  });

  test('a server that drops the connection after its greeting fails as closed, within the timeout', async () => {
    const server = await startRawServer((socket) => socket.end('* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n'));
    extra.push(server);
    const run = await runAll(inputs({ 'imap-port': String(server.port), 'imap-secure': 'false' }));
    const inbox = run.get('delivery.inbox');
    expect(inbox).toMatchObject({ status: 'fail', cause: 'imap-closed' });
    expect(inbox.durationMs).toBeLessThan(3000);
  });

  test('a server without STARTTLS never gets the password in the clear', async () => {
    const seen: string[] = [];
    const server = await startRawServer((socket) => {
      socket.write('* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n');
      socket.on('data', (chunk: Buffer) => {
        seen.push(chunk.toString());
        const tag = chunk.toString().split(' ')[0] ?? '*';
        socket.write(`${tag} BAD unexpected\r\n`);
      });
    });
    extra.push(server);
    const run = await runAll(inputs({ 'imap-port': String(server.port), 'imap-secure': 'false' }));
    expect(run.get('delivery.inbox')).toMatchObject({ status: 'fail', cause: 'imap-no-starttls' });
    expect(seen.join('')).not.toContain(BOX_PASSWORD);
    expect(seen.join('')).not.toMatch(/LOGIN|AUTHENTICATE/);
  });
});
