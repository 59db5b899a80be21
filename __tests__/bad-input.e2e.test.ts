// The bad-input corpus: malformed inputs through the built action. Each must exit 1 with a clear
// message naming the input, the summary still written, no stack trace, and the canary nowhere.
import { expect, test } from '@jest/globals';
import { leakedForms, runAction } from './helpers/run-dist.js';

const CANARY = 'Qw8-Canary-BadInput-71';
const BASE = { 'email-provider': 'qq', 'email-user': 'dev@qq.com', 'email-password': CANARY, checks: 'env' };

/** [description, inputs, the input the message must name] */
const CORPUS: [string, Record<string, string>, string][] = [
  ['port: letters', { 'smtp-port': 'abc' }, 'smtp-port'],
  ['port: negative', { 'smtp-port': '-1' }, 'smtp-port'],
  ['port: zero', { 'smtp-port': '0' }, 'smtp-port'],
  ['port: too large', { 'smtp-port': '65536' }, 'smtp-port'],
  ['port: exponent', { 'smtp-port': '4.65e2' }, 'smtp-port'],
  ['port: hex', { 'smtp-port': '0x1d1' }, 'smtp-port'],
  ['port: fraction', { 'smtp-port': '465.5' }, 'smtp-port'],
  ['port: full-width digits', { 'smtp-port': '４６５' }, 'smtp-port'],
  ['port: huge', { 'smtp-port': '9'.repeat(1000) }, 'smtp-port'],
  ['port: inner space', { 'smtp-port': '4 65' }, 'smtp-port'],
  ['host: URL', { 'smtp-host': 'smtps://smtp.qq.com' }, 'smtp-host'],
  ['host: with port', { 'smtp-host': 'smtp.qq.com:465' }, 'smtp-host'],
  ['host: spaces', { 'smtp-host': 'smtp qq com' }, 'smtp-host'],
  ['host: empty label', { 'smtp-host': 'smtp..qq.com' }, 'smtp-host'],
  ['host: leading dash', { 'smtp-host': '-smtp.qq.com' }, 'smtp-host'],
  ['host: too long', { 'smtp-host': `${'a'.repeat(70)}.example.com` }, 'smtp-host'],
  ['host: path', { 'smtp-host': 'smtp.qq.com/path' }, 'smtp-host'],
  ['host: newline', { 'smtp-host': 'smtp.qq.com\nevil.example' }, 'smtp-host'],
  ['user: no at-sign', { 'email-user': 'dev' }, 'email-user'],
  ['user: no domain', { 'email-user': 'dev@' }, 'email-user'],
  ['user: no local part', { 'email-user': '@qq.com' }, 'email-user'],
  ['user: two at-signs', { 'email-user': 'dev@@qq.com' }, 'email-user'],
  ['user: CRLF header injection', { 'email-user': 'dev@qq.com\r\nBcc: victim@example.com' }, 'email-user'],
  ['user: huge', { 'email-user': `${'a'.repeat(10_000)}@qq.com` }, 'email-user'],
  ['from: not an address', { 'email-provider': 'custom', 'smtp-host': 'mail.example.com', from: 'not an address' }, 'from'],
  ['from: LF injection', { from: 'App <dev@qq.com>\nBcc: victim@example.com' }, 'from'],
  ['test-recipient: no domain', { 'test-recipient': 'nobody' }, 'test-recipient'],
  ['test-recipient: CRLF injection', { 'test-recipient': 'a@example.com\r\nBcc: b@example.com' }, 'test-recipient'],
  ['provider: typo', { 'email-provider': 'gmial', 'email-user': 'dev@gmail.com' }, 'email-provider'],
  ['provider: newline', { 'email-provider': 'qq\nx' }, 'email-provider'],
  ['smtp-secure: ssl', { 'smtp-secure': 'ssl' }, 'smtp-secure'],
  ['tls-reject-unauthorized: maybe', { 'tls-reject-unauthorized': 'maybe' }, 'tls-reject-unauthorized'],
  ['tls-ca: missing file', { 'tls-ca': '/nonexistent/ca.pem' }, 'tls-ca'],
  ['fail-on: always', { 'fail-on': 'always' }, 'fail-on'],
  ['language: fr', { language: 'fr' }, 'language'],
  ['checks: typo', { checks: 'env,smpt' }, 'checks'],
  ['timeout: zero', { timeout: '0' }, 'timeout'],
  ['timeout: too long', { timeout: '301' }, 'timeout'],
  ['timeout: huge', { timeout: `1${'0'.repeat(400)}` }, 'timeout'],
  ['timeout: words', { timeout: 'ten seconds' }, 'timeout'],
  ['health-url: no scheme', { 'health-url': 'example.com/health' }, 'health-url'],
  ['health-url: ftp', { 'health-url': 'ftp://example.com/health' }, 'health-url'],
  ['health-attempts: zero', { 'health-attempts': '0' }, 'health-attempts'],
  ['health-interval: negative', { 'health-interval': '-3' }, 'health-interval'],
  ['health-headers: no colon', { 'health-headers': 'Authorization Bearer x' }, 'health-headers'],
  ['smoke-method: DELETE', { 'smoke-method': 'DELETE' }, 'smoke-method'],
  ['dns-servers: a name', { 'dns-servers': 'dns.google' }, 'dns-servers'],
  ['dns-servers: five octets', { 'dns-servers': '8.8.8.8.8' }, 'dns-servers'],
  ['dkim-selector: full record name', { 'dkim-selector': 's1._domainkey.example.com' }, 'dkim-selector'],
  ['pr-comment: yes please', { 'pr-comment': 'yes please' }, 'pr-comment'],
  ['port 465 with STARTTLS', { 'smtp-port': '465', 'smtp-secure': 'false' }, 'smtp-secure'],
  ['password: placeholder', { 'email-password': 'your-auth-code' }, 'email-password'],
  ['password: trailing newline', { 'email-password': `${CANARY}\n` }, 'email-password'],
];

test('nothing set at all: exit 1, the missing values named, the summary written', async () => {
  const run = await runAction({ checks: 'env' });
  expect(run.code).toBe(1);
  expect(run.summary).toContain('<code>email-password</code> is empty');
  expect(run.summary).toContain('<code>email-user</code> is empty');
});

// Four at a time: each case is its own process.
const batches: (typeof CORPUS)[] = [];
for (let i = 0; i < CORPUS.length; i += 4) batches.push(CORPUS.slice(i, i + 4));

test.each(batches.map((b, i) => [`${i * 4 + 1}-${i * 4 + b.length}: ${b.map((c) => c[0]).join('; ')}`, b] as const))(
  '%s',
  async (_, batch) => {
    const runs = await Promise.all(batch.map(([, inputs]) => runAction({ ...BASE, ...inputs })));
    runs.forEach((run, i) => {
      const [description, , input] = batch[i]!;
      const context = `${description}: `;
      expect(context + run.code).toBe(`${context}1`);
      expect(run.summary.length).toBeGreaterThan(100);
      expect(run.summary).toMatch(new RegExp(`<code>${input}(</code>|:)`));
      expect(run.visibleStdout).toMatch(/^::error /m);
      expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      for (const form of leakedForms(CANARY, BASE['email-user'])) {
        expect(context + run.visibleStdout + run.stderr + run.summary + JSON.stringify(run.outputs)).not.toContain(form);
      }
    });
  },
);
