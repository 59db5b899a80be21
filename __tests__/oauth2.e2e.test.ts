// OAuth2 (XOAUTH2) logins on loopback: smtp-server accepting XOAUTH2 and refusing as Gmail does, and a token
// endpoint over HTTPS (a certificate from the test CA) answering as Google's and Microsoft's do.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { ServerResponse } from 'node:http';
import { classifyTokenError, xoauth2Refusal } from '../src/smtp/oauth2.js';
import { createCertificateAuthority } from '../test-support/certs.js';
import { startHttpServer, type RunningHttp, type SeenRequest } from '../test-support/http.js';
import { startSmtpServer, type RunningSmtpServer } from '../test-support/servers.js';
import { runAll, writeTemp } from './helpers/network.js';
import { leakedForms, runAction } from './helpers/run-dist.js';

const USER = 'app@demo.example';
const CLIENT_ID = 'client-4471.apps.example';
const CLIENT_SECRET = 'Client-Secret-Canary-0c9d';
const REFRESH = 'Refresh-Token-Canary-77aa';
const REVOKED = 'Refresh-Token-Revoked-55bb';
const INACTIVE = 'Refresh-Token-Inactive-66cc';
const ACCESS = 'ya29.Access-Token-Canary-91ef';
const WRONG_SCOPE_ACCESS = 'ya29.Other-Scope-Token-12ab';

let smtp: RunningSmtpServer;
let tokens: RunningHttp;
let caFile: string;
let pem: { key: string; cert: string };

function answer(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** A token endpoint (RFC 6749 section 5): refresh tokens in, access tokens or errors out. */
function tokenEndpoint(request: SeenRequest, res: ServerResponse): void {
  const form = new URLSearchParams(request.body);
  if (form.get('client_id') !== CLIENT_ID || form.get('client_secret') !== CLIENT_SECRET)
    return answer(res, 401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' });
  const refresh = form.get('refresh_token');
  if (form.get('grant_type') === 'refresh_token' && refresh === REFRESH)
    return answer(res, 200, { access_token: ACCESS, expires_in: 3599, token_type: 'Bearer' });
  // Hostile answers: an access_token that is not text, and one too short to be a token.
  if (refresh === 'refresh-answering-a-number') return answer(res, 200, { access_token: 12345678901, token_type: 'Bearer' });
  if (refresh === 'refresh-answering-a-word') return answer(res, 200, { access_token: 'the', token_type: 'Bearer' });
  if (refresh === INACTIVE)
    return answer(res, 400, {
      error: 'invalid_grant',
      error_description: 'AADSTS700082: The refresh token has expired due to inactivity.',
    });
  answer(res, 400, { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
}

beforeAll(async () => {
  const ca = createCertificateAuthority();
  caFile = writeTemp('ca.pem', ca.cert);
  pem = ca.issue({ names: ['localhost', '127.0.0.1'] });
  smtp = await startSmtpServer({ key: pem.key, cert: pem.cert, users: {}, oauth2Tokens: { [USER]: ACCESS } });
  tokens = await startHttpServer(tokenEndpoint, pem);
});
afterAll(async () => {
  await smtp.close();
  await tokens.close();
});

const inputs = (more: Record<string, string> = {}): Record<string, string> => ({
  checks: 'env,dns,tcp,tls,smtp',
  'smtp-host': 'localhost',
  'smtp-port': String(smtp.port),
  'email-user': USER,
  'tls-ca': caFile,
  timeout: '3',
  'oauth2-client-id': CLIENT_ID,
  'oauth2-client-secret': CLIENT_SECRET,
  'oauth2-refresh-token': REFRESH,
  'oauth2-token-url': `${tokens.url}/token`,
  ...more,
});

test('a refresh token is exchanged at the token endpoint and the login is XOAUTH2, with no password', async () => {
  const run = await runAll(inputs());
  expect(run.get('env.password')).toMatchObject({ status: 'pass', cause: 'password-oauth2' });
  expect(run.get('smtp.oauth2')).toMatchObject({
    status: 'pass',
    cause: 'oauth2-token-fetched',
    params: { endpoint: new URL(tokens.url).host },
  });
  expect(run.get('smtp.auth')).toMatchObject({ status: 'pass', params: { method: 'XOAUTH2' } });
  expect(run.get('smtp.auth').details?.join('\n')).toContain('AUTH XOAUTH2 ****');
  expect(tokens.requests.at(-1)?.body).toContain('grant_type=refresh_token');
  expect(JSON.stringify(run.results)).not.toContain(ACCESS);
});

test('a revoked refresh token fails at the token endpoint, explained, and the login is not tried', async () => {
  const before = smtp.logins.length;
  const run = await runAll(inputs({ 'oauth2-refresh-token': REVOKED }));
  expect(run.get('smtp.oauth2')).toMatchObject({
    status: 'fail',
    cause: 'oauth2-invalid-grant',
    params: { error: 'invalid_grant: Token has been expired or revoked.' },
  });
  expect(run.get('smtp.auth')).toMatchObject({ status: 'skip', cause: 'prerequisite-failed' });
  expect(smtp.logins.length).toBe(before);
});

test('an access_token that is not text, or too short to be one, is a failed fetch: no crash, nothing masked', async () => {
  for (const refresh of ['refresh-answering-a-number', 'refresh-answering-a-word']) {
    const secrets: string[] = [];
    const run = await runAll(inputs({ 'oauth2-refresh-token': refresh }), {}, { onSecret: (value) => secrets.push(value) });
    expect(run.get('smtp.oauth2')).toMatchObject({ status: 'fail', cause: 'oauth2-token-error' });
    expect(String(run.get('smtp.oauth2')?.params.error)).toMatch(/not text|too short/);
    expect(secrets).toEqual([]);
  }
});

test("Microsoft's inactivity expiry and a wrong client secret are told apart", async () => {
  expect((await runAll(inputs({ 'oauth2-refresh-token': INACTIVE }))).get('smtp.oauth2')).toMatchObject({
    cause: 'oauth2-refresh-token-inactive',
  });
  expect((await runAll(inputs({ 'oauth2-client-secret': 'not-the-secret' }))).get('smtp.oauth2')).toMatchObject({
    cause: 'oauth2-invalid-client',
  });
});

test('an expired access token is refused by the server with its XOAUTH2 JSON, and said so', async () => {
  const run = await runAll(inputs({ 'oauth2-refresh-token': '', 'oauth2-access-token': WRONG_SCOPE_ACCESS }));
  expect(run.get('smtp.oauth2')).toMatchObject({ status: 'pass', cause: 'oauth2-token-given' });
  expect(run.get('smtp.auth')).toMatchObject({
    status: 'fail',
    cause: 'oauth2-access-token-expired',
    params: { status: '401', scope: 'https://mail.google.com/' },
  });
});

test('a server that offers no XOAUTH2 is named as such', async () => {
  const plain = await startSmtpServer({ key: pem.key, cert: pem.cert, users: {} });
  try {
    const run = await runAll({ ...inputs(), 'smtp-port': String(plain.port) });
    expect(run.get('smtp.auth')).toMatchObject({ status: 'fail', cause: 'auth-xoauth2-not-offered' });
  } finally {
    await plain.close();
  }
});

test('incomplete OAuth2 inputs and a plain-HTTP token endpoint off this machine are input problems', async () => {
  const run = await runAll(inputs({ 'oauth2-client-secret': '', 'oauth2-token-url': 'http://tokens.example.com/token' }));
  expect(run.results.filter((r) => r.id.startsWith('env.inputs')).map((r) => [r.id, r.status, r.cause])).toEqual([
    ['env.inputs:oauth2-refresh-token', 'fail', 'oauth2-incomplete'],
    ['env.inputs:oauth2-token-url', 'fail', 'oauth2-token-url-insecure'],
  ]);
});

test('the token endpoint and XOAUTH2 replies are read as their formats say', () => {
  expect(classifyTokenError(new Error('invalid_grant: AADSTS70000: The provided grant is invalid')).reason).toBe('oauth2-invalid-grant');
  expect(classifyTokenError(new Error('invalid_scope: AADSTS70011: The provided value for scope is not valid')).reason).toBe(
    'oauth2-scope',
  );
  expect(classifyTokenError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' })).reason).toBe(
    'oauth2-endpoint-unreachable',
  );
  expect(
    xoauth2Refusal('535-5.7.8 Username and Password not accepted {"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}'),
  ).toEqual({
    status: '400',
    scope: 'https://mail.google.com/',
  });
  expect(xoauth2Refusal('535 5.7.3 Authentication unsuccessful')).toEqual({ status: '', scope: '' });
});

test('through the built action: the login passes and no client secret, refresh token or access token reaches any output', async () => {
  const run = await runAction(inputs());
  expect(run.code).toBe(0);
  // The fetched access token is registered with the runner's masking as soon as it is known.
  expect(run.stdout).toContain(`::add-mask::${ACCESS}`);
  for (const secret of [CLIENT_SECRET, REFRESH, ACCESS, CLIENT_ID]) {
    for (const form of leakedForms(secret, USER)) {
      expect(run.visibleStdout).not.toContain(form);
      expect(run.stderr).not.toContain(form);
      expect(run.summary).not.toContain(form);
      expect(JSON.stringify(run.outputs)).not.toContain(form);
    }
  }
  const revoked = await runAction(inputs({ 'oauth2-refresh-token': REVOKED }));
  expect(revoked.code).toBe(1);
  expect(revoked.summary).toContain('expired or revoked');
  for (const form of leakedForms(REVOKED, USER)) expect(revoked.visibleStdout + revoked.summary).not.toContain(form);
});
