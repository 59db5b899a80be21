// Files someone else planted: a FIFO that never ends, a device that never stops, a link out of the
// workspace or the log folder, a file too large to be a config. Each is refused with a finding that names
// it, within the run's time, and nothing outside is read or quoted.
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../src/report/model.js';
import { runAction, runCliProcess } from './helpers/run-dist.js';

/** A word from /etc/passwd that must never be quoted. */
const OUTSIDE_CONTENT = 'root:x:0:0';

const workspace = (): string => mkdtempSync(join(tmpdir(), 'edc-files-'));
const fifo = (path: string): string => (execFileSync('mkfifo', [path]), path);
const causesOf = (reportJson: string | undefined): string[] => (JSON.parse(reportJson ?? '') as Report).results.map((r) => r.cause);

describe('config lint', () => {
  const cases: [string, (dir: string) => void, string][] = [
    ['.env is a link to a FIFO', (dir) => symlinkSync(fifo(join(dir, 'pipe')), join(dir, '.env')), 'lint-file-not-regular'],
    ['.env is a FIFO itself', (dir) => fifo(join(dir, '.env')), 'lint-file-not-regular'],
    ['.env is a link to /dev/zero', (dir) => symlinkSync('/dev/zero', join(dir, '.env')), 'lint-file-outside'],
    ['.env is a link out of the workspace', (dir) => symlinkSync('/etc/passwd', join(dir, '.env')), 'lint-file-outside'],
    ['.env is 2 MiB', (dir) => writeFileSync(join(dir, '.env'), `A=${'x'.repeat(2 * 1024 * 1024)}\n`), 'lint-file-too-large'],
  ];
  test.concurrent.each(cases)('%s: refused with a finding, the run ends', async (_name, plant, cause) => {
    const dir = workspace();
    plant(dir);
    const run = await runAction({ checks: 'lint', timeout: '3' }, { GITHUB_WORKSPACE: dir });
    expect(run.code).not.toBeNull();
    expect(causesOf(run.outputs.report)).toContain(cause);
    expect(run.elapsedMs).toBeLessThan(15_000);
    expect(`${run.stdout}${run.summary}${run.outputs.report}`).not.toContain(OUTSIDE_CONTENT);
  });
});

describe('tls-ca', () => {
  const cases: [string, (dir: string) => string, string][] = [
    ['/dev/zero', () => '/dev/zero', 'input-file-outside'],
    ['a FIFO in the workspace', (dir) => fifo(join(dir, 'ca.pem')), 'input-file-not-regular'],
    ['a file outside the workspace and the runner temp folder', () => '/etc/passwd', 'input-file-outside'],
  ];
  test.concurrent.each(cases)('%s: refused as an input problem at once', async (_name, path, cause) => {
    const dir = workspace();
    const run = await runAction(
      { 'tls-ca': path(dir), checks: 'env', 'email-provider': 'qq', 'email-user': 'dev@qq.com', 'email-password': 'abcdefghijklmnop' },
      { GITHUB_WORKSPACE: dir },
    );
    expect([run.code, run.outputs.status]).toEqual([1, 'fail']);
    expect(causesOf(run.outputs.report)).toContain(cause);
    expect(run.elapsedMs).toBeLessThan(10_000);
    expect(`${run.stdout}${run.summary}`).not.toContain(OUTSIDE_CONTENT);
  });
});

describe('the log scan', () => {
  const cases: [string, (logs: string) => void, string][] = [
    ['a FIFO named like a log', (logs) => fifo(join(logs, 'app.log')), 'logs-file-not-regular'],
    ['a link out of the log folder', (logs) => symlinkSync('/etc/passwd', join(logs, 'app.log')), 'logs-file-outside'],
  ];
  test.concurrent.each(cases)('%s: refused with a finding that names it', async (_name, plant, cause) => {
    const logs = join(workspace(), 'logs');
    mkdirSync(logs);
    plant(logs);
    const run = await runAction({ 'log-files': `${logs}/*.log`, checks: 'logs', timeout: '3' });
    expect(causesOf(run.outputs.report)).toContain(cause);
    expect(run.elapsedMs).toBeLessThan(15_000);
    expect(`${run.stdout}${run.summary}${run.outputs.report}`).not.toContain(OUTSIDE_CONTENT);
  });
});

describe("the CLI's files", () => {
  // `--dotenv`: Node itself reads a file given as `--env-file`, even after the script, before our code runs.
  test('--dotenv naming a FIFO: a clear message and exit 2, no hang', async () => {
    const dir = workspace();
    const run = await runCliProcess(['--dotenv', fifo(join(dir, 'app.env')), '--checks', 'env'], {}, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a regular file');
  });

  test('--tls-ca /dev/zero on a server: refused at once as not a regular file', async () => {
    const run = await runCliProcess(['--tls-ca', '/dev/zero', '--checks', 'env', '--json'], {
      EMAIL_USER: 'dev@qq.com',
      EMAIL_PASSWORD: 'abcdefghijklmnop',
    });
    expect(run.code).toBe(1);
    expect(causesOf(run.stdout)).toContain('input-file-not-regular');
  });

  test('a 2 MiB ./.env: a clear message and exit 2, not a gigabyte of memory', async () => {
    const dir = workspace();
    writeFileSync(join(dir, '.env'), `EMAIL_USER=${'x'.repeat(2 * 1024 * 1024)}\n`);
    const run = await runCliProcess(['--checks', 'env'], {}, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is larger than 1 MiB');
  });
});
