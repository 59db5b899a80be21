// The logged-in part of the one SMTP connection: AUTH, the envelope probe and the test mail on the socket the
// probe connected, greeted, upgraded and inspected. One connection and one login per run; the certificate was
// judged before any credential is sent (the auth check needs the TLS checks to pass).
//
// We speak AUTH PLAIN/LOGIN, MAIL, RCPT and DATA ourselves instead of handing the socket to nodemailer's
// SMTPConnection: it would wait for a greeting the server sent long ago and say EHLO once more (a round trip
// per run), and it would not batch the envelope probe. The message itself is nodemailer's (MailComposer).
import type { Reply, SmtpWire } from './wire.js';
import { WireError } from './wire.js';
import type { Capabilities } from './capabilities.js';

/** A refusal or a broken session, with what a diagnosis needs (the shape of nodemailer's errors). */
export class SmtpFailure extends Error {
  constructor(
    readonly code: 'EAUTH' | 'ENOAUTH' | 'EENVELOPE' | 'EMESSAGE' | 'ETIMEDOUT' | 'ECONNECTION' | 'ETOOLONG',
    readonly command: string,
    readonly response?: string,
    readonly responseCode?: number,
  ) {
    super(response ?? `${command}: ${code}`);
  }
}

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** Lines written together, replies read in order (RFC 2920 PIPELINING, or one by one). */
export class SmtpSession {
  constructor(
    private readonly wire: SmtpWire,
    private readonly capabilities: Capabilities,
  ) {}

  /** One exchange; a dropped or silent connection becomes a failure of that command. */
  private async exchange(line: string, command: string, shown = line): Promise<Reply> {
    try {
      return await this.wire.command(line, shown);
    } catch (error) {
      throw this.broken(error, command);
    }
  }

  private broken(error: unknown, command: string): SmtpFailure {
    const failure = error instanceof WireError ? error.failure : undefined;
    const code = failure === 'timeout' ? 'ETIMEDOUT' : failure === 'too-long' ? 'ETOOLONG' : 'ECONNECTION';
    return new SmtpFailure(code, command, error instanceof Error ? error.message : String(error));
  }

  /** AUTH PLAIN (or LOGIN when only that is offered); resolves with the mechanism used. Credentials never reach the transcript. */
  async login(user: string, pass: string): Promise<string> {
    const methods = this.capabilities.auth;
    const refused = (reply: Reply, command: string): SmtpFailure => new SmtpFailure('EAUTH', command, reply.text, reply.code);
    if (!methods.includes('PLAIN') && !methods.includes('LOGIN')) {
      throw new SmtpFailure('ENOAUTH', 'AUTH', `no PLAIN or LOGIN among: ${methods.join(' ') || 'none'}`);
    }
    if (methods.includes('PLAIN')) {
      const token = b64(`\u0000${user}\u0000${pass}`);
      let reply = await this.exchange(`AUTH PLAIN ${token}`, 'AUTH PLAIN', 'AUTH PLAIN ****');
      // A server that wants the token on its own line answers 334 first.
      if (reply.code === 334) reply = await this.exchange(token, 'AUTH PLAIN', '****');
      if (reply.code !== 235) throw refused(reply, 'AUTH PLAIN');
      return 'PLAIN';
    }
    let reply = await this.exchange('AUTH LOGIN', 'AUTH LOGIN');
    if (reply.code === 334) reply = await this.exchange(b64(user), 'AUTH LOGIN', '****');
    if (reply.code === 334) reply = await this.exchange(b64(pass), 'AUTH LOGIN', '****');
    if (reply.code !== 235) throw refused(reply, 'AUTH LOGIN');
    return 'LOGIN';
  }

  /**
   * AUTH XOAUTH2 with an access token. A refusal comes as a 334 carrying the server's base64 JSON (status, schemes,
   * scope); the client answers with an empty line and the server ends with 535. The JSON joins the reply text.
   */
  async loginXoauth2(user: string, token: string): Promise<string> {
    const methods = this.capabilities.auth;
    if (!methods.includes('XOAUTH2')) throw new SmtpFailure('ENOAUTH', 'AUTH XOAUTH2', `no XOAUTH2 among: ${methods.join(' ') || 'none'}`);
    const initial = b64(`user=${user}\u0001auth=Bearer ${token}\u0001\u0001`);
    let reply = await this.exchange(`AUTH XOAUTH2 ${initial}`, 'AUTH XOAUTH2', 'AUTH XOAUTH2 ****');
    let challenge = '';
    if (reply.code === 334) {
      challenge = Buffer.from(reply.text.replace(/^334[ -]?/, '').trim(), 'base64').toString('utf8');
      reply = await this.exchange('', 'AUTH XOAUTH2');
    }
    if (reply.code !== 235) {
      const text = /^\s*\{/.test(challenge) ? `${reply.text} ${challenge.trim()}` : reply.text;
      throw new SmtpFailure('EAUTH', 'AUTH XOAUTH2', text, reply.code);
    }
    return 'XOAUTH2';
  }

  /** Commands whose replies are read in order: in one write when the server pipelines, else one by one. */
  private async batch(lines: readonly [line: string, command: string][]): Promise<Reply[]> {
    if (!this.capabilities.pipelining) {
      const replies: Reply[] = [];
      for (const [line, command] of lines) replies.push(await this.exchange(line, command));
      return replies;
    }
    this.wire.sendBatch(lines.map(([line]) => line));
    const replies: Reply[] = [];
    for (const [, command] of lines) {
      try {
        replies.push(await this.wire.read());
      } catch (error) {
        throw this.broken(error, command);
      }
    }
    return replies;
  }

  /** MAIL FROM, RCPT TO and RSET: the server judges sender and recipient, nothing is sent. One round trip with PIPELINING. */
  async probeEnvelope(from: string, to: string): Promise<void> {
    const [mail, rcpt] = await this.batch([
      [`MAIL FROM:<${from}>`, 'MAIL FROM'],
      [`RCPT TO:<${to}>`, 'RCPT TO'],
      ['RSET', 'RSET'],
    ]);
    if (mail && mail.code !== 250) throw new SmtpFailure('EENVELOPE', 'MAIL FROM', mail.text, mail.code);
    if (rcpt && rcpt.code !== 250 && rcpt.code !== 251) throw new SmtpFailure('EENVELOPE', 'RCPT TO', rcpt.text, rcpt.code);
  }

  /** A message on the same session: MAIL, RCPT and DATA (batched when pipelined), then the content. Resolves with the final reply. */
  async send(from: string, to: string, message: Buffer): Promise<Reply> {
    const [mail, rcpt, data] = await this.batch([
      [`MAIL FROM:<${from}>`, 'MAIL FROM'],
      [`RCPT TO:<${to}>`, 'RCPT TO'],
      ['DATA', 'DATA'],
    ]);
    if (mail && mail.code !== 250) throw new SmtpFailure('EENVELOPE', 'MAIL FROM', mail.text, mail.code);
    if (rcpt && rcpt.code !== 250 && rcpt.code !== 251) throw new SmtpFailure('EENVELOPE', 'RCPT TO', rcpt.text, rcpt.code);
    if (!data || data.code !== 354) throw new SmtpFailure('EMESSAGE', 'DATA', data?.text, data?.code);
    this.wire.sendData(dotStuffed(message));
    let final: Reply;
    try {
      final = await this.wire.read();
    } catch (error) {
      throw this.broken(error, 'DATA');
    }
    if (final.code !== 250) throw new SmtpFailure('EMESSAGE', 'DATA', final.text, final.code);
    return final;
  }
}

/** The message with CRLF line ends, leading dots doubled (RFC 5321 4.5.2) and the closing `.` line. */
export function dotStuffed(message: Buffer): Buffer {
  const text = message.toString('binary').replace(/\r?\n/g, '\r\n');
  const body = text.replace(/^\./gm, '..');
  return Buffer.from(`${body}${body.endsWith('\r\n') ? '' : '\r\n'}.\r\n`, 'binary');
}
