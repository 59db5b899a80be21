// Application logs (PM2's layout) scanned for mail errors, grouped by cause, explained by the diagnosis table.
import { expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOG_TAIL_BYTES } from '../src/logs/files.js';
import { scanLogText, type LogFinding } from '../src/logs/scan.js';

/** The one finding of a text, or undefined; more than one fails the test. */
function classifyLogLine(text: string, provider?: string): LogFinding | undefined {
  const findings = scanLogText(text, provider ? { provider } : {});
  expect(findings.length).toBeLessThanOrEqual(1);
  return findings[0];
}
import { runAll } from './helpers/network.js';

const PM2_LOG = [
  '2026-11-25T09:58:01: Server listening on 3000',
  '2026-11-25T09:59:12: GET /api/email/health 200 3 ms',
  '2026-11-25T10:00:00: Error: Invalid login: 535 Login Fail. Please enter your authorization code to login. More information in https://service.mail.qq.com/detail/0/53',
  '2026-11-25T10:00:00:     at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19) {',
  "2026-11-25T10:00:00:   code: 'EAUTH',",
  '2026-11-25T10:00:00:   responseCode: 535,',
  '2026-11-25T10:05:00: Error: Invalid login: 535 Login Fail. Please enter your authorization code to login.',
  '2026-11-25T10:07:30: Error: Greeting never received',
  '2026-11-25T10:09:00: POST /api/email/send-code 500 120 ms',
  '2026-11-25T10:10:00: Error: connect ECONNREFUSED 10.0.0.5:465 (smtp)',
].join('\n');

test('classifyLogLine: mail errors are recognised; HTTP access lines and stack frames are not', () => {
  expect(classifyLogLine('Error: Invalid login: 535 Login Fail. Please enter your authorization code', 'qq')?.cause).toBe(
    'auth-qq-authorization-code',
  );
  // A property line of a printed error belongs to the error above it: it is not a second failure.
  expect(classifyLogLine("  code: 'EAUTH',")).toBeUndefined();
  expect(classifyLogLine('2026-11-25T10:00:00:   responseCode: 535,')).toBeUndefined();
  expect(classifyLogLine('Error: Greeting never received')?.cause).toBe('session-timeout');
  expect(classifyLogLine('Error: Mail command failed: 553 Mail from must equal authorized user', '163')?.cause).toBe(
    'sender-must-equal-user',
  );
  expect(classifyLogLine("Error: Can't send mail - all recipients were rejected: 550 5.1.1 User unknown")?.cause).toBe(
    'recipient-rejected',
  );
  expect(classifyLogLine('POST /api/email/send-code 500 120 ms')).toBeUndefined();
  expect(classifyLogLine('GET /health 200 3 ms')).toBeUndefined();
  expect(classifyLogLine('Database ECONNREFUSED 127.0.0.1:5432')).toBeUndefined();
  expect(classifyLogLine('2026-11-25T10:00:00: Error: Invalid login: 535 x')?.timestamp).toBe('2026-11-25 10:00:00');
});

test('a PM2 error log is summarised by cause, with counts, last-seen time and the fix', async () => {
  const home = mkdtempSync(join(tmpdir(), 'edc-pm2-'));
  mkdirSync(join(home, 'logs'));
  writeFileSync(join(home, 'logs', 'app-error.log'), PM2_LOG);
  writeFileSync(join(home, 'logs', 'app-out.log'), 'all good\n');
  const run = await runAll({ 'log-files': `${home}/logs/*.log`, 'email-provider': 'qq', checks: 'logs' });
  const findings = run.results.filter((r) => r.id.startsWith('logs.scan'));
  const byCause = Object.fromEntries(findings.map((r) => [r.cause, r]));
  expect(byCause['auth-qq-authorization-code']).toMatchObject({ status: 'warn', params: { count: 2, last: '2026-11-25 10:05:00' } });
  expect(byCause['session-timeout']).toMatchObject({ params: { count: 1 } });
  expect(byCause['smtp-connection-refused']).toMatchObject({ params: { count: 1 } });
  expect(findings[0]?.cause).toBe('auth-qq-authorization-code');
  expect(findings[0]?.id).toBe('logs.scan:auth-failed:auth-qq-authorization-code');
});

test('only the tail of a large log is read, and a clean log passes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'edc-logs-'));
  const old = 'Error: Invalid login: 535 old failure\n';
  writeFileSync(join(dir, 'big.log'), old + 'x'.repeat(LOG_TAIL_BYTES + 10) + '\nall fine\n');
  const run = await runAll({ 'log-files': join(dir, '*.log'), checks: 'logs' });
  expect(run.get('logs.scan')).toMatchObject({ status: 'pass', cause: 'logs-clean', params: { files: 1 } });
});

test('no file matching the globs is a warning naming them', async () => {
  const run = await runAll({ 'log-files': '/nonexistent-dir/*.log', checks: 'logs' });
  expect(run.get('logs.scan')).toMatchObject({ status: 'warn', cause: 'logs-none-found', params: { patterns: '/nonexistent-dir/*.log' } });
});

test('a NetEase 535 in a log is the authorization-code diagnosis', () => {
  expect(classifyLogLine('Error: Invalid login: 535 Error: authentication failed', '163')?.cause).toBe('auth-netease-authorization-code');
});
