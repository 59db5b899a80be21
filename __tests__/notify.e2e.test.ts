// The backup plan as a verdict, run as the runner runs the built action: a failover chain on real SMTP servers,
// the alert issue on a GitHub API stand-in, and stand-ins for DingTalk, Feishu, WeCom, Slack and a signed webhook
// that verify every signature and timestamp. One message per channel when the chain degrades, none while nothing
// changes, one on recovery; a robot's refusal is a warning that leaves the exit code alone; no secret anywhere.
import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals';
import { createCertificateAuthority } from '../test-support/certs.js';
import { BOT, startGithubApi, type GithubApi } from '../test-support/github-api.js';
import { ROBOT_SECRETS, startRobots, type RunningRobots } from '../test-support/robots.js';
import { startSmtpServer, type RunningServer } from '../test-support/servers.js';
import { writeTemp } from './helpers/network.js';
import { leakedForms, runAction, type ActionRun } from './helpers/run-dist.js';

const PRIMARY = 'primary@demo.example';
const PRIMARY_PW = 'Primary-Canary-Pw-5521';
const BACKUP = 'backup@demo.example';
const BACKUP_PW = 'Backup-Canary-Pw-7730';
let api: GithubApi;
let robots: RunningRobots;
let primaryPort: number;
let backupPort: number;
let caFile: string;
const servers: RunningServer[] = [];

beforeAll(async () => {
  const ca = createCertificateAuthority();
  caFile = writeTemp('ca.pem', ca.cert);
  const pem = ca.issue({ names: ['localhost', '127.0.0.1'] });
  const primary = await startSmtpServer({ key: pem.key, cert: pem.cert, users: { [PRIMARY]: PRIMARY_PW } });
  const backup = await startSmtpServer({ key: pem.key, cert: pem.cert, users: { [BACKUP]: BACKUP_PW } });
  servers.push(primary, backup);
  primaryPort = primary.port;
  backupPort = backup.port;
  api = await startGithubApi('acme/shop');
  robots = await startRobots();
});
afterAll(async () => {
  await Promise.all([api.close(), robots.close(), ...servers.map((s) => s.close())]);
});
beforeEach(() => {
  api.issues.length = 0;
  api.requests.length = 0;
  api.writable = true;
  api.author = BOT;
  robots.messages.length = 0;
  robots.refusals.length = 0;
});

const chain = (primaryPassword: string, backupPassword = BACKUP_PW): string =>
  [
    '- name: qq-main',
    '  smtp-host: localhost',
    `  smtp-port: ${primaryPort}`,
    `  email-user: ${PRIMARY}`,
    `  email-password: "${primaryPassword}"`,
    '- name: aliyun-dm',
    '  smtp-host: localhost',
    `  smtp-port: ${backupPort}`,
    `  email-user: ${BACKUP}`,
    `  email-password: "${backupPassword}"`,
  ].join('\n');

let runId = 500;
const scheduled = (inputs: Record<string, string>, robotInputs: Record<string, string> = robots.inputs): Promise<ActionRun> =>
  runAction(
    {
      checks: 'env,dns,tcp,tls,smtp',
      'tls-ca': caFile,
      timeout: '3',
      'github-token': 'ghs_fakeTokenForTheStandIn0002',
      ...robotInputs,
      ...inputs,
    },
    {
      GITHUB_API_URL: api.url,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: String(++runId),
    },
  );

const byRobot = (): Record<string, number> =>
  Object.fromEntries(
    ['dingtalk', 'feishu', 'wecom', 'slack', 'webhook'].map((r) => [r, robots.messages.filter((m) => m.robot === r).length]),
  );
const ONE_EACH = { dingtalk: 1, feishu: 1, wecom: 1, slack: 1, webhook: 1 };
const NONE = { dingtalk: 0, feishu: 0, wecom: 0, slack: 0, webhook: 0 };

function expectNoSecret(run: ActionRun): void {
  const channels = [
    run.visibleStdout,
    run.stderr,
    run.summary,
    JSON.stringify(run.outputs),
    ...robots.messages.map((m) => m.raw),
    ...api.issues.map((i) => `${i.title}\n${i.body}`),
  ];
  const forms = [...leakedForms(PRIMARY_PW, PRIMARY), ...leakedForms(BACKUP_PW, BACKUP), ...ROBOT_SECRETS, 'Wrong-Primary-Pw-1'];
  for (const text of channels) for (const form of forms) expect(text).not.toContain(form);
}

test('a degraded chain in Chinese: one message per channel, none on the same state, one on recovery; the issue follows', async () => {
  const broken = await scheduled({ targets: chain('Wrong-Primary-Pw-1'), 'alert-issue': 'true', language: 'zh' });
  expect(broken.code).toBe(0);
  expect(broken.outputs.status).toBe('warn');
  expect(JSON.parse(broken.outputs.targets ?? '[]')).toEqual([
    { name: 'qq-main', role: 'primary', status: 'fail', cause: 'auth-failed', category: 'auth-failed' },
    { name: 'aliyun-dm', role: 'backup', status: 'pass' },
  ]);
  expect(broken.summary).toMatch(/降级运行：主服务商 qq-main 失败（.*535.*）；邮件改由备用服务商 aliyun-dm 发送。/);
  expect(robots.refusals).toEqual([]);
  expect(byRobot()).toEqual(ONE_EACH);
  for (const m of robots.messages) expect(m.raw).toContain('qq-main');
  const ding = robots.messages.find((m) => m.robot === 'dingtalk')?.body as { markdown: { text: string } };
  expect(ding.markdown.text).toContain('邮件仍可发送');
  expect(ding.markdown.text).toContain('https://github.com/acme/shop/actions/runs/');
  const hook = robots.messages.find((m) => m.robot === 'webhook')?.body as {
    event: string;
    status: string;
    items: { target: string; cause: string }[];
  };
  expect(hook).toMatchObject({ event: 'degraded', status: 'warn', items: [{ target: 'qq-main', cause: 'auth-failed' }] });
  expect(api.issues).toHaveLength(1);
  expect(api.issues[0]?.title).toMatch(/^邮件故障切换链异常：qq-main \(custom\) → aliyun-dm \(custom\) \[edc-[0-9a-f]{10}\]$/);
  // Markdown-escaped in the issue body, as every name of theirs is.
  expect(api.issues[0]?.body).toContain('qq\\-main 失败');
  expectNoSecret(broken);

  robots.messages.length = 0;
  const same = await scheduled({ targets: chain('Wrong-Primary-Pw-1'), 'alert-issue': 'true', language: 'zh' });
  expect(same.code).toBe(0);
  expect(byRobot()).toEqual(NONE);
  expect(same.stdout).toContain('不再通知各频道');

  const fixed = await scheduled({ targets: chain(PRIMARY_PW), 'alert-issue': 'true', language: 'zh' });
  expect(fixed.code).toBe(0);
  expect(fixed.outputs.status).toBe('pass');
  expect(byRobot()).toEqual(ONE_EACH);
  expect(robots.messages.every((m) => m.raw.includes('邮件已恢复正常'))).toBe(true);
  expect(api.issues[0]?.state).toBe('closed');
  expectNoSecret(fixed);
});

test('both mail servers refusing: exit 1, one failure message per channel', async () => {
  // The step's own server is not a default for the items: said once, and never used.
  const run = await scheduled({ targets: chain('Wrong-Primary-Pw-1', 'Wrong-Backup-Pw-2'), 'smtp-host': 'unused.example' });
  expect(run.code).toBe(1);
  expect(run.visibleStdout).toMatch(/^::warning::`targets` is set, so these inputs of the step are not used: `smtp-host`\./m);
  expect(run.visibleStdout).not.toContain('unused.example:');
  expect(run.outputs.status).toBe('fail');
  expect(run.summary).toContain('No mail server works: qq-main, aliyun-dm.');
  expect(byRobot()).toEqual(ONE_EACH);
  const hook = robots.messages.find((m) => m.robot === 'webhook')?.body as { event: string };
  expect(hook.event).toBe('failure');
  expectNoSecret(run);
});

test("a robot that refuses (a wrong signing secret) is a warning naming the channel and its reply; the exit code is the mail's", async () => {
  const inputs = {
    ...robots.inputs,
    'notify-dingtalk-secret': 'SECnotTheSecretTheRobotHolds00',
    'notify-slack': robots.inputs['notify-slack']!.replace(/X+$/, 'Y'),
  };
  const run = await scheduled({ targets: chain('Wrong-Primary-Pw-1') }, inputs);
  expect(run.code).toBe(0);
  expect(run.outputs.status).toBe('warn');
  expect(robots.refusals.map((r) => [r.robot, r.why]).sort()).toEqual([
    ['dingtalk', 'sign'],
    ['slack', 'token'],
  ]);
  expect(run.visibleStdout).toMatch(/^::warning::notify: DingTalk refused the message: errcode 310000 sign not match/m);
  expect(run.visibleStdout).toMatch(/^::warning::notify: Slack refused the message: HTTP 403 invalid_token/m);
  expect(byRobot()).toEqual({ ...ONE_EACH, dingtalk: 0, slack: 0 });
  expect(run.visibleStdout).not.toContain('SECnotTheSecretTheRobotHolds00');
  expectNoSecret(run);
});

test('notify-test sends one test message to every channel, on a run that passes', async () => {
  const run = await scheduled({ targets: chain(PRIMARY_PW), 'notify-test': 'true' });
  expect(run.code).toBe(0);
  expect(run.outputs.status).toBe('pass');
  expect(byRobot()).toEqual(ONE_EACH);
  const hook = robots.messages.find((m) => m.robot === 'webhook')?.body as { event: string };
  expect(hook.event).toBe('test');
  expectNoSecret(run);
});

test('a channel address that is not HTTPS (and not this machine) is refused before anything is sent', async () => {
  const run = await scheduled(
    { targets: chain('Wrong-Primary-Pw-1') },
    { 'notify-wecom': 'http://chat.example/cgi-bin/webhook/send?key=abcdef0123456789' },
  );
  expect(run.code).toBe(0);
  expect(run.visibleStdout).toMatch(/^::warning::notify: the WeCom address is not HTTPS/m);
  expect(run.visibleStdout).not.toContain('abcdef0123456789');
});
