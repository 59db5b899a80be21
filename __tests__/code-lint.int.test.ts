// The app's own mail code: each rule against a fixture repository with the mistake at a known line, and a
// counterpart that must stay silent. Real git repositories, the real parser; nothing of the code runs.
import { describe, expect, test } from '@jest/globals';
import { runAll } from './helpers/network.js';
import { makeRepo } from './helpers/repo.js';

async function codeLint(files: Record<string, string>, options: { commit?: boolean } = {}) {
  const root = makeRepo(files, options);
  const run = await runAll({ checks: 'lint' }, { workspace: root });
  return run.results.filter((r) => r.id === 'lint.code' || r.id.startsWith('lint.code:'));
}
const found = (results: Awaited<ReturnType<typeof codeLint>>) =>
  results
    .filter((r) => r.cause.startsWith('code-') && r.location)
    .map((r) => `${r.status} ${r.cause}@${r.location?.file}:${r.location?.line}`);

const IMPORT = "import nodemailer from 'nodemailer';\n";
const MODULE_TRANSPORT = `${IMPORT}const transporter = nodemailer.createTransport({ host: process.env.SMTP_HOST, port: 465, secure: true, auth: { user: process.env.EMAIL_USER, pass: process.env.EMAIL_PASSWORD } });\n`;

describe.each([
  [
    'sendMail neither awaited nor handled inside a request handler',
    {
      'routes/code.js': `${MODULE_TRANSPORT}export function send(req, res) {\n  transporter.sendMail({ to: req.body.email, text: 'code' });\n  res.json({ ok: true });\n}\n`,
    },
    {
      'routes/code.js': `${MODULE_TRANSPORT}export async function send(req, res) {\n  try {\n    await transporter.sendMail({ to: req.body.email, text: 'code' });\n    res.json({ ok: true });\n  } catch (error) {\n    res.status(502).json({ error: 'mail' });\n  }\n}\n`,
    },
    'fail code-send-not-awaited@routes/code.js:4',
  ],
  [
    'a transport created per request (CommonJS)',
    {
      'api/mail.cjs':
        "const nodemailer = require('nodemailer');\nmodule.exports = async (req, res) => {\n  const t = nodemailer.createTransport({ host: 'smtp.qq.com', port: 465, secure: true });\n  await t.sendMail({ to: 'a@b.example' });\n  res.end('ok');\n};\n",
    },
    {
      'api/mail.cjs':
        "const nodemailer = require('nodemailer');\nlet t;\nfunction transport() {\n  if (!t) t = nodemailer.createTransport({ host: 'smtp.qq.com', port: 465, secure: true });\n  return t;\n}\nmodule.exports = async (req, res) => {\n  await transport().sendMail({ to: 'a@b.example' });\n  res.end('ok');\n};\n",
    },
    'warn code-transport-per-request@api/mail.cjs:3',
  ],
  [
    'port 465 with secure: false written in code',
    {
      'mailer.mjs':
        "import { createTransport } from 'nodemailer';\nexport const mailer = createTransport({\n  host: 'smtp.163.com',\n  port: 465,\n  secure: false,\n});\n",
    },
    {
      'mailer.mjs':
        "import { createTransport } from 'nodemailer';\nexport const mailer = createTransport({\n  host: 'smtp.163.com',\n  port: Number(process.env.SMTP_PORT),\n  secure: process.env.SMTP_SECURE === 'true',\n});\n",
    },
    'fail code-port-secure-mismatch@mailer.mjs:5',
  ],
  [
    'certificate checks turned off',
    {
      'mail.js': `${IMPORT}export const t = nodemailer.createTransport({\n  host: 'smtp.qq.com',\n  tls: { rejectUnauthorized: false },\n});\n`,
    },
    {
      'mail.js': `${IMPORT}export const t = nodemailer.createTransport({\n  host: 'smtp.qq.com',\n  tls: { rejectUnauthorized: process.env.NODE_ENV === 'test' ? false : true, minVersion: 'TLSv1.2' },\n});\n`,
    },
    'warn code-tls-verify-off@mail.js:4',
  ],
  [
    'a literal password in auth.pass (TypeScript)',
    {
      'src/mail.ts':
        "import nodemailer from 'nodemailer';\ninterface Opts { to: string }\nexport const transporter = nodemailer.createTransport({\n  host: 'smtp.qq.com',\n  auth: { user: 'me@qq.com', pass: 'abcdefghijklmnop' as string },\n});\nexport async function send(o: Opts): Promise<void> {\n  await transporter.sendMail({ to: o.to });\n}\n",
    },
    {
      'src/mail.ts':
        "import nodemailer from 'nodemailer';\ninterface Opts { to: string }\nexport const transporter = nodemailer.createTransport({\n  host: 'smtp.qq.com',\n  auth: { user: 'me@qq.com', pass: process.env.EMAIL_PASSWORD as string },\n});\nexport async function send(o: Opts): Promise<void> {\n  await transporter.sendMail({ to: o.to });\n}\n",
    },
    'fail code-literal-password@src/mail.ts:5',
  ],
  [
    'a send failure caught and only logged',
    {
      'handler.js': `${MODULE_TRANSPORT}export async function handler(req, res) {\n  try {\n    await transporter.sendMail({ to: req.body.email });\n  } catch (err) {\n    console.error('mail failed', err);\n  }\n  res.json({ sent: true });\n}\n`,
    },
    {
      'handler.js': `${MODULE_TRANSPORT}export async function handler(req, res) {\n  try {\n    await transporter.sendMail({ to: req.body.email });\n  } catch (err) {\n    console.error('mail failed', err);\n    return res.status(503).json({ sent: false });\n  }\n  res.json({ sent: true });\n}\n`,
    },
    'warn code-send-error-swallowed@handler.js:6',
  ],
  [
    "the tutorials' callback that only logs the error",
    {
      'app.js': `${MODULE_TRANSPORT}export function send(req, res) {\n  transporter.sendMail({ to: req.body.email }, function (error, info) {\n    if (error) {\n      console.log(error);\n    } else {\n      console.log('Email sent: ' + info.response);\n    }\n  });\n  res.send('ok');\n}\n`,
    },
    {
      'app.js': `${MODULE_TRANSPORT}export function send(req, res) {\n  transporter.sendMail({ to: req.body.email }, (error) => {\n    if (error) return res.status(502).send('mail failed');\n    res.send('ok');\n  });\n}\n`,
    },
    'warn code-send-error-swallowed@app.js:4',
  ],
])('%s', (_label, mistake, clean, expected) => {
  test('is reported at its line, with its level', async () => {
    expect(found(await codeLint(mistake))).toContain(expected);
  });
  test('its counterpart stays silent', async () => {
    const results = await codeLint(clean);
    expect(found(results)).toEqual([]);
    expect(results.map((r) => r.cause)).toEqual(['code-clean']);
  });
});

test("a transport exported by one module and used by another without await: the other's line", async () => {
  const results = await codeLint({
    'lib/mailer.ts':
      "import * as nodemailer from 'nodemailer';\nexport const transporter = nodemailer.createTransport({ service: 'QQ', auth: { user: process.env.U, pass: process.env.P } });\n",
    'routes/signup.ts':
      "import { transporter as mail } from '../lib/mailer.js';\nimport type { Request, Response } from 'express';\nexport function signup(req: Request, res: Response): void {\n  mail.sendMail({ to: req.body.email, subject: 'Welcome' });\n  res.status(201).end();\n}\n",
    'routes/legacy.js':
      "const mailer = require('../lib/mailer');\nexports.resend = function (req, res) {\n  mailer.transporter.sendMail({ to: req.query.to });\n  res.send('ok');\n};\n",
  });
  expect(found(results)).toEqual(['fail code-send-not-awaited@routes/legacy.js:3', 'fail code-send-not-awaited@routes/signup.ts:4']);
});

test("the issue's repository: an Express route with every mistake, a TypeScript module with a password, a clean mailer", async () => {
  const results = await codeLint({
    '.gitignore': 'node_modules\ndist\n',
    'server/routes.js':
      "const express = require('express');\nconst nodemailer = require('nodemailer');\nconst router = express.Router();\nrouter.post('/send-code', (req, res) => {\n  const transporter = nodemailer.createTransport({\n    host: 'smtp.qq.com',\n    port: 465,\n    secure: false,\n    auth: { user: process.env.EMAIL_USER, pass: process.env.EMAIL_PASSWORD },\n    tls: { rejectUnauthorized: false },\n  });\n  transporter.sendMail({ to: req.body.email, text: 'Your code: 123456' });\n  res.json({ ok: true });\n});\nmodule.exports = router;\n",
    'server/secret.ts':
      "import nodemailer from 'nodemailer';\nexport const t = nodemailer.createTransport({ host: 'smtp.qq.com', port: 587, secure: false, auth: { user: 'me@qq.com', pass: 'Sup3rSecretAuthCode' } });\n",
    'server/clean-mailer.ts':
      "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({ host: process.env.SMTP_HOST, port: 587, secure: false, pool: true, auth: { user: process.env.EMAIL_USER, pass: process.env.EMAIL_PASSWORD } });\nexport async function sendCode(to: string, code: string): Promise<void> {\n  await transporter.sendMail({ to, text: `Your code: ${code}` });\n}\n",
    'node_modules/nodemailer/lib/x.js': "const t = require('nodemailer').createTransport({ port: 465, secure: false });\n",
    'dist/bundle.js': "const t = require('nodemailer').createTransport({ port: 465, secure: false });\n",
  });
  expect(found(results)).toEqual([
    'fail code-port-secure-mismatch@server/routes.js:8',
    'fail code-send-not-awaited@server/routes.js:12',
    'fail code-literal-password@server/secret.ts:2',
    'warn code-transport-per-request@server/routes.js:5',
    'warn code-tls-verify-off@server/routes.js:10',
  ]);
  expect(JSON.stringify(results)).not.toContain('Sup3rSecretAuthCode');
});

test('a file git ignores is not read; a TSX file is counted as not read, never guessed at', async () => {
  const results = await codeLint(
    {
      '.gitignore': 'generated/\n',
      'generated/mail.js': "const t = require('nodemailer').createTransport({ port: 465, secure: false });\n",
      'app/page.tsx': "import nodemailer from 'nodemailer';\nexport default function Page(): JSX.Element { return <div />; }\n",
      'app/ok.js': "import nodemailer from 'nodemailer';\nexport const t = nodemailer.createTransport({ port: 587 });\n",
    },
    { commit: false },
  );
  expect(found(results)).toEqual([]);
  expect(results[0]).toMatchObject({ cause: 'code-clean', params: { tsx: 1, mail: 1 } });
});

test('a send whose .catch only logs (a function, or the logger itself) is a swallowed failure; a .catch that answers is not', async () => {
  const results = await codeLint({
    'a.js': `${MODULE_TRANSPORT}export function a(req, res) {\n  transporter.sendMail({ to: req.body.email }).catch(console.error);\n  res.json({ ok: true });\n}\n`,
    'b.js': `${MODULE_TRANSPORT}export function b(req, res) {\n  transporter.sendMail({ to: req.body.email }).catch((e) => logger.warn('mail', e));\n  res.json({ ok: true });\n}\n`,
    'c.js': `${MODULE_TRANSPORT}export function c(req, res) {\n  return transporter.sendMail({ to: req.body.email }).then(() => res.json({ ok: true })).catch(() => res.status(502).end());\n}\n`,
  });
  expect(found(results)).toEqual(['warn code-send-error-swallowed@a.js:4', 'warn code-send-error-swallowed@b.js:4']);
});

test('bounded: past 2,000 source files the check reads 2,000 and says it read only part', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 2001; i++) files[`src/m${i}.js`] = `export const v${i} = ${i};\n`;
  const results = await codeLint(files, { commit: false });
  expect(results.find((r) => r.cause === 'code-partial')).toMatchObject({
    status: 'warn',
    params: { read: 2000, files: '2000+', max: 2000 },
  });
}, 60_000);

test('a transport passed on through re-exports (an index that re-exports, export *) is followed to where it is used', async () => {
  const results = await codeLint({
    'lib/mail/transport.ts':
      "import nodemailer from 'nodemailer';\nexport const transporter = nodemailer.createTransport({ host: process.env.SMTP_HOST });\n",
    'lib/mail/index.ts': "export { transporter as mailer } from './transport.js';\n",
    'lib/index.ts': "export * from './mail/index.js';\n",
    'api/reset.ts':
      "import { mailer } from '../lib/index.js';\nexport default async function handler(req: any, res: any) {\n  mailer.sendMail({ to: req.body.email });\n  res.status(200).json({ sent: true });\n}\n",
  });
  expect(found(results)).toEqual(['fail code-send-not-awaited@api/reset.ts:3']);
});
