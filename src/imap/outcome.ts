// A mailbox failure as the report says it, for every check that reads the test mailbox (our test mail, the app's
// mail): a login refusal's fix depends on what the mailbox's provider wants for IMAP.
import type { Cause } from '../i18n/causes.js';
import { PROFILES, providerForDomain } from '../providers.js';
import { domainOf } from '../settings/address.js';
import type { Settings } from '../settings/settings.js';
import type { Outcome, Params } from '../types.js';
import type { ImapFailure } from './connect.js';

/** A delivered copy is read up to this size (a test or verification mail is a few KB). */
export const MAX_COPY_BYTES = 1024 * 1024;

/** A login refusal's fix depends on what the mailbox's provider wants for IMAP: by its domain, else by its IMAP host. */
function loginCause(s: Settings): { cause: Cause; help: string } {
  const profile = providerForDomain(domainOf(s.imap.user))?.profile ?? PROFILES.find((p) => p.imapHost === s.imap.host.toLowerCase());
  if (profile?.vendor === 'microsoft') return { cause: 'imap-auth-failed-microsoft', help: profile.help };
  if (profile?.credential === 'auth-code') return { cause: 'imap-auth-failed-code', help: profile.help };
  if (profile?.credential === 'app-password') return { cause: 'imap-auth-failed-app-password', help: profile.help };
  return { cause: 'imap-auth-failed', help: '' };
}

export function imapFailure(failure: ImapFailure, s: Settings): Outcome {
  const params: Params = { host: s.imap.host, port: s.imap.port, user: s.imap.user, secure: String(s.imap.secure), error: failure.detail };
  if (failure.reason === 'imap-auth-failed') {
    const { cause, help } = loginCause(s);
    return { status: 'fail', cause, params: { ...params, help } };
  }
  return { status: 'fail', cause: failure.reason, params };
}
