// The app's own mail, end to end on loopback: a real app (HTTP and nodemailer) mails its verification code through
// a real SMTP path into Dovecot; the run asks it to send (smoke-url), finds its mail, reads the code, posts it back.
// The code is a secret: it appears in no output.
import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '../src/evaluate.js';
import { viewOf } from '../src/report/model.js';
import { composeSummary } from '../src/report/summary.js';
import { readRawInputs } from '../src/settings/read.js';
import type { InputName } from '../src/settings/inputs.js';
import { startHttpServer } from '../test-support/http.js';
import { startSignupApp, type SignupApp } from '../test-support/signup-app.js';
import { appMailInputs, BOX, mailboxSuite, SENDER, SENDER_PASSWORD, startMailboxWorld, type MailboxWorld } from './helpers/mailbox.js';
import { actionRuntimeFor } from './helpers/settings.js';

let world: MailboxWorld;
let app: SignupApp;
let logFile: string;

mailboxSuite()("the app's own mail", () => {
  beforeAll(async () => {
    world = await startMailboxWorld();
    app = await startSignupApp({
      smtpPort: world.path.smtp.port,
      ca: world.ca.cert,
      user: SENDER,
      password: SENDER_PASSWORD,
      logFile: (logFile = join(mkdtempSync(join(tmpdir(), 'edc-app-')), 'api.log')),
    });
  }, 30_000);
  afterAll(async () => {
    await app?.close();
    await world?.close();
  });
  beforeEach(() => {
    app.behaviour = 'working';
    app.requests.length = 0;
    world.path.route = 'INBOX';
  });

  const inputs = (more: Partial<Record<InputName, string>> = {}): Partial<Record<InputName, string>> =>
    appMailInputs(world, app.url, { checks: 'app', 'app-mail-subject': 'verification code', 'delivery-timeout': '8', ...more });

  /** The whole run as a door runs it: the report redacted, the secrets it learned recorded. */
  async function run(more: Partial<Record<InputName, string>> = {}) {
    const learned: string[] = [];
    const started = performance.now();
    const raw = readRawInputs((name) => inputs(more)[name], {});
    const evaluation = await evaluate(raw, actionRuntimeFor(), { onSecretForms: (forms) => learned.push(...forms) });
    const result = (id: string) => evaluation.report.results.find((r) => r.id === id);
    return { ...evaluation, learned, result, ms: performance.now() - started, json: JSON.stringify(evaluation.report) };
  }

  test('the working app: its mail is found in the inbox, the code read, posted back and accepted, and never shown', async () => {
    const r = await run();
    const code = app.codes.get(BOX) ?? '';
    expect(code).toMatch(/^\d{6}$/);
    expect(r.result('app.watch')).toMatchObject({ status: 'pass', cause: 'app-watch' });
    expect(r.result('health.smoke')).toMatchObject({ status: 'pass', cause: 'smoke-ok' });
    expect(r.result('app.mail')).toMatchObject({ status: 'pass', cause: 'app-mail-inbox', params: { folder: 'INBOX', from: SENDER } });
    expect(Number(r.result('app.mail')?.params.seconds)).toBeLessThan(8);
    expect(r.result('app.code')).toMatchObject({ status: 'pass', cause: 'app-code-found', params: { length: 6 } });
    expect(r.result('app.verify')).toMatchObject({ status: 'pass', cause: 'app-verify-ok', params: { status: 200 } });
    // Where it came from, as the receiver recorded it; a loopback sender is on no public list.
    expect(r.result('app.origin')).toMatchObject({
      status: 'pass',
      cause: 'origin-ok',
      params: { from: SENDER, helo: 'localhost', ip: '127.0.0.1', spf: 'pass', dkim: 'pass', dmarc: 'pass' },
    });
    expect(r.result('app.origin:reputation')).toMatchObject({ status: 'skip', cause: 'origin-private' });
    expect(r.report.results.filter((x) => x.status === 'fail').map((x) => [x.id, x.cause, x.message])).toEqual([]);
    expect(r.report.status).toBe('pass');
    // The app was called once; the code is registered as a secret and appears nowhere in the report.
    expect(app.requests.filter((q) => q.url === '/api/send-code')).toHaveLength(1);
    expect(r.learned).toContain(code);
    expect(r.json).not.toContain(code);
    // No SMTP secret was asked for: the app sends with its own.
    expect(r.report.results.filter((x) => x.group === 'env' && x.status === 'fail')).toEqual([]);
  });

  test('an app that answers 200 and never sends fails within the delivery deadline, naming the time of its answer', async () => {
    app.behaviour = 'unawaited-failure';
    const r = await run({ 'delivery-timeout': '3' });
    expect(r.result('health.smoke')).toMatchObject({ status: 'pass' });
    expect(r.result('app.mail')).toMatchObject({ status: 'fail', cause: 'app-mail-not-arrived', params: { status: 200, user: BOX } });
    expect(r.result('app.mail')?.message).toMatch(
      /The app answered 200 at \d{4}-\d\d-\d\dT[\d:.]+Z, but no mail reached `box@receiver.test` in 3(\.\d)? s/,
    );
    expect(r.result('app.code')).toMatchObject({ status: 'skip' });
    expect(r.report.status).toBe('fail');
    expect(r.ms).toBeLessThan(3000 + 4000);
    // With its log in reach, the failure it logged after answering comes first, with its family; what the log held
    // before the request does not count.
    writeFileSync(logFile, '0|api | 2026-12-05T00:00:00.000Z: Error: Invalid login: 550 an old failure, logged before this run\n');
    const logged = await run({ 'delivery-timeout': '3', 'log-files': logFile });
    expect(logged.result('app.mail')).toMatchObject({
      status: 'fail',
      cause: 'app-mail-not-arrived-logged',
      params: { status: 200, category: 'auth-failed' },
    });
    expect(logged.result('app.mail')?.message).toMatch(/but its log then recorded a mail failure \(auth-failed\): `.*535.*`/);
    expect(logged.result('app.mail')?.message).not.toContain('550');
    // The summary leads with it: the headline names the app's mail, and the 535 comes before any table.
    const summary = composeSummary(viewOf(logged.report, logged.redactor));
    expect(summary).toMatch(/^<h2>Email deploy check: ❌ The app&#39;s own mail does not work<\/h2>/);
    expect(summary.indexOf('535')).toBeGreaterThan(0);
    expect(summary.indexOf('535')).toBeLessThan(summary.indexOf('<table>'));
    // No SMTP server was looked at: no target line naming one.
    expect(summary).not.toContain('?:587');
    // Without the log, the server's own report (health-url, read after the wait) says why.
    const route = await startHttpServer((_req, res) => {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          schemaVersion: 1,
          tool: 'email-deploy-check',
          status: 'fail',
          results: [
            {
              id: 'smtp.auth',
              group: 'smtp',
              status: 'fail',
              cause: 'auth-failed',
              title: 'Login (AUTH)',
              message: 'The server rejected the login: 535 5.7.8',
            },
          ],
        }),
      );
    });
    try {
      const server = await run({ 'delivery-timeout': '3', 'health-url': `${route.url}/api/email/health` });
      expect(server.result('app.mail')).toMatchObject({ status: 'fail', cause: 'app-mail-not-arrived-server' });
      expect(server.result('app.mail')?.message).toContain(
        "and the server's own report says: `Login (AUTH): The server rejected the login: 535 5.7.8`",
      );
    } finally {
      await route.close();
    }
  });

  test("the app's own rate limit (429) is a warning: called once, nothing looked for", async () => {
    app.behaviour = 'rate-limited';
    const r = await run();
    expect(r.result('health.smoke')).toMatchObject({ status: 'warn', cause: 'smoke-rate-limited', params: { status: 429 } });
    expect(r.result('app.mail')).toMatchObject({ status: 'skip' });
    expect(app.requests).toHaveLength(1);
    expect(r.report.status).toBe('warn');
  });

  test('an app that sends as another account than this run checks: a warning naming both', async () => {
    const r = await run({ from: 'ops@qq.com', 'smtp-host': 'smtp.qq.com' });
    expect(r.result('app.origin')).toMatchObject({
      status: 'warn',
      cause: 'origin-differs',
      params: { from: SENDER, told: 'ops@qq.com', host: 'smtp.qq.com' },
    });
    expect(r.result('app.origin')?.message).toBe(
      'The app sends as `app@demo.example` from `localhost` [127.0.0.1]; this run was told `ops@qq.com` at `smtp.qq.com`.',
    );
  });

  test('a verify endpoint that refuses the code: critical, and its echo of the code is redacted', async () => {
    const r = await run({ 'verify-body': JSON.stringify({ email: 'someone-else@receiver.test', code: '{{code}}' }) });
    const code = app.codes.get(BOX) ?? '';
    expect(r.result('app.verify')).toMatchObject({ status: 'fail', cause: 'app-verify-refused', params: { status: 400 } });
    expect(r.json).toContain('invalid code');
    expect(r.json).not.toContain(code);
  });

  test('a mail in junk is a warning; a code pattern that finds nothing is critical', async () => {
    world.path.route = 'Junk';
    const r = await run({ 'app-mail-code': 'CODE-(\\d{9})' });
    expect(r.result('app.mail')).toMatchObject({ status: 'warn', cause: 'app-mail-junk', params: { folder: 'Junk' } });
    expect(r.result('app.code')).toMatchObject({ status: 'fail', cause: 'app-code-missing' });
    expect(r.result('app.verify')).toMatchObject({ status: 'skip' });
  });
});
