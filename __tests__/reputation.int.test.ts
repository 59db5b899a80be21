// The sending address's standing, through a real DNS server on a loopback UDP port standing in for the resolvers
// of `dns-servers`: reverse names, forward confirmation, block lists that list, pass, or refuse a public resolver.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { isPrivateAddress, listings, reverseName } from '../src/net/reputation.js';
import { resolveFn } from '../src/net/resolve.js';
import { startDnsServer, type RunningDns } from '../test-support/dns.js';

let dns: RunningDns;
beforeAll(async () => {
  // 192.0.2.0/24 is TEST-NET-1: documentation addresses, asked here of our own server only.
  dns = await startDnsServer({
    '10.2.0.192.in-addr.arpa': { PTR: ['mail.sender.test'] },
    'mail.sender.test': { A: ['192.0.2.10'] },
    '11.2.0.192.in-addr.arpa': { PTR: ['elsewhere.sender.test'] },
    'elsewhere.sender.test': { A: ['192.0.2.99'] },
    '10.2.0.192.zen.spamhaus.org': { A: ['127.0.0.2'] },
    '11.2.0.192.zen.spamhaus.org': { A: ['127.255.255.254'] },
    '10.2.0.192.bl.spamcop.net': { rcode: 2 },
  });
});
afterAll(() => dns.close());

test('a reverse name that points back is confirmed; one that points elsewhere is not; none is none', async () => {
  const resolve = resolveFn([dns.server], 2000);
  expect(await reverseName('192.0.2.10', resolve)).toEqual({ name: 'mail.sender.test', confirmed: true });
  expect(await reverseName('192.0.2.11', resolve)).toEqual({ name: 'elsewhere.sender.test', confirmed: false });
  expect(await reverseName('192.0.2.12', resolve)).toEqual({ name: '', confirmed: false });
});

test('listed, not listed, and a list that refuses the resolver is "could not check", never "listed"', async () => {
  const resolve = resolveFn([dns.server], 2000);
  expect(await listings('192.0.2.10', resolve)).toEqual([
    { list: 'zen.spamhaus.org', state: 'listed', answer: '127.0.0.2' },
    { list: 'bl.spamcop.net', state: 'unknown', why: 'ESERVFAIL' },
    { list: 'b.barracudacentral.org', state: 'clean' },
  ]);
  expect((await listings('192.0.2.11', resolve))[0]).toEqual({
    list: 'zen.spamhaus.org',
    state: 'unknown',
    why: 'the list answered 127.255.255.254 (it refuses this resolver)',
  });
});

test('private and loopback addresses are never looked up', () => {
  expect(['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '::1', 'fd00::1'].map(isPrivateAddress)).toEqual([
    true,
    true,
    true,
    true,
    true,
    true,
  ]);
  expect(['192.0.2.10', '8.8.8.8', '2001:db8::1'].map(isPrivateAddress)).toEqual([false, false, false]);
});
