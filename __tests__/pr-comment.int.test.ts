// The sticky comment against a GitHub API stand-in on 127.0.0.1, through our own bounded client: create, then
// update in place; a look-alike left alone; the action's wiring in-process, including a read-only token.
import { afterAll, afterEach, beforeAll, beforeEach, expect, jest, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GITHUB_BOUNDS, githubApi } from '../src/github/api.js';
import { markerFor, upsertStickyComment } from '../src/github/pr-comment.js';
import { runAction } from '../src/action.js';
import { BOT, startGithubApi, type GithubApi } from '../test-support/github-api.js';

let api: GithubApi;
beforeAll(async () => {
  api = await startGithubApi('o/r');
});
afterAll(() => api.close());
beforeEach(() => {
  api.comments.length = 0;
  api.comments.push({ id: 1, issue: 7, body: 'LGTM', user: 'reviewer' });
  api.requests.length = 0;
  api.writable = true;
  api.author = BOT;
  api.identity = undefined;
  api.pageSize = 100;
});

const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
  process.exitCode = undefined;
  jest.restoreAllMocks();
});

const client = () => githubApi('ghs_fakeTokenForTests123', api.url, GITHUB_BOUNDS(2000));
const target = { owner: 'o', repo: 'r', number: 7 };
const writes = () => api.requests.filter((r) => !r.startsWith('GET'));

test('upsertStickyComment creates once, then updates the same comment, reading every page of the comments', async () => {
  api.pageSize = 2;
  for (let i = 0; i < 5; i++) api.comments.push({ id: 10 + i, issue: 7, body: `chatter ${i}`, user: 'reviewer' });
  const marker = markerFor({ provider: 'qq', host: 'smtp.qq.com', port: 465, secure: true, user: 'dev@qq.com', checks: 'all' });
  const first = await upsertStickyComment(client(), target, marker, 'first');
  expect(first.action).toBe('created');
  expect(await upsertStickyComment(client(), target, marker, 'second')).toEqual({ action: 'updated', id: first.id, lookAlikes: [] });
  expect(api.comments.filter((c) => c.user === BOT).map((c) => c.body)).toEqual([`${marker}\nsecond`]);
  // Six comments before ours, two a page: the listing followed the Link header to the end both times (three
  // pages, then four with ours).
  expect(api.requests.filter((r) => r.includes('?page=3')).length).toBe(2);
  expect(api.requests.filter((r) => r.includes('?page=4')).length).toBe(1);
  expect(api.requests.filter((r) => r.includes('?page=5')).length).toBe(0);
  expect(writes()).toEqual(['POST /repos/o/r/issues/7/comments', `PATCH /repos/o/r/issues/comments/${first.id}`]);
});

test('a marker planted by someone else is never touched, and two job targets keep two comments', async () => {
  const qq = markerFor({ provider: 'qq', host: 'smtp.qq.com', port: 465, secure: true, user: 'dev@qq.com', checks: 'all' });
  const gmail = markerFor({ provider: 'gmail', host: 'smtp.gmail.com', port: 465, secure: true, user: 'dev@gmail.com', checks: 'all' });
  api.comments.push({ id: 2, issue: 7, body: `${qq}\nplanted by the pull request's author`, user: 'attacker' });
  const a = await upsertStickyComment(client(), target, qq, 'qq verdict');
  const b = await upsertStickyComment(client(), target, gmail, 'gmail verdict');
  expect(await upsertStickyComment(client(), target, qq, 'qq again')).toEqual({
    action: 'updated',
    id: a.id,
    lookAlikes: [{ id: 2, author: 'attacker' }],
  });
  expect(api.comments.map((c) => [c.user, c.body.split('\n')[1]])).toEqual([
    ['reviewer', undefined],
    ['attacker', "planted by the pull request's author"],
    [BOT, 'qq again'],
    [BOT, 'gmail verdict'],
  ]);
  expect(b.id).not.toBe(a.id);
  expect(qq).not.toBe(gmail);
  expect(qq).not.toContain('dev@qq.com');
});

test('two jobs that differ only by port, TLS mode or checks keep two comments', () => {
  const base = { provider: 'custom', host: 'mail.example', port: 587, secure: false, user: 'a@example.com', checks: 'all' };
  const markers = new Set([
    markerFor(base),
    markerFor({ ...base, port: 465, secure: true }),
    markerFor({ ...base, secure: true }),
    markerFor({ ...base, checks: 'env,smtp' }),
  ]);
  expect(markers.size).toBe(4);
});

/** Runs the action in-process on a pull_request event, with stdout captured. */
async function actionOnPullRequest(password: string): Promise<{ stdout: string; summary: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'edc-pr-'));
  const event = join(dir, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: { number: 7, head: { repo: { full_name: 'o/r', fork: false } }, base: { repo: { full_name: 'o/r' } } },
    }),
  );
  for (const f of ['summary', 'output']) writeFileSync(join(dir, f), '');
  Object.assign(process.env, {
    GITHUB_API_URL: api.url,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_OUTPUT: join(dir, 'output'),
    'INPUT_PR-COMMENT': 'true',
    'INPUT_GITHUB-TOKEN': 'ghs_fakeTokenForTests123',
    'INPUT_EMAIL-PROVIDER': 'qq',
    'INPUT_EMAIL-USER': 'dev@qq.com',
    'INPUT_EMAIL-PASSWORD': password,
    INPUT_CHECKS: 'env',
  });
  let stdout = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  await runAction(process.env);
  jest.restoreAllMocks();
  return { stdout, summary: readFileSync(join(dir, 'summary'), 'utf8') };
}

test('the action comments on its pull request, redacted, and updates the same comment next run', async () => {
  const secret = 'MyQQpassword-77';
  await actionOnPullRequest(secret);
  await actionOnPullRequest(secret);
  expect(writes()).toEqual(['POST /repos/o/r/issues/7/comments', 'PATCH /repos/o/r/issues/comments/1001']);
  const body = api.comments[1]!.body;
  expect(body.split('\n')[0]).toMatch(/^<!-- email-deploy-check key=[0-9a-f]{16} -->$/);
  expect(body).toContain('Email should work, with warnings');
  expect(body).toContain('authorization code');
  for (const form of [secret, Buffer.from(secret).toString('base64'), encodeURIComponent(secret)]) expect(body).not.toContain(form);
});

test('a read-only token is a warning, not a failure', async () => {
  api.writable = false;
  const { stdout } = await actionOnPullRequest('abcdefghijklmnop');
  expect(stdout).toMatch(/^::warning::Could not comment on the pull request: the token is read-only here/m);
  expect(process.exitCode).toBeUndefined();
});
