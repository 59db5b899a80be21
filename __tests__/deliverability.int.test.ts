// SPF, DKIM, DMARC and MX of the sender's domain, served by a real DNS server on a loopback UDP port.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { isValidRua } from '../src/checks/deliverability.js';
import { startDnsServer, type RunningDns, type Zone } from '../test-support/dns.js';
import { runAll } from './helpers/network.js';

const dkimKey = (bits: number): string =>
  generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');

const MX = { MX: [{ priority: 10, exchange: 'mx.good.test' }] };
const DMARC_OK = 'v=DMARC1; p=reject; rua=mailto:dmarc@good.test';
const includes = Array.from({ length: 11 }, (_, i) => `include:i${i}.lookups.test`).join(' ');

function zone(): Zone {
  const z: Zone = {
    'good.test': { ...MX, TXT: ['v=spf1 ip4:127.0.0.1 -all', 'google-site-verification=abc'] },
    'mx.good.test': { A: ['127.0.0.1'] },
    's1._domainkey.good.test': { TXT: [`v=DKIM1; k=rsa; p=${dkimKey(2048)}`] },
    's1024._domainkey.good.test': { TXT: [`v=DKIM1; k=rsa; p=${dkimKey(1024)}`] },
    's512._domainkey.good.test': { TXT: [`v=DKIM1; k=rsa; p=${dkimKey(512)}`] },
    'revoked._domainkey.good.test': { TXT: ['v=DKIM1; k=rsa; p='] },
    '_dmarc.good.test': { TXT: [DMARC_OK] },
    'twospf.test': { ...MX, TXT: ['v=spf1 ip4:127.0.0.1 -all', 'v=spf1 include:spf.example -all'] },
    'lookups.test': { ...MX, TXT: [`v=spf1 ${includes} -all`] },
    'voids.test': { ...MX, TXT: ['v=spf1 a:v1.voids.test a:v2.voids.test a:v3.voids.test ip4:127.0.0.1 -all'] },
    'plusall.test': { ...MX, TXT: ['v=spf1 +all'] },
    'noall.test': { ...MX, TXT: ['v=spf1 ip4:127.0.0.1'] },
    'nospf.test': { ...MX, TXT: ['hello'] },
    'pnone.test': { ...MX, TXT: ['v=spf1 ip4:127.0.0.1 -all'] },
    '_dmarc.pnone.test': { TXT: ['v=DMARC1; p=none; rua=dmarc@pnone.test'] },
    'twodmarc.test': { ...MX, TXT: ['v=spf1 ip4:127.0.0.1 -all'] },
    '_dmarc.twodmarc.test': { TXT: [DMARC_OK, 'v=DMARC1; p=none'] },
    'nomx.test': { TXT: ['v=spf1 ip4:127.0.0.1 -all'] },
    'broken.test': { rcode: 2 },
    '_smtp._tls.good.test': { TXT: ['v=TLSRPTv1; rua=mailto:tls@good.test,https://reports.good.test/tls'] },
    '_smtp._tls.pnone.test': { TXT: ['v=TLSRPTv1; rua=tls@pnone.test'] },
    'default._bimi.good.test': { TXT: ['v=BIMI1; l=https://good.test/logo.svg; a=https://good.test/vmc.pem'] },
    'default._bimi.pnone.test': { TXT: ['v=BIMI1; l=https://pnone.test/logo.svg'] },
    'default._bimi.nospf.test': { TXT: ['v=BIMI1; l=http://nospf.test/logo.png'] },
    '_mta-sts.nospf.test': { TXT: ['v=STSv1; id=20261125T000000'] },
  };
  for (let i = 0; i < 11; i++) z[`i${i}.lookups.test`] = { TXT: ['v=spf1 -all'] };
  return z;
}

let dns: RunningDns;
beforeAll(async () => {
  dns = await startDnsServer(zone());
});
afterAll(async () => {
  await dns.close();
});

const check = (domain: string, extra: Record<string, string> = {}) =>
  runAll({ from: `app@${domain}`, 'smtp-host': '127.0.0.1', 'dns-servers': dns.server, checks: 'deliverability', timeout: '2', ...extra });

test('a well-configured domain passes MX, SPF, DKIM and DMARC', async () => {
  const run = await check('good.test', { 'dkim-selector': 's1' });
  expect(run.get('deliverability.mx')).toMatchObject({ status: 'pass', params: { hosts: 'mx.good.test' } });
  expect(run.get('deliverability.spf')).toMatchObject({ status: 'pass', cause: 'spf-ok', params: { result: 'pass' } });
  expect(run.get('deliverability.dkim')).toMatchObject({ status: 'pass', cause: 'dkim-ok', params: { bits: 2048 } });
  expect(run.get('deliverability.dmarc')).toMatchObject({ status: 'pass', cause: 'dmarc-ok', params: { policy: 'reject' } });
});

test.each([
  ['twospf.test', 'deliverability.spf', 'fail', 'spf-multiple'],
  ['lookups.test', 'deliverability.spf:lookups', 'fail', 'spf-too-many-lookups'],
  ['voids.test', 'deliverability.spf:void', 'fail', 'spf-too-many-void-lookups'],
  ['plusall.test', 'deliverability.spf:all', 'fail', 'spf-pass-all'],
  ['noall.test', 'deliverability.spf:all', 'warn', 'spf-no-all'],
  ['nospf.test', 'deliverability.spf', 'fail', 'spf-missing'],
  ['pnone.test', 'deliverability.dmarc:p', 'warn', 'dmarc-p-none'],
  ['pnone.test', 'deliverability.dmarc:rua', 'warn', 'dmarc-bad-rua'],
  ['twodmarc.test', 'deliverability.dmarc', 'fail', 'dmarc-multiple'],
  ['nospf.test', 'deliverability.dmarc', 'warn', 'dmarc-missing'],
  ['nomx.test', 'deliverability.mx', 'warn', 'mx-missing'],
  ['broken.test', 'deliverability.spf', 'fail', 'deliverability-dns-error'],
])('%s: %s is %s (%s)', async (domain, id, status, cause) => {
  const run = await check(domain);
  expect(run.get(id)).toMatchObject({ status, cause });
  expect(run.elapsedMs).toBeLessThan(6000);
});

test('the lookup count is reported', async () => {
  const run = await check('lookups.test');
  expect(run.get('deliverability.spf:lookups').params).toMatchObject({ lookups: 11, limit: 10 });
});

test.each([
  ['s1024', 'warn', 'dkim-short-key'],
  ['s512', 'fail', 'dkim-weak-key'],
  ['revoked', 'fail', 'dkim-revoked'],
  ['nothere', 'fail', 'dkim-missing'],
])('DKIM selector %s: %s %s', async (selector, status, cause) => {
  const run = await check('good.test', { 'dkim-selector': selector });
  expect(run.get('deliverability.dkim')).toMatchObject({ status, cause });
});

test('public mailbox domains are skipped: the provider owns their DNS', async () => {
  const run = await check('qq.com', { 'dkim-selector': 's1' });
  for (const id of ['deliverability.mx', 'deliverability.spf', 'deliverability.dkim', 'deliverability.dmarc']) {
    expect(run.get(id)).toMatchObject({ status: 'skip', cause: 'deliverability-public-domain', params: { provider: 'qq' } });
  }
  expect(dns.queries.some((q) => q.includes('qq.com'))).toBe(false);
});

test('rua syntax', () => {
  expect(isValidRua('mailto:a@b.example')).toBe(true);
  expect(isValidRua('mailto:a@b.example!10m, mailto:c@d.example')).toBe(true);
  expect(isValidRua('a@b.example')).toBe(false);
  expect(isValidRua('https://b.example/report')).toBe(false);
});

test('TLS-RPT and BIMI where published, judged; absent ones are optional skips', async () => {
  const good = await check('good.test');
  expect(good.get('deliverability.tls-rpt')).toMatchObject({ status: 'pass', cause: 'tls-rpt-ok' });
  expect(good.get('deliverability.bimi')).toMatchObject({
    status: 'pass',
    cause: 'bimi-ok',
    params: { logo: 'https://good.test/logo.svg' },
  });
  expect(good.get('deliverability.mta-sts')).toMatchObject({ status: 'skip', cause: 'mta-sts-absent' });
  const pnone = await check('pnone.test');
  expect(pnone.get('deliverability.tls-rpt')).toMatchObject({ status: 'warn', cause: 'tls-rpt-invalid' });
  expect(pnone.get('deliverability.bimi')).toMatchObject({ status: 'warn', cause: 'bimi-dmarc-not-enforced', params: { policy: 'none' } });
  const nospf = await check('nospf.test');
  expect(nospf.get('deliverability.bimi')).toMatchObject({ status: 'warn', cause: 'bimi-invalid' });
  expect(nospf.get('deliverability.tls-rpt')).toMatchObject({ status: 'skip', cause: 'tls-rpt-absent' });
});

test('an _mta-sts record whose policy host does not exist is a warning, asked through dns-servers only', async () => {
  const run = await check('nospf.test');
  expect(run.get('deliverability.mta-sts')).toMatchObject({
    status: 'warn',
    cause: 'mta-sts-unreachable',
    params: { domain: 'nospf.test' },
  });
  expect(dns.queries).toEqual(expect.arrayContaining(['_mta-sts.nospf.test TXT', 'mta-sts.nospf.test A']));
});
