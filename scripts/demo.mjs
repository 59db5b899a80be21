// A real report without credentials: starts an SMTP server on 127.0.0.1 (STARTTLS, AUTH, a private CA)
// and runs the built CLI against it, test mail included. `npm run demo -- --fail` adds broken setups and a
// failover chain whose primary refuses the login.
// Node 24 loads the TypeScript fixtures directly (type stripping).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCertificateAuthority } from '../test-support/certs.ts';
import { startSmtpServer } from '../test-support/servers.ts';

const showFailure = process.argv.includes('--fail');
const passthrough = process.argv.slice(2).filter((a) => a !== '--fail');

const ca = createCertificateAuthority('Demo Private CA');
const leaf = ca.issue({ names: ['localhost', '127.0.0.1'] });
const caFile = join(mkdtempSync(join(tmpdir(), 'edc-demo-')), 'demo-ca.pem');
writeFileSync(caFile, ca.cert);

const user = 'app@demo.example';
const password = 'demo-app-password';
const server = await startSmtpServer({ key: leaf.key, cert: leaf.cert, users: { [user]: password } });

const run = (title, env, args) =>
  new Promise((resolve) => {
    console.log(`\n=== ${title} ===\n`);
    const child = spawn(process.execPath, ['dist/cli/index.js', ...args, ...passthrough], {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', ...env },
      stdio: 'inherit',
    });
    child.on('close', (code) => {
      console.log(`\n(exit code ${code})`);
      resolve(code);
    });
  });

// Deliverability (SPF/DMARC of demo.example) is left out: it would query the machine's resolver.
const checks = ['--checks', 'env,dns,tcp,tls,smtp,send'];
const base = { SMTP_HOST: 'localhost', SMTP_PORT: String(server.port), EMAIL_USER: user, EMAIL_PASSWORD: password };
await run(`A working setup: STARTTLS on localhost:${server.port}, a private CA, a test mail`, base, [
  '--tls-ca',
  caFile,
  '--to',
  'you@demo.example',
  '--timeout',
  '5',
  ...checks,
]);
if (showFailure) {
  await run('A broken setup: the login password instead of the app password', { ...base, EMAIL_PASSWORD: 'my-login-password-2024' }, [
    '--tls-ca',
    caFile,
    '--timeout',
    '5',
    ...checks.map((c) => c.replace(',send', '')),
  ]);
  await run('A broken setup: implicit TLS against a STARTTLS port', { ...base, SMTP_SECURE: 'true' }, [
    '--tls-ca',
    caFile,
    '--timeout',
    '5',
    ...checks.map((c) => c.replace(',send', '')),
  ]);
  // Two mail servers in one run (here one server, two logins): the primary's 535 behind a working backup.
  const targets = JSON.stringify([
    { name: 'main', 'smtp-host': 'localhost', 'smtp-port': server.port, 'email-user': user, 'email-password': 'my-login-password-2024' },
    { name: 'spare', 'smtp-host': 'localhost', 'smtp-port': server.port, 'email-user': user, 'email-password': password },
  ]);
  await run('A failover chain: the primary refuses the login, the backup carries the mail', { EMAIL_TARGETS: targets }, [
    '--tls-ca',
    caFile,
    '--timeout',
    '5',
    ...checks.map((c) => c.replace(',send', '')),
  ]);
}
console.log(`\nThe server received ${server.messages.length} message(s).`);
await server.close();
