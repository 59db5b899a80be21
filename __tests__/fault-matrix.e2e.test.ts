// The fault matrix: thirty ways the path to a working mailer breaks, each through the built action
// with a canary password. Each asserts the cause, the severity, a fix to show, a bounded time,
// no stack trace, and that the canary appears in no output channel in any encoding.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Report } from '../src/report/model.js';
import { createCertificateAuthority, days, selfSigned, type CertificateAuthority, type Pem } from '../test-support/certs.js';
import { startDnsServer, type RunningDns } from '../test-support/dns.js';
import { hang, reply, startHttpServer } from '../test-support/http.js';
import {
  closedPort,
  dialog,
  misbehaviour,
  slowDrip,
  startBlackhole,
  startRawServer,
  startSmtpServer,
  type SmtpServerOptions,
} from '../test-support/servers.js';
import { writeTemp } from './helpers/network.js';
import { leakedForms, runAction } from './helpers/run-dist.js';

const USER = 'app@demo.example';
const CANARY = 'Zx9-Canary-Secret-44q';
const SMTP_PATH = 'env,dns,tcp,tls,smtp';

let ca: CertificateAuthority;
let caFile: string;
let good: Pem;
let dns: RunningDns;
const closers: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  ca = createCertificateAuthority();
  caFile = writeTemp('ca.pem', ca.cert);
  good = ca.issue({ names: ['localhost', '127.0.0.1'] });
  dns = await startDnsServer({ 'broken.test': { rcode: 2 }, 'slow.test': { silent: true } });
  closers.push(dns);
});
afterAll(async () => {
  await Promise.all(closers.map((c) => c.close()));
});

type Inputs = Record<string, string>;
const smtpInputs = (port: number, extra: Inputs = {}): Inputs => ({
  'smtp-host': 'localhost',
  'smtp-port': String(port),
  'email-user': USER,
  'email-password': CANARY,
  'tls-ca': caFile,
  timeout: '2',
  checks: SMTP_PATH,
  ...extra,
});
async function smtp(options: SmtpServerOptions, extra: Inputs = {}): Promise<Inputs> {
  const server = await startSmtpServer({ key: good.key, cert: good.cert, users: { [USER]: CANARY }, ...options });
  closers.push(server);
  return smtpInputs(server.port, extra);
}
async function raw(script: Parameters<typeof startRawServer>[0], extra: Inputs = {}): Promise<Inputs> {
  const server = await startRawServer(script);
  closers.push(server);
  return smtpInputs(server.port, extra);
}
async function http(script: Parameters<typeof startHttpServer>[0]): Promise<Inputs> {
  const server = await startHttpServer(script);
  closers.push(server);
  return { 'health-url': `${server.url}/api/email/health`, 'email-password': CANARY, timeout: '2', checks: 'health' };
}
const EHLO_PLAIN_AUTH = '250-scripted\r\n250 AUTH PLAIN LOGIN';

interface Scenario {
  name: string;
  setup(): Promise<Inputs>;
  id: string;
  cause: string | RegExp;
  status: 'fail' | 'warn';
  /** Upper bound on the whole process, in ms. */
  maxMs?: number;
}

const SCENARIOS: Scenario[] = [
  // TCP and greeting
  { name: 'refused port', setup: async () => smtpInputs(await closedPort()), id: 'tcp.connect', cause: /^tcp-refused/, status: 'fail' },
  {
    name: 'dropped packets (no answer)',
    setup: async () => {
      const hole = await startBlackhole();
      closers.push(hole);
      return smtpInputs(hole.port);
    },
    id: 'tcp.connect',
    cause: /^tcp-timeout/,
    status: 'fail',
    // The configured port waits out `timeout`, then the other ports are probed (refused at once here).
    maxMs: 5500,
  },
  { name: 'silent server', setup: () => raw(misbehaviour.silent()), id: 'smtp.greeting', cause: 'greeting-timeout', status: 'fail' },
  { name: 'slow drip greeting', setup: () => raw(slowDrip(300)), id: 'smtp.greeting', cause: 'greeting-timeout', status: 'fail' },
  { name: 'garbage banner', setup: () => raw(misbehaviour.garbage()), id: 'smtp.greeting', cause: 'greeting-garbage', status: 'fail' },
  {
    name: '421 at greeting',
    setup: () => raw(misbehaviour.greeting('421 4.7.0 Too many connections')),
    id: 'smtp.greeting',
    cause: 'greeting-421',
    status: 'fail',
  },
  {
    name: '554 at greeting',
    setup: () => raw(misbehaviour.greeting('554 5.7.1 Client host blocked')),
    id: 'smtp.greeting',
    cause: 'greeting-rejected',
    status: 'fail',
  },
  {
    name: 'closes after greeting',
    setup: () => raw(misbehaviour.greetThenClose()),
    id: 'smtp.greeting',
    cause: 'smtp-closed',
    status: 'fail',
  },
  // TLS
  {
    name: 'TLS handshake failure',
    setup: () => raw((socket) => socket.once('data', () => socket.destroy()), { 'smtp-secure': 'true' }),
    id: 'smtp.greeting',
    cause: 'tls-handshake-failed',
    status: 'fail',
  },
  {
    name: 'expired certificate',
    setup: () => smtp({ ...ca.issue({ notBefore: days(-20), notAfter: days(-1) }) }),
    id: 'tls.certificate',
    cause: 'tls-cert-expired',
    status: 'fail',
  },
  {
    name: 'self-signed certificate',
    setup: () => smtp({ ...selfSigned() }),
    id: 'tls.certificate',
    cause: 'tls-cert-untrusted',
    status: 'fail',
  },
  {
    name: 'certificate for another host',
    setup: () => smtp({ ...ca.issue({ names: ['mail.other.example'] }) }),
    id: 'tls.certificate',
    cause: 'tls-cert-wrong-host',
    status: 'fail',
  },
  { name: 'STARTTLS missing', setup: () => smtp({ noStartTls: true }), id: 'tls.version', cause: 'starttls-not-offered', status: 'fail' },
  {
    name: 'STARTTLS refused (454)',
    setup: () =>
      raw(
        dialog([
          [/^EHLO/i, '250-scripted\r\n250-STARTTLS\r\n250 AUTH PLAIN'],
          [/^STARTTLS/i, '454 4.7.0 TLS not available due to temporary reason'],
        ]),
      ),
    id: 'smtp.greeting',
    cause: 'starttls-refused',
    status: 'fail',
  },
  {
    name: 'implicit TLS on a STARTTLS port',
    setup: () => smtp({}, { 'smtp-secure': 'true' }),
    id: 'smtp.greeting',
    cause: 'tls-on-plaintext-port',
    status: 'fail',
  },
  {
    name: 'plaintext on an implicit-TLS port',
    setup: () => smtp({ secure: true }, { 'smtp-secure': 'false' }),
    id: 'smtp.greeting',
    cause: 'plaintext-on-tls-port',
    status: 'fail',
  },
  // AUTH
  {
    name: "AUTH not advertised by a provider's server",
    setup: () => smtp({ noAuth: true }, { 'email-provider': 'exmail', 'email-user': 'app@corp.example' }),
    id: 'smtp.ehlo',
    cause: 'auth-not-advertised',
    status: 'fail',
  },
  {
    name: '535 bad credentials',
    setup: () => smtp({ users: { [USER]: 'something-else' } }),
    id: 'smtp.auth',
    cause: 'auth-failed',
    status: 'fail',
  },
  {
    name: '534 application-specific password',
    setup: () => smtp({ users: {}, authFailure: { code: 534, message: '5.7.9 Application-specific password required' } }),
    id: 'smtp.auth',
    cause: 'auth-gmail-app-password-required',
    status: 'fail',
  },
  {
    name: 'reset during AUTH',
    setup: () =>
      raw(
        dialog([
          [/^EHLO/i, EHLO_PLAIN_AUTH],
          [/^AUTH/i, 'close'],
        ]),
        { 'allow-plaintext-auth': 'true' },
      ),
    id: 'smtp.auth',
    cause: 'smtp-connection-closed',
    status: 'fail',
  },
  // Envelope and message
  {
    name: '550 at MAIL FROM',
    setup: () => smtp({ mailFrom: { code: 550, message: '5.7.1 Sender rejected' } }),
    id: 'smtp.envelope',
    cause: 'sender-rejected',
    status: 'fail',
  },
  {
    name: '553 at MAIL FROM',
    setup: () => smtp({ mailFrom: { code: 553, message: 'Mail from must equal authorized user' } }),
    id: 'smtp.envelope',
    cause: 'sender-must-equal-user',
    status: 'fail',
  },
  {
    name: '550 at RCPT TO',
    setup: () => smtp({ rcptTo: { code: 550, message: '5.1.1 No such user' } }),
    id: 'smtp.envelope',
    cause: 'recipient-rejected',
    status: 'fail',
  },
  {
    name: '554 at DATA',
    setup: () =>
      smtp(
        { data: { code: 554, message: '5.6.0 Message content rejected' } },
        { 'test-recipient': 'ops@demo.example', checks: `${SMTP_PATH},send` },
      ),
    id: 'send.mail',
    cause: 'message-rejected',
    status: 'fail',
    maxMs: 7000,
  },
  // DNS
  {
    name: 'NXDOMAIN',
    setup: () => Promise.resolve({ ...smtpInputs(25), 'smtp-host': 'missing.test', 'dns-servers': dns.server }),
    id: 'dns.resolve',
    cause: 'dns-nxdomain',
    status: 'fail',
  },
  {
    name: 'SERVFAIL',
    setup: () => Promise.resolve({ ...smtpInputs(25), 'smtp-host': 'broken.test', 'dns-servers': dns.server }),
    id: 'dns.resolve',
    cause: 'dns-servfail',
    status: 'fail',
  },
  {
    name: 'DNS timeout',
    setup: () => Promise.resolve({ ...smtpInputs(25), 'smtp-host': 'slow.test', 'dns-servers': dns.server }),
    id: 'dns.resolve',
    cause: 'dns-timeout',
    status: 'fail',
  },
  // HTTP
  { name: 'health 5xx', setup: () => http(reply(502, 'Bad Gateway')), id: 'health.endpoint', cause: 'health-status', status: 'fail' },
  { name: 'health hang', setup: () => http(hang()), id: 'health.endpoint', cause: 'health-timeout', status: 'fail' },
  {
    name: 'health redirect to login',
    setup: () =>
      http((req, res) => (req.url === '/login' ? res.writeHead(200).end('login') : res.writeHead(302, { location: '/login' }).end())),
    id: 'health.endpoint',
    cause: 'health-redirect',
    status: 'fail',
  },
  {
    name: 'health refused',
    setup: async () => ({
      'health-url': `http://127.0.0.1:${await closedPort()}/health`,
      'email-password': CANARY,
      timeout: '2',
      checks: 'health',
    }),
    id: 'health.endpoint',
    cause: 'health-refused',
    status: 'fail',
  },
];

describe('fault matrix', () => {
  test.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', async (_, scenario) => {
    const run = await runAction(await scenario.setup());
    const report = JSON.parse(run.outputs.report ?? '{}') as Report;
    const result = report.results.find((r) => r.id === scenario.id);
    expect(result).toBeDefined();
    expect(result!.cause).toMatch(scenario.cause instanceof RegExp ? scenario.cause : new RegExp(`^${scenario.cause}$`));
    expect(result!.status).toBe(scenario.status);
    // The remediation: every failure comes with its fix, in the report and the summary.
    expect(result!.fix?.length).toBeGreaterThan(10);
    // Verdict first: the fix is in the summary before any table.
    expect(run.summary.indexOf('Fix first')).toBeGreaterThan(-1);
    expect(run.summary.indexOf('Fix first')).toBeLessThan(run.summary.indexOf('<table>'));
    expect(run.code).toBe(1);
    expect(run.elapsedMs).toBeLessThan(scenario.maxMs ?? 4500);
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    const channels = { stdout: run.visibleStdout, stderr: run.stderr, summary: run.summary, outputs: JSON.stringify(run.outputs) };
    for (const [channel, text] of Object.entries(channels)) {
      for (const form of leakedForms(CANARY, USER)) expect(`${channel}: ${text}`).not.toContain(form);
    }
  });
});
