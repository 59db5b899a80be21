// The built CLI, run as a person runs it on a server.
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../src/report/model.js';
import { leakedForms, runCliProcess } from './helpers/run-dist.js';

const CANARY = 'Zq7Canary9secretXY';
const ENV = { EMAIL_PROVIDER: 'qq', EMAIL_USER: 'dev@qq.com', EMAIL_PASSWORD: 'abcdefghijklmnop', NODE_ENV: 'production' };

describe('the built CLI', () => {
  test('--help and --version exit 0', async () => {
    const help = await runCliProcess(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: email-deploy-check');
    expect((await runCliProcess(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  test('usage errors exit 2 without a stack trace', async () => {
    for (const args of [['--bogus'], ['stray'], ['--dotenv', '/nonexistent/.env'], ['--password', 'x']]) {
      const run = await runCliProcess(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^email-deploy-check: /);
      expect(run.stderr).not.toMatch(/^\s+at /m);
    }
    // Node itself scans argv for --env-file and rejects a missing path (exit 9) before our code runs.
    const nodeQuirk = await runCliProcess(['--env-file', '/nonexistent/.env']);
    expect(nodeQuirk.code).not.toBe(0);
    expect(nodeQuirk.stderr).toContain('/nonexistent/.env');
    expect(nodeQuirk.stderr).not.toMatch(/^\s+at /m);
  });

  test('a good environment passes with exit 0', async () => {
    const run = await runCliProcess(['--checks', 'env', '--no-color'], ENV);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Email is ready');
    expect(run.stdout).not.toContain('\u001b[');
  });

  test('reads ./.env by default and --env-file on request; the real environment wins', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'edc-envfile-'));
    writeFileSync(join(dir, '.env'), 'EMAIL_PROVIDER=163\nEMAIL_USER=dev@163.com\nEMAIL_PASSWORD="ABCDEFGHIJKLMNOP"\n# comment\n');
    const byDefault = await runCliProcess(['--checks', 'env', '--json'], { NODE_ENV: 'production' }, dir);
    expect((JSON.parse(byDefault.stdout) as Report).target.provider).toBe('163');
    const file = join(dir, 'prod.env');
    writeFileSync(file, 'EMAIL_USER=ops@126.com\nEMAIL_PASSWORD=ABCDEFGHIJKLMNOP\n');
    const explicit = await runCliProcess(['--env-file', file, '--checks', 'env', '--json'], { EMAIL_USER: 'env@126.com' }, dir);
    expect((JSON.parse(explicit.stdout) as Report).target).toMatchObject({ provider: '126', user: 'env@126.com' });
  });

  test('critical items exit 1 and print the fix', async () => {
    const run = await runCliProcess(['--checks', 'env', '--port', '465', '--secure', 'false'], ENV);
    expect(run.code).toBe(1);
    // On a server the setting is named as the variable the user sets there, not as the action input.
    expect(run.stdout).toContain('Port 465 with SMTP_SECURE=false');
    expect(run.stdout).toContain('Fix: Use SMTP_SECURE=true');
    expect(run.stdout).toContain('Fix:');
  });

  test('--lang zh and --json', async () => {
    const zh = await runCliProcess(['--checks', 'env', '--lang', 'zh'], { ...ENV, EMAIL_PASSWORD: '' });
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('邮件无法发送');
    const json = await runCliProcess(['--checks', 'env', '--json'], ENV);
    const report = JSON.parse(json.stdout) as Report;
    expect(report).toMatchObject({ status: 'pass', where: { mode: 'cli', runner: 'server' } });
  });

  test('the canary password appears in neither the text nor the JSON report', async () => {
    for (const format of [[], ['--json'], ['--verbose']]) {
      const run = await runCliProcess(['--checks', 'env', '--port', 'x', ...format], { ...ENV, EMAIL_PASSWORD: CANARY });
      for (const form of leakedForms(CANARY, ENV.EMAIL_USER)) expect(run.stdout + run.stderr).not.toContain(form);
    }
  });
});

test('on a Node older than 22.12 the CLI says which Node it needs, in one line, and exits 2 before loading anything', async () => {
  const { runProcess, CLI, baseEnv } = await import('./helpers/run-dist.js');
  const { writeTemp } = await import('./helpers/network.js');
  // The version as an old Node reports it; nothing else of the process changes.
  const old = writeTemp('old-node.mjs', "Object.defineProperty(process.versions, 'node', { value: '20.11.1' });\n");
  const run = await runProcess(['--import', old, CLI, '--checks', 'env'], baseEnv());
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trim().split('\n')).toEqual(['email-deploy-check needs Node.js 22.12 or later (this is v20.11.1).']);
});

test('the package loads from CommonJS with require()', async () => {
  const { runProcess, DIST, baseEnv } = await import('./helpers/run-dist.js');
  const script = `const { checkEmailHealth } = require(${JSON.stringify(`${DIST}/lib/index.js`)});
checkEmailHealth({ env: { EMAIL_USER: 'dev@qq.com', EMAIL_PASSWORD: 'abcdefghijklmnop', NODE_ENV: 'production' }, inputs: { checks: 'env' } }).then((r) => console.log(r.status));`;
  const run = await runProcess(['-e', script], baseEnv());
  expect([run.code, run.stdout.trim()]).toEqual([0, '200']);
});

test('an unknown flag gets our words and the nearest flag', async () => {
  const { runCliProcess } = await import('./helpers/run-dist.js');
  const run = await runCliProcess(['--helth-url', 'https://app.example/health']);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('unknown flag --helth-url. Did you mean --health-url?');
});

test('a secret given as a flag is refused with where it belongs, and its value is never echoed', async () => {
  const { runCliProcess } = await import('./helpers/run-dist.js');
  const cases: [string, string][] = [
    ['--imap-password', 'IMAP_PASSWORD'],
    ['--email-password', 'EMAIL_PASSWORD'],
    ['--oauth2-refresh-token', 'OAUTH2_REFRESH_TOKEN'],
  ];
  for (const [flag, env] of cases) {
    const run = await runCliProcess([flag, 'Flag-Secret-Canary-31']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${flag} is not a flag: a secret on the command line shows in \`ps\` and the shell history. Set ${env}`);
    expect(run.stdout + run.stderr).not.toContain('Flag-Secret-Canary-31');
  }
  const inline = await runCliProcess(['--imap-password=Flag-Secret-Canary-31']);
  expect(inline.stderr).toContain('--imap-password is not a flag');
  expect(inline.stdout + inline.stderr).not.toContain('Flag-Secret-Canary-31');
});

test('in Chinese, the help and the usage errors are Chinese too', async () => {
  const { runCliProcess } = await import('./helpers/run-dist.js');
  const help = await runCliProcess(['--lang', 'zh', '--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/^email-deploy-check \S+：验证本机能否发送应用的邮件。\n\n用法：/);
  // Every flag is still listed, the TLS ones included.
  for (const flag of ['--tls-ca', '--tls-reject-unauthorized', '--allow-plaintext-auth', '--health-url', '--dotenv']) {
    expect(help.stdout).toContain(flag);
  }
  const unknown = await runCliProcess(['--helth-url', 'https://app.example/health', '--lang=zh']);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toBe('email-deploy-check: 未知选项 --helth-url。是否想用 --health-url？\n运行 --help 查看所有选项。\n');
  const missing = await runCliProcess(['--lang', 'zh', '--port']);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('--port 需要一个值。');
  const noFile = await runCliProcess(['--language', 'zh', '--dotenv', '/nonexistent/app.env']);
  expect(noFile.code).toBe(2);
  expect(noFile.stderr).toBe('email-deploy-check: 环境变量文件 /nonexistent/app.env 不存在。\n');
});

test('a run without the delivery inputs shows nothing of the delivery group', async () => {
  const { runCliProcess } = await import('./helpers/run-dist.js');
  const { closedPort } = await import('../test-support/servers.js');
  const port = await closedPort();
  const run = await runCliProcess(['--host', '127.0.0.1', '--port', String(port), '--timeout', '1', '--json'], {
    EMAIL_USER: 'app@demo.example',
    EMAIL_PASSWORD: 'app-password-123',
  });
  const report = JSON.parse(run.stdout) as Report;
  expect(report.results.some((r) => r.group === 'tcp')).toBe(true);
  expect(report.results.filter((r) => r.group === 'delivery')).toEqual([]);
});
