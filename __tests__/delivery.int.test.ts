// Delivery proof against a real IMAP server: Dovecot (Debian's dovecot-imapd) on 127.0.0.1, fed through a real
// SMTP path (smtp-server, DKIM-signed, judged by the receiver with mailauth, handed to dovecot-lda). `.ci/run`
// installs Dovecot; on a machine without it (or without root) this suite says so and is skipped, unless
// EDC_CI=1 makes that a failure (CI sets it).
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createServer as createTlsServer } from 'node:tls';
import { ImapFlow } from 'imapflow';
import { selfSigned } from '../test-support/certs.js';
import { RECEIVER } from '../test-support/mail-path.js';
import { startRawServer, type RunningServer } from '../test-support/servers.js';
import { BOX, BOX_PASSWORD, deliveryInputs, mailboxSuite, QQ_BOX, startMailboxWorld, type MailboxWorld } from './helpers/mailbox.js';
import { runAll } from './helpers/network.js';

let world: MailboxWorld;
const extra: RunningServer[] = [];

mailboxSuite()('delivery against Dovecot', () => {
  beforeAll(async () => {
    world = await startMailboxWorld();
  }, 30_000);
  afterAll(async () => {
    await world?.close();
    await Promise.all(extra.map((s) => s.close()));
  });

  const inputs = (more: Record<string, string> = {}) => deliveryInputs(world, more);

  /** The test mail, looked up by the test itself (not through the code under test). */
  async function inMailbox(messageId: string): Promise<Record<string, number>> {
    const client = new ImapFlow({
      host: '127.0.0.1',
      port: world.dovecot.imapsPort,
      secure: true,
      tls: { ca: [world.ca.cert], servername: 'localhost' },
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
    world.path.route = 'INBOX';
    const run = await runAll(inputs({ 'imap-secure': 'true' }));
    const sent = run.get('send.mail');
    const inbox = run.get('delivery.inbox');
    expect(world.path.errors).toEqual([]);
    expect(run.get('delivery.mailbox')).toMatchObject({ status: 'pass', cause: 'imap-login-ok', params: { mode: 'TLS', idle: 'IDLE' } });
    expect(inbox).toMatchObject({ status: 'pass', cause: 'delivery-inbox', params: { folder: 'INBOX', user: BOX, queueId: 'TESTQUEUE1' } });
    expect(typeof inbox.params.seconds).toBe('number');
    expect(inbox.params.seconds).toBeGreaterThanOrEqual(0);
    expect(inbox.params.seconds).toBeLessThan(10);
    expect(inbox.params.messageId).toBe(sent.messageId);
    expect(await inMailbox(String(sent.messageId))).toEqual({ INBOX: 0, Junk: 0 });
    // The IMAP ID command reached the server (NetEase answers "Unsafe Login" to clients that send none).
    expect(world.dovecot.log()).toMatch(/ID sent: name=email-deploy-check, version=[\d.]+/);
  });

  test('over STARTTLS on the plain port, the mail left in place when delivery-cleanup is false', async () => {
    world.path.route = 'INBOX';
    const run = await runAll(inputs({ 'imap-port': String(world.dovecot.imapPort), 'imap-secure': 'false', 'delivery-cleanup': 'false' }));
    const sent = run.get('send.mail');
    expect(run.get('delivery.inbox')).toMatchObject({ status: 'pass', params: { folder: 'INBOX', messageId: sent.messageId } });
    expect(await inMailbox(String(sent.messageId))).toEqual({ INBOX: 1, Junk: 0 });
  });

  test("the receiver's verdict on SPF, DKIM and DMARC is read from the delivered copy", async () => {
    world.path.route = 'INBOX';
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
    // Where it came from, as for the app's own mail: the sender, the host that handed it over, the verdict.
    expect(run.get('delivery.origin')).toMatchObject({
      status: 'pass',
      cause: 'origin-ok',
      params: { from: 'app@demo.example', helo: 'localhost', ip: '127.0.0.1', spf: 'pass', dkim: 'pass', dmarc: 'pass' },
    });
    expect(run.get('delivery.origin:reputation')).toMatchObject({ status: 'skip', cause: 'origin-private' });
  });

  test('a receiver that writes no verdict (a plain MTA): our own verification of the delivered copy stands in', async () => {
    world.path.route = 'INBOX';
    world.path.judge = false;
    try {
      const run = await runAll(inputs());
      for (const mechanism of ['spf', 'dkim', 'dmarc']) {
        expect(run.get(`delivery.authentication:${mechanism}`)).toMatchObject({
          status: 'pass',
          params: { result: 'pass', domain: 'demo.example', judge: 'email-deploy-check' },
        });
      }
      expect(run.get('delivery.authentication:spf').details).toContain('receiver: no Authentication-Results header');
    } finally {
      world.path.judge = true;
    }
  });

  test('through a relay without AUTH (a local Postfix without SASL): no login, and the mail is found', async () => {
    world.path.route = 'INBOX';
    const run = await runAll(inputs({ 'smtp-port': String(world.path.relay.port) }));
    expect(run.get('smtp.auth')).toMatchObject({ status: 'skip', cause: 'auth-relay-no-login' });
    expect(run.get('delivery.inbox')).toMatchObject({
      status: 'pass',
      params: { folder: 'INBOX', messageId: run.get('send.mail').messageId },
    });
    expect(world.path.relay.logins).toEqual([]);
  });

  test('filed as spam: a warning naming the junk folder', async () => {
    world.path.route = 'Junk';
    const run = await runAll(inputs());
    expect(run.get('delivery.inbox')).toMatchObject({ status: 'warn', cause: 'delivery-junk', params: { folder: 'Junk' } });
  });

  test('a mail that never arrives fails once delivery-timeout is over, saying what was accepted and where it looked', async () => {
    world.path.route = 'drop';
    const run = await runAll(inputs({ 'delivery-timeout': '2' }));
    const inbox = run.get('delivery.inbox');
    expect(inbox).toMatchObject({
      status: 'fail',
      cause: 'delivery-not-arrived',
      params: { queueId: 'TESTQUEUE1', folders: 'INBOX, Junk' },
    });
    expect(inbox.params.seconds).toBeGreaterThanOrEqual(2);
    expect(inbox.durationMs).toBeLessThan(2000 + 3000);
    expect(run.results.find((r) => r.id.startsWith('delivery.authentication'))).toMatchObject({ status: 'skip' });
  });

  test('a wrong IMAP password is critical, with the fix for the provider of the mailbox, and the password is nowhere', async () => {
    world.path.route = 'INBOX';
    const wrong = 'wrong-imap-pass-9911';
    const run = await runAll(inputs({ 'imap-password': wrong }));
    // Known before the test mail was sent: the login runs beside the SMTP checks.
    expect(run.get('delivery.mailbox')).toMatchObject({ status: 'fail', cause: 'imap-auth-failed', params: { user: BOX } });
    expect(run.get('delivery.inbox')).toMatchObject({ status: 'skip', cause: 'prerequisite-failed' });
    const qq = await runAll(inputs({ 'test-recipient': QQ_BOX, 'imap-password': wrong }));
    expect(qq.get('delivery.mailbox')).toMatchObject({ status: 'fail', cause: 'imap-auth-failed-code', params: { user: QQ_BOX } });
    expect(JSON.stringify([run.results, qq.results])).not.toContain(wrong);
  });

  test('an untrusted certificate is refused before the login', async () => {
    const stranger = selfSigned({ names: ['localhost'] });
    const server = createTlsServer({ key: stranger.key, cert: stranger.cert }, (socket) =>
      socket.end('* OK [CAPABILITY IMAP4rev1] ready\r\n'),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    extra.push({ port: 0, close: () => new Promise((resolve) => server.close(() => resolve())) });
    const port = (server.address() as { port: number }).port;
    const run = await runAll(inputs({ 'imap-port': String(port), 'imap-secure': 'true' }));
    expect(run.get('delivery.mailbox')).toMatchObject({ status: 'fail', cause: 'imap-cert-untrusted', params: { port } });
  });

  test('a server that drops the connection after its greeting fails as closed, within the timeout', async () => {
    const server = await startRawServer((socket) => socket.end('* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n'));
    extra.push(server);
    const run = await runAll(inputs({ 'imap-port': String(server.port), 'imap-secure': 'false' }));
    const mailbox = run.get('delivery.mailbox');
    expect(mailbox).toMatchObject({ status: 'fail', cause: 'imap-closed' });
    expect(mailbox.durationMs).toBeLessThan(3000);
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
    expect(run.get('delivery.mailbox')).toMatchObject({ status: 'fail', cause: 'imap-no-starttls' });
    expect(seen.join('')).not.toContain(BOX_PASSWORD);
    expect(seen.join('')).not.toMatch(/LOGIN|AUTHENTICATE/);
  });
});
