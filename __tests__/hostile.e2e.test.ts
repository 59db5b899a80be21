// Tried as an attacker would: hostile text from every untrusted source (an SMTP peer, the deployed app's
// report, a log line, a repository file's name), through the built action and CLI on loopback. Each case
// asserts the channel's property as its reader sees it: the runner's command parser finds no command we
// did not issue, the summary renders no element we did not write, the terminal gets no escape of theirs.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHttpServer } from '../test-support/http.js';
import { dialog, startRawServer } from '../test-support/servers.js';
import { hrefsOf, injectedCommands, PAYLOADS, renderGfm, SUMMARY_TAGS, tagsOf, TERMINAL_CONTROL } from './helpers/channels.js';
import { runAction, runCliProcess, type ActionRun } from './helpers/run-dist.js';

const servers: { close(): Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

/** Every channel of one action run holds against what its reader does. */
function expectChannelsHold(run: ActionRun): void {
  expect(injectedCommands(run.stdout)).toEqual([]);
  const html = renderGfm(run.summary);
  expect(tagsOf(html).filter((tag) => !SUMMARY_TAGS.has(tag))).toEqual([]);
  expect(tagsOf(html).filter((tag) => tag === 'h2')).toHaveLength(1);
  // Links only where our own words hold an address: nothing a peer said becomes a link target.
  for (const href of hrefsOf(html)) expect(href).toMatch(/^https:\/\/[a-z0-9.-]+\.(com|cn)\/[^\s"<>]*$/);
  expect(hrefsOf(html).join(' ')).not.toMatch(/PWNED|evil|attacker/i);
  expect(html).not.toMatch(/<h[1-6][^>]*>[^<]*PWNED/);
  expect(run.stdout).not.toContain('\u001b');
  // The verdict is written whatever the reporters met.
  expect(['pass', 'warn', 'fail']).toContain(run.outputs.status);
}

const SMTP = { 'smtp-host': '127.0.0.1', 'smtp-secure': 'false', 'allow-plaintext-auth': 'true', timeout: '3' };
const LOGIN = { 'email-user': 'app@demo.example', 'email-password': 'pw-123456' };

async function smtpServer(rules: [RegExp, string][], greeting?: string): Promise<number> {
  const server = await startRawServer(dialog(rules, greeting));
  servers.push(server);
  return server.port;
}

describe('an SMTP peer', () => {
  test.concurrent.each(PAYLOADS)('its AUTH reply: %s', async (_name, payload) => {
    const port = await smtpServer([
      [/^EHLO/i, '250-hostile\r\n250 AUTH PLAIN LOGIN'],
      [/^AUTH/i, `535 5.7.8 ${payload}`],
    ]);
    const run = await runAction({ ...SMTP, ...LOGIN, 'smtp-port': String(port), checks: 'env,dns,tcp,tls,smtp' });
    expectChannelsHold(run);
    expect([run.code, run.outputs.status]).toEqual([1, 'fail']);
  });

  test.concurrent.each(PAYLOADS)('its greeting: %s', async (_name, payload) => {
    const port = await smtpServer([[/^EHLO/i, '250-hostile\r\n250 AUTH PLAIN LOGIN']], `220 ${payload}`);
    const run = await runAction({ ...SMTP, ...LOGIN, 'smtp-port': String(port), checks: 'env,dns,tcp,tls,smtp' });
    expectChannelsHold(run);
  });
});

describe("the deployed app's report", () => {
  test.concurrent.each(PAYLOADS)('an item of it: %s', async (_name, payload) => {
    const body = JSON.stringify({
      schemaVersion: 1,
      tool: 'email-deploy-check',
      status: 'fail',
      results: [
        {
          id: `env.x:${payload}`,
          group: 'env',
          status: 'fail',
          cause: 'made-up-cause',
          title: payload,
          message: payload,
          fix: payload,
          params: { p: payload },
          details: [payload],
        },
      ],
    });
    const app = await startHttpServer((_req, res) => res.writeHead(503, { 'content-type': 'application/json' }).end(body));
    servers.push(app);
    const run = await runAction({ 'health-url': app.url, checks: 'health,server', timeout: '3' });
    expectChannelsHold(run);
    expect([run.code, run.outputs.status]).toEqual([1, 'fail']);
  });
});

describe("the app's logs", () => {
  test.concurrent.each(PAYLOADS)('a line of them: %s', async (_name, payload) => {
    const dir = mkdtempSync(join(tmpdir(), 'edc-hostile-logs-'));
    writeFileSync(join(dir, 'app-error.log'), `2026-11-25T10:00:00: Error: Invalid login: 535 ${payload}\n`);
    const run = await runAction({ 'log-files': `${dir}/*.log`, checks: 'logs', 'email-provider': 'qq' });
    expectChannelsHold(run);
  });
});

describe("a repository file's name", () => {
  // A file name cannot hold `/` or NUL: the payloads that can be names.
  const nameable = PAYLOADS.filter(([, payload]) => !payload.includes('/'));
  test.concurrent.each(nameable)('a .env file named with it: %s', async (_name, payload) => {
    const workspace = mkdtempSync(join(tmpdir(), 'edc-hostile-ws-'));
    mkdirSync(join(workspace, 'deploy'));
    writeFileSync(join(workspace, 'deploy', `.env.${payload}`), 'EMAIL_PASSWORD=abcdefghijklmnop\nSMTP_PORT=465\nSMTP_SECURE=false\n');
    const run = await runAction({ checks: 'lint' }, { GITHUB_WORKSPACE: workspace });
    expectChannelsHold(run);
  });
});

describe('the CLI on a terminal', () => {
  test.concurrent.each(PAYLOADS)('an AUTH reply reaches it without control characters: %s', async (_name, payload) => {
    const port = await smtpServer([
      [/^EHLO/i, '250-hostile\r\n250 AUTH PLAIN LOGIN'],
      [/^AUTH/i, `535 ${payload}`],
    ]);
    const run = await runCliProcess(
      [
        '--checks',
        'env,dns,tcp,tls,smtp',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
        '--secure',
        'false',
        '--allow-plaintext-auth',
        'true',
        '--timeout',
        '3',
        '--verbose',
      ],
      { EMAIL_USER: 'app@demo.example', EMAIL_PASSWORD: 'pw-123456' },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('535');
    expect(run.stdout).not.toMatch(TERMINAL_CONTROL);
  });
});
