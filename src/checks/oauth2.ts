// OAuth2 (XOAUTH2) logins: the access token, got while the connection opens, and what a refused XOAUTH2 login
// says. The login itself is the auth check's (checks/smtp.ts), on the one session.
import { produce, type Check, type Produced } from '../engine.js';
import { accessToken, OAuth2Failure } from '../smtp/oauth2.js';
import type { Outcome } from '../types.js';

/**
 * The OAuth2 access token, fetched from the token endpoint while the connection is being opened (it needs
 * nothing from it), or taken as given. Planned only when OAuth2 is configured.
 */
export const oauth2TokenCheck: Check<string> = {
  id: 'smtp.oauth2',
  group: 'smtp',
  needsSecrets: true,
  pulledIn: true,
  relevant: (s) => s.oauth2 !== undefined,
  run: async ({ settings: s, secret }): Promise<Outcome | Produced<string>> => {
    const o = s.oauth2;
    if (!o) return { status: 'skip', cause: 'prerequisite-failed', params: { check: 'env.password' } };
    const endpoint = o.tokenUrl === '' ? '-' : new URL(o.tokenUrl).host;
    if (o.accessToken !== '') return produce({ status: 'pass', cause: 'oauth2-token-given' }, o.accessToken);
    if (o.tokenUrl === '' || o.clientId === '' || o.clientSecret === '') return { status: 'fail', cause: 'oauth2-not-configured' };
    try {
      const token = await accessToken(o, { timeoutMs: s.timeoutMs, ca: s.tlsCa });
      secret(token);
      return produce({ status: 'pass', cause: 'oauth2-token-fetched', params: { endpoint } }, token);
    } catch (error) {
      if (!(error instanceof OAuth2Failure)) throw error;
      return { status: 'fail', cause: error.reason, params: { endpoint, error: error.detail } };
    }
  },
};

export const OAUTH2_CHECKS = [oauth2TokenCheck] as const;
