// deliverability, the sender domain's transport policy: MTA-STS (RFC 8461: the `_mta-sts` record and the policy
// file over HTTPS, its mode, MX patterns against the real MX hosts, max_age), TLS-RPT (RFC 8460) and BIMI, where
// published. MTA-STS discovery, fetching and MX matching are mailauth's; every lookup goes through `dns-servers`.
import type { Check } from '../engine.js';
import type { Outcome } from '../types.js';
import { deliverabilityCheck } from '../net/dns-check.js';
import { mxHosts, tagList, txtRecords } from '../net/dns-records.js';

/** RFC 8461 3.2: a max_age under a day makes the policy nearly useless against a downgrade. */
export const MTA_STS_MIN_MAX_AGE = 86_400;
const MAX_POLICY_BYTES = 64 * 1024;

export const mtaStsCheck: Check = deliverabilityCheck(
  'deliverability.mta-sts',
  async (domain, resolve, s): Promise<Outcome | Outcome[]> => {
    const { getPolicy, validateMx } = await import('mailauth/lib/mta-sts.js');
    const result = await getPolicy(domain, null, { resolver: resolve as never, timeout: s.timeoutMs, maxPolicySize: MAX_POLICY_BYTES });
    const details = result.warnings?.length ? [`mailauth warnings: ${result.warnings.join(', ')}`] : undefined;
    if (result.status === 'not_found') {
      // A sender treats a policy host without an address as no policy; for the domain's owner it is a broken setup.
      const announced = (await txtRecords(resolve, `_mta-sts.${domain}`)).some((r) => /^v=STSv1\s*;/i.test(r.trim()));
      return announced
        ? { status: 'warn', cause: 'mta-sts-unreachable', params: { domain, error: `mta-sts.${domain} has no address record` }, details }
        : { status: 'skip', cause: 'mta-sts-absent', params: { domain } };
    }
    const { policy } = result;
    if (result.status === 'errored' || policy.error) {
      return { status: 'warn', cause: 'mta-sts-unreachable', params: { domain, error: policy.error?.message ?? 'no policy' }, details };
    }
    const findings: Outcome[] = [];
    const maxAge = policy.maxAge ?? 0;
    if (policy.mode !== 'enforce')
      findings.push({ status: 'warn', cause: 'mta-sts-not-enforced', params: { domain, mode: policy.mode }, subject: 'mode' });
    if (maxAge < MTA_STS_MIN_MAX_AGE)
      findings.push({
        status: 'warn',
        cause: 'mta-sts-max-age-short',
        params: { domain, maxAge, min: MTA_STS_MIN_MAX_AGE },
        subject: 'max_age',
      });
    const hosts = await mxHosts(resolve, domain);
    const unmatched = hosts.filter((host) => !validateMx(host, policy).valid);
    if (unmatched.length) {
      findings.push({
        status: policy.mode === 'enforce' ? 'fail' : 'warn',
        cause: 'mta-sts-mx-mismatch',
        params: { domain, hosts: unmatched.join(', '), patterns: (policy.mx ?? []).join(', ') || '-' },
        subject: 'mx',
      });
    }
    if (findings.length) return findings.map((f) => ({ ...f, details }));
    return {
      status: 'pass',
      cause: 'mta-sts-ok',
      params: { domain, mode: policy.mode, patterns: (policy.mx ?? []).join(', '), maxAge },
      details,
    };
  },
);

export const tlsRptCheck: Check = deliverabilityCheck('deliverability.tls-rpt', async (domain, resolve): Promise<Outcome> => {
  const name = `_smtp._tls.${domain}`;
  const records = (await txtRecords(resolve, name)).filter((r) => /^v\s*=\s*TLSRPTv1\b/i.test(r.trim()));
  if (records.length === 0) return { status: 'skip', cause: 'tls-rpt-absent', params: { name } };
  if (records.length > 1) return { status: 'warn', cause: 'tls-rpt-invalid', params: { name, record: records.join(' | ') } };
  const record = records[0] ?? '';
  const rua = tagList(record).rua ?? '';
  const uris = rua.split(',').map((u) => u.trim());
  const valid = rua !== '' && uris.every((u) => /^mailto:[^\s@]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/i.test(u) || /^https:\/\/[^\s]+$/i.test(u));
  return valid
    ? { status: 'pass', cause: 'tls-rpt-ok', params: { name, rua } }
    : { status: 'warn', cause: 'tls-rpt-invalid', params: { name, record } };
});

export const bimiCheck: Check = deliverabilityCheck('deliverability.bimi', async (domain, resolve): Promise<Outcome> => {
  const name = `default._bimi.${domain}`;
  const records = (await txtRecords(resolve, name)).filter((r) => /^v\s*=\s*BIMI1\b/i.test(r.trim()));
  if (records.length === 0) return { status: 'skip', cause: 'bimi-absent', params: { name } };
  const record = records[0] ?? '';
  const tags = tagList(record);
  const logo = tags.l ?? '';
  if (records.length > 1 || (logo !== '' && !/^https:\/\/\S+\.svg$/i.test(logo)) || (logo === '' && (tags.a ?? '') === ''))
    return { status: 'warn', cause: 'bimi-invalid', params: { name, record } };
  // BIMI shows a logo only when DMARC is enforced (quarantine or reject at 100%): the policy as the DMARC check
  // finds it (mailauth's discovery, the organizational domain's record included).
  const { default: getDmarcRecord } = await import('mailauth/lib/dmarc/get-dmarc-record.js');
  const dmarc = await getDmarcRecord(domain, resolve);
  const policy = dmarc ? (dmarc.p ?? '').toLowerCase() : '';
  const enforced = ['quarantine', 'reject'].includes(policy) && Number(dmarc ? (dmarc.pct ?? 100) : 0) === 100;
  if (!enforced) return { status: 'warn', cause: 'bimi-dmarc-not-enforced', params: { name, policy: policy || '-' } };
  return { status: 'pass', cause: 'bimi-ok', params: { name, logo: logo || '-', certificate: tags.a || '-' } };
});

export const TRANSPORT_POLICY_CHECKS = [mtaStsCheck, tlsRptCheck, bimiCheck] as const;
