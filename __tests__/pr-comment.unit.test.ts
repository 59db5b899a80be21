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
}

function fakeOctokit(options: { failWith?: { status: number; message: string } } = {}) {
  const comments: FakeComment[] = [{ id: 1, body: 'LGTM' }];
  const calls: string[] = [];
  const api: CommentsApi = {
    paginate: (_route, params) => {
      calls.push(`list #${String(params.issue_number)}`);
      if (options.failWith) return Promise.reject(Object.assign(new Error(options.failWith.message), { status: options.failWith.status }));
      return Promise.resolve(comments);
    },
    rest: {
      issues: {
        listComments: 'listComments',
        createComment: ({ body }) => {
          calls.push('create');
          const comment = { id: comments.length + 1, body };
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
let MARKER: string;
let upsertStickyComment: typeof import('../src/github/pr-comment.js').upsertStickyComment;

beforeAll(async () => {
  ({ runAction } = await import('../src/action.js'));
  ({ MARKER, upsertStickyComment } = await import('../src/github/pr-comment.js'));
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
  expect(await upsertStickyComment(fake.api, target, `${MARKER}\nfirst`)).toEqual({ action: 'created', id: 2 });
  expect(await upsertStickyComment(fake.api, target, `${MARKER}\nsecond`)).toEqual({ action: 'updated', id: 2 });
  expect(fake.comments).toEqual([
    { id: 1, body: 'LGTM' },
    { id: 2, body: `${MARKER}\nsecond` },
  ]);
  expect(fake.calls).toEqual(['list #7', 'create', 'list #7', 'update 2']);
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
  expect(body.startsWith(MARKER)).toBe(true);
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
