// npm run screenshots: what people get, rendered as they see it, so the README's pictures stay current.
// The built action runs twice against a local SMTP server (a failing login, then a passing run with a test
// mail); its job summary is rendered as GitHub-flavoured markdown (micromark with GFM, raw HTML allowed as
// GitHub allows it) and photographed by headless Chromium from Debian's packages; the CLI's failing run is
// photographed as a terminal. Every server is on 127.0.0.1. Output: docs/images/*.png.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { createCertificateAuthority } from '../test-support/certs.ts';
import { startSmtpServer } from '../test-support/servers.ts';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!CHROMIUM) {
  console.error("screenshots: Debian's chromium is needed (apt-get install chromium).");
  process.exit(1);
}
const out = resolve('docs', 'images');
mkdirSync(out, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'edc-shots-'));

const ca = createCertificateAuthority('Screenshots CA');
const leaf = ca.issue({ names: ['localhost', '127.0.0.1'] });
const caFile = join(dir, 'ca.pem');
writeFileSync(caFile, ca.cert);
const user = 'app@demo.example';
const password = 'demo-app-password';
const server = await startSmtpServer({ key: leaf.key, cert: leaf.cert, users: { [user]: password } });

// Asynchronously: the SMTP server lives in this process and must answer while the child runs.
const run = promisify(execFile);

/** The built action as the runner starts it, with its summary file. */
async function action(name, inputs) {
  const summary = join(dir, `${name}.md`);
  writeFileSync(summary, '');
  writeFileSync(join(dir, `${name}.out`), '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: join(dir, `${name}.out`),
    RUNNER_TEMP: dir,
    RUNNER_ENVIRONMENT: 'github-hosted',
  };
  for (const [key, value] of Object.entries(inputs)) env[`INPUT_${key.toUpperCase()}`] = value;
  await run(process.execPath, [resolve('dist/index.js')], { env, cwd: dir }).catch(() => undefined);
  return readFileSync(summary, 'utf8');
}

const smtp = {
  'smtp-host': 'localhost',
  'smtp-port': String(server.port),
  'email-user': user,
  'tls-ca': caFile,
  timeout: '5',
  checks: 'env,dns,tcp,tls,smtp,send',
};
const failing = await action('failing', { ...smtp, 'email-password': 'the-login-password' });
const passing = await action('passing', { ...smtp, 'email-password': password, 'test-recipient': 'you@demo.example' });
const cli = await run(
  process.execPath,
  [
    resolve('dist/cli/index.js'),
    '--host',
    'localhost',
    '--port',
    String(server.port),
    '--tls-ca',
    caFile,
    '--checks',
    'env,dns,tcp,tls,smtp',
    '--timeout',
    '5',
  ],
  {
    env: { PATH: process.env.PATH, EMAIL_USER: user, EMAIL_PASSWORD: 'the-login-password', NODE_ENV: 'production' },
    cwd: dir,
  },
).then(
  (r) => r.stdout,
  (e) => e.stdout,
);
await server.close();

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const STYLE = `body{font:14px/1.5 -apple-system,"Segoe UI","Noto Sans",Helvetica,Arial,"Noto Sans CJK SC",sans-serif;color:#1f2328;margin:0;padding:24px;max-width:920px}
table{border-collapse:collapse;margin:8px 0 16px;display:block;overflow:auto}th,td{border:1px solid #d1d9e0;padding:6px 13px}th{font-weight:600;background:#f6f8fa}
code{background:#eff1f3;border-radius:6px;padding:.2em .4em;font-size:85%}h2{border-bottom:1px solid #d1d9e0;padding-bottom:.3em}details{margin:6px 0}summary{cursor:pointer}
pre{background:#f6f8fa;padding:12px;border-radius:6px;overflow:auto}`;
const page = (name, body) => {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, `<!doctype html><meta charset="utf-8"><style>${STYLE}</style><body>${body}</body>`);
  return file;
};
const gfmPage = (name, markdown) =>
  page(name, micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] }));
const terminalPage = (name, text) =>
  page(
    name,
    `<pre style="background:#0d1117;color:#e6edf3;font:13px/1.45 'DejaVu Sans Mono',monospace;white-space:pre-wrap">${escape(text)}</pre>`,
  );

function shoot(file, png, height) {
  execFileSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${join(dir, 'profile')}`,
      `--window-size=980,${height}`,
      `--screenshot=${png}`,
      `file://${file}`,
    ],
    { stdio: 'ignore' },
  );
  console.log(`wrote ${png}`);
}

shoot(gfmPage('failing', failing), join(out, 'summary-failing.png'), 900);
shoot(gfmPage('passing', passing), join(out, 'summary-passing.png'), 700);
shoot(terminalPage('cli', cli), join(out, 'cli-failing.png'), 900);
