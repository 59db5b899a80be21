// Hostile text through the reporters in-process: the PR comment as GitHub renders it, the terminal with
// colour, and the channel encoders themselves; redaction of more secret forms; inputs that must never reach
// the envelope; checkEmailHealth's cache.
import { afterAll, describe, expect, test } from '@jest/globals';
import { renderComment } from '../src/github/pr-comment.js';
import { checkEmailHealth } from '../src/index.js';
import { forLog, forMarkdownCell } from '../src/report/encode.js';
import { buildReport, viewOf } from '../src/report/model.js';
import { renderTerminal } from '../src/report/terminal.js';
import { createRedactor, secretVariants } from '../src/secrets.js';
import { secretsOf } from '../src/evaluate.js';
import { readRawInputs } from '../src/settings/read.js';
import type { CheckResult } from '../src/types.js';
import { Text } from '../src/untrusted.js';
import { dialog, startRawServer } from '../test-support/servers.js';
import {
  COMMENT_TAGS,
  hrefsOf,
  OUR_COLOURS,
  PAYLOADS,
  renderGfm,
  runnerCommands,
  SUMMARY_TAGS,
  tagsOf,
  TERMINAL_CONTROL,
} from './helpers/channels.js';
import { runAll } from './helpers/network.js';
import { actionRuntimeFor, settingsFrom } from './helpers/settings.js';

const servers: { close(): Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

/** Results that carry the payload in every place a reporter shows: a quoted reply, a server's own words, a file name. */
function hostileResults(payload: string): CheckResult[] {
  return [
    {
      id: 'smtp.auth',
      group: 'smtp',
      status: 'fail',
      cause: 'auth-failed',
      params: { user: 'app@demo.example', reply: `535 ${payload}` },
      durationMs: 3,
      details: [`S: 535 ${payload}`],
    },
    {
      id: `server.report:${payload}`,
      group: 'server',
      status: 'fail',
      cause: 'server-item-foreign',
      params: { message: payload, fix: payload },
      durationMs: 1,
    },
    {
      id: 'lint.config:x',
      group: 'lint',
      status: 'warn',
      cause: 'lint-env-secret-committed',
      params: { file: `.env.${payload}`, key: 'EMAIL_PASSWORD' },
      durationMs: 1,
      location: { file: `.env.${payload}`, line: 1 },
    },
  ];
}

function hostileView(payload: string) {
  const redactor = createRedactor([]);
  const report = buildReport(hostileResults(payload), settingsFrom({ checks: 'smtp' }), new Date(0), redactor, 5);
  return viewOf(report, redactor);
}

describe('the PR comment, as GitHub renders it', () => {
  test.each(PAYLOADS)('%s', (_name, payload) => {
    const markdown = renderComment(hostileView(payload));
    const html = renderGfm(markdown);
    expect(tagsOf(html).filter((tag) => !COMMENT_TAGS.has(tag))).toEqual([]);
    // No link at all: no run URL was given, and nothing of theirs becomes one.
    expect(tagsOf(html)).not.toContain('a');
    // Outside code spans: no live mention, issue reference or bare URL a linkifier would act on.
    const prose = html.replace(/<code>[\s\S]*?<\/code>/g, '');
    expect(prose).not.toMatch(/@[A-Za-z0-9]|#\d|https?:\/\/|www\./);
    // The quoted reply stays whole inside its code span, whatever backticks it holds.
    expect(html).toMatch(/<code>535 [^<]*PWNED/);
    // One row per result: no line break of theirs split the table.
    expect(html.match(/<tr>/g)).toHaveLength(4);
  });
});

describe('links to a repository line, in the summary and the PR comment', () => {
  const base = `https://github.com/owner/app/blob/${'c'.repeat(40)}/`;
  const linkedView = (payload: string) => {
    const redactor = createRedactor([]);
    const settings = settingsFrom({ checks: 'smtp' }, {}, actionRuntimeFor({ sourceUrl: base }));
    return viewOf(buildReport(hostileResults(payload), settings, new Date(0), redactor, 5), redactor);
  };
  test.each(PAYLOADS)('%s', async (_name, payload) => {
    const { composeSummary } = await import('../src/report/summary.js');
    const view = linkedView(payload);
    const file = `.env.${payload}`;
    const expected = `${base}${file.split('/').map(encodeURIComponent).join('/')}#L1`;
    const summary = renderGfm(composeSummary(view));
    expect(tagsOf(summary).filter((tag) => !SUMMARY_TAGS.has(tag))).toEqual([]);
    const comment = renderGfm(renderComment(view));
    expect(tagsOf(comment).filter((tag) => !COMMENT_TAGS.has(tag))).toEqual([]);
    for (const html of [summary, comment]) {
      const fileLinks = hrefsOf(html).filter((href) => href.startsWith('https://github.com/owner/'));
      // No repository path has an empty, `.` or `..` segment: such a path gets no link. Any other is the file
      // at the commit, every character of theirs percent-encoded.
      if (file.split('/').some((s) => ['', '.', '..'].includes(s))) expect(fileLinks).toEqual([]);
      else expect(fileLinks.map((href) => href.replace(/&amp;/g, '&'))).toContain(expected);
      for (const href of hrefsOf(html)) expect(href).not.toMatch(/[\s<>"`]/);
    }
  });
});

describe('the terminal, in colour', () => {
  test.each(PAYLOADS)('%s: only our colours reach it', (_name, payload) => {
    const out = renderTerminal(hostileView(payload), { color: true, verbose: true });
    const withoutOurs = out.replace(OUR_COLOURS, '');
    expect(withoutOurs).not.toMatch(TERMINAL_CONTROL);
    expect(out).toContain('PWNED');
  });
});

describe('the encoders', () => {
  test('a log line never starts a command, whatever it begins with', () => {
    for (const [, payload] of PAYLOADS) {
      expect(runnerCommands(forLog(Text.theirs(payload)))).toEqual([]);
      expect(runnerCommands(forLog(Text.theirs(`  ${payload}`)))).toEqual([]);
    }
  });

  test('a code span holds any run of backticks', () => {
    const html = renderGfm(`| a |\n|---|\n| ${forMarkdownCell(Text.ours('x `').concat(Text.theirs('a ``` b ` c'), '` y'))} |`);
    expect(html).toContain('<code>a ``` b ` c</code>');
  });
});

describe('redaction: more forms, human text only', () => {
  const SECRET = 'S3cret pass!(x)*';
  test.each([
    [
      'form encoding',
      encodeURIComponent(SECRET)
        .replace(/%20/g, '+')
        .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    ],
    ['lowercase percent-encoding', encodeURIComponent(SECRET).replace(/%[0-9A-F]{2}/g, (c) => c.toLowerCase())],
    ['plain', SECRET],
  ])('%s', (_name, form) => {
    const redactor = createRedactor(secretVariants(SECRET));
    expect(redactor.redact(`token=${form}&x=1`)).toBe('token=***&x=1');
  });

  test('the token of an Authorization header is a secret on its own; a malformed line is all secret', () => {
    const raw = readRawInputs(
      (name) => ({ 'health-headers': 'Authorization: Bearer abc.DEF-123_token\nthis-line-is-a-pasted-token-xyz' })[name as string],
      {},
    );
    const redactor = createRedactor(secretsOf(raw));
    expect(redactor.redact('sent abc.DEF-123_token')).toBe('sent ***');
    expect(redactor.redact('line this-line-is-a-pasted-token-xyz')).toBe('line ***');
    expect(settingsFrom({ 'health-headers': 'ok: 1\nthis-line-is-a-pasted-token-xyz' }).problems).toEqual([
      { input: 'health-headers', cause: 'input-bad-header', params: { input: 'health-headers', line: 2 } },
    ]);
  });

  test('user-info and token-like query values of health-url and smoke-url are secrets', () => {
    const raw = readRawInputs(
      (name) =>
        ({
          'health-url': 'https://ops:pa55word@app.example/health?token=t0ken-value&page=2',
          'smoke-url': 'https://app.example/s?api_key=k3y-value',
        })[name as string],
      {},
    );
    const redactor = createRedactor(secretsOf(raw));
    expect(redactor.redact('https://ops:pa55word@app.example/health?token=t0ken-value&page=2')).toBe(
      'https://ops:***@app.example/health?token=***&page=2',
    );
    expect(redactor.redact('api_key=k3y-value')).toBe('api_key=***');
  });

  test('a short secret is never a redaction form', () => {
    expect(secretVariants('a')).toEqual([]);
    expect(secretVariants('abc')).toEqual([]);
    expect(secretVariants('abcd').length).toBeGreaterThan(0);
  });
});

describe('inputs are checked whatever groups run', () => {
  test('a line end in `from` stops the run before the envelope, with checks: smtp only', async () => {
    const commands: string[] = [];
    const server = await startRawServer((socket) => {
      dialog([[/^EHLO/i, '250-x\r\n250 AUTH PLAIN']])(socket);
      socket.on('data', (d: Buffer) => commands.push(d.toString()));
    });
    servers.push(server);
    const run = await runAll({
      'smtp-host': '127.0.0.1',
      'smtp-port': String(server.port),
      'email-user': 'app@demo.example',
      'email-password': 'pw-123456',
      from: 'app@demo.example\r\nRCPT TO:<victim@example.com>',
      checks: 'dns,tcp,tls,smtp',
    });
    expect(run.get('env.inputs:from')).toMatchObject({ status: 'fail', cause: 'input-has-newline' });
    expect(run.get('dns.resolve')).toMatchObject({ status: 'skip', cause: 'prerequisite-failed' });
    expect(commands.join('')).not.toContain('victim');
  });

  test('several test recipients are refused before anything is sent', () => {
    const s = settingsFrom({ 'test-recipient': 'a@example.com, b@example.com' });
    expect(s.testRecipient).toBe('');
    expect(s.problems.map((p) => p.cause)).toContain('input-several-recipients');
  });

  test('a smoke body with GET is an input problem', () => {
    expect(
      settingsFrom({ 'smoke-url': 'https://app.example/x', 'smoke-method': 'GET', 'smoke-body': '{}' }).problems.map((p) => p.cause),
    ).toContain('input-body-with-get');
  });
});

describe('checkEmailHealth', () => {
  test('takes numbers, keys its cache on the environment too, and shares a run in flight', async () => {
    let connections = 0;
    const server = await startRawServer((socket) => {
      connections++;
      dialog([[/^EHLO/i, '250 x']])(socket);
    });
    servers.push(server);
    const env = { SMTP_HOST: '127.0.0.1', EMAIL_USER: 'app@demo.example', EMAIL_PASSWORD: 'pw-123456', NODE_ENV: 'production' };
    const options = { env, inputs: { 'smtp-port': server.port, timeout: 2, checks: 'env,dns,tcp' }, cacheSeconds: 0 };
    const [a, b] = await Promise.all([checkEmailHealth(options), checkEmailHealth(options)]);
    expect(a).toBe(b);
    expect(connections).toBe(1);
    expect(a.report.results.find((r) => r.id === 'tcp.connect')?.status).toBe('pass');
    // Another environment is another run, even within the cache time.
    await checkEmailHealth({ ...options, env: { ...env, EMAIL_USER: 'other@demo.example' }, cacheSeconds: 60 });
    expect(connections).toBe(2);
  });
});

describe('the job summary size', () => {
  test('stays under 1 MiB counted after escaping, and says what it left out', async () => {
    const { composeSummary, SUMMARY_BUDGET_BYTES } = await import('../src/report/summary.js');
    const noisy = '<>&"\''.repeat(400);
    const groups = ['env', 'dns', 'tcp', 'tls', 'smtp', 'send', 'health', 'server', 'deliverability', 'logs', 'lint'] as const;
    const results: CheckResult[] = Array.from({ length: 3000 }, (_, i) => ({
      id: `server.report:item-${i}`,
      group: groups[i % groups.length] ?? 'server',
      status: 'fail',
      cause: 'server-item-foreign',
      params: { message: noisy, fix: noisy },
      durationMs: 1,
      details: [noisy, noisy, noisy],
    }));
    const redactor = createRedactor([]);
    const view = viewOf(buildReport(results, settingsFrom({}), new Date(0), redactor, 5), redactor);
    const summary = composeSummary(view);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
    expect(summary).toMatch(/cut here|more raw details left out|more results in this group/);
    // Still well-formed: every table that opens, closes.
    expect(summary.split('<table>').length).toBe(summary.split('</table>').length);
  });
});

describe("a server report's own target and timings", () => {
  const body = (extra: Record<string, unknown>, item: Record<string, unknown> = {}) =>
    JSON.stringify({
      schemaVersion: 1,
      tool: 'email-deploy-check',
      status: 'pass',
      results: [{ id: 'tcp.connect', group: 'tcp', status: 'pass', cause: 'tcp-connected', message: 'ok', ...item }],
      ...extra,
    });
  const good = { provider: 'qq', host: 'smtp.qq.com', port: 465, secure: true };

  test('are read when well-formed', async () => {
    const { readServerReport } = await import('../src/net/server-report.js');
    const report = readServerReport(body({ target: good, startedAt: '2026-11-25T10:00:00.000Z', durationMs: 420 }, { durationMs: 31 }));
    expect(report?.target).toEqual(good);
    expect(report?.finishedAt).toBe(Date.parse('2026-11-25T10:00:00.420Z'));
    expect(report?.durationMs).toBe(420);
    expect(report?.items[0]?.durationMs).toBe(31);
  });

  test.each([
    ['a host past 255 characters', { target: { ...good, host: 'h'.repeat(256) } }],
    ['port 0', { target: { ...good, port: 0 } }],
    ['a port as text', { target: { ...good, port: '465' } }],
    ['secure as text', { target: { ...good, secure: 'yes' } }],
    ['a target that is a list', { target: [good] }],
  ])('are dropped, never trusted, for %s', async (_name, extra) => {
    const { readServerReport } = await import('../src/net/server-report.js');
    const report = readServerReport(body(extra));
    expect(report?.target).toBeUndefined();
    // The items are still read: a bad target costs only the target row.
    expect(report?.items).toHaveLength(1);
  });

  test.each([
    ['negative', -5],
    ['past a day', 1e99],
    ['text', '31'],
  ])('a duration that is %s is not shown as the server timing', async (_name, durationMs) => {
    const { readServerReport } = await import('../src/net/server-report.js');
    const report = readServerReport(body({ startedAt: 'yesterday', durationMs }, { durationMs }));
    expect(report?.items[0]?.durationMs).toBeUndefined();
    expect(report?.durationMs).toBeUndefined();
    expect(report?.finishedAt).toBeUndefined();
  });
});

describe('web addresses in the summary', () => {
  test('ours become links, ending before the sentence does; theirs stay text', async () => {
    const { forHtml } = await import('../src/report/encode.js');
    const html = forHtml(
      Text.ours(
        'Create one at https://support.google.com/accounts/answer/185833. 见 https://service.mail.qq.com/detail/0/75），然后 ',
      ).concat(Text.theirs('https://evil.example/login')),
    );
    expect(html).toBe(
      'Create one at <a href="https://support.google.com/accounts/answer/185833">https://support.google.com/accounts/answer/185833</a>. ' +
        '见 <a href="https://service.mail.qq.com/detail/0/75">https://service.mail.qq.com/detail/0/75</a>），然后 https://evil.example/login',
    );
  });
});

describe('line ends in their text', () => {
  test('become <br> in the summary, whatever the line end; the controls around them still go', async () => {
    const { forHtml } = await import('../src/report/encode.js');
    const html = forHtml(
      Text.ours('Reply: ').concat(Text.theirs('535-5.7.8 one\r\n535-5.7.8 two\n535\u0085three\u2028<b>four</b>\u0007\r')),
    );
    expect(html).toBe('Reply: 535-5.7.8 one<br>535-5.7.8 two<br>535<br>three<br>&lt;b&gt;four&lt;/b&gt;<br>');
  });
});
