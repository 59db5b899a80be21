import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { INPUT_NAMES, specOf } from '../src/settings/inputs.js';
import { PROFILES } from '../src/providers.js';
import { isEmailAddress } from '../src/settings/address.js';
import { readRawInputs } from '../src/settings/read.js';
import { VERSION } from '../src/version.js';
import { settingsFrom } from './helpers/settings.js';
import { ROOT } from './helpers/run-dist.js';

const causes = (inputs: Parameters<typeof settingsFrom>[0]) => settingsFrom(inputs).problems.map((p) => `${p.input}:${p.cause}`);

describe('readRawInputs', () => {
  test('an input wins over its environment variable, which wins over the default', () => {
    const raw = readRawInputs((n) => ({ 'email-user': 'input@qq.com' })[n as string], { EMAIL_USER: 'env@qq.com', EMAIL_PROVIDER: 'qq' });
    expect(raw.values['email-user']).toBe('input@qq.com');
    expect(raw.sources['email-user']).toBe('input');
    expect(raw.values['email-provider']).toBe('qq');
    expect(raw.sources['email-provider']).toBe('env');
    expect(raw.values.timeout).toBe('10');
    expect(raw.sources.timeout).toBe('default');
  });

  test('an input of only spaces falls back to the environment', () => {
    const raw = readRawInputs((n) => (n === 'smtp-host' ? '   ' : undefined), { SMTP_HOST: 'smtp.example.com' });
    expect(raw.values['smtp-host']).toBe('smtp.example.com');
  });

  test('the password keeps its whitespace so that it can be reported', () => {
    const raw = readRawInputs((n) => (n === 'email-password' ? ' abc \n' : undefined), {});
    expect(raw.values['email-password']).toBe(' abc \n');
  });
});

describe('parseSettings', () => {
  test('a provider fills host, port and TLS mode from nodemailer', () => {
    const s = settingsFrom({ 'email-provider': 'QQ', 'email-user': 'a@qq.com' });
    expect(s.provider).toMatchObject({ kind: 'known', inferred: false, provider: { id: 'qq', host: 'smtp.qq.com', port: 465 } });
    expect([s.host, s.port, s.secure]).toEqual(['smtp.qq.com', 465, true]);
    expect(s.problems).toEqual([]);
  });

  test('the provider is inferred from the user domain, else custom', () => {
    expect(settingsFrom({ 'email-user': 'x@163.com' }).provider).toMatchObject({ kind: 'known', inferred: true, provider: { id: '163' } });
    expect(settingsFrom({ 'email-user': 'x@gmail.com' }).host).toBe('smtp.gmail.com');
    expect(settingsFrom({ 'email-user': 'x@mycompany.example' }).provider).toEqual({ kind: 'custom' });
  });

  test('an explicit port decides the TLS mode in auto', () => {
    const s = settingsFrom({ 'email-provider': 'qq', 'smtp-port': '587' });
    expect([s.port, s.secure]).toEqual([587, false]);
    const t = settingsFrom({ 'smtp-host': 'mail.example.com', 'smtp-secure': 'true' });
    expect([t.port, t.secure, t.secureExplicit]).toEqual([465, true, true]);
    const u = settingsFrom({ 'smtp-host': 'mail.example.com' });
    expect([u.port, u.secure]).toEqual([587, false]);
  });

  test('an explicit mode is kept even when it contradicts the port (the env check reports it)', () => {
    const s = settingsFrom({ 'smtp-host': 'h.example.com', 'smtp-port': '465', 'smtp-secure': 'false' });
    expect([s.port, s.secure]).toEqual([465, false]);
  });

  test.each([
    [{ 'smtp-port': 'abc' }, 'smtp-port:input-not-integer'],
    [{ 'smtp-port': '70000' }, 'smtp-port:input-not-integer'],
    [{ 'smtp-port': '0' }, 'smtp-port:input-not-integer'],
    [{ 'smtp-port': '46.5' }, 'smtp-port:input-not-integer'],
    [{ 'smtp-secure': 'ssl' }, 'smtp-secure:input-not-enum'],
    [{ 'tls-reject-unauthorized': 'nope' }, 'tls-reject-unauthorized:input-not-boolean'],
    [{ timeout: '-1' }, 'timeout:input-not-number'],
    [{ timeout: '1e9' }, 'timeout:input-not-number'],
    [{ 'fail-on': 'always' }, 'fail-on:input-not-enum'],
    [{ language: 'fr' }, 'language:input-not-enum'],
    [{ checks: 'env,smpt' }, 'checks:input-unknown-check'],
    [{ 'health-url': 'example.com/health' }, 'health-url:input-not-url'],
    [{ 'dns-servers': '1.1.1.1, dns.google' }, 'dns-servers:input-not-ip'],
    [{ 'dkim-selector': 's1._domainkey' }, 'dkim-selector:input-bad-selector'],
    [{ 'smtp-host': 'smtp://smtp.qq.com' }, 'smtp-host:input-host-has-scheme'],
    [{ 'smtp-host': 'smtp.qq.com:465' }, 'smtp-host:input-host-has-port'],
    [{ 'smtp-host': 'smtp qq com' }, 'smtp-host:input-not-host'],
    [{ 'email-user': 'a@qq.com\r\nBcc: x@evil.example' }, 'email-user:input-has-newline'],
    [{ from: 'App <a@qq.com>\nBcc: b@x.example' }, 'from:input-has-newline'],
    [{ 'pr-comment': 'maybe' }, 'pr-comment:input-not-boolean'],
  ])('%j is reported as %s', (inputs, expected) => {
    expect(causes(inputs)).toContain(expected);
  });

  test('good values in unusual spellings are accepted', () => {
    const s = settingsFrom({
      language: 'zh-CN',
      'fail-on': 'WARNING',
      'smtp-secure': 'TRUE',
      'dns-servers': '127.0.0.1:5353,::1',
      'smtp-host': 'SMTP.Example.COM.',
    });
    expect(s.problems).toEqual([]);
    expect([s.language, s.failOn, s.secure, s.host]).toEqual(['zh', 'warning', true, 'smtp.example.com']);
    expect(s.dnsServers).toEqual(['127.0.0.1:5353', '::1']);
  });

  test('checks: all, a list, and duplicates', () => {
    expect(settingsFrom({}).checksExplicit).toBe(false);
    const s = settingsFrom({ checks: 'env, smtp,env' });
    expect([s.checks, s.checksExplicit]).toEqual([['env', 'smtp'], true]);
  });

  test('From keeps its display name but MAIL FROM uses the bare address', () => {
    const s = settingsFrom({ from: '"My App" <noreply@example.com>', 'email-user': 'u@example.com' });
    expect([s.fromHeader, s.from]).toEqual(['"My App" <noreply@example.com>', 'noreply@example.com']);
    expect(settingsFrom({ 'email-user': 'u@qq.com' }).from).toBe('u@qq.com');
  });
});

test('isEmailAddress accepts real addresses and refuses header syntax', () => {
  for (const ok of ['a@qq.com', 'first.last+tag@sub.example.co', 'x@例子.中国']) expect(isEmailAddress(ok)).toBe(true);
  for (const bad of ['', 'a', 'a@', '@qq.com', 'a@qq', 'a b@qq.com', 'a@@qq.com', 'a@qq.com>', '.a@qq.com', 'a..b@qq.com', 'a@-qq.com']) {
    expect(isEmailAddress(bad)).toBe(false);
  }
});

describe('action.yml is the public contract', () => {
  const action = parse(readFileSync(`${ROOT}/action.yml`, 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };

  test('declares exactly the inputs the settings read', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
  });

  test("its defaults are the input table's; inputs with an environment fallback have none there (it would hide the variable)", () => {
    const declared = Object.fromEntries(INPUT_NAMES.map((name) => [name, action.inputs[name]?.default]));
    const expected = Object.fromEntries(
      INPUT_NAMES.map((name) => {
        const spec = specOf(name);
        return [name, spec.actionDefault ?? (spec.env ? undefined : spec.default)];
      }),
    );
    expect(declared).toEqual(expected);
  });

  test('the provider input lists every provider profile, the IMAP host input every profile with a mailbox', () => {
    const description = (name: string): string => String((action.inputs[name] as { description?: string }).description);
    const listed = (text: string): string[] => [...text.matchAll(/\b([a-z0-9-]+)(?=,| or |\)| \()/g)].map((m) => m[1] ?? '');
    expect(listed(description('email-provider'))).toEqual(expect.arrayContaining(PROFILES.map((p) => p.id)));
    const imap = /\(([^)]*)\)/.exec(description('imap-host'))?.[1] ?? '';
    expect(imap.split(', ')).toEqual(PROFILES.filter((p) => p.imapHost).map((p) => p.id));
  });

  test('action.yml, the README and the CLI help list every group of `checks`, in order', async () => {
    const { GROUPS } = await import('../src/types.js');
    const { CLI_HELP } = await import('../src/i18n/cli.js');
    const list = GROUPS.join(',');
    const description = String((action.inputs.checks as { description?: string }).description);
    for (const text of [description, readFileSync(`${ROOT}/README.md`, 'utf8'), CLI_HELP.en, CLI_HELP.zh]) expect(text).toContain(list);
  });

  test("the README's input table lists the same providers and IMAP hosts", () => {
    const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
    const row = (name: string): string => readme.split('\n').find((line) => line.startsWith(`| \`${name}\``)) ?? '';
    const ticked = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
    expect(ticked(row('email-provider'))).toEqual(expect.arrayContaining(PROFILES.map((p) => p.id)));
    const hosts = [...new Set(PROFILES.flatMap((p) => (p.imapHost ? [p.imapHost] : [])))];
    expect(ticked(row('imap-host'))).toEqual(expect.arrayContaining(hosts));
  });

  test('outputs and runtime', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([
      'app-mail-seconds',
      'delivery-seconds',
      'message-id',
      'report',
      'status',
      'targets',
    ]);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  test('the version constant matches package.json', () => {
    expect(VERSION).toBe((JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string }).version);
  });
});

test('the tests run on Node 24 or later, as the action does (runs.using: node24)', () => {
  expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
});

test('a resolver that is not an address is reported and left out of the list', () => {
  const s = settingsFrom({ 'dns-servers': '127.0.0.1:5353, dns.google' });
  expect(s.dnsServers).toEqual(['127.0.0.1:5353']);
  expect(s.problems.map((p) => p.cause)).toEqual(['input-not-ip']);
});

test("the app's mail inputs: each missing piece and each bad value is an input problem that names it", () => {
  const causes = (inputs: Parameters<typeof settingsFrom>[0]) => settingsFrom(inputs).problems.map((p) => [p.input, p.cause]);
  const mailbox = { 'imap-user': 'box@163.com', 'imap-password': 'long-enough-code' };
  expect(causes({ 'app-mail': 'true', ...mailbox })).toEqual([['smoke-url', 'input-app-mail-needs-smoke']]);
  expect(causes({ 'app-mail': 'true', 'smoke-url': 'https://app.example/send', 'imap-user': 'box@163.com' })).toEqual([
    ['imap-password', 'input-app-mail-needs-mailbox'],
  ]);
  expect(causes({ 'app-mail': 'true', 'smoke-url': 'https://app.example/send', ...mailbox, 'app-mail-code': '(\\d{6' })).toEqual([
    ['app-mail-code', 'input-not-regex'],
  ]);
  expect(
    causes({ 'app-mail': 'true', 'smoke-url': 'https://app.example/send', ...mailbox, 'verify-url': 'https://app.example/verify' }),
  ).toEqual([['app-mail-code', 'input-verify-needs-code']]);
  expect(causes({ 'app-mail-code': '(\\d{6})' })).toEqual([['app-mail', 'input-app-mail-off']]);
  const s = settingsFrom({
    'app-mail': 'true',
    'smoke-url': 'https://app.example/send',
    ...mailbox,
    'app-mail-subject': '验证码',
    'app-mail-code': '/code: (\\w+)/i',
  });
  expect(s.problems).toEqual([]);
  expect(s.app.subject?.test('您的验证码')).toBe(true);
  expect(s.app.code?.exec('Code: AbC123')?.[1]).toBe('AbC123');
});
