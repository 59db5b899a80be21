// The library as an app loads it: the built bundle, in a process of its own, against a real SMTP server.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createCertificateAuthority } from '../test-support/certs.js';
import { startSmtpServer, type RunningSmtpServer } from '../test-support/servers.js';
import { writeTemp } from './helpers/network.js';
import { DIST, runProcess } from './helpers/run-dist.js';

const USER = 'app@demo.example';
const PASSWORD = 'correct-horse-battery';

let caFile: string;
let server: RunningSmtpServer;

beforeAll(async () => {
  const ca = createCertificateAuthority();
  caFile = writeTemp('ca.pem', ca.cert);
  const good = ca.issue({ names: ['localhost', '127.0.0.1'] });
  server = await startSmtpServer({ key: good.key, cert: good.cert, users: { [USER]: PASSWORD } });
});
afterAll(async () => {
  await server.close();
});

test('once the verdict is in, no socket or timer of ours is left (the library, in its own process)', async () => {
  const script = `const { checkEmailHealth } = await import(${JSON.stringify(`${DIST}/lib/index.js`)});
const before = new Set(process.getActiveResourcesInfo());
const { report } = await checkEmailHealth({ env: { SMTP_HOST: 'localhost', SMTP_PORT: '${server.port}', EMAIL_USER: '${USER}', EMAIL_PASSWORD: '${PASSWORD}', NODE_ENV: 'production' }, inputs: { 'tls-ca': ${JSON.stringify(caFile)}, timeout: 2 }, cacheSeconds: 0 });
// The QUIT grace is 200 ms: past it nothing of the run may hold the process.
await new Promise((r) => setTimeout(r, 400));
// What is active now and was not before the run (stdout's pipe was there already).
// (Node opens a pipe for stderr lazily when it prints a warning: that is Node's, not the run's.)
const left = process.getActiveResourcesInfo().filter((r) => !before.has(r) && r !== 'PipeWrap');
console.log(JSON.stringify({ status: report.status, auth: report.results.find((r) => r.id === 'smtp.auth')?.status, left }));`;
  const child = await runProcess(['--input-type=module', '-e', script], { PATH: process.env.PATH });
  const out = JSON.parse(child.stdout) as { status: string; auth: string; left: string[] };
  expect(out.auth).toBe('pass');
  expect(out.left).toEqual([]);
  expect(server.connections()).toBe(1);
});
