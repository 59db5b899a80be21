// The health endpoint, the smoke request and the server's own report, against real HTTP servers.
import { afterAll, describe, expect, test } from '@jest/globals';
import { checkEmailHealth } from '../src/index.js';
import { hang, reply, sequence, startHttpServer, type RunningHttp, type Script } from '../test-support/http.js';
import { flood, startSmtpServer } from '../test-support/servers.js';
import { runAll } from './helpers/network.js';

const servers: { close(): Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});
async function http(script: Script): Promise<RunningHttp> {
  const server = await startHttpServer(script);
  servers.push(server);
  return server;
}
const health = (url: string, extra: Record<string, string> = {}) => ({
  'health-url': url,
  checks: 'health,server',
  timeout: '2',
  'health-interval': '0.1',
  ...extra,
});

describe('health endpoint', () => {
  test('503, 503, then 200 passes within the attempts', async () => {
    const server = await http(sequence(503, 503, 200));
    const run = await runAll(health(`${server.url}/api/email/health`, { 'health-attempts': '3' }));
    expect(run.get('health.endpoint')).toMatchObject({
      status: 'pass',
      cause: 'health-ok-after-retries',
      params: { attempts: 3, status: 200 },
    });
    expect(server.requests).toHaveLength(3);
    expect(run.get('health.endpoint').details).toEqual(expect.arrayContaining(['ok: true', 'attempt: 3']));
  });

  test('always 500 fails with its status after every attempt, with exponential backoff', async () => {
    const server = await http(reply(500, 'boom'));
    const run = await runAll(health(server.url, { 'health-attempts': '3', 'health-interval': '0.2' }));
    expect(run.get('health.endpoint')).toMatchObject({ status: 'fail', cause: 'health-status', params: { status: 500, attempts: 3 } });
    // Waits of 0.2 s and 0.4 s between the three attempts; bounded by the deadline (3 × 2 s + 0.6 s) plus a second.
    expect(run.elapsedMs).toBeGreaterThanOrEqual(600);
    expect(run.elapsedMs).toBeLessThan(7600);
  });

  test('a hanging endpoint fails within the stated deadline', async () => {
    const server = await http(hang());
    const run = await runAll(health(server.url, { 'health-attempts': '2', 'health-interval': '0.5' }));
    const result = run.get('health.endpoint');
    expect(result).toMatchObject({ status: 'fail', cause: 'health-timeout', params: { attempts: 2, deadline: 4.5 } });
    expect(run.elapsedMs).toBeLessThan(4500 + 1000);
  });

  test('a body that never ends is read to its cap and no further; a dripping one ends at the deadline', async () => {
    let sent = { written: () => 0 };
    const flooding = await http((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      sent = flood(res, Buffer.alloc(64 * 1024, 'a'), 200 * 1024 * 1024);
    });
    const run = await runAll(health(flooding.url));
    // It answered 200: the endpoint is up; what it said is no report (read to 256 KiB, then the connection ended).
    expect(run.get('health.endpoint')).toMatchObject({ status: 'pass', cause: 'health-ok' });
    expect(run.get('server.report').status).not.toBe('pass');
    expect(sent.written()).toBeLessThan(50 * 1024 * 1024);
    const drip = await http((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 200);
      res.on('close', () => clearInterval(timer));
    });
    const slow = await runAll(health(drip.url));
    expect(slow.get('health.endpoint')).toMatchObject({ status: 'fail', cause: 'health-timeout' });
    expect(slow.elapsedMs).toBeLessThan(3000 + 1000);
  });

  test('a redirect to a login page is a failure, not a pass', async () => {
    const server = await http((req, res) => {
      if (req.url === '/login') return void res.writeHead(200).end('<form>login</form>');
      res.writeHead(302, { location: '/login' }).end();
    });
    const run = await runAll(health(`${server.url}/api/email/health`));
    expect(run.get('health.endpoint')).toMatchObject({
      status: 'fail',
      cause: 'health-redirect',
      params: { status: 302, location: '/login' },
    });
    expect(server.requests.map((r) => r.url)).toEqual(['/api/email/health']);
  });

  test('a refused port fails with the refusal', async () => {
    const server = await http(reply(200));
    const url = server.url;
    await server.close();
    const run = await runAll(health(url));
    expect(run.get('health.endpoint')).toMatchObject({ status: 'fail', cause: 'health-refused' });
  });

  test('health-expect and health-headers', async () => {
    const server = await http((req, res) => {
      if (req.headers.authorization !== 'Bearer t0ken-Secret') return void res.writeHead(401).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"email":"down"}');
    });
    const noAuth = await runAll(health(server.url));
    expect(noAuth.get('health.endpoint')).toMatchObject({ status: 'fail', cause: 'health-unauthorized', params: { status: 401 } });
    const withAuth = await runAll(
      health(server.url, { 'health-headers': 'Authorization: Bearer t0ken-Secret', 'health-expect': '"email":"up"' }),
    );
    expect(withAuth.get('health.endpoint')).toMatchObject({ status: 'fail', cause: 'health-body-mismatch' });
  });

  test('a plain endpoint has no server report: a non-blocking skip that says how to add one', async () => {
    const server = await http(reply(200, 'ok'));
    const run = await runAll(health(server.url));
    expect(run.get('server.report')).toMatchObject({ status: 'skip', cause: 'server-report-absent' });
  });
});

describe('smoke request', () => {
  test('POST with a JSON body: 2xx passes, 500 fails with the body', async () => {
    const server = await http((req, res) => {
      const body = JSON.parse(req.body) as { email?: string };
      res.writeHead(body.email === 'ops@demo.example' ? 200 : 500).end(body.email ? 'sent' : 'Error: Invalid login: 535');
    });
    const ok = await runAll({
      'smoke-url': `${server.url}/api/email/send-code`,
      'smoke-body': '{"email":"ops@demo.example","purpose":"register"}',
      checks: 'health',
    });
    expect(ok.get('health.smoke')).toMatchObject({ status: 'pass', cause: 'smoke-ok', params: { method: 'POST', status: 200 } });
    expect(server.requests[0]?.headers['content-type']).toBe('application/json');
    const bad = await runAll({ 'smoke-url': server.url, 'smoke-body': '{}', checks: 'health' });
    expect(bad.get('health.smoke')).toMatchObject({
      status: 'fail',
      cause: 'smoke-status',
      params: { status: 500, body: 'Error: Invalid login: 535' },
    });
  });

  test('GET with a body: the input problem is reported once, by name, and no request is made', async () => {
    const server = await http((_req, res) => res.writeHead(200).end('ok'));
    const run = await runAll({ 'smoke-url': server.url, 'smoke-method': 'GET', 'smoke-body': '{}', checks: 'health' });
    expect(run.get('health.smoke')).toMatchObject({
      status: 'skip',
      cause: 'prerequisite-failed',
      params: { check: 'env.inputs:smoke-body' },
    });
    expect(run.get('env.inputs:smoke-body')).toMatchObject({ status: 'fail', cause: 'input-body-with-get' });
    expect(server.requests).toEqual([]);
    const { describe: words } = await import('../src/i18n/index.js');
    expect(words(run.get('health.smoke'), 'en').text.plain).toBe('Not run: Inputs (smoke-body) did not pass.');
  });
});

describe("the server's view", () => {
  test('checkEmailHealth from a real route: 503 with the critical item, shown under "From your server"', async () => {
    const smtp = await startSmtpServer({ noStartTls: true, users: { 'app@demo.example': 'pw-123456' } });
    servers.push(smtp);
    const env = {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      EMAIL_USER: 'app@demo.example',
      EMAIL_PASSWORD: 'pw-123456',
      NODE_ENV: 'production',
    };
    const app = await http((_req, res) => {
      void checkEmailHealth({ env, inputs: { timeout: '2' }, cacheSeconds: 0 }).then(({ status, report }) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(report)),
      );
    });
    const run = await runAll(health(`${app.url}/api/email/health`, { timeout: '5', 'health-attempts': '3' }));
    expect(app.requests).toHaveLength(1);
    expect(run.get('health.endpoint')).toMatchObject({ status: 'pass', cause: 'health-report', params: { status: 503, verdict: 'fail' } });
    expect(run.get('server.report:tls.version')).toMatchObject({ status: 'fail', cause: 'starttls-not-offered' });
    expect(run.get('server.report:env.node-env')).toMatchObject({ status: 'pass' });
    expect(smtp.logins).toEqual([]);
  });

  test('checkEmailHealth caches its result for cacheSeconds', async () => {
    const env = { EMAIL_USER: 'x@corp.example', EMAIL_PASSWORD: '', NODE_ENV: 'production' };
    const first = await checkEmailHealth({ env, inputs: { checks: 'env' }, cacheSeconds: 60 });
    const second = await checkEmailHealth({ env, inputs: { checks: 'env' }, cacheSeconds: 60 });
    // The same run, not an equal one: identity, never timestamps (two runs can start within one millisecond).
    expect(second).toBe(first);
    expect(first.status).toBe(503);
    const fresh = await checkEmailHealth({ env, inputs: { checks: 'env' }, cacheSeconds: 0 });
    expect(fresh).not.toBe(first);
    expect(fresh.status).toBe(503);
  });
});

test('health and SMTP run side by side: neither server answers until both were reached', async () => {
  // A barrier, not a clock: run one after the other, the first would wait for the second until its timeout and fail.
  const reached = new Set<string>();
  let bothReached: () => void = () => undefined;
  const barrier = new Promise<void>((resolve) => (bothReached = resolve));
  const arrive = (who: string): void => {
    reached.add(who);
    if (reached.size === 2) bothReached();
  };
  const server = await http((_req, res) => {
    arrive('http');
    void barrier.then(() => res.writeHead(200).end('{"ok":true}'));
  });
  const { startRawServer } = await import('../test-support/servers.js');
  const smtp = await startRawServer((socket) => {
    arrive('smtp');
    void barrier.then(() => socket.write('220 slow ESMTP\r\n'));
    socket.on('data', (d) => socket.write(/^QUIT/i.test(d.toString()) ? '221 bye\r\n' : '250 slow\r\n'));
  });
  servers.push(smtp);
  const run = await runAll({
    'health-url': server.url,
    'smtp-host': '127.0.0.1',
    'smtp-port': String(smtp.port),
    'email-user': 'a@b.example',
    'email-password': 'x'.repeat(12),
    checks: 'health,dns,tcp,smtp',
    timeout: '5',
  });
  expect(run.get('health.endpoint').status).toBe('pass');
  expect(run.get('smtp.greeting').status).toBe('pass');
});
