// The stable family of every mail failure: people and scripts key on `category`, while `cause` stays the
// precise, provider-aware code. Labelling rules (README, "Report JSON"):
// - rate-limited is about the sender's own volume (messages, recipients, logins per period, quotas);
//   server-busy is the server's own trouble (421, try again later) whatever the sender does;
// - a reply asking for an authorization code after a 535 is auth-failed (the fix says which code);
//   Gmail's 534 5.7.9 is app-password-required;
// - auth-method-disabled: AUTH or basic authentication switched off for the mailbox or tenant;
// - "Greeting never received" or a close on port 465 is tls-mismatch; elsewhere a timeout or reset.
import type { Cause } from '../i18n/causes.js';
import { CATEGORIES, type Category } from '../types.js';

export { CATEGORIES, type Category };

/** The family of each cause that reports a mail failure, live or in a log. */
export const CATEGORY_OF = {
  // OAuth2 (XOAUTH2) logins
  'oauth2-invalid-grant': 'auth-failed',
  'oauth2-refresh-token-inactive': 'auth-failed',
  'oauth2-invalid-client': 'auth-failed',
  'oauth2-scope': 'auth-failed',
  'oauth2-token-error': 'auth-failed',
  'oauth2-not-configured': 'missing-credentials',
  'oauth2-endpoint-unreachable': 'other',
  'auth-xoauth2-rejected': 'auth-failed',
  'oauth2-access-token-expired': 'auth-failed',
  'auth-xoauth2-not-offered': 'auth-method-disabled',
  // diagnoses of a reply or an error
  'auth-qq-account-blocked': 'auth-failed',
  'auth-qq-authorization-code': 'auth-failed',
  'auth-exmail-password': 'auth-failed',
  'auth-netease-authorization-code': 'auth-failed',
  'auth-gmail-bad-credentials': 'auth-failed',
  'auth-gmail-web-login': 'auth-failed',
  'auth-failed': 'auth-failed',
  'auth-gmail-app-password-required': 'app-password-required',
  'auth-app-password-required': 'app-password-required',
  'auth-netease-no-permission': 'auth-method-disabled',
  'auth-o365-smtp-auth-disabled': 'auth-method-disabled',
  'auth-o365-tenant-auth-disabled': 'auth-method-disabled',
  'auth-o365-basic-auth-disabled': 'auth-method-disabled',
  'auth-method-unsupported': 'auth-method-disabled',
  'session-auth-not-offered': 'auth-method-disabled',
  'auth-not-advertised': 'auth-method-disabled',
  'auth-missing-credentials': 'missing-credentials',
  'auth-required': 'missing-credentials',
  'sender-from-header-invalid': 'sender-rejected',
  'sender-must-equal-user': 'sender-rejected',
  'sender-not-verified': 'sender-rejected',
  'sender-send-as-denied': 'sender-rejected',
  'ses-not-authorized': 'sender-rejected',
  'sender-rejected': 'sender-rejected',
  'sender-deferred': 'sender-rejected',
  'recipient-rejected': 'recipient-rejected',
  'recipient-deferred': 'recipient-rejected',
  'message-spam': 'content-rejected',
  'message-too-large': 'content-rejected',
  'message-rejected': 'content-rejected',
  'message-deferred': 'content-rejected',
  'rate-limited': 'rate-limited',
  'rate-limited-netease': 'rate-limited',
  'rate-limited-gmail': 'rate-limited',
  'rate-limited-ses': 'rate-limited',
  'rate-limited-microsoft': 'rate-limited',
  'server-busy': 'server-busy',
  'auth-temporary-failure': 'server-busy',
  'greeting-421': 'server-busy',
  'session-tls-wrong-version': 'tls-mismatch',
  'session-tls-port-mismatch': 'tls-mismatch',
  'tls-version-refused': 'tls-mismatch',
  'tls-on-plaintext-port': 'tls-mismatch',
  'plaintext-on-tls-port': 'tls-mismatch',
  'tls-certificate-rejected': 'tls-certificate',
  'tls-cert-expired': 'tls-certificate',
  'tls-cert-not-yet-valid': 'tls-certificate',
  'tls-cert-untrusted': 'tls-certificate',
  'tls-cert-wrong-host': 'tls-certificate',
  'tls-cert-expiring': 'tls-certificate',
  'starttls-required': 'starttls-required-or-missing',
  'starttls-unavailable': 'starttls-required-or-missing',
  'starttls-refused': 'starttls-required-or-missing',
  'starttls-not-offered': 'starttls-required-or-missing',
  'tls-required-not-offered': 'starttls-required-or-missing',
  'tls-upgrade-failed': 'starttls-required-or-missing',
  'smtp-connection-refused': 'connection-refused',
  'tcp-refused': 'connection-refused',
  'tcp-refused-other-ports-open': 'connection-refused',
  'session-timeout': 'connection-timeout',
  'greeting-timeout': 'connection-timeout',
  'smtp-timeout': 'connection-timeout',
  'tls-handshake-timeout': 'connection-timeout',
  'tcp-timeout': 'connection-timeout',
  'tcp-timeout-other-ports-open': 'connection-timeout',
  'smtp-connection-reset': 'connection-reset',
  'smtp-connection-closed': 'connection-reset',
  'greeting-closed': 'connection-reset',
  'smtp-closed': 'connection-reset',
  'smtp-reply-too-long': 'other',
  'smtp-dns-error': 'dns-failure',
  'dns-nxdomain': 'dns-failure',
  'dns-servfail': 'dns-failure',
  'dns-timeout': 'dns-failure',
  'dns-refused': 'dns-failure',
  'dns-no-address': 'dns-failure',
  'dns-error': 'dns-failure',
  'dns-ipv6-only': 'dns-failure',
  'tcp-unreachable': 'connection-refused',
  'tcp-unreachable-other-ports-open': 'connection-refused',
  'tcp-error': 'other',
  'tcp-error-other-ports-open': 'other',
  'tls-handshake-failed': 'other',
  'greeting-garbage': 'other',
  'greeting-rejected': 'sender-rejected',
  'ehlo-rejected': 'other',
  'smtp-socket-error': 'other',
  'smtp-protocol-error': 'other',
  'smtp-reply': 'other',
  'smtp-error': 'other',
  'log-mail-error': 'other',
} as const satisfies Partial<Record<Cause, Category>>;

/** The ends of the diagnosis that name no family: a reply or an error it could only show. */
export const GENERIC_CAUSES: ReadonlySet<string> = new Set<Cause>(['smtp-reply', 'smtp-error', 'log-mail-error']);

/** The family of a failure's cause; undefined for a cause that is not a mail failure (an input problem, a lint rule). */
export function categoryOf(cause: string): Category | undefined {
  return (CATEGORY_OF as Partial<Record<string, Category>>)[cause];
}
