// The GitHub API as an attacker or a broken proxy would serve it (a stand-in on 127.0.0.1): every call bounded in
// time, bytes and pages, and the token never sent off the API's origin.
import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals';
import { githubApi, nextLink, type GithubBounds } from '../src/github/api.js';
import { startGithubApi, type GithubApi } from '../test-support/github-api.js';

let api: GithubApi;
beforeAll(async () => {
  api = await startGithubApi('o/r');
});
afterAll(() => api.close());
beforeEach(() => {
  api.hostility = 'none';
  api.requests.length = 0;
  api.authorizations.length = 0;
  api.comments.length = 0;
});

const BOUNDS: GithubBounds = { timeoutMs: 800, budgetMs: 2000, maxPages: 10, maxPageBytes: 256 * 1024 };
const list = (bounds: GithubBounds = BOUNDS) =>
  githubApi('ghs_boundsTestToken0001', api.url, bounds).paginate(
    { path: '/repos/{owner}/{repo}/issues/{issue_number}/comments' },
    { owner: 'o', repo: 'r', issue_number: 7, per_page: 100 },
  );

async function settle(promise: Promise<unknown>): Promise<{ error: string; ms: number }> {
  const started = performance.now();
  const error = await promise.then(
    () => '',
    (e: unknown) => (e instanceof Error ? e.message : String(e)),
  );
  return { error, ms: performance.now() - started };
}

test('a listing that pages forever stops at the page cap', async () => {
  api.hostility = 'endless-pages';
  const { error } = await settle(list());
  expect(error).toBe('the listing went on past 10 pages');
  expect(api.requests).toHaveLength(10);
});

test('an API that never answers ends at the request deadline', async () => {
  api.hostility = 'silent';
  const { error, ms } = await settle(list());
  expect(error).toBe('no answer in time');
  expect(ms).toBeLessThan(BOUNDS.timeoutMs + 1000);
});

test('an answer dripping a byte a second ends at the deadline, body included', async () => {
  api.hostility = 'drip';
  const { error, ms } = await settle(list());
  expect(error).toBe('no answer in time');
  expect(ms).toBeLessThan(BOUNDS.timeoutMs + 1000);
});

test('all of GitHub’s calls share one budget', async () => {
  api.hostility = 'silent';
  const client = githubApi('ghs_boundsTestToken0001', api.url, { ...BOUNDS, timeoutMs: 5000, budgetMs: 700 });
  const started = performance.now();
  const errors = await Promise.all([
    settle(client.rest.users.getAuthenticated()),
    settle(client.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 7, body: 'x' })),
  ]);
  expect(errors.map((e) => e.error)).toEqual(["GitHub's calls took more than 1 s", "GitHub's calls took more than 1 s"]);
  expect(performance.now() - started).toBeLessThan(1700);
});

test('a page past the byte cap is an error, never a page cut short', async () => {
  api.hostility = 'huge-page';
  api.hugeBytes = 60 * 1024 * 1024;
  const { error } = await settle(list());
  expect(error).toBe(`the answer exceeded ${BOUNDS.maxPageBytes} bytes`);
});

test('a next page on another origin is not followed: the token stays on the API’s origin', async () => {
  api.hostility = 'foreign-link';
  const { error } = await settle(list());
  expect(error).toMatch(/^a link outside http:\/\/127\.0\.0\.1:\d+ was not followed$/);
  expect(api.requests).toHaveLength(1);
  expect(api.authorizations).toEqual(['Bearer ghs_boundsTestToken0001']);
});

test('Link headers are read as GitHub writes them', () => {
  expect(nextLink('<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=9>; rel="last"')).toBe(
    'https://api.github.com/x?page=2',
  );
  expect(nextLink('<https://api.github.com/x?page=1>; rel="prev"')).toBeUndefined();
  expect(nextLink(undefined)).toBeUndefined();
});
