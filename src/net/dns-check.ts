// The shape of a check of the sender domain's DNS, shared by the deliverability and transport-policy checks: relevant
// only with a sender domain of the user's own, skipped for a provider's public domain, a failing resolver said as such.
import type { Check } from '../engine.js';
import type { CheckId } from '../i18n/causes.js';
import { providerForDomain } from '../providers.js';
import { domainOf, isEmailAddress } from '../settings/address.js';
import type { Settings } from '../settings/settings.js';
import type { Outcome } from '../types.js';
import { resolveFn, type ResolveFn } from './resolve.js';

const senderDomain = (s: Settings): string => (isEmailAddress(s.from) ? domainOf(s.from) : '');
/** The provider owns the DNS of a public mailbox domain: there is nothing for the user to fix there. */
function publicDomainSkip(domain: string): Outcome | undefined {
  const owner = providerForDomain(domain);
  return owner ? { status: 'skip', cause: 'deliverability-public-domain', params: { domain, provider: owner.id } } : undefined;
}
export function deliverabilityCheck(
  id: CheckId,
  run: (domain: string, resolve: ResolveFn, s: Settings) => Promise<Outcome | Outcome[]>,
  relevant?: (s: Settings) => boolean,
): Check {
  return {
    id,
    group: 'deliverability',
    relevant: (s) => senderDomain(s) !== '' && (relevant?.(s) ?? true),
    // A few lookups in a row (SPF follows includes): a budget of several network steps.
    budgetMs: (s) => s.timeoutMs * 3,
    run: async ({ settings: s }) => {
      const domain = senderDomain(s);
      const skip = publicDomainSkip(domain);
      if (skip) return skip;
      try {
        return await run(domain, resolveFn(s.dnsServers, s.timeoutMs), s);
      } catch (error) {
        return {
          status: 'fail',
          cause: 'deliverability-dns-error',
          params: { domain, detail: `${(error as NodeJS.ErrnoException).code ?? ''} ${(error as Error).message}`.trim() },
        };
      }
    },
  };
}
