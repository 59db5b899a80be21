// The built action after a deploy: a health route that returns the server's own report.
import { afterAll, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../src/report/model.js';
import { startHttpServer, type RunningHttp } from '../test-support/http.js';
import { runAction } from './helpers/run-dist.js';

const closers: RunningHttp[] = [];
afterAll(async () => {
  await Promise.all(closers.map((c) => c.close()));
});

/** What checkEmailHealth() answers from a server whose password is an ordinary login password. */
const serverReport: Report = {
  schemaVersion: 1,
  tool: 'email-deploy-check',
  version: '0.1.0',
  status: 'fail',
  language: 'en',
  // Five minutes before the request: a report from the route's cache.
  startedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
  durationMs: 420,
  where: { mode: 'route', runner: 'server' },
  target: { provider: 'qq', host: 'smtp.qq.com', port: 465, secure: true, user: 'app@qq.com', from: 'app@qq.com' },
  counts: { pass: 1, warn: 0, fail: 1, skip: 0 },
  results: [
    {
      id: 'tcp.connect',
      group: 'tcp',
      status: 'pass',
      cause: 'tcp-connected',
      title: 'TCP connection',
      message: 'Connected',
      params: { address: '203.0.113.9', port: 465, ms: 31 },
      durationMs: 31,
    },
    {
      id: 'smtp.auth',
      group: 'smtp',
      status: 'fail',
      cause: 'auth-qq-authorization-code',
      title: 'Login (AUTH)',
      message: 'QQ Mail refused the login',
      fix: 'Generate an authorization code',
      params: { reply: '535 Login Fail. Please enter your authorization code', code: 535 },
      durationMs: 300,
    },
  ],
};

test("a server report with a critical item fails the workflow and shows under 'From your server'", async () => {
  const app = await startHttpServer((_req, res) =>
    res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify(serverReport)),
  );
  closers.push(app);
  const run = await runAction({ 'health-url': `${app.url}/api/email/health`, checks: 'health,server', timeout: '2' });
  expect(run.code).toBe(1);
  expect(run.outputs.status).toBe('fail');
  expect(run.summary).toContain('<h3>From your server</h3>');
  expect(run.summary).toContain('From your server: Login (AUTH)');
  expect(run.summary).toContain('16-letter authorization code');
  expect(run.visibleStdout).toMatch(/^::error title=email-deploy-check%3A From your server%3A Login \(AUTH\)::/m);
  // The server's section: what the server checked and how old its report is, then its items with its own
  // timings and no prefix on each row.
  const section = run.summary.slice(run.summary.indexOf('<h3>From your server</h3>'));
  expect(section).toContain(
    'Your server checked qq at smtp.qq.com:465 (TLS); this report is 5 min old, from the route&#39;s cache.</td><td>420\u00a0ms</td>',
  );
  expect(section).toMatch(/<td>Login \(AUTH\)<\/td><td>QQ Mail refused the login[^]*?<\/td><td>300\u00a0ms<\/td>/);
  expect(section).not.toMatch(/<td>From your server: /);
});

test('a report made for this request is said to be fresh', async () => {
  const fresh = { ...serverReport, status: 'pass', startedAt: new Date().toISOString(), results: [serverReport.results[0]] };
  const app = await startHttpServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(fresh)));
  closers.push(app);
  const run = await runAction({ 'health-url': `${app.url}/api/email/health`, checks: 'health,server', timeout: '2' });
  expect(run.code).toBe(0);
  expect(run.summary).toContain('Your server checked qq at smtp.qq.com:465 (TLS) just now.</td><td>420\u00a0ms</td>');
  expect(run.summary).toMatch(/<td>TCP connection<\/td><td>Connected to 203\.0\.113\.9:465 in 31 ms\.<\/td><td>31\u00a0ms<\/td>/);
});

test('a health endpoint that redirects to a login page fails the workflow', async () => {
  const app = await startHttpServer((req, res) =>
    req.url === '/login' ? res.writeHead(200).end('login') : res.writeHead(302, { location: '/login' }).end(),
  );
  closers.push(app);
  const run = await runAction({ 'health-url': app.url, checks: 'health', timeout: '2' });
  expect(run.code).toBe(1);
  expect(run.summary).toContain('redirects (302)');
});

test('the built library: checkEmailHealth from the bundled library, as an app imports the package', async () => {
  const { runProcess, DIST } = await import('./helpers/run-dist.js');
  const script = `const { checkEmailHealth } = await import(${JSON.stringify(`${DIST}/lib/index.js`)});
const { status, report } = await checkEmailHealth({ env: { EMAIL_USER: 'dev@qq.com', EMAIL_PASSWORD: '', NODE_ENV: 'production' }, inputs: { checks: 'env' } });
console.log(JSON.stringify({ status, verdict: report.status, mode: report.where.mode, causes: report.results.map((r) => r.cause) }));`;
  const run = await runProcess(['--input-type=module', '-e', script], { PATH: process.env.PATH });
  expect(run.code).toBe(0);
  const out = JSON.parse(run.stdout) as { status: number; verdict: string; mode: string; causes: string[] };
  expect(out).toMatchObject({ status: 503, verdict: 'fail', mode: 'route' });
  expect(out.causes).toContain('password-missing');
});

test("the README's post-deploy step (only health-url) passes against a healthy server, with no word of SMTP secrets", async () => {
  const { runAction } = await import('./helpers/run-dist.js');
  const { startHttpServer } = await import('../test-support/http.js');
  const healthy = JSON.stringify({
    schemaVersion: 1,
    tool: 'email-deploy-check',
    status: 'pass',
    results: [
      {
        id: 'smtp.auth',
        group: 'smtp',
        status: 'pass',
        cause: 'auth-ok',
        title: 'Login (AUTH)',
        message: 'Logged in.',
        params: { user: 'app@demo.example', method: 'PLAIN' },
        durationMs: 3,
      },
    ],
  });
  const app = await startHttpServer((req, res) =>
    req.headers.authorization === 'Bearer t0ken-for-health'
      ? res.writeHead(200, { 'content-type': 'application/json' }).end(healthy)
      : res.writeHead(401).end(),
  );
  try {
    const run = await runAction({
      'health-url': `${app.url}/api/email/health`,
      'health-attempts': '5',
      'health-headers': 'Authorization: Bearer t0ken-for-health',
    });
    expect([run.code, run.outputs.status]).toEqual([0, 'pass']);
    const report = JSON.parse(run.outputs.report ?? '') as { results: { group: string }[] };
    expect(report.results.map((r) => r.group).filter((g) => ['dns', 'tcp', 'tls', 'smtp', 'send'].includes(g))).toEqual([]);
    expect(report.results.some((r) => r.group === 'env' && (r as { id?: string }).id !== 'env.inputs')).toBe(false);
  } finally {
    await app.close();
  }
});

test('the CLI on a server, beside an app .env and no git repository, raises no git finding', async () => {
  const { runCliProcess } = await import('./helpers/run-dist.js');
  const dir = mkdtempSync(join(tmpdir(), 'edc-server-'));
  writeFileSync(join(dir, '.env'), 'EMAIL_USER=dev@qq.com\nEMAIL_PASSWORD=abcdefghijklmnop\nEMAIL_PROVIDER=qq\nNODE_ENV=production\n');
  const run = await runCliProcess(['--checks', 'env,lint', '--json'], {}, dir);
  const report = JSON.parse(run.stdout) as { results: { cause: string }[] };
  expect(report.results.map((r) => r.cause).filter((c) => /committed|not-ignored/.test(c))).toEqual([]);
  expect(run.code).toBe(0);
});
