import { expect, test } from '@jest/globals';
import { createRedactor, secretVariants } from '../src/secrets.js';

const SECRET = 'Canary-Pa$$ word/+=9';
const USER = 'dev@qq.com';

test('every encoding of the secret is redacted', () => {
  const redactor = createRedactor([...secretVariants(SECRET, USER), ...secretVariants('Canary*pass word~9')]);
  const b = Buffer.from(SECRET);
  const leaks = [
    SECRET,
    b.toString('base64'),
    b.toString('base64url'),
    encodeURIComponent(SECRET),
    b.toString('hex'),
    b.toString('hex').toUpperCase(),
    JSON.stringify(SECRET).slice(1, -1),
    Buffer.from(`\u0000${USER}\u0000${SECRET}`).toString('base64'),
    SECRET.replace(/\s+/g, ''),
    // URLSearchParams keeps `*` and writes a space as `+`.
    new URLSearchParams({ p: SECRET }).toString().slice(2),
    new URLSearchParams({ p: 'Canary*pass word~9' }).toString().slice(2),
  ];
  for (const leak of leaks) {
    const out = redactor.redact(`before ${leak} after`);
    expect(out).toBe('before *** after');
  }
});

test('the secret inside a larger base64 blob is redacted at any alignment', () => {
  const redactor = createRedactor(secretVariants(SECRET, USER));
  for (const prefix of ['', 'a', 'ab', 'abc', 'user\u0000']) {
    const blob = Buffer.from(`${prefix}${SECRET}tail`).toString('base64');
    const out = redactor.redact(blob);
    // Whatever survives must not decode back to the secret.
    expect(Buffer.from(out.replace(/\*\*\*/g, ''), 'base64').toString()).not.toContain(SECRET);
    expect(out).toContain('***');
  }
});

test('redactDeep walks objects and arrays', () => {
  const redactor = createRedactor(secretVariants(SECRET));
  const value = redactor.redactDeep({ a: [`x ${SECRET}`, 3, null], b: { c: SECRET } });
  expect(value).toEqual({ a: ['x ***', 3, null], b: { c: '***' } });
});

test('an empty secret redacts nothing', () => {
  expect(secretVariants('')).toEqual([]);
  expect(createRedactor([]).redact('plain text')).toBe('plain text');
});

test('a secret learned during the run is redacted from then on, in its encodings too', () => {
  const redactor = createRedactor(['input-secret-1']);
  expect(redactor.redact('token ya29.fetched-token-abc')).toBe('token ya29.fetched-token-abc');
  const forms = redactor.add('ya29.fetched-token-abc');
  expect(forms).toContain(Buffer.from('ya29.fetched-token-abc').toString('base64'));
  expect(redactor.redact('token ya29.fetched-token-abc, input-secret-1')).toBe('token ***, ***');
  expect(redactor.add('ya29.fetched-token-abc')).toEqual([]);
});

test("a webhook input's tokens are secrets on their own (query values, token path segments), the words of its path are not", async () => {
  const { secretsOf } = await import('../src/evaluate.js');
  const { readRawInputs } = await import('../src/settings/read.js');
  const inputs: Record<string, string> = {
    'notify-dingtalk': 'https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef0123',
    'notify-slack': 'https://hooks.slack.com/services/T0AB12CDE/B0FG34HIJ/abcdefghijklmnopqrstuvwx',
    'notify-feishu': 'https://open.feishu.cn/open-apis/bot/v2/hook/4f1c9a8e-0b7d-4c2e-9a55-0123456789ab',
  };
  const redactor = createRedactor(secretsOf(readRawInputs((name) => inputs[name], {})));
  const text = 'token 0123456789abcdef0123, slack T0AB12CDE B0FG34HIJ abcdefghijklmnopqrstuvwx, hook 4f1c9a8e-0b7d-4c2e-9a55-0123456789ab';
  expect(redactor.redact(text)).toBe('token ***, slack *** *** ***, hook ***');
  expect(redactor.redact('open-apis robot send hooks services')).toBe('open-apis robot send hooks services');
});
