// deliverability: what decides inbox or spam for the sender's own domain: MX, SPF, DKIM, DMARC.
// SPF evaluation and DMARC policy discovery are mailauth's; we add the linting it does not do.
import { deliverabilityCheck } from '../net/dns-check.js';
import { mxHosts, tagList, txtRecords } from '../net/dns-records.js';
import { resolveHost } from '../net/resolve.js';
import type { Outcome } from '../types.js';

export const SPF_LOOKUP_LIMIT = 10;
export const SPF_VOID_LIMIT = 2;

export const mxCheck = deliverabilityCheck('deliverability.mx', async (domain, resolve): Promise<Outcome> => {
  const hosts = await mxHosts(resolve, domain);
  if (hosts.length === 0) return { status: 'warn', cause: 'mx-missing', params: { domain } };
  const unresolvable: string[] = [];
  await Promise.all(
    hosts.map(async (host) => {
      const [a, aaaa] = await Promise.allSettled([resolve(host, 'A'), resolve(host, 'AAAA')]);
      const found = [a, aaaa].some((r) => r.status === 'fulfilled' && (r.value as unknown[]).length > 0);
      if (!found) unresolvable.push(host);
    }),
  );
  if (unresolvable.length) return { status: 'warn', cause: 'mx-unresolvable', params: { domain, hosts: unresolvable.join(', ') } };
  return { status: 'pass', cause: 'mx-ok', params: { domain, hosts: hosts.slice(0, 5).join(', ') } };
});

export const spfCheck = deliverabilityCheck('deliverability.spf', async (domain, resolve, s): Promise<Outcome | Outcome[]> => {
  const records = (await txtRecords(resolve, domain)).filter((r) => /^v=spf1(\s|$)/i.test(r.trim()));
  if (records.length === 0) return { status: 'fail', cause: 'spf-missing', params: { domain } };
  if (records.length > 1)
    return { status: 'fail', cause: 'spf-multiple', params: { domain, count: records.length, records: records.join(' | ') } };
  const record = records[0]!.trim();
  const findings: Outcome[] = [];
  const terms = record.split(/\s+/).slice(1);
  const all = terms.find((t) => /^[+\-~?]?all$/i.test(t));
  if (all && /^\+?all$/i.test(all)) findings.push({ status: 'fail', cause: 'spf-pass-all', params: { domain, record }, subject: 'all' });
  else if (all?.startsWith('?')) findings.push({ status: 'warn', cause: 'spf-neutral-all', params: { domain, record }, subject: 'all' });
  else if (!all && !terms.some((t) => /^redirect=/i.test(t)))
    findings.push({ status: 'warn', cause: 'spf-no-all', params: { domain, record }, subject: 'all' });
  if (terms.some((t) => /^[+\-~?]?ptr(:|$)/i.test(t)))
    findings.push({ status: 'warn', cause: 'spf-ptr', params: { domain }, subject: 'ptr' });

  // Evaluate with generous limits to count every lookup, then hold the count against the RFC's.
  const { spf } = await import('mailauth/lib/spf/index.js');
  const ip = await resolveHost(s.host, s.dnsServers, s.timeoutMs).then(
    (r) => r.v4[0] ?? r.v6[0],
    () => undefined,
  );
  const result = await spf({
    sender: s.from,
    ip: ip ?? '192.0.2.1',
    helo: s.host || domain,
    mta: 'email-deploy-check',
    resolver: resolve as never,
    maxResolveCount: 50,
    maxVoidCount: 50,
    maxElapsedTime: s.timeoutMs * 2,
  });
  const lookups = result.lookups?.count ?? 0;
  const voids = result.lookups?.void ?? 0;
  if (lookups > SPF_LOOKUP_LIMIT)
    findings.push({
      status: 'fail',
      cause: 'spf-too-many-lookups',
      params: { domain, lookups, limit: SPF_LOOKUP_LIMIT },
      subject: 'lookups',
    });
  if (voids > SPF_VOID_LIMIT)
    findings.push({
      status: 'fail',
      cause: 'spf-too-many-void-lookups',
      params: { domain, voids, limit: SPF_VOID_LIMIT },
      subject: 'void',
    });
  const verdict = result.status?.result ?? 'none';
  if (['permerror', 'temperror'].includes(verdict) && findings.every((f) => f.status !== 'fail')) {
    findings.push({
      status: 'fail',
      cause: 'spf-error',
      params: { domain, result: verdict, comment: String(result.status?.comment ?? '') },
      subject: 'eval',
    });
  }
  if (ip && (verdict === 'fail' || verdict === 'softfail')) {
    findings.push({ status: 'warn', cause: 'spf-host-not-listed', params: { domain, host: s.host, ip, result: verdict }, subject: 'host' });
  }
  return findings.length ? findings : { status: 'pass', cause: 'spf-ok', params: { domain, record, lookups, result: verdict } };
});

export const dkimCheck = deliverabilityCheck(
  'deliverability.dkim',
  async (domain, resolve, s): Promise<Outcome> => {
    const name = `${s.dkimSelector}._domainkey.${domain}`;
    const records = await txtRecords(resolve, name);
    const record = records.find((r) => /(^|;)\s*p\s*=/i.test(r));
    if (!record) return { status: 'fail', cause: 'dkim-missing', params: { name } };
    const tags = tagList(record);
    const key = (tags.p ?? '').replace(/\s+/g, '');
    if (key === '') return { status: 'fail', cause: 'dkim-revoked', params: { name } };
    const type = (tags.k ?? 'rsa').toLowerCase();
    if (type === 'ed25519') return { status: 'pass', cause: 'dkim-ok-ed25519', params: { name } };
    let bits: number;
    try {
      bits =
        process.getBuiltinModule('node:crypto').createPublicKey({ key: Buffer.from(key, 'base64'), format: 'der', type: 'spki' })
          .asymmetricKeyDetails?.modulusLength ?? 0;
    } catch {
      return { status: 'fail', cause: 'dkim-invalid-key', params: { name } };
    }
    if (bits < 1024) return { status: 'fail', cause: 'dkim-weak-key', params: { name, bits } };
    if (bits < 2048) return { status: 'warn', cause: 'dkim-short-key', params: { name, bits } };
    return { status: 'pass', cause: 'dkim-ok', params: { name, bits } };
  },
  (s) => s.dkimSelector !== '',
);

/** rua/ruf take comma-separated mailto: URIs, each optionally with a size limit (!10m). */
export const isValidRua = (value: string): boolean =>
  value.split(',').every((uri) => /^mailto:[^\s@,;!]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}(![0-9]+[kmgt]?)?$/i.test(uri.trim()));

export const dmarcCheck = deliverabilityCheck('deliverability.dmarc', async (domain, resolve): Promise<Outcome | Outcome[]> => {
  const name = `_dmarc.${domain}`;
  const records = (await txtRecords(resolve, name)).filter((r) => /^v\s*=\s*DMARC1/i.test(r.trim()));
  if (records.length > 1) return { status: 'fail', cause: 'dmarc-multiple', params: { name, count: records.length } };
  const { default: getDmarcRecord } = await import('mailauth/lib/dmarc/get-dmarc-record.js');
  const policy = await getDmarcRecord(domain, resolve);
  if (!policy) {
    return records.length
      ? { status: 'fail', cause: 'dmarc-invalid', params: { name, record: records[0]! } }
      : { status: 'warn', cause: 'dmarc-missing', params: { name, domain } };
  }
  const where = policy.isOrgRecord ? `_dmarc.${policy.recordDomain}` : name;
  const findings: Outcome[] = [];
  if (!policy.p || !['none', 'quarantine', 'reject'].includes(policy.p))
    findings.push({
      status: 'fail',
      cause: 'dmarc-invalid',
      params: { name: where, record: String(policy.rr ?? records[0] ?? '') },
      subject: 'p',
    });
  else if (policy.p === 'none') findings.push({ status: 'warn', cause: 'dmarc-p-none', params: { name: where }, subject: 'p' });
  if (typeof policy.rua === 'string' && policy.rua !== '' && !isValidRua(policy.rua))
    findings.push({ status: 'warn', cause: 'dmarc-bad-rua', params: { name: where, rua: policy.rua }, subject: 'rua' });
  return findings.length
    ? findings
    : { status: 'pass', cause: 'dmarc-ok', params: { name: where, policy: policy.p ?? '', rua: String(policy.rua ?? '-') } };
});

export const DELIVERABILITY_CHECKS = [mxCheck, spfCheck, dkimCheck, dmarcCheck] as const;
