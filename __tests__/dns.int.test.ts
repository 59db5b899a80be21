// Name resolution through `dns-servers`, against a real DNS server on a loopback UDP port.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { hasGlobalIpv6, resolveFn } from '../src/net/resolve.js';
import { createCertificateAuthority } from '../test-support/certs.js';
import { startDnsServer, type RunningDns } from '../test-support/dns.js';
import { startSmtpServer, type RunningSmtpServer } from '../test-support/servers.js';
import { runAll, writeTemp } from './helpers/network.js';

let dns: RunningDns;
let smtp: RunningSmtpServer;
let caFile: string;

beforeAll(async () => {
  dns = await startDnsServer({
    'mail.good.test': { A: ['127.0.0.1'] },
    'broken.test': { rcode: 2 },
    'slow.test': { silent: true },
    'v6only.test': { AAAA: ['::1'] },
    'noaddress.test': { TXT: ['v=spf1 -all'] },
    'utf8.test': { TXT: ['v=DMARC1; p=none; 备注=邮件 ü'] },
  });
  const ca = createCertificateAuthority();
  caFile = writeTemp('ca.pem', ca.cert);
  const leaf = ca.issue({ names: ['mail.good.test'] });
  smtp = await startSmtpServer({ key: leaf.key, cert: leaf.cert, users: { 'a@good.test': 'secret-password' } });
});
afterAll(async () => {
  await dns.close();
  await smtp.close();
});

const inputs = (host: string) => ({
  'smtp-host': host,
  'smtp-port': String(smtp.port),
  'email-user': 'a@good.test',
  'email-password': 'secret-password',
  'dns-servers': dns.server,
  'tls-ca': caFile,
  timeout: '2',
});

test('a name served by the configured resolver is used for the whole SMTP path', async () => {
  const run = await runAll(inputs('mail.good.test'));
  expect(run.get('dns.resolve')).toMatchObject({
    status: 'pass',
    cause: 'dns-resolved',
    params: { addresses: '127.0.0.1', resolver: dns.server },
  });
  expect(run.get('tls.certificate').status).toBe('pass');
  expect(run.get('smtp.envelope').status).toBe('pass');
  expect(dns.queries).toEqual(expect.arrayContaining(['mail.good.test A', 'mail.good.test AAAA']));
});

test.each([
  ['missing.test', 'dns-nxdomain'],
  ['broken.test', 'dns-servfail'],
  ['slow.test', 'dns-timeout'],
  ['noaddress.test', 'dns-no-address'],
])('%s: %s, within the timeout, and nothing after it runs', async (host, cause) => {
  const run = await runAll(inputs(host));
  expect(run.get('dns.resolve')).toMatchObject({ status: 'fail', cause, params: { host } });
  expect(run.get('tcp.connect')).toMatchObject({ status: 'skip', cause: 'prerequisite-failed' });
  expect(run.elapsedMs).toBeLessThan(3000);
});

test('an AAAA-only host is called out where there is no IPv6 route', async () => {
  const run = await runAll(inputs('v6only.test'));
  if (hasGlobalIpv6()) expect(run.get('dns.resolve').status).toBe('pass');
  else expect(run.get('dns.resolve')).toMatchObject({ status: 'fail', cause: 'dns-ipv6-only', params: { addresses: '::1' } });
});

test('an IP literal skips the lookup', async () => {
  const run = await runAll({ ...inputs('127.0.0.1'), 'tls-reject-unauthorized': 'false' });
  expect(run.get('dns.resolve')).toMatchObject({ status: 'pass', cause: 'dns-ip-literal' });
});

test('a TXT record written in UTF-8 reads as its text, not as Latin-1 mojibake', async () => {
  const resolve = resolveFn([dns.server], 2000);
  expect(await resolve('utf8.test', 'TXT')).toEqual([['v=DMARC1; p=none; 备注=邮件 ü']]);
  expect(await resolve('noaddress.test', 'TXT')).toEqual([['v=spf1 -all']]);
});
