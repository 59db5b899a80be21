// Stand-ins for the team-chat robots on 127.0.0.1, each checking what the real service checks (its token, the
// timestamp within an hour, the signature) and answering as it answers: DingTalk and WeCom with `errcode` inside
// HTTP 200, Feishu with `code` inside HTTP 200, Slack `ok` or a 4xx word, a signed webhook 204 or 401.
// No relative imports: Node 24 runs this file directly (type stripping) for `npm run demo`.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export type Robot = 'dingtalk' | 'feishu' | 'wecom' | 'slack' | 'webhook';

export interface RobotMessage {
  robot: Robot;
  body: Record<string, unknown>;
  raw: string;
}

export interface RobotRefusal {
  robot: Robot;
  why: string;
}

export interface RunningRobots {
  port: number;
  /** The addresses and secrets to give the action, as inputs. */
  inputs: Record<string, string>;
  /** Messages each robot took (signature and timestamp verified). */
  messages: RobotMessage[];
  /** Requests a robot refused, and why (bad signature, stale timestamp, unknown token). */
  refusals: RobotRefusal[];
  close(): Promise<void>;
}

export interface RobotOptions {
  /** Robots that refuse every message as their service refuses a bad signature or a revoked token. */
  refuse?: readonly Robot[];
  /** Secrets the robots hold (what the team set in their consoles); default: those given in `inputs`. */
  secrets?: Partial<Record<'dingtalk' | 'feishu' | 'webhook', string>>;
}

const TOKENS = {
  dingtalk: 'dt0ken5ecretAccessT0ken0123456789abcdef',
  feishu: '4f1c9a8e-0b7d-4c2e-9a55-robotHookId01',
  wecom: '693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa',
  slack: 'T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
};
const SECRETS = { dingtalk: 'SECdingtalkSigningSecret0123456789', feishu: 'feishuSigningSecret0123', webhook: 'webhook-shared-secret-42' };

const same = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};
const hmac = (key: string, message: string): Buffer => createHmac('sha256', key).update(message, 'utf8').digest();
const withinHour = (ms: number): boolean => Number.isFinite(ms) && Math.abs(Date.now() - ms) < 3600_000;

export async function startRobots(options: RobotOptions = {}): Promise<RunningRobots> {
  const messages: RobotMessage[] = [];
  const refusals: RobotRefusal[] = [];
  const secrets = { ...SECRETS, ...options.secrets };
  const refuses = (robot: Robot): boolean => options.refuse?.includes(robot) ?? false;
  const json = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  const refused = (robot: Robot, why: string): void => void refusals.push({ robot, why });

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string): void => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      // Each service answers a body it cannot read in its own way; all of them refuse it.
    }
    if (url.pathname === '/robot/send') {
      const timestamp = url.searchParams.get('timestamp') ?? '';
      const sign = url.searchParams.get('sign') ?? '';
      const expected = hmac(secrets.dingtalk, `${timestamp}\n${secrets.dingtalk}`).toString('base64');
      if (url.searchParams.get('access_token') !== TOKENS.dingtalk || refuses('dingtalk')) {
        refused('dingtalk', 'token');
        return json(res, 200, { errcode: 300001, errmsg: 'token is not exist' });
      }
      if (!withinHour(Number(timestamp)) || !same(sign, expected)) {
        refused('dingtalk', 'sign');
        return json(res, 200, { errcode: 310000, errmsg: 'sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]' });
      }
      messages.push({ robot: 'dingtalk', body, raw });
      return json(res, 200, { errcode: 0, errmsg: 'ok' });
    }
    if (url.pathname.startsWith('/open-apis/bot/v2/hook/')) {
      const timestamp = typeof body.timestamp === 'string' ? body.timestamp : '';
      const expected = hmac(`${timestamp}\n${secrets.feishu}`, '').toString('base64');
      if (url.pathname.slice('/open-apis/bot/v2/hook/'.length) !== TOKENS.feishu) {
        refused('feishu', 'token');
        return json(res, 200, { code: 19001, msg: 'param invalid: incoming webhook access token invalid' });
      }
      if (refuses('feishu') || !withinHour(Number(timestamp) * 1000) || !same(typeof body.sign === 'string' ? body.sign : '', expected)) {
        refused('feishu', 'sign');
        return json(res, 200, { code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time' });
      }
      messages.push({ robot: 'feishu', body, raw });
      return json(res, 200, { code: 0, msg: 'success', data: {} });
    }
    if (url.pathname === '/cgi-bin/webhook/send') {
      if (url.searchParams.get('key') !== TOKENS.wecom || refuses('wecom')) {
        refused('wecom', 'key');
        return json(res, 200, { errcode: 93000, errmsg: 'invalid webhook url, hint: [1700000000_1_abc], from ip: 127.0.0.1' });
      }
      const content = (body.markdown as { content?: string } | undefined)?.content ?? '';
      if (Buffer.byteLength(content) > 4096) {
        refused('wecom', 'too long');
        return json(res, 200, { errcode: 40058, errmsg: 'markdown.content exceed max length 4096' });
      }
      messages.push({ robot: 'wecom', body, raw });
      return json(res, 200, { errcode: 0, errmsg: 'ok' });
    }
    if (url.pathname.startsWith('/services/')) {
      if (url.pathname.slice('/services/'.length) !== TOKENS.slack || refuses('slack')) {
        refused('slack', 'token');
        return void res.writeHead(403, { 'content-type': 'text/html' }).end('invalid_token');
      }
      if (typeof body.text !== 'string') return void res.writeHead(400).end('invalid_payload');
      messages.push({ robot: 'slack', body, raw });
      return void res.writeHead(200, { 'content-type': 'text/html' }).end('ok');
    }
    if (url.pathname === '/hooks/mail') {
      const signature = String(req.headers['x-signature-256'] ?? '');
      if (refuses('webhook') || !same(signature, `sha256=${hmac(secrets.webhook, raw).toString('hex')}`)) {
        refused('webhook', 'signature');
        return void res.writeHead(401).end('bad signature');
      }
      messages.push({ robot: 'webhook', body, raw });
      return void res.writeHead(204).end();
    }
    res.writeHead(404).end('not found');
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );
  const base = `http://127.0.0.1:${port}`;
  return {
    port,
    inputs: {
      'notify-dingtalk': `${base}/robot/send?access_token=${TOKENS.dingtalk}`,
      'notify-dingtalk-secret': SECRETS.dingtalk,
      'notify-feishu': `${base}/open-apis/bot/v2/hook/${TOKENS.feishu}`,
      'notify-feishu-secret': SECRETS.feishu,
      'notify-wecom': `${base}/cgi-bin/webhook/send?key=${TOKENS.wecom}`,
      'notify-slack': `${base}/services/${TOKENS.slack}`,
      'notify-webhook': `${base}/hooks/mail`,
      'notify-webhook-secret': SECRETS.webhook,
    },
    messages,
    refusals,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Every token and secret the stand-ins hold, for tests that look for them in every output. */
export const ROBOT_SECRETS: readonly string[] = [...Object.values(TOKENS), ...Object.values(SECRETS)];
