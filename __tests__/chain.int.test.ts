// Several mail servers in one run: real SMTP servers on 127.0.0.1, the engine in-process. A primary that refuses
// the login behind a working backup is degraded (a warning), all broken is a failure, `require: all` fails a
// degraded chain, each target runs its own connection side by side, and no secret of the list reaches the report.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { evaluate, secretsOf } from '../src/evaluate.js';
import { toJson } from '../src/report/encode.js';
import { viewOf, type Report } from '../src/report/model.js';
import { composeSummary } from '../src/report/summary.js';
import { renderTerminal } from '../src/report/terminal.js';
import { readRawInputs } from '../src/settings/read.js';
import { TargetsError } from '../src/settings/targets.js';
import type { InputName } from '../src/settings/inputs.js';
import { createRedactor } from '../src/secrets.js';
import { createCertificateAuthority } from '../test-support/certs.js';
import { startDelayProxy, type DelayProxy } from '../test-support/latency.js';
import { closedPort, startSmtpServer, type RunningServer, type RunningSmtpServer } from '../test-support/servers.js';
import { actionRuntimeFor } from './helpers/settings.js';
import { writeTemp } from './helpers/network.js';
import { leakedForms } from './helpers/run-dist.js';

const PRIMARY_USER = 'primary@demo.example';
const PRIMARY_PW = 'Primary-Canary-7Qw9';
const BACKUP_USER = 'backup@demo.example';
const BACKUP_PW = 'Backup-Canary-3Zx8';
const THIRD_PW = 'Third-Canary-5Rt2';
let caFile: string;
let pem: { key: string; cert: string };
const servers: (RunningServer | DelayProxy)[] = [];

beforeAll(() => {
  const ca = createCertificateAuthority();
  caFile = writeTemp('ca.pem', ca.cert);
  pem = ca.issue({ names: ['localhost', '127.0.0.1'] });
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function smtp(users: Record<string, string>): Promise<RunningSmtpServer> {
  const s = await startSmtpServer({ key: pem.key, cert: pem.cert, users });
  servers.push(s);
  return s;
}

const target = (name: string, port: number, user: string, password: string, host = 'localhost') =>
  [`- name: ${name}`, `  smtp-host: ${host}`, `  smtp-port: ${port}`, `  email-user: ${user}`, `  email-password: "${password}"`].join(
    '\n',
  );

async function run(targets: string, more: Partial<Record<InputName, string>> = {}): Promise<{ report: Report; text: string }> {
  const inputs: Partial<Record<InputName, string>> = { checks: 'env,dns,tcp,tls,smtp', 'tls-ca': caFile, timeout: '3', targets, ...more };
  const raw = readRawInputs((name) => inputs[name], {});
  const redactor = createRedactor(secretsOf(raw));
  const { report } = await evaluate(raw, actionRuntimeFor(), { redactor });
  const view = viewOf(report, redactor);
  // Every channel a person reads, to look for secrets in.
  const text = [toJson(report), composeSummary(view), renderTerminal(view, { color: false, verbose: true })].join('\n');
  return { report, text };
}

const expectNoSecret = (text: string): void => {
  for (const [pw, user] of [
    [PRIMARY_PW, PRIMARY_USER],
    [BACKUP_PW, BACKUP_USER],
    [THIRD_PW, BACKUP_USER],
  ] as const)
    for (const form of leakedForms(pw, user)) expect(text).not.toContain(form);
};

test('a primary that refuses the login behind a working backup: degraded, a warning that names both and the 535', async () => {
  const primary = await smtp({ [PRIMARY_USER]: 'not-the-one-given' });
  const backup = await smtp({ [BACKUP_USER]: BACKUP_PW });
  const { report, text } = await run(
    [target('qq-main', primary.port, PRIMARY_USER, PRIMARY_PW), target('aliyun-dm', backup.port, BACKUP_USER, BACKUP_PW)].join('\n'),
  );
  expect(report.status).toBe('warn');
  expect(report.chain).toMatchObject({
    status: 'degraded',
    carrier: 'aliyun-dm',
    targets: [
      { name: 'qq-main', role: 'primary', status: 'fail', first: { id: 'smtp.auth', cause: 'auth-failed', category: 'auth-failed' } },
      { name: 'aliyun-dm', role: 'backup', status: 'pass' },
    ],
  });
  // Each target on its own connection, with its own login.
  expect(primary.logins.map((l) => l.user)).toEqual([PRIMARY_USER]);
  expect(backup.logins.map((l) => l.user)).toEqual([BACKUP_USER]);
  expect(report.results.filter((r) => r.id === 'smtp.auth').map((r) => [r.target, r.status])).toEqual([
    ['qq-main', 'fail'],
    ['aliyun-dm', 'pass'],
  ]);
  // The headline, before any table, names the broken primary with the server's 535 and the backup that carries the mail.
  const summary = text.split('\n').slice(0, 3).join('\n');
  expect(summary).toMatch(/Degraded: the primary qq-main fails \(Login \(AUTH\): .*535.*\); mail goes through the backup aliyun-dm\./);
  expectNoSecret(text);
});

test('three targets: one refusing the login, one refusing the port, one passing; the order decides who carries the mail', async () => {
  const refusing = await smtp({ [PRIMARY_USER]: 'other' });
  const passing = await smtp({ [BACKUP_USER]: THIRD_PW });
  const closed = await closedPort();
  const { report, text } = await run(
    [
      target('primary', refusing.port, PRIMARY_USER, PRIMARY_PW),
      target('backup-1', closed, BACKUP_USER, BACKUP_PW, '127.0.0.1'),
      target('backup-2', passing.port, BACKUP_USER, THIRD_PW),
    ].join('\n'),
  );
  expect(report.status).toBe('warn');
  expect(report.chain?.carrier).toBe('backup-2');
  expect(report.chain?.targets.map((t) => [t.name, t.status, t.first?.category])).toEqual([
    ['primary', 'fail', 'auth-failed'],
    ['backup-1', 'fail', 'connection-refused'],
    ['backup-2', 'pass', undefined],
  ]);
  expectNoSecret(text);
});

test('nothing works: fail; `require: all` fails a degraded chain', async () => {
  const a = await smtp({ [PRIMARY_USER]: 'x-other' });
  const b = await smtp({ [BACKUP_USER]: 'y-other' });
  const both = await run([target('a', a.port, PRIMARY_USER, PRIMARY_PW), target('b', b.port, BACKUP_USER, BACKUP_PW)].join('\n'));
  expect(both.report.status).toBe('fail');
  expect(both.report.chain?.status).toBe('fail');
  expect(both.text).toContain('No mail server works: a, b.');

  const good = await smtp({ [BACKUP_USER]: BACKUP_PW });
  const strict = await run([target('a', a.port, PRIMARY_USER, PRIMARY_PW), target('b', good.port, BACKUP_USER, BACKUP_PW)].join('\n'), {
    require: 'all',
  });
  expect(strict.report.chain?.status).toBe('degraded');
  expect(strict.report.status).toBe('fail');
});

test('in Chinese, the chain headline and lines are Chinese', async () => {
  const primary = await smtp({ [PRIMARY_USER]: 'nope-nope' });
  const backup = await smtp({ [BACKUP_USER]: BACKUP_PW });
  const { text } = await run(
    [target('qq', primary.port, PRIMARY_USER, PRIMARY_PW), target('dm', backup.port, BACKUP_USER, BACKUP_PW)].join('\n'),
    {
      language: 'zh',
    },
  );
  expect(text).toContain('降级运行：主服务商 qq 失败');
  expect(text).toContain('邮件改由备用服务商 dm 发送');
});

test('two targets over a slow link take about as long as one: they run side by side', async () => {
  const a = await smtp({ [PRIMARY_USER]: PRIMARY_PW });
  const b = await smtp({ [BACKUP_USER]: BACKUP_PW });
  const slowA = await startDelayProxy(a.port, 60);
  const slowB = await startDelayProxy(b.port, 60);
  servers.push(slowA, slowB);
  const time = async (targets: string): Promise<number> => {
    const started = performance.now();
    const { report } = await run(targets);
    expect(report.status).not.toBe('fail');
    return performance.now() - started;
  };
  const one = await time(target('a', slowA.port, PRIMARY_USER, PRIMARY_PW, '127.0.0.1'));
  const two = await time(
    [target('a', slowA.port, PRIMARY_USER, PRIMARY_PW, '127.0.0.1'), target('b', slowB.port, BACKUP_USER, BACKUP_PW, '127.0.0.1')].join(
      '\n',
    ),
  );
  // Serial would be about twice one run; side by side is one run plus scheduling.
  expect(two).toBeLessThan(one * 1.5);
});

test.each([
  ['not YAML', '- name: a\n  smtp-host: [unclosed', /not YAML or JSON \(line 2/],
  ['a mapping, not a list', 'smtp-host: a', /must be a list of mappings/],
  ['an unknown input', '- name: a\n  smtp-host: h\n  timeout: 3', /sets `timeout`, which is not an input a target can set/],
  ['a pasted value as a key', '- name: a\n  smtp-host: h\n  Sup3r-Secret-Value: 1', /sets a key that is not an input a target can set/],
  ['two of one name', '- name: a\n  smtp-host: h\n- name: a\n  smtp-host: i', /Two items of `targets` are named `a`/],
  ['no server', '- name: a\n  email-user: u@x.example', /names no mail server/],
])('a list the run cannot use (%s) is refused in words that quote no value', async (_label, targets, words) => {
  const error = await run(targets).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TargetsError);
  expect((error as Error).message).toMatch(words);
  expect((error as Error).message).not.toContain('Sup3r');
  expect((error as Error).message).not.toContain('unclosed');
});

test('DirectMail on a blocked port: the probe also tries its port 80 (cloud hosts block 25), and the list names it', async () => {
  const closed = await closedPort();
  const targets = [
    '- name: dm',
    '  email-provider: aliyun-directmail',
    '  smtp-host: 127.0.0.1',
    `  smtp-port: ${closed}`,
    '  smtp-secure: "false"',
    `  email-user: ${BACKUP_USER}`,
    `  email-password: "${BACKUP_PW}"`,
  ].join('\n');
  const { report } = await run(targets, { checks: 'env,dns,tcp' });
  const tcp = report.results.find((r) => r.id === 'tcp.connect');
  expect(tcp?.status).toBe('fail');
  expect(tcp?.details).toEqual(expect.arrayContaining([expect.stringMatching(/^port 80: /), expect.stringMatching(/^port 465: /)]));
  expect(report.results.find((r) => r.id === 'env.provider')).toMatchObject({
    cause: 'provider-known',
    params: { provider: 'aliyun-directmail' },
  });
});
