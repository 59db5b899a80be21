// The failover chain against a real MTA, as the issue will be checked: Postfix (logins checked by Dovecot's
// SASL) behind a slow link, the built action with two targets. The primary refusing the login: degraded, exit 0,
// both servers named with Postfix's own 535 before any table; both refusing: exit 1; two targets in about the
// time of one. Postfix relays nowhere; the checks stop at the envelope (MAIL FROM, RCPT TO, RSET).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createCertificateAuthority } from '../test-support/certs.js';
import { startDelayProxy, type DelayProxy } from '../test-support/latency.js';
import { postfixUnavailable, startPostfix, type RunningPostfix } from '../test-support/postfix.js';
import { writeTemp } from './helpers/network.js';
import { leakedForms, runAction } from './helpers/run-dist.js';

const PRIMARY = 'primary@postfix.test';
const BACKUP = 'backup@postfix.test';
const PRIMARY_PW = 'Postfix-Primary-Pw-4417';
const BACKUP_PW = 'Postfix-Backup-Pw-9082';

const unavailable = postfixUnavailable();
if (unavailable && process.env.EDC_CI === '1') throw new Error(`Postfix is required here: ${unavailable}`);
if (unavailable) console.warn(`Postfix tests skipped: ${unavailable}`);
const suite = unavailable ? describe.skip : describe;

suite('a failover chain on a real Postfix behind a slow link', () => {
  let postfix: RunningPostfix;
  let slowA: DelayProxy;
  let slowB: DelayProxy;
  let caFile: string;

  beforeAll(async () => {
    const ca = createCertificateAuthority();
    caFile = writeTemp('ca.pem', ca.cert);
    postfix = await startPostfix({
      users: { [PRIMARY]: PRIMARY_PW, [BACKUP]: BACKUP_PW },
      tls: ca.issue({ names: ['localhost', '127.0.0.1'] }),
    });
    // 50 ms each way, a separate link per target.
    slowA = await startDelayProxy(postfix.port, 50);
    slowB = await startDelayProxy(postfix.port, 50);
  }, 30_000);
  afterAll(async () => {
    await Promise.all([slowA?.close(), slowB?.close()]);
    await postfix?.stop();
  });

  const item = (name: string, port: number, user: string, password: string): string =>
    [
      `- name: ${name}`,
      '  smtp-host: localhost',
      `  smtp-port: ${port}`,
      '  smtp-secure: "false"',
      `  email-user: ${user}`,
      `  email-password: "${password}"`,
    ].join('\n');
  const run = (targets: string) =>
    runAction(
      { checks: 'env,dns,tcp,tls,smtp', 'tls-ca': caFile, timeout: '10', targets },
      { GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '7' },
    );
  const noSecret = (text: string): void => {
    for (const form of [...leakedForms(PRIMARY_PW, PRIMARY), ...leakedForms(BACKUP_PW, BACKUP)]) expect(text).not.toContain(form);
  };

  test('the primary refusing the login: degraded, exit 0, both named with the 535 before any table', async () => {
    const degraded = await run(
      [item('primary', slowA.port, PRIMARY, 'Not-The-Password-1'), item('backup', slowB.port, BACKUP, BACKUP_PW)].join('\n'),
    );
    expect(degraded.code).toBe(0);
    expect(degraded.outputs.status).toBe('warn');
    const head = degraded.summary.slice(0, degraded.summary.indexOf('<table>'));
    expect(head).toMatch(
      /Degraded: the primary primary fails \(Login \(AUTH\):.*535 5\.7\.8 Error: authentication failed.*\); mail goes through the backup backup\./,
    );
    expect(head).toMatch(/Backup backup · custom · localhost:\d+: works/);
    expect(JSON.parse(degraded.outputs.targets ?? '[]')).toEqual([
      { name: 'primary', role: 'primary', status: 'fail', cause: 'auth-failed', category: 'auth-failed' },
      { name: 'backup', role: 'backup', status: 'pass' },
    ]);
    noSecret([degraded.visibleStdout, degraded.stderr, degraded.summary, JSON.stringify(degraded.outputs)].join('\n'));
  }, 60_000);

  test('both refusing: exit 1', async () => {
    const both = await run(
      [item('primary', slowA.port, PRIMARY, 'Not-The-Password-1'), item('backup', slowB.port, BACKUP, 'Not-The-Password-2')].join('\n'),
    );
    expect(both.code).toBe(1);
    expect(both.outputs.status).toBe('fail');
    expect(both.summary).toContain('No mail server works: primary, backup.');
  }, 60_000);

  test('two targets take about the time of one: side by side', async () => {
    const timed = async (targets: string): Promise<number> => {
      const started = performance.now();
      const r = await run(targets);
      expect(r.code).toBe(0);
      return performance.now() - started;
    };
    const one = await timed(item('primary', slowA.port, PRIMARY, PRIMARY_PW));
    const two = await timed([item('primary', slowA.port, PRIMARY, PRIMARY_PW), item('backup', slowB.port, BACKUP, BACKUP_PW)].join('\n'));
    expect(two).toBeLessThan(one * 1.5);
  }, 60_000);
});
