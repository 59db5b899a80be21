// The sticky comment: create, then update in place, against a fake Octokit; and the action's wiring
// with @actions/github mocked (jest.unstable_mockModule), including a read-only token.
import { afterEach, beforeAll, expect, jest, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommentsApi } from '../src/github/pr-comment.js';

interface FakeComment {
  id: number;
  body: string;
  user: { login: string };
}

const BOT = 'github-actions[bot]';

function fakeOctokit(options: { failWith?: { status: number; message: string } } = {}) {
  const comments: FakeComment[] = [{ id: 1, body: 'LGTM', user: { login: 'reviewer' } }];
  const calls: string[] = [];
  const api: CommentsApi = {
    paginate: (_route, params) => {
      calls.push(`list #${String(params.issue_number)}`);
      if (options.failWith) return Promise.reject(Object.assign(new Error(options.failWith.message), { status: options.failWith.status }));
      return Promise.resolve(comments);
    },
    rest: {
      // A workflow's GITHUB_TOKEN cannot ask who it is: GitHub answers 403.
      users: {
        getAuthenticated: () => Promise.reject(Object.assign(new Error('Resource not accessible by integration'), { status: 403 })),
      },
      issues: {
        listComments: 'listComments',
        createComment: ({ body }) => {
          calls.push('create');
          const comment = { id: comments.length + 1, body, user: { login: BOT } };
          comments.push(comment);
          return Promise.resolve({ data: { id: comment.id } });
        },
        updateComment: ({ comment_id, body }) => {
          calls.push(`update ${comment_id}`);
          comments.find((c) => c.id === comment_id)!.body = body;
          return Promise.resolve({ data: { id: comment_id } });
        },
      },
    },
  };
  return { api, comments, calls };
}

let octokit = fakeOctokit();
jest.unstable_mockModule('@actions/github', () => ({ getOctokit: () => octokit.api }));
let runAction: (env?: NodeJS.ProcessEnv) => Promise<void>;
let markerFor: typeof import('../src/github/pr-comment.js').markerFor;
let upsertStickyComment: typeof import('../src/github/pr-comment.js').upsertStickyComment;

beforeAll(async () => {
  ({ runAction } = await import('../src/action.js'));
  ({ markerFor, upsertStickyComment } = await import('../src/github/pr-comment.js'));
});

const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
  process.exitCode = undefined;
  jest.restoreAllMocks();
});

test('upsertStickyComment creates once, then updates the same comment', async () => {
  const fake = fakeOctokit();
  const target = { owner: 'o', repo: 'r', number: 7 };
  const marker = markerFor({ provider: 'qq', host: 'smtp.qq.com', user: 'dev@qq.com' });
  expect(await upsertStickyComment(fake.api, target, marker, 'first')).toEqual({ action: 'created', id: 2 });
  expect(await upsertStickyComment(fake.api, target, marker, 'second')).toEqual({ action: 'updated', id: 2 });
  expect(fake.comments).toEqual([
    { id: 1, body: 'LGTM', user: { login: 'reviewer' } },
    { id: 2, body: `${marker}\nsecond`, user: { login: BOT } },
  ]);
  expect(fake.calls).toEqual(['list #7', 'create', 'list #7', 'update 2']);
});

test('a marker planted by someone else is never touched, and two job targets keep two comments', async () => {
  const fake = fakeOctokit();
  const target = { owner: 'o', repo: 'r', number: 7 };
  const qq = markerFor({ provider: 'qq', host: 'smtp.qq.com', user: 'dev@qq.com' });
  const gmail = markerFor({ provider: 'gmail', host: 'smtp.gmail.com', user: 'dev@gmail.com' });
  fake.comments.push({ id: 2, body: `${qq}\nplanted by the pull request's author`, user: { login: 'attacker' } });
  expect(await upsertStickyComment(fake.api, target, qq, 'qq verdict')).toEqual({ action: 'created', id: 3 });
  expect(await upsertStickyComment(fake.api, target, gmail, 'gmail verdict')).toEqual({ action: 'created', id: 4 });
  expect(await upsertStickyComment(fake.api, target, qq, 'qq again')).toEqual({ action: 'updated', id: 3 });
  expect(fake.comments.map((c) => [c.id, c.user.login, c.body.split('\n')[1]])).toEqual([
    [1, 'reviewer', undefined],
    [2, 'attacker', "planted by the pull request's author"],
    [3, BOT, 'qq again'],
    [4, BOT, 'gmail verdict'],
  ]);
  expect(qq).not.toBe(gmail);
  expect(qq).not.toContain('dev@qq.com');
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
  return { stdout, summary: readFileSync(join(dir, 'summary'), 'utf8') };
}

test('the action comments on its pull request, redacted, and updates the same comment next run', async () => {
  octokit = fakeOctokit();
  const secret = 'MyQQpassword-77';
  await actionOnPullRequest(secret);
  await actionOnPullRequest(secret);
  expect(octokit.calls).toEqual(['list #7', 'create', 'list #7', 'update 2']);
  const body = octokit.comments[1]!.body;
  expect(body.startsWith(markerFor({ provider: 'qq', host: 'smtp.qq.com', user: 'dev@qq.com' }))).toBe(true);
  expect(body).toContain('Email should work, with warnings');
  expect(body).toContain('authorization code');
  for (const form of [secret, Buffer.from(secret).toString('base64'), encodeURIComponent(secret)]) expect(body).not.toContain(form);
});

test('a read-only token is a warning, not a failure', async () => {
  octokit = fakeOctokit({ failWith: { status: 403, message: 'Resource not accessible by integration' } });
  const { stdout } = await actionOnPullRequest('abcdefghijklmnop');
  expect(stdout).toMatch(/^::warning::Could not comment on the pull request: the token is read-only here/m);
  expect(process.exitCode).toBeUndefined();
});
