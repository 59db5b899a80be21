// npm run bench: whole-process timings measured side by side in one run, medians and ratios.
// Absolute times mean little on a noisy machine; the ratios and bounds are what we hold ourselves to.
// Every server is local (127.0.0.1). BENCH_RUNS sets the number of runs (default 7).
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCertificateAuthority } from '../test-support/certs.ts';
import { startHttpServer, slow } from '../test-support/http.ts';
import { flood, misbehaviour, startRawServer, startSmtpServer } from '../test-support/servers.ts';
import { startDelayProxy, startFastSmtp } from '../test-support/latency.ts';
import { startGithubApi } from '../test-support/github-api.ts';
import { scriptedImap } from '../test-support/imap-script.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const node = process.execPath;
const dir = mkdtempSync(join(tmpdir(), 'edc-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(0)} ms`;

function timed(command, args, env = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ ms: performance.now() - started, code, out }));
  });
}

/** swaks from Debian's packages (with the Perl TLS modules it needs for --tls); installed when missing and we are root. */
function findSwaks() {
  const has = () => spawnSync('sh', ['-c', 'command -v swaks && perl -MIO::Socket::SSL -e1'], { stdio: 'ignore' }).status === 0;
  if (has()) return 'found';
  if (process.getuid?.() !== 0) return 'missing';
  spawnSync(
    'sh',
    ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq swaks libio-socket-ssl-perl libnet-ssleay-perl'],
    { stdio: 'ignore' },
  );
  return has() ? 'installed' : 'missing';
}

const rows = [];
const row = (name, measured, target, ok, note = '') => rows.push({ name, measured, target, ok, note });

// --- 1. Full local run versus swaks -------------------------------------------------------------
const ca = createCertificateAuthority('Bench CA');
const caFile = join(dir, 'ca.pem');
writeFileSync(caFile, ca.cert);
const leaf = ca.issue({ names: ['localhost', '127.0.0.1'] });
const USER = 'bench@demo.example';
const PASSWORD = 'bench-password-123';
const smtp = await startSmtpServer({ key: leaf.key, cert: leaf.cert, users: { [USER]: PASSWORD } });
const cliEnv = { SMTP_HOST: 'localhost', SMTP_PORT: String(smtp.port), EMAIL_USER: USER, EMAIL_PASSWORD: PASSWORD, NODE_ENV: 'production' };
const cliArgs = ['dist/cli/index.js', '--checks', 'env,dns,tcp,tls,smtp', '--tls-ca', caFile, '--timeout', '5', '--json'];

/** swaks doing what our run does up to the login: connect, STARTTLS, AUTH PLAIN, quit. */
const swaksArgs = (port) => [
  ...['--server', '127.0.0.1', '--port', String(port), '--tls'],
  ...['--auth', 'PLAIN', '--auth-user', USER, '--auth-password', PASSWORD],
  ...['--quit-after', 'AUTH', '--silent', '2'],
];

const swaks = findSwaks();
console.log(`swaks: ${swaks}`);
const ours = [];
const theirs = [];
for (let i = 0; i < RUNS; i++) {
  const run = await timed(node, cliArgs, cliEnv);
  if (run.code !== 0) throw new Error(`the full run failed:\n${run.out}`);
  ours.push(run.ms);
  if (swaks !== 'missing') {
    const s = await timed('swaks', swaksArgs(smtp.port));
    if (s.code !== 0) throw new Error(`swaks failed:\n${s.out}`);
    theirs.push(s.ms);
  }
}
if (swaks !== 'missing') {
  const ratio = median(ours) / median(theirs);
  row(
    'full run (env, dns, tcp, tls, smtp AUTH + envelope) vs swaks --tls --auth --quit-after AUTH',
    `${fmt(median(ours))} vs ${fmt(median(theirs))} = ${ratio.toFixed(2)}x`,
    '<= 2.0x',
    ratio <= 2.0,
  );
} else {
  row('full run vs swaks', `${fmt(median(ours))} (swaks missing)`, '<= 2.0x', false, 'swaks not available');
}

// --- 1b. Latency: 100 ms each way in front of a server that answers at once --------------------------
// One connection, one login, pipelined envelope: against swaks over the same slow link, pairs side by side.
const fast = await startFastSmtp({ key: leaf.key, cert: leaf.cert, user: USER, password: PASSWORD });
const proxy = await startDelayProxy(fast.port, 100);
const slowEnv = { ...cliEnv, SMTP_PORT: String(proxy.port) };
const PAIRS = 5;
const oursSlow = [];
const swaksSlow = [];
let oursTrips = 0;
let swaksTrips = 0;
const verdictToExit = [];
for (let i = 0; i < PAIRS; i++) {
  proxy.reset();
  const started = Date.now();
  const run = await timed(node, cliArgs, slowEnv);
  const exitedAt = started + run.ms;
  if (run.code !== 0) throw new Error(`the full run through the proxy failed:\n${run.out}`);
  const report = JSON.parse(run.out);
  verdictToExit.push(exitedAt - (Date.parse(report.startedAt) + report.durationMs));
  oursSlow.push(run.ms);
  oursTrips = proxy.roundTrips();
  if (swaks !== 'missing') {
    proxy.reset();
    const s = await timed('swaks', swaksArgs(proxy.port));
    if (s.code !== 0) throw new Error(`swaks through the proxy failed:\n${s.out}`);
    swaksSlow.push(s.ms);
    swaksTrips = proxy.roundTrips();
  }
}
if (swaks !== 'missing') {
  const ratio = median(oursSlow) / median(swaksSlow);
  row(
    'full run with envelope probe vs swaks --quit-after AUTH, 100 ms each way (median of 5 pairs)',
    `${fmt(median(oursSlow))} vs ${fmt(median(swaksSlow))} = ${ratio.toFixed(2)}x`,
    '<= 1.15x',
    ratio <= 1.15,
  );
  row(
    '  round trips per run, counted at the proxy (ours with the envelope probe / swaks to AUTH)',
    `${oursTrips} / ${swaksTrips}`,
    'information',
    true,
  );
}
proxy.reset();
const withMail = await timed(
  node,
  [...cliArgs.slice(0, 2), 'env,dns,tcp,tls,smtp,send', ...cliArgs.slice(3), '--to', 'ops@demo.example'],
  slowEnv,
);
row('connections per run with a test mail', `${proxy.connections()}`, '1', proxy.connections() === 1 && withMail.code === 0);
row('time from the verdict to the process exit (median)', fmt(median(verdictToExit)), '<= 100 ms', median(verdictToExit) <= 100);

// A failover chain: two mail servers, each behind its own slow link, side by side against one alone.
const proxyB = await startDelayProxy(fast.port, 100);
const item = (name, port) =>
  [`- name: ${name}`, '  smtp-host: localhost', `  smtp-port: ${port}`, `  email-user: ${USER}`, `  email-password: ${PASSWORD}`].join(
    '\n',
  );
const oneFile = join(dir, 'one.yml');
const twoFile = join(dir, 'two.yml');
writeFileSync(oneFile, item('a', proxy.port));
writeFileSync(twoFile, [item('a', proxy.port), item('b', proxyB.port)].join('\n'));
const oneTarget = [];
const twoTargets = [];
for (let i = 0; i < PAIRS; i++) {
  for (const [file, times] of [
    [oneFile, oneTarget],
    [twoFile, twoTargets],
  ]) {
    const run = await timed(node, [...cliArgs, '--targets', file], { NODE_ENV: 'production' });
    if (run.code !== 0) throw new Error(`the chain run through the proxies failed:\n${run.out}`);
    times.push(run.ms);
  }
}
const chainRatio = median(twoTargets) / median(oneTarget);
row(
  'two targets (--targets) vs one, each behind 100 ms each way (median of 5 pairs)',
  `${fmt(median(twoTargets))} vs ${fmt(median(oneTarget))} = ${chainRatio.toFixed(2)}x`,
  '<= 1.25x',
  chainRatio <= 1.25,
);
await Promise.all([proxy.close(), proxyB.close(), fast.close()]);

// --- 2. Cold start: a run that fails in the env checks versus node -e 0 ---------------------------
const summary = join(dir, 'summary.md');
const output = join(dir, 'output.txt');
writeFileSync(summary, '');
writeFileSync(output, '');
const actionEnv = {
  GITHUB_STEP_SUMMARY: summary,
  GITHUB_OUTPUT: output,
  INPUT_CHECKS: 'env',
  'INPUT_EMAIL-USER': 'not-an-address',
  'INPUT_EMAIL-PROVIDER': 'qq',
};
const cold = [];
const bare = [];
// A ratio of two short times: more pairs than the other rows, interleaved, so the medians are stable.
for (let i = 0; i < Math.max(RUNS, 15); i++) {
  bare.push((await timed(node, ['-e', '0'])).ms);
  const run = await timed(node, ['dist/index.js'], actionEnv);
  if (run.code !== 1) throw new Error(`the env-failing action should exit 1:\n${run.out}`);
  cold.push(run.ms);
}
const coldRatio = median(cold) / median(bare);
row(
  'cold start: node dist/index.js (fails in env) vs node -e 0',
  `${fmt(median(cold))} vs ${fmt(median(bare))} = ${coldRatio.toFixed(2)}x`,
  '<= 2.0x',
  coldRatio <= 2.0,
);

// The floor under that ratio: loading the library bundle and nothing else (no run).
const floor = [];
for (let i = 0; i < RUNS; i++) floor.push((await timed(node, ['--input-type=module', '-e', "await import('./dist/lib/index.js')"])).ms);
const floorRatio = median(floor) / median(bare);
row(
  '  floor: importing dist/lib/index.js alone vs node -e 0',
  `${fmt(median(floor))} = ${floorRatio.toFixed(2)}x; the run adds ${fmt(median(cold) - median(floor))}`,
  'information',
  true,
);

// --- 2b. Weight: what GitHub checks out (dist/) and what `npm i` installs ------------------------
const duBytes = (path) => Number(spawnSync('du', ['-sb', path], { encoding: 'utf8' }).stdout.split('\t')[0]);
const distBytes = duBytes('dist');
const MiB = 1024 * 1024;
row('size of dist/', `${(distBytes / MiB).toFixed(2)} MiB`, '<= 5 MiB', distBytes <= 5 * MiB);
const packed = JSON.parse(spawnSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' }).stdout)[0];
row(
  'installed package (npm pack: unpacked size)',
  `${(packed.unpackedSize / MiB).toFixed(2)} MiB in ${packed.entryCount} files (${(packed.size / MiB).toFixed(2)} MiB packed)`,
  '<= 6 MiB',
  packed.unpackedSize <= 6 * MiB,
);

// --- 3. Bounded failure: a server that never greets, timeout=3 -----------------------------------
const silent = await startRawServer(misbehaviour.silent());
const bounded = await timed(
  node,
  ['dist/cli/index.js', '--checks', 'env,dns,tcp,smtp', '--host', '127.0.0.1', '--port', String(silent.port), '--timeout', '3', '--json'],
  { EMAIL_USER: USER, EMAIL_PASSWORD: PASSWORD },
);
const boundedCause = JSON.parse(bounded.out).results.find((r) => r.id === 'smtp.greeting')?.cause;
row(
  `never-greeting server, timeout=3 (cause ${boundedCause})`,
  fmt(bounded.ms),
  '<= 3500 ms',
  bounded.ms <= 3500 && boundedCause === 'greeting-timeout',
);

// --- 4. Overlap: health answers after 2 s, SMTP greets after 2 s -----------------------------------
const health = await startHttpServer(slow(2000));
const slowSmtp = await startRawServer(misbehaviour.slowGreeting(2000));
const overlap = await timed(
  node,
  [
    'dist/cli/index.js',
    '--checks',
    'health,dns,tcp,smtp',
    '--health-url',
    health.url,
    '--host',
    '127.0.0.1',
    '--port',
    String(slowSmtp.port),
    '--timeout',
    '5',
    '--json',
  ],
  { EMAIL_USER: USER, EMAIL_PASSWORD: PASSWORD },
);
row('slow health (2 s) and slow greeting (2 s) together', fmt(overlap.ms), '<= 2600 ms', overlap.ms <= 2600);

// --- 5. Peak memory of a full run ----------------------------------------------------------------
const rssFile = join(dir, 'rss');
const rssRun = await timed(node, ['--import', './scripts/bench-rss.mjs', ...cliArgs], { ...cliEnv, EDC_RSS_FILE: rssFile });
const rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
row('peak memory (maxRSS) of a full run', `${rssMb.toFixed(1)} MB`, '<= 100 MB', rssMb <= 100 && rssRun.code === 0);

// --- 6. Peak memory with a 300 MB `.env` in the workspace and a 300 MB log ------------------------
// Sparse files: created at once, read back as zeros; only the bounded reads decide the memory.
const big = join(dir, 'big');
mkdirSync(join(big, 'logs'), { recursive: true });
const HUGE = 300 * 1024 * 1024;
writeFileSync(join(big, '.env'), 'EMAIL_PASSWORD=abcdefghijklmnop\n');
truncateSync(join(big, '.env'), HUGE);
writeFileSync(join(big, 'logs', 'app.log'), '');
truncateSync(join(big, 'logs', 'app.log'), HUGE);
appendFileSync(join(big, 'logs', 'app.log'), '\n2026-11-25T10:00:00: Error: Invalid login: 535 Login Fail\n');
const bigEnvRss = join(dir, 'rss-env');
await timed(node, ['--import', './scripts/bench-rss.mjs', 'dist/index.js'], {
  ...actionEnv,
  INPUT_CHECKS: 'lint',
  GITHUB_WORKSPACE: big,
  EDC_RSS_FILE: bigEnvRss,
});
const envMb = Number(readFileSync(bigEnvRss, 'utf8')) / 1024;
row('peak memory: the action linting a 300 MB .env', `${envMb.toFixed(1)} MB`, '<= 100 MB', envMb <= 100);
const bigLogRss = join(dir, 'rss-log');
await timed(
  node,
  ['--import', './scripts/bench-rss.mjs', 'dist/cli/index.js', '--checks', 'logs', '--logs', join(big, 'logs', '*.log'), '--json'],
  {
    EDC_RSS_FILE: bigLogRss,
  },
);
const logMb = Number(readFileSync(bigLogRss, 'utf8')) / 1024;
row('peak memory: the CLI scanning a 300 MB log', `${logMb.toFixed(1)} MB`, '<= 100 MB', logMb <= 100);

// --- 7. Hostile peers: the action's peak memory and its time past the budget ----------------------
// Each peer answers as fast as the loopback carries it (or never): the bounds, not the peer, decide.
const bytes = (byte) => Buffer.alloc(64 * 1024, byte);
const HOSTILE_BYTES = 500 * 1024 * 1024;
async function hostileRun(name, inputs, env, budgetMs) {
  const rss = join(dir, `rss-${name.replace(/\W+/g, '-')}`);
  const run = await timed(node, ['--import', './scripts/bench-rss.mjs', 'dist/index.js'], {
    ...actionEnv,
    'INPUT_EMAIL-USER': USER,
    'INPUT_EMAIL-PASSWORD': PASSWORD,
    'INPUT_EMAIL-PROVIDER': '',
    INPUT_TIMEOUT: '3',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...env,
    EDC_RSS_FILE: rss,
  });
  const mb = Number(readFileSync(rss, 'utf8')) / 1024;
  const past = Math.max(0, run.ms - budgetMs);
  row(
    `hostile ${name}: peak memory; run time against its budget`,
    `${mb.toFixed(1)} MB; ${fmt(run.ms)} (budget ${fmt(budgetMs)}, ${fmt(past)} past it)`,
    '<= 100 MB; <= 1000 ms past',
    mb <= 100 && past <= 1000,
  );
}
const github = await startGithubApi('acme/shop');
const githubEnv = { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/shop', GITHUB_EVENT_NAME: 'schedule' };
const alertInputs = { checks: 'env', 'email-user': 'not-an-address', 'alert-issue': 'true', 'github-token': 'ghs_benchToken0000000001' };
github.hostility = 'huge-page';
github.hugeBytes = HOSTILE_BYTES;
await hostileRun('GitHub API: a 500 MB page', alertInputs, githubEnv, 15_000);
github.hostility = 'endless-pages';
await hostileRun('GitHub API: pages without end', alertInputs, githubEnv, 15_000);
github.hostility = 'silent';
await hostileRun('GitHub API: never answers', alertInputs, githubEnv, 15_000);
await github.close();

const imap = await startRawServer(
  scriptedImap({ on: { LIST: (socket) => (socket.write('* LIST () "/" {1048576000}\r\n'), flood(socket, bytes('x'), HOSTILE_BYTES)) } })
    .handle,
);
await hostileRun(
  'IMAP: a LIST with a 1000 MB literal',
  {
    checks: 'env,delivery',
    'test-recipient': USER,
    'imap-host': '127.0.0.1',
    'imap-port': String(imap.port),
    'imap-secure': 'false',
    'imap-password': PASSWORD,
    'allow-plaintext-auth': 'true',
  },
  {},
  9000,
);
await imap.close();

const floodSmtp = await startRawServer((socket) => {
  socket.write('220 flood ESMTP\r\n');
  socket.on('data', (chunk) => {
    const line = chunk.toString();
    if (/^EHLO/i.test(line)) socket.write('250-flood\r\n250 AUTH PLAIN\r\n');
    else if (/^AUTH/i.test(line)) flood(socket, bytes('5'), HOSTILE_BYTES);
  });
});
await hostileRun(
  'SMTP: endless AUTH reply',
  { checks: 'env,dns,tcp,tls,smtp', 'smtp-host': '127.0.0.1', 'smtp-port': String(floodSmtp.port), 'allow-plaintext-auth': 'true' },
  {},
  9000,
);
await floodSmtp.close();

const floodHttp = await startHttpServer((_request, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  flood(res, bytes(' '), HOSTILE_BYTES);
});
await hostileRun('HTTP: a 500 MB health body', { checks: 'health', 'health-url': floodHttp.url }, {}, 3000);
await floodHttp.close();

await Promise.all([smtp.close(), silent.close(), health.close(), slowSmtp.close()]);

console.log(`\nemail-deploy-check benchmarks (${RUNS} runs, medians; Node ${process.versions.node})\n`);
console.log('| measure | result | target | |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.name} | ${r.measured} | ${r.target} | ${r.ok ? 'ok' : 'MISSED'}${r.note ? ` (${r.note})` : ''} |`);
process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
