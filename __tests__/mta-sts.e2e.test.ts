// MTA-STS end to end through the built CLI: the `_mta-sts` record and MX hosts from the local DNS server, the
// policy file over HTTPS from 127.0.0.1:443 (RFC 8461 fixes the port, so this needs root; .ci/run is root),
// its certificate trusted through NODE_EXTRA_CA_CERTS exactly as a user with a private CA would.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:https';
import type { Report } from '../src/report/model.js';
import { createCertificateAuthority } from '../test-support/certs.js';
import { startDnsServer, type RunningDns } from '../test-support/dns.js';
import { writeTemp } from './helpers/network.js';
import { runCliProcess } from './helpers/run-dist.js';

const POLICIES: Record<string, string> = {
  'mta-sts.ok.test': 'version: STSv1\nmode: enforce\nmx: *.ok.test\nmax_age: 1209600\n',
  'mta-sts.drift.test': 'version: STSv1\nmode: enforce\nmx: mx1.drift.test\nmax_age: 1209600\n',
  'mta-sts.trial.test': 'version: STSv1\nmode: testing\nmx: mx.trial.test\nmax_age: 3600\n',
};

let dns: RunningDns;
let https: Server | undefined;
let caFile: string;
/** Port 443 needs root; without it the suite says so and skips (CI runs as root and must run it). */
const unavailable = process.getuid?.() === 0 ? undefined : 'port 443 needs root';
if (unavailable && process.env.EDC_CI === '1') throw new Error(`MTA-STS test server: ${unavailable}`);
if (unavailable) console.warn(`MTA-STS fetch tests skipped: ${unavailable}`);

beforeAll(async () => {
  const ca = createCertificateAuthority();
  caFile = writeTemp('ca.pem', ca.cert);
  const pem = ca.issue({ names: Object.keys(POLICIES) });
  const mx = (...hosts: string[]) => ({ MX: hosts.map((exchange, i) => ({ priority: 10 * (i + 1), exchange })) });
  dns = await startDnsServer({
    'ok.test': mx('mx.ok.test'),
    '_mta-sts.ok.test': { TXT: ['v=STSv1; id=2026112501'] },
    'mta-sts.ok.test': { A: ['127.0.0.1'] },
    'drift.test': mx('mx1.drift.test', 'mx2.backup-host.test'),
    '_mta-sts.drift.test': { TXT: ['v=STSv1; id=2026112502'] },
    'mta-sts.drift.test': { A: ['127.0.0.1'] },
    'trial.test': mx('mx.trial.test'),
    '_mta-sts.trial.test': { TXT: ['v=STSv1; id=2026112503'] },
    'mta-sts.trial.test': { A: ['127.0.0.1'] },
  });
  const server = createServer({ key: pem.key, cert: pem.cert }, (req, res) => {
    const policy = req.url === '/.well-known/mta-sts.txt' ? POLICIES[req.headers.host ?? ''] : undefined;
    res.writeHead(policy ? 200 : 404, { 'content-type': 'text/plain' });
    res.end(policy ?? 'not found');
  });
  if (unavailable) return;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(443, '127.0.0.1', () => resolve());
  });
  https = server;
});
afterAll(async () => {
  await dns.close();
  await new Promise((resolve) => (https ? https.close(resolve) : resolve(undefined)));
});

async function policyOf(domain: string): Promise<Report['results']> {
  const run = await runCliProcess(
    [
      '--from',
      `app@${domain}`,
      '--host',
      '127.0.0.1',
      '--checks',
      'deliverability',
      '--dns-servers',
      dns.server,
      '--timeout',
      '3',
      '--json',
    ],
    { NODE_EXTRA_CA_CERTS: caFile },
  );
  return (JSON.parse(run.stdout) as Report).results.filter((r) => r.id.startsWith('deliverability.mta-sts'));
}

(unavailable ? describe.skip : describe)('MTA-STS policies fetched over HTTPS', () => {
  test('an enforced policy whose patterns cover the MX hosts passes', async () => {
    expect(await policyOf('ok.test')).toMatchObject([
      { status: 'pass', cause: 'mta-sts-ok', params: { mode: 'enforce', patterns: '*.ok.test', maxAge: 1209600 } },
    ]);
  });

  test('an MX the enforced policy does not list is critical: senders would refuse to deliver there', async () => {
    expect(await policyOf('drift.test')).toMatchObject([
      { id: 'deliverability.mta-sts:mx', status: 'fail', cause: 'mta-sts-mx-mismatch', params: { hosts: 'mx2.backup-host.test' } },
    ]);
  });

  test('testing mode and a short max_age are warnings', async () => {
    const results = await policyOf('trial.test');
    expect(results.map((r) => [r.id, r.status, r.cause])).toEqual([
      ['deliverability.mta-sts:mode', 'warn', 'mta-sts-not-enforced'],
      ['deliverability.mta-sts:max_age', 'warn', 'mta-sts-max-age-short'],
    ]);
  });
});
