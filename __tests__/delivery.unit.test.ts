// The delivery check's pure parts: the mailbox settings, the receiver's Authentication-Results, IMAP failures.
import { expect, test } from '@jest/globals';
import { classifyImapError } from '../src/imap/connect.js';
import { headersOf, receiverJudgements } from '../src/mail/authentication.js';
import { secretsOf } from '../src/evaluate.js';
import { readRawInputs } from '../src/settings/read.js';
import { settingsFrom } from './helpers/settings.js';
import { checkContext, given, outcomesOf } from './helpers/check-context.js';

test('the mailbox defaults to the IMAP host of its own provider, port 993 with implicit TLS, login = test recipient', () => {
  const s = settingsFrom({
    'email-user': 'app@company.example',
    'smtp-host': 'smtp.company.example',
    'test-recipient': 'Tester <me@qq.com>',
  });
  expect(s.imap).toMatchObject({
    host: 'imap.qq.com',
    port: 993,
    secure: true,
    user: 'me@qq.com',
    deliveryTimeoutMs: 60_000,
    cleanup: true,
  });
  expect(settingsFrom({ 'test-recipient': 'x@gmail.com' }).imap.host).toBe('imap.gmail.com');
  expect(settingsFrom({ 'test-recipient': 'x@126.com' }).imap.host).toBe('imap.126.com');
});

test("a company mailbox at the sender's own domain takes the sender's provider; an unknown one has no host", () => {
  expect(settingsFrom({ 'email-provider': 'exmail', 'email-user': 'a@corp.example', 'test-recipient': 'b@corp.example' }).imap.host).toBe(
    'imap.exmail.qq.com',
  );
  expect(settingsFrom({ 'email-provider': 'exmail', 'email-user': 'a@corp.example', 'test-recipient': 'b@other.example' }).imap.host).toBe(
    '',
  );
  expect(settingsFrom({ 'imap-host': 'imap.other.example', 'test-recipient': 'b@other.example' }).imap.host).toBe('imap.other.example');
});

test('imap-secure: false is STARTTLS on 143; auto is implicit TLS only on 993; bad values are problems', () => {
  expect(settingsFrom({ 'imap-secure': 'false' }).imap).toMatchObject({ port: 143, secure: false });
  expect(settingsFrom({ 'imap-port': '143' }).imap).toMatchObject({ port: 143, secure: false });
  expect(settingsFrom({ 'imap-port': '10993', 'imap-secure': 'true' }).imap).toMatchObject({ port: 10993, secure: true });
  const bad = settingsFrom({ 'imap-secure': 'ssl', 'delivery-timeout': '0', 'imap-host': 'imaps://imap.qq.com' });
  expect(bad.problems.map((p) => `${p.input}:${p.cause}`)).toEqual([
    'imap-secure:input-not-enum',
    'imap-host:input-host-has-scheme',
    'delivery-timeout:input-not-number',
  ]);
  expect(settingsFrom({ 'delivery-timeout': '5', 'delivery-cleanup': 'false' }).imap).toMatchObject({
    deliveryTimeoutMs: 5000,
    cleanup: false,
  });
});

test('IMAP_PASSWORD is a secret in every form, AUTH PLAIN with the mailbox login included', () => {
  const raw = readRawInputs(() => undefined, { IMAP_PASSWORD: 'mailbox-code-xyz', IMAP_USER: 'me@qq.com' });
  const secrets = secretsOf(raw);
  expect(secrets).toContain('mailbox-code-xyz');
  expect(secrets).toContain(Buffer.from('\u0000me@qq.com\u0000mailbox-code-xyz').toString('base64'));
});

const message = (headers: string): string =>
  `${headers}\r\nFrom: a@demo.example\r\nSubject: x\r\n\r\nbody: Authentication-Results: fake; spf=pass\r\n`;

test("the receiver's verdict is its topmost Authentication-Results, comments removed, the best DKIM result kept", () => {
  const raw = message(
    [
      'Authentication-Results: mx.google.com;',
      '       dkim=fail (bad signature) header.i=@old.example header.s=s1;',
      '       dkim=pass header.i=@demo.example header.s=s2 header.b=abc;',
      '       spf=softfail (google.com: domain of transitioning app@demo.example does not designate 192.0.2.1 as permitted sender) smtp.mailfrom=app@demo.example;',
      '       dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=demo.example',
      'Authentication-Results: forged.example; spf=pass smtp.mailfrom=app@demo.example',
    ].join('\r\n'),
  );
  expect(receiverJudgements(raw)).toEqual({
    authservId: 'mx.google.com',
    judgements: {
      dkim: { result: 'pass', domain: 'demo.example' },
      spf: { result: 'softfail', domain: 'demo.example' },
      dmarc: { result: 'fail', domain: 'demo.example' },
    },
  });
});

test('no Authentication-Results header, or one in the body only: no receiver verdict', () => {
  expect(receiverJudgements(message('Received: from x by y'))).toBeUndefined();
  expect(headersOf('A: 1\r\n folded\r\nB: 2\r\n\r\nC: 3').map((h) => [h.name, h.value])).toEqual([
    ['a', '1 folded'],
    ['b', '2'],
  ]);
});

test('IMAP failures are classified where they happen', () => {
  const cases: [unknown, string][] = [
    [
      Object.assign(new Error('Command failed'), { authenticationFailed: true, responseText: 'Authentication failed.' }),
      'imap-auth-failed',
    ],
    [
      Object.assign(new Error('Command failed'), { responseText: 'Unsafe Login. Please contact kefu@188.com for help' }),
      'imap-unsafe-login',
    ],
    [Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }), 'imap-cert-untrusted'],
    [
      Object.assign(new Error("Hostname/IP does not match certificate's altnames"), { code: 'ERR_TLS_CERT_ALTNAME_INVALID' }),
      'imap-cert-name',
    ],
    [
      Object.assign(new Error('Failed to receive greeting from server in required time. Maybe should use TLS?'), {
        code: 'GREETING_TIMEOUT',
      }),
      'imap-tls-mismatch',
    ],
    [Object.assign(new Error('wrong version number'), { code: 'ERR_SSL_WRONG_VERSION_NUMBER' }), 'imap-tls-mismatch'],
    [Object.assign(new Error('Server does not support STARTTLS'), { tlsFailed: true }), 'imap-no-starttls'],
    [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:993'), { code: 'ECONNREFUSED' }), 'imap-refused'],
    [Object.assign(new Error('getaddrinfo ENOTFOUND imap.nowhere.example'), { code: 'ENOTFOUND' }), 'imap-dns'],
    [Object.assign(new Error('Failed to establish connection in required time'), { code: 'CONNECT_TIMEOUT' }), 'imap-timeout'],
    [Object.assign(new Error('Connection not available'), { code: 'NoConnection' }), 'imap-closed'],
    [new Error('something else'), 'imap-error'],
  ];
  for (const [error, reason] of cases)
    expect([errorMessage(error), classifyImapError(error).reason]).toEqual([errorMessage(error), reason]);
});

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

test('a temperror in the verdict is said as a failed lookup, not as a failing record', async () => {
  const { deliveryAuthenticationCheck, deliveryInboxCheck } = await import('../src/checks/delivery.js');
  const raw = Buffer.from(
    'Authentication-Results: mx.example; spf=temperror smtp.mailfrom=a@demo.example; dkim=pass header.d=demo.example; dmarc=pass header.from=demo.example\r\nFrom: a@demo.example\r\n\r\nx\r\n',
  );
  const settings = settingsFrom({ 'dns-servers': '127.0.0.1:9', timeout: '1' });
  const outcomes = await outcomesOf(
    deliveryAuthenticationCheck,
    checkContext(settings, [given(deliveryInboxCheck, { folder: { path: 'INBOX', kind: 'inbox' }, seconds: 1, raw })]),
  );
  expect(outcomes.map((o) => [o.subject, o.status, o.cause])).toEqual([
    ['spf', 'warn', 'delivered-auth-temperror'],
    ['dkim', 'pass', 'delivered-dkim-pass'],
    ['dmarc', 'pass', 'delivered-dmarc-pass'],
  ]);
});

test('the mailbox settings are judged before any connection: an unknown host, a short password, 993 with STARTTLS', async () => {
  const { mailboxCheck } = await import('../src/checks/delivery.js');
  const judge = (inputs: Parameters<typeof settingsFrom>[0]) =>
    mailboxCheck.run(checkContext(settingsFrom({ 'test-recipient': 'box@corp.example', 'imap-password': 'long-enough-code', ...inputs })));
  expect(await judge({})).toMatchObject({ status: 'fail', cause: 'delivery-no-imap-host', params: { user: 'box@corp.example' } });
  expect(await judge({ 'imap-host': 'imap.corp.example', 'imap-password': 'abc' })).toMatchObject({
    status: 'fail',
    cause: 'imap-password-too-short',
  });
  expect(await judge({ 'imap-host': 'imap.corp.example', 'imap-port': '993', 'imap-secure': 'false' })).toMatchObject({
    status: 'fail',
    cause: 'imap-port-mode-mismatch',
    params: { port: 993, mode: 'STARTTLS' },
  });
});

test('the delivery group asked for without the test mail says what to add', async () => {
  const { deliveryInboxCheck } = await import('../src/checks/delivery.js');
  const outcome = await deliveryInboxCheck.run(
    checkContext(settingsFrom({ checks: 'delivery', 'test-recipient': 'me@163.com', 'imap-password': 'long-enough-code' })),
  );
  expect(outcome).toMatchObject({ status: 'fail', cause: 'delivery-needs-send', params: { checks: 'delivery' } });
});

test('delivery asked for by name without a mailbox password: one item names the input, nothing else of the group runs', async () => {
  const { ALL_CHECKS } = await import('../src/checks/index.js');
  const { runChecks } = await import('../src/engine.js');
  const results = await runChecks(ALL_CHECKS, settingsFrom({ checks: 'delivery', 'test-recipient': 'me@163.com' }));
  expect(results.filter((r) => r.group === 'delivery').map((r) => [r.id, r.status, r.cause, r.params.input])).toEqual([
    ['delivery.mailbox', 'fail', 'input-missing', 'imap-password'],
  ]);
});
