// The SMTP path against real servers on 127.0.0.1: smtp-server for protocol behaviour,
// raw TCP servers for byte-exact misbehaviour, certificates made for each case.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createCertificateAuthority, days, selfSigned, type CertificateAuthority, type Pem } from '../test-support/certs.js';
import {
  closedPort,
  misbehaviour,
  startRawServer,
  dialog,
  flood,
  startSmtpServer,
  type RunningServer,
  type SmtpServerOptions,
} from '../test-support/servers.js';
import type { Inputs } from './helpers/settings.js';
import { runAll, writeTemp, type TimedRun } from './helpers/network.js';

const USER = 'app@demo.example';
const PASSWORD = 'correct-horse-battery';
const TIMEOUT_S = 2;

let ca: CertificateAuthority;
let caFile: string;
let good: Pem;
const servers: RunningServer[] = [];

beforeAll(() => {
  ca = createCertificateAuthority();
  caFile = writeTemp('ca.pem', ca.cert);
  good = ca.issue({ names: ['localhost', '127.0.0.1'] });
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function smtp(options: SmtpServerOptions = {}) {
  const server = await startSmtpServer({ key: good.key, cert: good.cert, users: { [USER]: PASSWORD }, ...options });
  servers.push(server);
  return server;
}
async function raw(script: Parameters<typeof startRawServer>[0]) {
  const server = await startRawServer(script);
  servers.push(server);
  return server;
}

/** The SMTP path only: deliverability would ask the machine's resolver about demo.example (off-host traffic). */
const SMTP_PATH = 'env,dns,tcp,tls,smtp';
const inputsFor = (port: number, extra: Inputs = {}): Inputs => ({
  checks: extra['test-recipient'] ? `${SMTP_PATH},send` : SMTP_PATH,
  'smtp-host': 'localhost',
  'smtp-port': String(port),
  'email-user': USER,
  'email-password': PASSWORD,
  'tls-ca': caFile,
  timeout: String(TIMEOUT_S),
  ...extra,
});

/** Every failure scenario must end within the timeout plus one second. */
function expectBounded(run: TimedRun, timeoutS = TIMEOUT_S): void {
  expect(run.elapsedMs).toBeLessThan((timeoutS + 1) * 1000);
}

describe('a good server', () => {
  test('STARTTLS: every check passes, nothing is sent without a recipient', async () => {
    const server = await smtp();
    const run = await runAll(inputsFor(server.port));
    expect(run.results.filter((r) => r.status !== 'pass' && r.status !== 'skip')).toEqual([]);
    expect(run.get('dns.resolve')).toMatchObject({ status: 'pass', cause: 'dns-resolved' });
    expect(run.get('tcp.connect')).toMatchObject({ status: 'pass', cause: 'tcp-connected' });
    expect(run.get('tls.version').params.protocol).toBe('TLSv1.3');
    expect(run.get('tls.certificate')).toMatchObject({ status: 'pass', cause: 'tls-cert-ok' });
    expect(run.get('smtp.ehlo').params.auth).toBe('PLAIN LOGIN');
    expect(run.get('smtp.auth')).toMatchObject({ status: 'pass', cause: 'auth-ok', params: { method: 'PLAIN' } });
    expect(run.get('smtp.envelope')).toMatchObject({ status: 'pass', cause: 'envelope-ok', params: { to: USER } });
    expect(run.results.find((r) => r.id === 'send.mail')).toBeUndefined();
    expect(server.logins).toEqual([{ user: USER, secure: true }]);
    expect(server.events).toEqual(['AUTH', `MAIL FROM:${USER}`, `RCPT TO:${USER}`]);
    expect(server.messages).toEqual([]);
  });

  test('the transcript masks the AUTH exchange', async () => {
    const server = await smtp();
    const run = await runAll(inputsFor(server.port));
    const transcript = (run.get('smtp.auth').details ?? []).join('\n');
    expect(transcript).toContain('C: AUTH PLAIN ****');
    expect(transcript).toContain('S: 235');
    expect(transcript).not.toContain(Buffer.from(`\u0000${USER}\u0000${PASSWORD}`).toString('base64'));
  });

  test('implicit TLS: every check passes', async () => {
    const server = await smtp({ secure: true });
    const run = await runAll(inputsFor(server.port, { 'smtp-secure': 'true' }));
    expect(run.results.filter((r) => r.status === 'fail' || r.status === 'warn')).toEqual([]);
    expect(run.get('smtp.auth').status).toBe('pass');
    expect(server.logins).toEqual([{ user: USER, secure: true }]);
  });

  test('a test mail arrives with our Message-ID, subject, text and HTML', async () => {
    const server = await smtp();
    const run = await runAll(inputsFor(server.port, { 'test-recipient': 'ops@demo.example', from: 'Demo App <app@demo.example>' }));
    const sent = run.get('send.mail');
    expect(sent).toMatchObject({ status: 'pass', cause: 'send-ok', params: { queueId: 'TESTQUEUE1' } });
    expect(sent.messageId).toMatch(/^<edc\.[0-9a-f-]{36}@demo\.example>$/);
    expect(server.messages).toHaveLength(1);
    const message = server.messages[0]!;
    expect(message).toMatchObject({ from: USER, to: ['ops@demo.example'] });
    expect(message.raw).toContain(`Message-ID: ${sent.messageId}`);
    expect(message.raw).toMatch(/^Subject: email-deploy-check test/m);
    expect(message.raw).toContain('text/plain');
    expect(message.raw).toContain('text/html');
  });
});

describe('login and envelope refusals', () => {
  test('wrong password: 535 with the authentication diagnosis', async () => {
    const server = await smtp();
    const run = await runAll(inputsFor(server.port, { 'email-password': 'wrong-password-1' }));
    expect(run.get('smtp.auth')).toMatchObject({ status: 'fail', cause: 'auth-failed', params: { code: 535 } });
    expect(run.get('smtp.envelope')).toMatchObject({ status: 'skip', cause: 'prerequisite-failed' });
    expectBounded(run);
  });

  test('QQ-style 535 is recognised as the authorization-code problem', async () => {
    const server = await smtp({ authFailure: { code: 535, message: 'Login fail. Please enter your authorization code to login.' } });
    const run = await runAll(inputsFor(server.port, { 'email-password': 'my-qq-pass-2024' }));
    expect(run.get('smtp.auth')).toMatchObject({ status: 'fail', cause: 'auth-qq-authorization-code' });
  });

  test("AUTH not advertised by a provider's server fails (where verify() would report success) and no login is tried", async () => {
    const server = await smtp({ noAuth: true });
    const run = await runAll(inputsFor(server.port, { 'email-provider': 'exmail', 'email-user': 'app@corp.example' }));
    expect(run.get('smtp.ehlo')).toMatchObject({ status: 'fail', cause: 'auth-not-advertised' });
    expect(run.get('smtp.auth')).toMatchObject({ status: 'skip' });
    expect(server.logins).toEqual([]);
    expectBounded(run);
  });

  test('a server of our own without AUTH is a relay: a warning, no login, and the envelope and test mail still judged', async () => {
    const server = await smtp({ noAuth: true });
    const run = await runAll(inputsFor(server.port, { 'test-recipient': 'ops@demo.example' }));
    expect(run.get('smtp.ehlo')).toMatchObject({ status: 'warn', cause: 'auth-not-advertised-relay' });
    expect(run.get('smtp.auth')).toMatchObject({ status: 'skip', cause: 'auth-relay-no-login' });
    expect(run.get('smtp.envelope')).toMatchObject({ status: 'pass' });
    expect(run.get('send.mail')).toMatchObject({ status: 'pass' });
    expect(server.logins).toEqual([]);
    const refusing = await smtp({ noAuth: true, rcptTo: { code: 554, message: '5.7.1 <ops@elsewhere.example>: Relay access denied' } });
    const denied = await runAll(inputsFor(refusing.port));
    expect(denied.get('smtp.envelope')).toMatchObject({ status: 'fail' });
  });

  test('STARTTLS not offered: refused before any credentials are sent', async () => {
    const server = await smtp({ noStartTls: true });
    const run = await runAll(inputsFor(server.port));
    expect(run.get('tls.version')).toMatchObject({ status: 'fail', cause: 'starttls-not-offered' });
    expect(run.get('smtp.auth').status).toBe('skip');
    expect(server.logins).toEqual([]);
    expectBounded(run);
  });

  test('allow-plaintext-auth turns it into a warning and logs in without TLS', async () => {
    const server = await smtp({ noStartTls: true });
    const run = await runAll(inputsFor(server.port, { 'allow-plaintext-auth': 'true' }));
    expect(run.get('tls.version')).toMatchObject({ status: 'warn', cause: 'tls-none-allowed' });
    expect(run.get('smtp.auth').status).toBe('pass');
    expect(server.logins).toEqual([{ user: USER, secure: false }]);
  });

  test('MAIL FROM refused with 553: the sender diagnosis, nothing sent', async () => {
    const server = await smtp({ mailFrom: { code: 553, message: 'Mail from must equal authorized user' } });
    const run = await runAll(inputsFor(server.port, { 'test-recipient': 'ops@demo.example' }));
    expect(run.get('smtp.envelope')).toMatchObject({ status: 'fail', cause: 'sender-must-equal-user', params: { code: 553 } });
    expect(run.get('send.mail').status).toBe('skip');
    expect(server.messages).toEqual([]);
    expectBounded(run);
  });

  test('RCPT TO refused with 550', async () => {
    const server = await smtp({ rcptTo: { code: 550, message: 'Mailbox unavailable' } });
    const run = await runAll(inputsFor(server.port, { 'test-recipient': 'nobody@demo.example' }));
    expect(run.get('smtp.envelope')).toMatchObject({
      status: 'fail',
      cause: 'recipient-rejected',
      params: { code: 550, to: 'nobody@demo.example' },
    });
    expectBounded(run);
  });

  test('DATA refused with 554 DT:SPM: the test mail fails with the spam diagnosis', async () => {
    const server = await smtp({ data: { code: 554, message: 'DT:SPM 163 smtp14, content rejected' } });
    const run = await runAll(inputsFor(server.port, { 'test-recipient': 'ops@demo.example' }));
    expect(run.get('smtp.envelope').status).toBe('pass');
    expect(run.get('send.mail')).toMatchObject({ status: 'fail', cause: 'message-spam', params: { code: 554 } });
    expectBounded(run, TIMEOUT_S * 2);
  });
});

describe('servers that misbehave', () => {
  test.each([
    ['never greets', misbehaviour.silent(), 'greeting-timeout'],
    ['closes after greeting', misbehaviour.greetThenClose(), 'smtp-closed'],
    ['421 at greeting', misbehaviour.greeting('421 4.7.0 Too many connections, try later'), 'greeting-421'],
    ['554 at greeting', misbehaviour.greeting('554 5.7.1 Your IP is on a blocklist'), 'greeting-rejected'],
    ['garbage banner', misbehaviour.garbage(), 'greeting-garbage'],
  ])('%s: smtp.greeting fails with %s, within the timeout', async (_, script, cause) => {
    const server = await raw(script);
    const run = await runAll(inputsFor(server.port));
    expect(run.get('smtp.greeting')).toMatchObject({ status: 'fail', cause });
    expect(run.get('smtp.auth').status).toBe('skip');
    expectBounded(run);
  });

  test('refused port: tcp fails, and the other submission ports are probed', async () => {
    const port = await closedPort();
    const run = await runAll(inputsFor(port));
    expect(run.get('tcp.connect')).toMatchObject({ status: 'fail', params: { port } });
    expect(run.get('tcp.connect').cause).toMatch(/^tcp-refused/);
    expect(run.get('tcp.connect').details).toHaveLength(4);
    expectBounded(run);
  });
});

describe('port and TLS mode mismatches, recognised on the wire', () => {
  test('implicit TLS against a STARTTLS port', async () => {
    const server = await smtp();
    const run = await runAll(inputsFor(server.port, { 'smtp-secure': 'true' }));
    expect(run.get('smtp.greeting')).toMatchObject({ status: 'fail', cause: 'tls-on-plaintext-port' });
    expect(server.logins).toEqual([]);
    expectBounded(run);
  });

  test('plaintext against an implicit-TLS port: found within the timeout, not after 30 s', async () => {
    const server = await smtp({ secure: true });
    const run = await runAll(inputsFor(server.port, { 'smtp-secure': 'false' }));
    expect(run.get('smtp.greeting')).toMatchObject({ status: 'fail', cause: 'plaintext-on-tls-port' });
    expect(server.logins).toEqual([]);
    expectBounded(run);
  });
});

describe('certificates', () => {
  const withCert = async (pem: Pem, extra: Inputs = {}) => {
    const server = await smtp({ key: pem.key, cert: pem.cert });
    return { server, run: await runAll(inputsFor(server.port, extra)) };
  };

  test('self-signed (untrusted) fails before AUTH', async () => {
    const { server, run } = await withCert(selfSigned());
    expect(run.get('tls.certificate')).toMatchObject({ status: 'fail', cause: 'tls-cert-untrusted' });
    expect(run.get('smtp.auth').status).toBe('skip');
    expect(server.logins).toEqual([]);
  });

  test('tls-reject-unauthorized=false makes an untrusted certificate a warning and logs in', async () => {
    const { run } = await withCert(selfSigned(), { 'tls-reject-unauthorized': 'false' });
    expect(run.get('tls.certificate')).toMatchObject({ status: 'warn', cause: 'tls-cert-untrusted' });
    expect(run.get('smtp.auth').status).toBe('pass');
  });

  test('expired fails with the date', async () => {
    const { run } = await withCert(ca.issue({ notBefore: days(-30), notAfter: days(-2) }));
    const result = run.get('tls.certificate');
    expect(result).toMatchObject({ status: 'fail', cause: 'tls-cert-expired' });
    expect(result.params.date).toBe(days(-2).toISOString().slice(0, 10));
  });

  test('for another host fails', async () => {
    const { run } = await withCert(ca.issue({ names: ['mail.other.example'] }));
    expect(run.get('tls.certificate')).toMatchObject({ status: 'fail', cause: 'tls-cert-wrong-host', params: { host: 'localhost' } });
  });

  test('expiring within 14 days warns with the date', async () => {
    const { run } = await withCert(ca.issue({ notAfter: days(5) }));
    expect(run.get('tls.certificate')).toMatchObject({ status: 'warn', cause: 'tls-cert-expiring', params: { days: 4 } });
    expect(run.get('smtp.auth').status).toBe('pass');
  });
});

describe('one connection, one login, no waiting', () => {
  test('a full run with a test mail opens one connection and logs in once', async () => {
    const server = await smtp();
    const run = await runAll(inputsFor(server.port, { 'test-recipient': 'ops@demo.example' }));
    expect(run.get('send.mail').status).toBe('pass');
    expect(server.connections()).toBe(1);
    expect(server.logins).toHaveLength(1);
    expect(server.events).toEqual([
      'AUTH',
      `MAIL FROM:${USER}`,
      'RCPT TO:ops@demo.example',
      `MAIL FROM:${USER}`,
      'RCPT TO:ops@demo.example',
      'DATA',
    ]);
  });

  test('the envelope probe writes MAIL FROM, RCPT TO and RSET at once when the server pipelines', async () => {
    const writes: string[] = [];
    const server = await raw((socket) => {
      dialog([
        [/^EHLO/i, '250-pipelining.test\r\n250-PIPELINING\r\n250 AUTH PLAIN'],
        [/^AUTH PLAIN/i, '235 2.7.0 ok'],
      ])(socket);
      socket.on('data', (chunk: Buffer) => writes.push(chunk.toString()));
    });
    const run = await runAll({ ...inputsFor(server.port), 'allow-plaintext-auth': 'true', 'tls-ca': '' });
    expect(run.get('smtp.envelope')).toMatchObject({ status: 'pass' });
    expect(writes).toContain(`MAIL FROM:<${USER}>\r\nRCPT TO:<${USER}>\r\nRSET\r\n`);
  });

  test('a server that answers AUTH with endless 535- lines is cut at the line cap: its own finding, within the timeout', async () => {
    let sent = { written: () => 0 };
    const server = await raw((socket) => {
      dialog([[/^EHLO/i, '250-flood.test\r\n250 AUTH PLAIN']])(socket);
      socket.on('data', (chunk: Buffer) => {
        if (/^AUTH/i.test(chunk.toString())) sent = flood(socket, Buffer.from('535-5.7.8 no\r\n'.repeat(4096)), 500 * 1024 * 1024);
      });
    });
    const run = await runAll({ ...inputsFor(server.port), 'allow-plaintext-auth': 'true', 'tls-ca': '' });
    expect(run.get('smtp.auth')).toMatchObject({ status: 'fail', cause: 'smtp-reply-too-long', params: { lines: 100 } });
    expectBounded(run);
    // The connection ended at the cap: the server could not push its half-gigabyte through.
    expect(sent.written()).toBeLessThan(100 * 1024 * 1024);
  });

  test('a greeting of endless 220- lines is cut at the line cap', async () => {
    const server = await raw((socket) => {
      const timer = setInterval(() => socket.write('220-still greeting\r\n'.repeat(50)), 5);
      socket.on('close', () => clearInterval(timer));
    });
    const run = await runAll(inputsFor(server.port));
    expect(run.get('smtp.greeting')).toMatchObject({ status: 'fail', cause: 'smtp-reply-too-long', params: { stage: 'greeting' } });
    expectBounded(run);
  });
});
