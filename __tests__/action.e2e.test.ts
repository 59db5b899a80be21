// The built action, run as the runner runs it: INPUT_* variables, summary and output files.
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../src/report/model.js';
import { leakedForms, runAction, type ActionRun } from './helpers/run-dist.js';

const GOOD = { 'email-provider': 'qq', 'email-user': 'dev@qq.com', 'email-password': 'abcdefghijklmnop', checks: 'env' };
const CANARY = 'Zq7Canary9secretXY';

const noStackTrace = (run: ActionRun) => {
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
};
const reportOf = (run: ActionRun) => JSON.parse(run.outputs.report ?? '') as Report;

describe('the built action', () => {
  test('a good configuration passes with outputs and a summary', async () => {
    const run = await runAction(GOOD);
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('pass');
    expect(run.outputs['message-id']).toBe('');
    const report = reportOf(run);
    expect(report).toMatchObject({
      schemaVersion: 1,
      status: 'pass',
      target: { provider: 'qq', host: 'smtp.qq.com', port: 465, secure: true },
    });
    expect(run.summary).toContain('Email is ready');
    expect(run.summary).toContain('Where the checks ran');
    expect(run.stderr).toBe('');
  });

  test('an invalid email-user and an empty email-password fail, both named with their fix', async () => {
    const run = await runAction({ 'email-provider': 'qq', 'email-user': 'not-an-address', checks: 'env' });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('fail');
    expect(run.summary).toContain('<code>email-user</code> is <code>not-an-address</code>, not an email address');
    expect(run.summary).toContain('<code>email-password</code> is empty');
    expect(run.summary).toContain('Set <code>email-user</code> to the full address');
    expect(run.summary).toContain('authorization code or app password');
    expect(run.visibleStdout).toMatch(/^::error title=email-deploy-check%3A SMTP user::/m);
    expect(run.visibleStdout).toMatch(/^::error::Email check failed: \d+ critical/m);
    noStackTrace(run);
  });

  test('465 with smtp-secure=false is a critical mismatch with the exact fix', async () => {
    const run = await runAction({ ...GOOD, 'smtp-port': '465', 'smtp-secure': 'false' });
    expect(run.code).toBe(1);
    const result = reportOf(run).results.find((r) => r.id === 'env.server');
    expect(result).toMatchObject({ status: 'fail', cause: 'port-secure-mismatch-plain' });
    expect(result?.fix).toContain('smtp-secure: true');
    expect(run.summary).toContain('Greeting never received');
  });

  test('language=zh writes a Chinese summary', async () => {
    const run = await runAction({ ...GOOD, 'email-password': '', language: 'zh' });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('邮件无法发送');
    expect(run.summary).toContain('优先修复');
    expect(run.summary).toContain('<code>email-password</code> 为空');
  });

  test('language=zh: every line of the log is Chinese, with Chinese punctuation', async () => {
    const run = await runAction({ ...GOOD, 'email-user': 'dev@163.com', 'email-password': '', language: 'zh' });
    expect(run.code).toBe(1);
    const lines = run.visibleStdout.split('\n').filter(Boolean);
    const results = lines.filter((l) => /^(✅|⚠️|❌|⏭️) /.test(l));
    expect(results.length).toBeGreaterThan(3);
    for (const line of results) expect(line).toMatch(/^\S+ \[env\] [^:：]+：/);
    // The closing line names both critical items, listed the Chinese way.
    expect(lines).toContain('::error::邮件检查失败：2 个严重问题（邮件服务商、密码/授权码）。修复方法见作业摘要。');
    expect(run.visibleStdout).toContain('::error title=email-deploy-check%3A 密码/授权码::`email-password` 为空。通过 Secret');
  });

  test('environment variables stand in for empty inputs', async () => {
    const run = await runAction(
      { checks: 'env' },
      { EMAIL_PROVIDER: '163', EMAIL_USER: 'dev@163.com', EMAIL_PASSWORD: 'ABCDEFGHIJKLMNOP' },
    );
    expect(run.code).toBe(0);
    expect(reportOf(run).target).toMatchObject({ provider: '163', host: 'smtp.163.com', user: 'dev@163.com' });
  });

  test('bad inputs: exit 1, a message naming the input, the summary still written, no stack trace', async () => {
    const run = await runAction({ ...GOOD, 'smtp-port': 'abc', timeout: 'soon', 'fail-on': 'always' });
    expect(run.code).toBe(1);
    for (const input of ['smtp-port', 'timeout', 'fail-on']) expect(run.summary).toContain(`<code>${input}</code>`);
    expect(run.summary).toContain('not a whole number from 1 to 65535');
    noStackTrace(run);
  });

  test('fail-on decides the exit code', async () => {
    const never = await runAction({ ...GOOD, 'email-password': '', 'fail-on': 'never' });
    expect([never.code, never.outputs.status]).toEqual([0, 'fail']);
    const warning = await runAction({ ...GOOD, 'email-password': 'MyQQpassword1', 'fail-on': 'warning' });
    expect([warning.code, warning.outputs.status]).toEqual([1, 'warn']);
    const critical = await runAction({ ...GOOD, 'email-password': 'MyQQpassword1' });
    expect([critical.code, critical.outputs.status]).toEqual([0, 'warn']);
  });

  test('a fork pull request says that secrets are withheld', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'edc-event-'));
    const eventPath = join(dir, 'event.json');
    writeFileSync(
      eventPath,
      JSON.stringify({
        pull_request: { head: { repo: { full_name: 'someone/fork', fork: true } }, base: { repo: { full_name: 'owner/app' } } },
      }),
    );
    const run = await runAction(
      { 'email-provider': 'qq', checks: 'env' },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath },
    );
    expect(run.summary).toContain('pull request from a fork');
  });

  test('the canary password appears in no output, in any encoding', async () => {
    const run = await runAction({ ...GOOD, 'email-password': CANARY, 'smtp-port': 'bad' });
    const masks = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
    expect(masks.length).toBeGreaterThan(3);
    const channels = { stdout: run.visibleStdout, stderr: run.stderr, summary: run.summary, outputs: JSON.stringify(run.outputs) };
    for (const [channel, text] of Object.entries(channels)) {
      for (const form of leakedForms(CANARY, GOOD['email-user'])) expect(`${channel}: ${text}`).not.toContain(form);
    }
  });
});
