// Hostile input cannot flip the verdict: a crafted server report never passes a failing server, a short
// password never bends a machine field, and the summary stays under GitHub's limit after escaping.
import { afterAll, describe, expect, test } from '@jest/globals';
import { startHttpServer } from '../test-support/http.js';
import type { Report } from '../src/report/model.js';
import { injectedCommands } from './helpers/channels.js';
import { runAction } from './helpers/run-dist.js';

const servers: { close(): Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

const item = (n: number, status = 'pass', extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: `env.item-${n}`,
  group: 'env',
  status,
  cause: 'inputs-valid',
  title: `item ${n}`,
  message: `item ${n}`,
  params: {},
  durationMs: 1,
  ...extra,
});
const report = (fields: Record<string, unknown>): string =>
  JSON.stringify({ schemaVersion: 1, tool: 'email-deploy-check', status: 'pass', results: [item(1)], ...fields });

/** A deployed app whose health route answers `body` with `status`, checked by the built action. */
async function checkServer(status: number, body: string) {
  const app = await startHttpServer((_req, res) => res.writeHead(status, { 'content-type': 'application/json' }).end(body));
  servers.push(app);
  return runAction({ 'health-url': app.url, checks: 'health,server', timeout: '3' });
}

describe('a crafted server report fails the run when the server fails', () => {
  const failing: [string, number, string, string][] = [
    [
      'a failure after item 200',
      200,
      report({ results: [...Array.from({ length: 230 }, (_, i) => item(i)), item(231, 'fail')] }),
      'server-report-cut-failing',
    ],
    ['no items, HTTP 503', 503, report({ results: [] }), 'server-report-failing'],
    ['a passing verdict with HTTP 503', 503, report({}), 'server-report-failing'],
    ['a failing verdict with only passing items', 200, report({ status: 'fail' }), 'server-report-failing'],
    ['an item with status FAIL', 200, report({ results: [item(1, 'FAIL')] }), 'server-report-unreadable'],
    ['details as a string', 200, report({ results: [item(1, 'pass', { details: 'not a list' })] }), 'server-report-unreadable'],
    ['an item that is not an object', 200, report({ results: ['fail'] }), 'server-report-unreadable'],
    ['an unknown verdict', 200, report({ status: 'ok' }), 'server-report-unreadable'],
    ['schema version 2', 200, report({ schemaVersion: 2 }), 'server-report-unreadable'],
    ['results that are not a list', 200, report({ results: { 0: item(1, 'fail') } }), 'server-report-unreadable'],
  ];
  test.concurrent.each(failing)('%s', async (_name, status, body, cause) => {
    const run = await checkServer(status, body);
    expect([run.code, run.outputs.status]).toEqual([1, 'fail']);
    const parsed = JSON.parse(run.outputs.report ?? '') as Report;
    expect(parsed.results.filter((r) => r.status === 'fail').map((r) => r.cause)).toContain(cause);
    expect(run.stderr).toBe('');
  });

  test('a passing report with HTTP 200 passes (the control)', async () => {
    const run = await checkServer(200, report({}));
    expect([run.code, run.outputs.status]).toEqual([0, 'pass']);
  });

  test('500 items of text that grows when escaped: the summary stays under 1 MiB and says what it left out', async () => {
    // Under the 256 KiB the health check reads; every character of it grows fourfold or more when escaped.
    const noisy = '<>&"\''.repeat(24);
    const results = Array.from({ length: 500 }, (_, i) => item(i, i % 7 === 0 ? 'fail' : 'pass', { message: noisy, details: [noisy] }));
    const run = await checkServer(503, report({ status: 'fail', results }));
    expect([run.code, run.outputs.status]).toEqual([1, 'fail']);
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    expect(run.summary).toMatch(/more results in this group|more raw details left out|cut here/);
    expect(injectedCommands(run.stdout)).toEqual([]);
  });
});

describe('a short or odd password never bends the verdict or the report', () => {
  const passwords = ['a', 'ab', 'ail', 'il', ' s '];
  test.concurrent.each(passwords.map((p) => [JSON.stringify(p), p]))('password %s', async (_name, password) => {
    const run = await runAction({ 'email-provider': 'qq', 'email-user': 'dev@qq.com', 'email-password': password, checks: 'env' });
    expect([run.code, run.outputs.status]).toEqual([1, 'fail']);
    const parsed = JSON.parse(run.outputs.report ?? '') as Report;
    expect(parsed.status).toBe('fail');
    expect(parsed.results.find((r) => r.id === 'env.password')).toMatchObject({ status: 'fail', cause: 'password-too-short-to-protect' });
    for (const r of parsed.results) expect(`${r.id} ${r.status} ${r.cause} ${r.group}`).not.toContain('***');
    expect(run.summary).toContain('❌');
  });

  test('a password that is a status word (fail) is redacted in text, never in status, cause or ids', async () => {
    const run = await runAction({ 'email-provider': 'qq', 'email-user': 'dev@qq.com', 'email-password': 'fail', checks: 'env' });
    const parsed = JSON.parse(run.outputs.report ?? '') as Report;
    expect(run.outputs.status).toBe(parsed.status);
    expect(['pass', 'warn', 'fail']).toContain(parsed.status);
    for (const r of parsed.results) {
      expect(['pass', 'warn', 'fail', 'skip']).toContain(r.status);
      expect(r.cause).toMatch(/^[a-z0-9-]+$/);
    }
  });
});
