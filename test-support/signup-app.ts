// A deployed app as people write them, on 127.0.0.1: a send-code endpoint that mails a verification code with
// nodemailer through a real SMTP server, and a verify endpoint that accepts only the code it sent. Its variants are
// the failures seen in the field: it answers 200 and never sends (an unawaited sendMail that fails, the error only
// in its log), or it rate-limits (429).
import { appendFileSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import { createTransport } from 'nodemailer';
import { startHttpServer, type RunningHttp } from './http.js';

export type AppBehaviour = 'working' | 'unawaited-failure' | 'rate-limited';

export interface SignupApp extends RunningHttp {
  behaviour: AppBehaviour;
  /** The codes it mailed, by address: the test reads them to prove they appear in no output. */
  codes: Map<string, string>;
}

export interface SignupAppOptions {
  smtpPort: number;
  ca: string;
  user: string;
  password: string;
  /** The app's log (PM2-style lines), where an unawaited send's failure ends up. */
  logFile: string;
}

export async function startSignupApp(options: SignupAppOptions): Promise<SignupApp> {
  const transport = (user: string, pass: string) =>
    createTransport({ host: 'localhost', port: options.smtpPort, secure: false, auth: { user, pass }, tls: { ca: [options.ca] } });
  const good = transport(options.user, options.password);
  const broken = transport(options.user, 'a-password-that-was-rotated');
  const log = (line: string): void => appendFileSync(options.logFile, `0|api | ${new Date().toISOString()}: ${line}\n`);
  const json = (res: Parameters<Parameters<typeof startHttpServer>[0]>[1], status: number, body: unknown, headers = {}): void => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const state: { behaviour: AppBehaviour; codes: Map<string, string> } = { behaviour: 'working', codes: new Map() };
  const server = await startHttpServer((req, res) => {
    const body = (req.body ? JSON.parse(req.body) : {}) as { email?: string; code?: string };
    const email = String(body.email ?? '');
    if (req.url === '/api/send-code') {
      if (state.behaviour === 'rate-limited') return json(res, 429, { error: 'too many requests' }, { 'retry-after': '60' });
      const code = String(randomInt(100000, 1000000));
      state.codes.set(email, code);
      const mail = {
        from: options.user,
        to: email,
        subject: '您的验证码 / Your verification code',
        text: `Your verification code is ${code}. It expires in 10 minutes.`,
        html: `<p>您的验证码是 <b>${code}</b>，10 分钟内有效。</p>`,
      };
      if (state.behaviour === 'unawaited-failure') {
        // The bug: the send is not awaited; the handler answers 200 and the failure lands in the log only.
        broken.sendMail(mail).catch((error: Error & { response?: string }) => log(`Error: ${error.message}`));
        return json(res, 200, { ok: true });
      }
      good.sendMail(mail).then(
        () => json(res, 200, { ok: true }),
        (error: Error) => json(res, 500, { error: error.message }),
      );
      return;
    }
    if (req.url === '/api/verify') {
      const expected = state.codes.get(email);
      if (expected !== undefined && body.code === expected) return json(res, 200, { ok: true });
      return json(res, 400, { error: `invalid code ${String(body.code)}` });
    }
    json(res, 404, { error: 'not found' });
  });
  // The test steers `behaviour` and reads `codes` on the returned object: the handler reads them there too.
  return {
    ...server,
    get behaviour() {
      return state.behaviour;
    },
    set behaviour(value: AppBehaviour) {
      state.behaviour = value;
    },
    codes: state.codes,
  };
}
