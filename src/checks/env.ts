// Configuration checks: no network, only the settings. Each returns one stable cause.
import type { Check } from '../engine.js';
import { isEmailAddress, domainOf } from '../settings/address.js';
import type { Settings } from '../settings/settings.js';
import {
  conflictingOwner,
  portModeMismatch,
  providerForDomain,
  PROVIDER_LIST,
  type CredentialKind,
  type ProviderProfile,
} from '../providers.js';
import type { Cause, Outcome } from '../types.js';
import { MIN_REDACTABLE_LENGTH } from '../secrets.js';
import { isPlaceholder } from '../settings/placeholder.js';

const pass = (cause: Cause, params?: Outcome['params']): Outcome => ({ status: 'pass', cause, params });
const warn = (cause: Cause, params?: Outcome['params']): Outcome => ({ status: 'warn', cause, params });
const fail = (cause: Cause, params?: Outcome['params']): Outcome => ({ status: 'fail', cause, params });

const profileOf = (s: Settings): ProviderProfile | undefined => (s.provider.kind === 'known' ? s.provider.provider.profile : undefined);
const providerName = (s: Settings): string =>
  s.provider.kind === 'known' ? s.provider.provider.id : s.provider.kind === 'custom' ? 'custom' : s.provider.name;

export const inputsCheck: Check = {
  id: 'env.inputs',
  group: 'env',
  always: true,
  run: ({ settings }) =>
    settings.problems.length === 0
      ? pass('inputs-valid')
      : settings.problems.map((p) => ({ ...fail(p.cause, p.params), subject: p.input })),
};

export const providerCheck: Check = {
  id: 'env.provider',
  group: 'env',
  run: ({ settings: s }) => {
    if (s.provider.kind === 'unknown') {
      return fail(s.provider.suggestion ? 'provider-unknown-suggest' : 'provider-unknown', {
        provider: s.provider.name,
        suggestion: s.provider.suggestion ?? '',
        providers: PROVIDER_LIST(),
      });
    }
    if (s.provider.kind === 'custom') return pass('provider-custom');
    const { provider, inferred } = s.provider;
    const domain = domainOf(s.user);
    const conflict = conflictingOwner(provider.id, domain);
    if (conflict) return fail('provider-domain-mismatch', { provider: provider.id, domain, expected: conflict.id });
    if (provider.profile?.personalOnly && domain && !providerForDomain(domain)) {
      return warn('provider-personal-domain', { provider: provider.id, domain });
    }
    return pass(inferred ? 'provider-inferred' : 'provider-known', {
      provider: provider.id,
      domain,
      host: provider.host,
      port: provider.port,
    });
  },
};

export const userCheck: Check = {
  id: 'env.user',
  group: 'env',
  run: ({ settings: s }) => {
    if (s.user === '') {
      if (s.secretsWithheld) return { status: 'skip', cause: 'user-missing-fork', params: { input: 'email-user' } };
      return fail('user-missing', { input: 'email-user', env: 'EMAIL_USER' });
    }
    const profile = profileOf(s);
    if (profile?.fixedUser) {
      return s.user === profile.fixedUser
        ? pass('user-ok', { user: s.user })
        : fail('user-not-fixed', { provider: profile.id, expected: profile.fixedUser });
    }
    // Relays (SES, custom servers) use generated user names; mailbox providers log in with the address.
    const wantsAddress = profile !== undefined && profile.credential !== 'smtp-credentials';
    if (wantsAddress && !isEmailAddress(s.user)) return fail('user-not-address', { value: s.user, provider: profile.id });
    return pass('user-ok', { user: s.user });
  },
};

/** What a credential of the provider's kind should look like, said when it does not. */
const WRONG_SHAPE = {
  'auth-code': 'password-not-auth-code',
  'app-password': 'password-not-app-password',
  'api-key': 'password-not-api-key',
  password: 'password-short',
  'smtp-credentials': 'password-short',
  'smtp-password': 'password-short',
} as const satisfies Record<CredentialKind, Cause>;

export const passwordCheck: Check = {
  id: 'env.password',
  group: 'env',
  run: ({ settings: s }) => {
    const value = s.password;
    if (s.oauth2 && value.trim() === '')
      return pass('password-oauth2', { source: s.oauth2.accessToken ? 'oauth2-access-token' : 'oauth2-refresh-token' });
    if (value.trim() === '') {
      if (s.secretsWithheld) return { status: 'skip', cause: 'password-missing-fork', params: { input: 'email-password' } };
      return fail('password-missing', { input: 'email-password', env: 'EMAIL_PASSWORD' });
    }
    if (isPlaceholder(value)) return fail('password-placeholder');
    if (value.trim().length < MIN_REDACTABLE_LENGTH)
      return fail('password-too-short-to-protect', { length: value.trim().length, min: MIN_REDACTABLE_LENGTH });
    if (/[\r\n]/.test(value)) return fail('password-newline');
    if (value !== value.trim()) return warn('password-whitespace');
    const profile = profileOf(s);
    const shape = profile?.credentialShape;
    // Gmail shows app passwords in four groups of four; the spaces are not part of it.
    const compact = profile?.credential === 'app-password' ? value.replace(/ /g, '') : value;
    if (profile && shape && !shape.test(compact)) {
      return warn(WRONG_SHAPE[profile.credential], { provider: profile.id, length: compact.length, help: profile.help });
    }
    if (value.length < 6 && profile?.credential !== 'api-key') return warn('password-short', { length: value.length });
    return pass('password-present', { length: compact.length });
  },
};

export const fromCheck: Check = {
  id: 'env.from',
  group: 'env',
  run: ({ settings: s }) => {
    if (s.fromHeader === '') return s.secretsWithheld ? { status: 'skip', cause: 'secrets-withheld' } : fail('from-missing');
    if (!isEmailAddress(s.from))
      return fail('from-invalid', { value: s.fromHeader, input: s.sources.from === 'default' ? 'email-user' : 'from' });
    const profile = profileOf(s);
    if (profile?.personalOnly && isEmailAddress(s.user) && s.from.toLowerCase() !== s.user.toLowerCase()) {
      return (profile.strictFrom ? fail : warn)('from-not-user', { from: s.from, user: s.user, provider: profile.id });
    }
    return pass('from-ok', { from: s.from });
  },
};

export const recipientCheck: Check = {
  id: 'env.recipient',
  group: 'env',
  relevant: (s) => s.testRecipient !== '',
  run: ({ settings: s }) =>
    isEmailAddress(s.testRecipient) ? pass('recipient-ok', { to: s.testRecipient }) : fail('recipient-invalid', { value: s.testRecipient }),
};

export const serverCheck: Check = {
  id: 'env.server',
  group: 'env',
  pulledIn: true,
  run: ({ settings: s }) => {
    if (s.host === '') return fail(s.provider.kind === 'custom' ? 'host-missing' : 'host-unresolved', { provider: providerName(s) });
    const mismatch = portModeMismatch(s.port, s.secure);
    if (mismatch)
      return fail(mismatch === 'plaintext-on-465' ? 'port-secure-mismatch-plain' : 'port-secure-mismatch-tls', {
        port: s.port,
        host: s.host,
      });
    if (s.port === 25) return warn('port-25-blocked', { host: s.host });
    return pass(s.secure ? 'server-ok-tls' : 'server-ok-starttls', { host: s.host, port: s.port });
  },
};

export const tlsVerifyCheck: Check = {
  id: 'env.tls-verify',
  group: 'env',
  relevant: (s) => !s.tlsRejectUnauthorized,
  run: () => warn('tls-verify-off'),
};

/** Exchange Online keeps basic SMTP AUTH until the end of December 2026 (MC786329). */
export const EXCHANGE_BASIC_AUTH_END = '2026-12-31';

export const basicAuthRetirementCheck: Check = {
  id: 'env.basic-auth',
  group: 'env',
  relevant: (s) => profileOf(s)?.basicAuthRetirement !== undefined,
  run: ({ settings: s, now }) => {
    if (s.oauth2) return pass('basic-auth-oauth2');
    if (profileOf(s)?.basicAuthRetirement === 'outlook-consumer') return warn('outlook-consumer-modern-auth');
    const today = new Date(now()).toISOString().slice(0, 10);
    return warn(today > EXCHANGE_BASIC_AUTH_END ? 'exchange-basic-auth-disabled' : 'exchange-basic-auth-retiring', {
      date: EXCHANGE_BASIC_AUTH_END,
    });
  },
};

export const nodeEnvCheck: Check = {
  id: 'env.node-env',
  group: 'env',
  relevant: (s) => s.runtime.mode !== 'action',
  run: ({ settings: s }) =>
    s.runtime.nodeEnv === 'production'
      ? pass('node-env-production')
      : s.runtime.nodeEnv === ''
        ? warn('node-env-unset')
        : warn('node-env-not-production', { value: s.runtime.nodeEnv }),
};

export const ENV_CHECKS = [
  inputsCheck,
  providerCheck,
  userCheck,
  passwordCheck,
  fromCheck,
  recipientCheck,
  serverCheck,
  tlsVerifyCheck,
  basicAuthRetirementCheck,
  nodeEnvCheck,
] as const;
