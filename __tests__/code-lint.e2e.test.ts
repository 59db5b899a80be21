// The app's mail code, as a new user would try it: the built action on a repository with an Express route that
// makes every mistake, a TypeScript module with a literal password and a clean mailer, then the CLI on the same
// checkout. Each mistake is annotated at its line with its level, the clean module is untouched, the step fails,
// and the password is in no output.
import { expect, test } from '@jest/globals';
import { makeRepo } from './helpers/repo.js';
import { runAction, runCliProcess } from './helpers/run-dist.js';

const PASSWORD = 'Sup3rSecretAuthCode';
const REPO = {
  '.gitignore': 'node_modules\n',
  'server/routes.js':
    "const express = require('express');\nconst nodemailer = require('nodemailer');\nconst router = express.Router();\nrouter.post('/send-code', (req, res) => {\n  const transporter = nodemailer.createTransport({\n    host: 'smtp.qq.com',\n    port: 465,\n    secure: false,\n    auth: { user: process.env.EMAIL_USER, pass: process.env.EMAIL_PASSWORD },\n    tls: { rejectUnauthorized: false },\n  });\n  transporter.sendMail({ to: req.body.email, text: 'Your code: 123456' });\n  res.json({ ok: true });\n});\nmodule.exports = router;\n",
  'server/secret.ts': `import nodemailer from 'nodemailer';\nexport const t = nodemailer.createTransport({ host: 'smtp.qq.com', port: 587, secure: false, auth: { user: 'me@qq.com', pass: '${PASSWORD}' } });\n`,
  'server/mailer.ts':
    "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({ host: process.env.SMTP_HOST, port: 587, secure: false, pool: true, auth: { user: process.env.EMAIL_USER, pass: process.env.EMAIL_PASSWORD } });\nexport async function sendCode(to: string, code: string): Promise<void> {\n  await transporter.sendMail({ to, text: `Your code: ${code}` });\n}\n",
};

test('the action annotates each mistake at its line, leaves the clean module alone, fails, and never prints the password', async () => {
  const root = makeRepo(REPO);
  const run = await runAction(
    { checks: 'lint', language: 'en' },
    { GITHUB_WORKSPACE: root, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'owner/app', GITHUB_SHA: 'b'.repeat(40) },
  );
  expect(run.code).toBe(1);
  const annotations = run.visibleStdout
    .split('\n')
    .filter((l) => /^::(error|warning) /.test(l))
    .map((l) => /^::(error|warning) .*?file=([^,]+),line=(\d+)::/.exec(l)?.slice(1).join(' '));
  expect(annotations).toEqual([
    'error server/routes.js 8',
    'error server/routes.js 12',
    'error server/secret.ts 2',
    'warning server/routes.js 5',
    'warning server/routes.js 10',
  ]);
  expect(run.visibleStdout).toMatch(
    /^::error title=email-deploy-check%3A sendMail not awaited \(server\/routes\.js%3A12\),file=server\/routes\.js,line=12::`sendMail` in `post handler` is neither awaited/m,
  );
  expect(annotations.join('\n')).not.toContain('mailer.ts');
  // The summary links each line at the checked-out commit.
  expect(run.summary).toContain(`https://github.com/owner/app/blob/${'b'.repeat(40)}/server/routes.js#L12`);
  for (const text of [run.visibleStdout, run.stderr, run.summary, JSON.stringify(run.outputs)]) expect(text).not.toContain(PASSWORD);
});

test('the CLI on the checkout gives the same findings with file:line, in Chinese when asked', async () => {
  const root = makeRepo(REPO);
  const run = await runCliProcess(['--checks', 'lint', '--lang', 'zh', '--no-color'], {}, root);
  expect(run.code).toBe(1);
  for (const where of ['server/routes.js:5', 'server/routes.js:8', 'server/routes.js:10', 'server/routes.js:12', 'server/secret.ts:2'])
    expect(run.stdout).toContain(where);
  expect(run.stdout).toContain('sendMail 未等待');
  expect(run.stdout).not.toContain('server/mailer.ts:');
  expect(run.stdout + run.stderr).not.toContain(PASSWORD);
  expect(run.stderr).not.toContain('ExperimentalWarning');
});
