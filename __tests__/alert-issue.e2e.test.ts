// Scheduled runs of the built action against a GitHub API stand-in (GITHUB_API_URL): one issue per broken
// target, silent while nothing changes, a comment on change, closed on recovery, a warning without rights.
import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals';
import { createCertificateAuthority } from '../test-support/certs.js';
import { BOT, startGithubApi, type GithubApi } from '../test-support/github-api.js';
import { startSmtpServer, type RunningServer } from '../test-support/servers.js';
import { writeTemp } from './helpers/network.js';
import { leakedForms, runAction } from './helpers/run-dist.js';

const USER = 'app@demo.example';
const PASSWORD = 'Alert-Canary-Pw-8841';
let api: GithubApi;
let smtpPort: number;
let caFile: string;
const servers: RunningServer[] = [];

beforeAll(async () => {
  const ca = createCertificateAuthority();
  caFile = writeTemp('ca.pem', ca.cert);
  const pem = ca.issue({ names: ['localhost', '127.0.0.1'] });
  const smtp = await startSmtpServer({ key: pem.key, cert: pem.cert, users: { [USER]: PASSWORD, 'other@demo.example': PASSWORD } });
  servers.push(smtp);
  smtpPort = smtp.port;
  api = await startGithubApi('acme/shop');
});
afterAll(async () => {
  await api.close();
  await Promise.all(servers.map((s) => s.close()));
});
beforeEach(() => {
  api.issues.length = 0;
  api.requests.length = 0;
  api.writable = true;
  api.shape = 'github';
  api.author = BOT;
  api.identity = undefined;
});

let runId = 100;
const scheduled = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
  runAction(
    {
      checks: 'env,dns,tcp,tls,smtp',
      'smtp-host': 'localhost',
      'smtp-port': String(smtpPort),
      'email-user': USER,
      'email-password': PASSWORD,
      'tls-ca': caFile,
      timeout: '2',
      'alert-issue': 'true',
      'github-token': 'ghs_fakeTokenForTheStandIn0001',
      ...inputs,
    },
    {
      GITHUB_API_URL: api.url,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: String(++runId),
      ...env,
    },
  );
const writes = () => api.requests.filter((r) => !r.startsWith('GET'));

test('one issue while broken: opened once, silent on the same failure, a comment on a new one, closed on recovery', async () => {
  const wrong = await scheduled({ 'email-password': 'Wrong-Password-1234' });
  expect(wrong.code).toBe(1);
  expect(api.issues).toHaveLength(1);
  const [issue] = api.issues;
  expect(issue).toMatchObject({ state: 'open', labels: ['email-deploy-check'], user: BOT });
  expect(issue?.title).toMatch(/^Email is failing: custom localhost \(demo\.example\) \[edc-[0-9a-f]{10}\]$/);
  expect(issue?.body).toMatch(/^<!-- email-deploy-check alert key=[0-9a-f]{10} state=[0-9a-f]{16} -->\n/);
  expect(issue?.body).toContain('https://github.com/acme/shop/actions/runs/101');
  expect(wrong.stdout).toContain('alert-issue: opened an issue.');

  api.requests.length = 0;
  const again = await scheduled({ 'email-password': 'Wrong-Password-1234' });
  expect(again.code).toBe(1);
  expect(writes()).toEqual([]);
  expect(api.issues).toHaveLength(1);
  expect(issue?.comments).toEqual([]);
  expect(again.stdout).toContain('the same checks still fail');

  // Another failure of the same target (its certificate no longer trusted here): the same issue, a comment.
  const other = await scheduled({ 'tls-ca': '' });
  expect(other.code).toBe(1);
  expect(api.issues).toHaveLength(1);
  expect(issue?.comments).toHaveLength(1);
  expect(issue?.comments[0]).toMatch(/^The failing checks changed:/);

  const fixed = await scheduled({});
  expect(fixed.code).toBe(0);
  expect(issue?.state).toBe('closed');
  expect(issue?.comments).toHaveLength(2);
  expect(issue?.comments[1]).toContain('Email works again: [this run](https://github.com/acme/shop/actions/runs/104) passed');

  const quiet = await scheduled({});
  expect(quiet.stdout).toContain('mail works; no issue open');
  expect(api.issues).toHaveLength(1);

  for (const form of leakedForms(PASSWORD, USER)) {
    for (const text of api.issues.flatMap((i) => [i.title, i.body, ...i.comments])) expect(text).not.toContain(form);
  }
});

test('each target keeps its own issue; a look-alike issue by someone else is never touched', async () => {
  api.issues.push({
    number: 1,
    title: 'Email is failing: custom localhost (demo.example)',
    body: 'planted',
    state: 'open',
    labels: ['email-deploy-check'],
    user: 'mallory',
    comments: [],
  });
  await scheduled({ 'email-password': 'Wrong-Password-1234' });
  await scheduled({ 'email-user': 'other@demo.example', 'email-password': 'Wrong-Password-1234' });
  expect(api.issues.map((i) => [i.number, i.user, i.state])).toEqual([
    [1, 'mallory', 'open'],
    [2, BOT, 'open'],
    [3, BOT, 'open'],
  ]);
  expect(api.issues[0]).toMatchObject({ body: 'planted', comments: [] });
  expect(api.issues[1]?.title).not.toBe(api.issues[2]?.title);
});

test('without issues: write, a warning that says so; the verdict alone decides the exit code', async () => {
  api.writable = false;
  const run = await scheduled({ 'email-password': 'Wrong-Password-1234' });
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/::warning::alert-issue: the token may not write issues here\. Give the job `permissions: issues: write`/);
  expect(api.issues).toEqual([]);
  const passing = await scheduled({});
  expect(passing.code).toBe(0);
});

test('a sparse API (no labels, every state listed, no /user) still gets exactly one issue, then closes it', async () => {
  api.shape = 'minimal';
  await scheduled({ 'email-password': 'Wrong-Password-1234' });
  await scheduled({ 'email-password': 'Wrong-Password-1234' });
  expect(api.issues.map((i) => [i.number, i.state, i.comments.length])).toEqual([[1, 'open', 0]]);
  await scheduled({});
  await scheduled({});
  expect(api.issues.map((i) => [i.number, i.state, i.comments.length])).toEqual([[1, 'closed', 1]]);
  await scheduled({ 'email-password': 'Wrong-Password-1234' });
  expect(api.issues.map((i) => [i.number, i.state])).toEqual([
    [1, 'closed'],
    [2, 'open'],
  ]);
});

test('the token may come from GITHUB_TOKEN, as a workflow step exports it', async () => {
  const run = await scheduled(
    { 'email-password': 'Wrong-Password-1234', 'github-token': '' },
    { GITHUB_TOKEN: 'ghs_fromTheEnvironment0002' },
  );
  expect(run.stdout).toContain('alert-issue: opened an issue.');
  expect(run.stdout).toContain('::add-mask::ghs_fromTheEnvironment0002');
  expect(api.issues).toHaveLength(1);
});

test('a token that knows who it is owns only what it wrote; one that cannot ask owns what the Actions bot wrote', async () => {
  api.identity = 'release-bot';
  api.author = 'release-bot';
  await scheduled({ 'email-password': 'Wrong-Password-1234' });
  const ours = api.issues[0]!;
  // Someone else copies our issue, marker and all: with a known identity, it is never taken for ours.
  api.issues.unshift({ ...ours, number: 99, user: 'mallory', comments: [] });
  await scheduled({});
  expect(api.issues.find((i) => i.number === 99)).toMatchObject({ state: 'open', comments: [] });
  expect(api.issues.find((i) => i.number === ours.number)).toMatchObject({ state: 'closed' });

  // A workflow token cannot ask who it is: what it writes is the Actions bot's. A copy of our issue by someone
  // else, label, key and marker and all (issue forms let anyone set a label), is left alone and reported.
  api.issues.length = 0;
  api.identity = undefined;
  api.author = BOT;
  await scheduled({ 'email-password': 'Wrong-Password-1234' });
  const bots = api.issues[0]!;
  api.issues.unshift({ ...bots, number: 98, user: 'mallory', comments: [] });
  const recovered = await scheduled({});
  expect(api.issues.map((i) => [i.number, i.user, i.state])).toEqual([
    [98, 'mallory', 'open'],
    [bots.number, BOT, 'closed'],
  ]);
  expect(recovered.stdout).toMatch(
    /::warning::alert-issue: issue #98 carries this target's label, key and marker but was written by `mallory`/,
  );
  expect(recovered.code).toBe(0);
});

test('an issue by another name is never ours, with a token that cannot ask who it is', async () => {
  api.author = 'ci-user';
  api.issues.push({
    number: 1,
    title: 'x',
    body: 'x',
    state: 'open',
    labels: ['email-deploy-check'],
    user: 'ci-user',
    comments: [],
  });
  await scheduled({ 'email-password': 'Wrong-Password-1234' });
  const planted = api.issues[1]!;
  api.issues.length = 0;
  api.issues.push({ ...planted, number: 5 });
  await scheduled({});
  expect(api.issues.map((i) => [i.number, i.user, i.state])).toEqual([[5, 'ci-user', 'open']]);
});
