// XOAUTH2: the access token, as given or fetched from the provider's token endpoint with the refresh token
// (through the one HTTP door), and the token endpoint's refusals classified where they happen.
import type { OAuth2Settings, Settings } from '../settings/settings.js';
import type { Cause, Params } from '../types.js';
import type { SmtpFailure } from './session.js';
import { HttpError, request } from '../net/http.js';
import { MIN_REDACTABLE_LENGTH } from '../secrets.js';

export type OAuth2Reason =
  | 'oauth2-invalid-grant'
  | 'oauth2-refresh-token-inactive'
  | 'oauth2-invalid-client'
  | 'oauth2-scope'
  | 'oauth2-endpoint-unreachable'
  | 'oauth2-token-error';

/** The token endpoint refused or could not be reached; `detail` is its words (untrusted, never a secret of ours). */
export class OAuth2Failure extends Error {
  constructor(
    readonly reason: OAuth2Reason,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** RFC 6749 error codes and Microsoft's AADSTS numbers, as token endpoints answer them. */
export function classifyTokenError(error: unknown): OAuth2Failure {
  const text = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code ?? '';
  if (/AADSTS700082|AADSTS700084/.test(text)) return new OAuth2Failure('oauth2-refresh-token-inactive', text);
  if (/invalid_client|unauthorized_client|AADSTS7000215|AADSTS7000222|AADSTS700016/.test(text))
    return new OAuth2Failure('oauth2-invalid-client', text);
  if (/invalid_scope|AADSTS65001|AADSTS70011|AADSTS650053/.test(text)) return new OAuth2Failure('oauth2-scope', text);
  if (/invalid_grant|AADSTS70000|AADSTS70008|AADSTS50173/.test(text)) return new OAuth2Failure('oauth2-invalid-grant', text);
  if (
    /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|ETIMEOUT|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO)/.test(code) ||
    /timed? ?out|no answer within/i.test(text)
  )
    return new OAuth2Failure('oauth2-endpoint-unreachable', text);
  return new OAuth2Failure('oauth2-token-error', text);
}

/** What the server's XOAUTH2 refusal said (the JSON of its 334 challenge): HTTP-like status and the scope it wants. */
export function xoauth2Refusal(reply: string): { status: string; scope: string } {
  const json = /\{.*\}/s.exec(reply)?.[0];
  try {
    const parsed = json ? (JSON.parse(json) as { status?: unknown; scope?: unknown }) : {};
    return { status: typeof parsed.status === 'string' ? parsed.status : '', scope: typeof parsed.scope === 'string' ? parsed.scope : '' };
  } catch {
    return { status: '', scope: '' };
  }
}

/** A token endpoint's answer is a small JSON object: more than this is not one. */
const MAX_TOKEN_ANSWER_BYTES = 64 * 1024;

/**
 * The access token to log in with: as given, or fetched now with the refresh token (RFC 6749 section 6), through
 * the one HTTP door: bounded by `timeoutMs` and in bytes, `tls-ca` trusted, no redirect followed (a token endpoint
 * that redirects would carry the client secret elsewhere). Its refusals are read as RFC 6749 section 5.2 writes them.
 */
export async function accessToken(o: OAuth2Settings, options: { timeoutMs: number; ca: readonly string[] }): Promise<string> {
  if (o.accessToken !== '') return o.accessToken;
  const form = new URLSearchParams({
    client_id: o.clientId,
    client_secret: o.clientSecret,
    refresh_token: o.refreshToken,
    grant_type: 'refresh_token',
  });
  let answer;
  try {
    answer = await request(o.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
      timeoutMs: options.timeoutMs,
      maxBytes: MAX_TOKEN_ANSWER_BYTES,
      overflow: 'fail',
      ca: options.ca,
    });
  } catch (error) {
    const detail = error instanceof HttpError ? error.detail : String(error);
    const code =
      error instanceof HttpError && error.failure === 'timeout'
        ? 'ETIMEDOUT'
        : error instanceof HttpError
          ? error.detail.split(' ')[0]
          : '';
    throw classifyTokenError(Object.assign(new Error(detail), { code }));
  }
  let data: unknown;
  try {
    data = JSON.parse(answer.body);
  } catch {
    throw new OAuth2Failure('oauth2-token-error', `the token endpoint answered ${answer.status} with a body that is not JSON`);
  }
  const fields = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  if (text(fields.error) !== '') {
    const description = text(fields.error_description);
    throw classifyTokenError(new Error(`${text(fields.error)}${description ? `: ${description}` : ''}`));
  }
  const token = fields.access_token;
  if (token === undefined)
    throw new OAuth2Failure('oauth2-token-error', `the token endpoint answered ${answer.status} without an access_token`);
  // The endpoint's answer is untrusted: a token that is not text, or too short to be one (masking a short word
  // would hide that word everywhere in the log), is a failed fetch, never a secret to register.
  if (typeof token !== 'string')
    throw new OAuth2Failure('oauth2-token-error', `the token endpoint's access_token is a ${typeof token}, not text`);
  if (token.trim().length < MIN_REDACTABLE_LENGTH)
    throw new OAuth2Failure(
      'oauth2-token-error',
      `the token endpoint's access_token has ${token.trim().length} characters: too short to be a token`,
    );
  return token;
}

/** A refused XOAUTH2 login: the server's JSON says whether the token or its scope is the problem. */
export function diagnoseXoauth2(error: SmtpFailure, s: Settings): { cause: Cause; params: Params } {
  if (error.code === 'ENOAUTH') return { cause: 'auth-xoauth2-not-offered', params: { methods: error.response ?? '' } };
  const { status, scope } = xoauth2Refusal(error.response ?? '');
  const params = { user: s.user, status: status || '-', scope: scope || '-', reply: error.response ?? '' };
  if (status === '401' && s.oauth2?.accessToken) return { cause: 'oauth2-access-token-expired', params };
  return { cause: 'auth-xoauth2-rejected', params };
}
