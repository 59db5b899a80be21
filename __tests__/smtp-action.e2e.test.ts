// The built action against real SMTP servers on 127.0.0.1, run exactly as the runner runs it.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { Report } from '../src/report/model.js';
import { createCertificateAuthority } from '../test-support/certs.js';
import { misbehaviour, startRawServer, startSmtpServer, type RunningServer } from '../test-support/servers.js';
import { writeTemp } from './helpers/network.js';
import { leakedForms, runAction, runCliProcess } from './helpers/run-dist.js';

const USER = 'app@demo.example';
const CANARY = 'Canary7Pw-Zz9qRt4';
let caFile: string;
let pem: { key: string; cert: string };
const servers: RunningServer[] = [];

beforeAll(() => {
  const ca = createCertificateAuthority();
  caFile = writeTemp('ca.pem', ca.cert);
  pem = ca.issue({ names: ['localhost', '127.0.0.1'] });
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function server(options: Parameters<typeof startSmtpServer>[0] = {}) {
  const s = await startSmtpServer({ key: pem.key, cert: pem.cert, users: { [USER]: CANARY }, ...options });
  servers.push(s);
  return s;
}
/** The SMTP path only: deliverability would ask the machine's resolver about demo.example (off-host traffic). */
const SMTP_PATH = 'env,dns,tcp,tls,smtp';
const inputs = (port: number, extra: Record<string, string> = {}) => ({
  checks: extra['test-recipient'] ? `${SMTP_PATH},send` : SMTP_PATH,
  'smtp-host': 'localhost',
  'smtp-port': String(port),
  'email-user': USER,
  'email-password': CANARY,
  'tls-ca': caFile,
  timeout: '3',
  ...extra,
});
const reportOf = (outputs: Record<string, string>) => JSON.parse(outputs.report ?? '{}') as Report;
const resultOf = (report: Report, id: string) => report.results.find((r) => r.id === id);

function expectNoLeak(channels: Record<string, string>): void {
  for (const [channel, text] of Object.entries(channels)) {
    for (const form of leakedForms(CANARY, USER)) expect(`${channel}: ${text}`).not.toContain(form);
  }
}

test('a good STARTTLS configuration passes and the test mail arrives', async () => {
  const smtp = await server();
  const run = await runAction(inputs(smtp.port, { 'test-recipient': 'ops@demo.example' }), {
    GITHUB_REPOSITORY: 'owner/app',
    GITHUB_RUN_ID: '42',
  });
  expect(run.code).toBe(0);
  expect(run.outputs.status).toBe('pass');
  expect(run.outputs['message-id']).toMatch(/^<edc\.[0-9a-f-]+@demo\.example>$/);
  expect(smtp.messages).toHaveLength(1);
  expect(smtp.messages[0]!.raw).toContain(`Message-ID: ${run.outputs['message-id']}`);
  expect(smtp.messages[0]!.raw).toContain('owner/app run 42');
  expect(run.summary).toContain('Email is ready');
  expect(run.summary).toContain('AUTH PLAIN ****');
  expectNoLeak({ stdout: run.visibleStdout, stderr: run.stderr, summary: run.summary, outputs: JSON.stringify(run.outputs) });
});

test('a wrong password fails with the authentication diagnosis and its fix', async () => {
  const smtp = await server();
  const run = await runAction(inputs(smtp.port, { 'email-password': 'Wrong-Canary-Pw1' }));
  expect(run.code).toBe(1);
  expect(resultOf(reportOf(run.outputs), 'smtp.auth')).toMatchObject({ status: 'fail', cause: 'auth-failed' });
  expect(run.summary).toContain('The server rejected the login');
  expect(run.summary).toContain('authorization code or app password');
  expect(run.visibleStdout).toMatch(/^::error title=email-deploy-check%3A Login \(AUTH\)::/m);
});

test('a server that never greets ends within timeout plus two seconds, with a timeout diagnosis', async () => {
  const silent = await startRawServer(misbehaviour.silent());
  servers.push(silent);
  const run = await runAction(inputs(silent.port));
  expect(run.code).toBe(1);
  expect(run.elapsedMs).toBeLessThan(5000);
  expect(resultOf(reportOf(run.outputs), 'smtp.greeting')).toMatchObject({ status: 'fail', cause: 'greeting-timeout' });
});

test('a port/secure mismatch is reported with the right setting', async () => {
  const smtp = await server({ secure: true });
  const run = await runAction(inputs(smtp.port, { 'smtp-secure': 'false' }));
  const result = resultOf(reportOf(run.outputs), 'smtp.greeting');
  expect(result).toMatchObject({ status: 'fail', cause: 'plaintext-on-tls-port' });
  expect(result?.fix).toContain('smtp-secure: true');
  expect(run.elapsedMs).toBeLessThan(5000);
});

test('a server without TLS is refused before any credentials are sent', async () => {
  const smtp = await server({ noStartTls: true });
  const run = await runAction(inputs(smtp.port));
  expect(run.code).toBe(1);
  expect(resultOf(reportOf(run.outputs), 'tls.version')).toMatchObject({ status: 'fail', cause: 'starttls-not-offered' });
  expect(smtp.logins).toEqual([]);
});

test('the CLI with --verbose shows the masked transcript and never the password', async () => {
  const smtp = await server();
  const run = await runCliProcess(
    ['--tls-ca', caFile, '--verbose', '--timeout', '3', '--to', 'ops@demo.example', '--checks', `${SMTP_PATH},send`],
    {
      SMTP_HOST: 'localhost',
      SMTP_PORT: String(smtp.port),
      EMAIL_USER: USER,
      EMAIL_PASSWORD: CANARY,
      NODE_ENV: 'production',
    },
  );
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('C: AUTH PLAIN ****');
  expect(run.stdout).toContain('C: MAIL FROM:<app@demo.example>');
  expectNoLeak({ stdout: run.stdout, stderr: run.stderr });
  const json = await runCliProcess(['--tls-ca', caFile, '--json', '--timeout', '3', '--checks', SMTP_PATH], {
    SMTP_HOST: 'localhost',
    SMTP_PORT: String(smtp.port),
    EMAIL_USER: USER,
    EMAIL_PASSWORD: CANARY,
  });
  expectNoLeak({ json: json.stdout });
  // No NODE_ENV in this run: the one warning is env.node-env.
  const report = JSON.parse(json.stdout) as Report;
  expect(report.status).toBe('warn');
  expect(report.results.filter((r) => r.status === 'warn').map((r) => r.id)).toEqual(['env.node-env']);
});
