import { describe, expect, test } from '@jest/globals';
import { runChecks } from '../src/engine.js';
import { ENV_CHECKS } from '../src/checks/env.js';
import { isPlaceholder } from '../src/settings/placeholder.js';
import type { CheckResult } from '../src/types.js';
import { actionRuntimeFor, cliSettingsFrom, settingsFrom, type Inputs } from './helpers/settings.js';

const GOOD: Inputs = { 'email-provider': 'qq', 'email-user': 'dev@qq.com', 'email-password': 'abcdefghijklmnop', checks: 'env' };

async function envResults(inputs: Inputs, runtime = actionRuntimeFor()): Promise<CheckResult[]> {
  return runChecks(ENV_CHECKS, settingsFrom(inputs, {}, runtime));
}
async function resultOf(id: string, inputs: Inputs): Promise<CheckResult> {
  const found = (await envResults(inputs)).find((r) => r.id === id);
  if (!found) throw new Error(`no result ${id}`);
  return found;
}

test('a good QQ configuration passes every env check', async () => {
  const results = await envResults(GOOD);
  expect(results.map((r) => [r.id, r.status])).toEqual([
    ['env.inputs', 'pass'],
    ['env.provider', 'pass'],
    ['env.user', 'pass'],
    ['env.password', 'pass'],
    ['env.from', 'pass'],
    ['env.server', 'pass'],
  ]);
});

describe('required values', () => {
  test('a missing user and password are named exactly', async () => {
    const results = await envResults({ 'email-provider': 'qq' });
    expect(results.find((r) => r.id === 'env.user')).toMatchObject({
      status: 'fail',
      cause: 'user-missing',
      params: { input: 'email-user', env: 'EMAIL_USER' },
    });
    expect(results.find((r) => r.id === 'env.password')).toMatchObject({
      status: 'fail',
      cause: 'password-missing',
      params: { input: 'email-password' },
    });
  });

  test('on a fork pull request the text says secrets are withheld', async () => {
    const results = await envResults({ 'email-provider': 'qq' }, actionRuntimeFor({ eventName: 'pull_request', forkPullRequest: true }));
    expect(results.find((r) => r.id === 'env.password')?.cause).toBe('password-missing-fork');
  });

  test('custom provider without a host', async () => {
    expect(await resultOf('env.server', { 'email-user': 'a@corp.example', 'email-password': 'x'.repeat(12) })).toMatchObject({
      status: 'fail',
      cause: 'host-missing',
    });
  });

  test('input problems are one failing result each, named by input', async () => {
    const results = await envResults({ ...GOOD, 'smtp-port': 'abc', timeout: 'soon' });
    const inputs = results.filter((r) => r.id.startsWith('env.inputs'));
    expect(inputs.map((r) => [r.id, r.status, r.cause])).toEqual([
      ['env.inputs:smtp-port', 'fail', 'input-not-integer'],
      ['env.inputs:timeout', 'fail', 'input-not-number'],
    ]);
  });
});

describe('addresses', () => {
  test('an invalid user for a mailbox provider is critical', async () => {
    expect(await resultOf('env.user', { ...GOOD, 'email-user': 'dev' })).toMatchObject({ status: 'fail', cause: 'user-not-address' });
  });
  test('relays may use generated user names', async () => {
    expect(
      await resultOf('env.user', {
        'email-provider': 'ses',
        'email-user': 'AKIAIOSFODNN7EXAMPLE',
        'email-password': 'x'.repeat(44),
        from: 'a@example.com',
      }),
    ).toMatchObject({ status: 'pass' });
  });
  test('SendGrid wants the user apikey', async () => {
    expect(await resultOf('env.user', { 'email-provider': 'sendgrid', 'email-user': 'me@example.com' })).toMatchObject({
      status: 'fail',
      cause: 'user-not-fixed',
      params: { expected: 'apikey' },
    });
  });
  test('From must equal the login on QQ/163 (550/553), a warning elsewhere', async () => {
    expect(await resultOf('env.from', { ...GOOD, from: 'App <other@qq.com>' })).toMatchObject({ status: 'fail', cause: 'from-not-user' });
    expect(await resultOf('env.from', { 'email-provider': 'hotmail', 'email-user': 'a@hotmail.com', from: 'b@hotmail.com' })).toMatchObject(
      { status: 'warn', cause: 'from-not-user' },
    );
    expect(await resultOf('env.from', { ...GOOD, from: 'App <dev@qq.com>' })).toMatchObject({ status: 'pass' });
  });
  test('an invalid From or recipient is critical', async () => {
    expect(await resultOf('env.from', { ...GOOD, from: 'not an address' })).toMatchObject({ status: 'fail', cause: 'from-invalid' });
    expect(await resultOf('env.recipient', { ...GOOD, 'test-recipient': 'nobody' })).toMatchObject({
      status: 'fail',
      cause: 'recipient-invalid',
    });
    expect(await resultOf('env.recipient', { ...GOOD, 'test-recipient': 'me@example.com' })).toMatchObject({ status: 'pass' });
  });
});

describe('provider', () => {
  test('unknown with did-you-mean', async () => {
    expect(await resultOf('env.provider', { ...GOOD, 'email-provider': 'gmial' })).toMatchObject({
      status: 'fail',
      cause: 'provider-unknown-suggest',
      params: { suggestion: 'gmail' },
    });
    expect(await resultOf('env.provider', { ...GOOD, 'email-provider': 'nosuchthing' })).toMatchObject({
      status: 'fail',
      cause: 'provider-unknown',
    });
  });
  test('qq with a 163 address is critical', async () => {
    expect(await resultOf('env.provider', { ...GOOD, 'email-user': 'dev@163.com' })).toMatchObject({
      status: 'fail',
      cause: 'provider-domain-mismatch',
      params: { expected: '163' },
    });
  });
  test('a personal provider with a company domain warns; Gmail with a company domain (Workspace) passes', async () => {
    expect(await resultOf('env.provider', { ...GOOD, 'email-user': 'dev@corp.example' })).toMatchObject({
      status: 'warn',
      cause: 'provider-personal-domain',
    });
    expect(await resultOf('env.provider', { 'email-provider': 'gmail', 'email-user': 'dev@corp.example' })).toMatchObject({
      status: 'pass',
    });
  });
  test('Outlook and Hotmail are one family', async () => {
    expect(await resultOf('env.provider', { 'email-provider': 'outlook', 'email-user': 'a@hotmail.com' })).toMatchObject({
      status: 'pass',
    });
  });
  test('inferred provider is said to be inferred', async () => {
    expect(await resultOf('env.provider', { 'email-user': 'a@126.com' })).toMatchObject({
      status: 'pass',
      cause: 'provider-inferred',
      params: { provider: '126' },
    });
  });
});

describe('password shape', () => {
  test.each([
    'your-auth-code',
    'changeme',
    'xxx',
    '***',
    '${{ secrets.EMAIL_PASSWORD }}',
    '$EMAIL_PASSWORD',
    '<password>',
    'password',
    '授权码',
  ])('%s is a placeholder', async (value) => {
    expect(isPlaceholder(value)).toBe(true);
    expect(await resultOf('env.password', { ...GOOD, 'email-password': value })).toMatchObject({
      status: 'fail',
      cause: 'password-placeholder',
    });
  });
  test('an ordinary password where QQ wants a 16-letter code is a warning with the help link', async () => {
    expect(await resultOf('env.password', { ...GOOD, 'email-password': 'MyQQpass2024!' })).toMatchObject({
      status: 'warn',
      cause: 'password-not-auth-code',
      params: { provider: 'qq' },
    });
  });
  test('Gmail app passwords may be pasted in four groups', async () => {
    const gmail = { 'email-provider': 'gmail', 'email-user': 'a@gmail.com' };
    expect(await resultOf('env.password', { ...gmail, 'email-password': 'abcd efgh ijkl mnop' })).toMatchObject({ status: 'pass' });
    expect(await resultOf('env.password', { ...gmail, 'email-password': 'hunter2hunter2' })).toMatchObject({
      status: 'warn',
      cause: 'password-not-app-password',
    });
  });
  test('newline and surrounding spaces', async () => {
    expect(await resultOf('env.password', { ...GOOD, 'email-password': 'abcdefghijklmnop\n' })).toMatchObject({
      status: 'fail',
      cause: 'password-newline',
    });
    expect(await resultOf('env.password', { ...GOOD, 'email-password': ' abcdefghijklmnop' })).toMatchObject({
      status: 'warn',
      cause: 'password-whitespace',
    });
  });
  test('the password never appears in a result', async () => {
    for (const value of ['MyQQpass2024!', 'abcdefghijklmnop']) {
      const text = JSON.stringify(await envResults({ ...GOOD, 'email-password': value }));
      expect(text).not.toContain(value);
    }
  });
});

describe('port and TLS mode', () => {
  const host = { 'smtp-host': 'smtp.example.com', 'email-user': 'a@example.com', 'email-password': 'x'.repeat(12) };
  test.each([
    ['465', 'false', 'fail', 'port-secure-mismatch-plain'],
    ['587', 'true', 'fail', 'port-secure-mismatch-tls'],
    ['25', 'true', 'fail', 'port-secure-mismatch-tls'],
    ['25', 'false', 'warn', 'port-25-blocked'],
    ['587', 'false', 'pass', 'server-ok-starttls'],
    ['465', 'auto', 'pass', 'server-ok-tls'],
  ])('port %s with smtp-secure %s: %s %s', async (port, secure, status, cause) => {
    expect(await resultOf('env.server', { ...host, 'smtp-port': port, 'smtp-secure': secure })).toMatchObject({ status, cause });
  });
});

test('certificate verification off is a warning', async () => {
  expect(await resultOf('env.tls-verify', { ...GOOD, 'tls-reject-unauthorized': 'false' })).toMatchObject({
    status: 'warn',
    cause: 'tls-verify-off',
  });
});

test('Microsoft basic-auth retirement is flagged: retiring until the end of 2026, off after it', async () => {
  const office = settingsFrom({ 'email-provider': 'office365', 'email-user': 'a@corp.example', checks: 'env' });
  const on = async (date: string): Promise<CheckResult | undefined> =>
    (await runChecks(ENV_CHECKS, office, { now: () => Date.parse(date) })).find((r) => r.id === 'env.basic-auth');
  expect(await on('2026-11-25T12:00:00Z')).toMatchObject({
    status: 'warn',
    cause: 'exchange-basic-auth-retiring',
    params: { date: '2026-12-31' },
  });
  expect(await on('2027-01-01T00:00:00Z')).toMatchObject({ status: 'warn', cause: 'exchange-basic-auth-disabled' });
  expect((await resultOf('env.basic-auth', { 'email-user': 'a@outlook.com' })).cause).toBe('outlook-consumer-modern-auth');
});

test('the CLI warns when NODE_ENV is not production', async () => {
  const dev = await runChecks(ENV_CHECKS, cliSettingsFrom(GOOD, { NODE_ENV: 'development' }));
  expect(dev.find((r) => r.id === 'env.node-env')).toMatchObject({ status: 'warn', params: { value: 'development' } });
  const prod = await runChecks(ENV_CHECKS, cliSettingsFrom(GOOD, { NODE_ENV: 'production' }));
  expect(prod.find((r) => r.id === 'env.node-env')?.status).toBe('pass');
  expect((await envResults(GOOD)).find((r) => r.id === 'env.node-env')).toBeUndefined();
});
