// Authentication and the envelope probe through nodemailer's SMTP client, with every timeout taken
// from `timeout`, TLS required before AUTH, and a transcript whose credentials are masked.
import { isIP } from 'node:net';
import { format } from 'node:util';
import SMTPConnection from 'nodemailer/lib/smtp-connection/index.js';

export interface SessionOptions {
  /** Address from our own resolution, so that `dns-servers` is honoured. */
  address: string;
  /** The configured host: SNI and certificate name. */
  host: string;
  port: number;
  secure: boolean;
  /** Refuse to continue without TLS (STARTTLS) before AUTH. */
  requireTls: boolean;
  rejectUnauthorized: boolean;
  ca?: string[];
  timeoutMs: number;
  transcript: string[];
}

/** What nodemailer attaches to its errors (see FACTS: `_formatError`). */
export interface SmtpError extends Error {
  code?: string;
  response?: string;
  responseCode?: number;
  command?: string;
}

export interface CommandReply {
  code: number;
  text: string;
}

/** nodemailer sends commands this way internally (its public reset() does exactly this); no public API sends MAIL FROM without DATA. */
interface CommandInternals {
  _sendCommand(line: string): void;
  _responseActions: ((reply: string) => void)[];
}

export class MailSession {
  private constructor(
    private readonly connection: SMTPConnection,
    private readonly timeoutMs: number,
    /** The dialogue so far, credentials masked; later commands append to it. */
    readonly transcript: string[],
  ) {}

  static open(options: SessionOptions): Promise<MailSession> {
    const connection = new SMTPConnection({
      host: options.address,
      port: options.port,
      secure: options.secure,
      ...(isIP(options.host) ? {} : { servername: options.host }),
      requireTLS: !options.secure && options.requireTls,
      tls: { rejectUnauthorized: options.rejectUnauthorized, ...(options.ca?.length ? { ca: options.ca } : {}) },
      connectionTimeout: options.timeoutMs,
      greetingTimeout: options.timeoutMs,
      socketTimeout: options.timeoutMs,
      dnsTimeout: options.timeoutMs,
      transactionLog: true,
      logger: transcriptLogger(options.transcript),
    });
    return new Promise((resolve, reject) => {
      connection.once('error', reject);
      connection.connect(() => {
        connection.removeListener('error', reject);
        connection.on('error', () => undefined);
        resolve(new MailSession(connection, options.timeoutMs, options.transcript));
      });
    });
  }

  login(user: string, pass: string): Promise<void> {
    return this.untilClosed(
      (resolve, reject) => this.connection.login({ user, pass }, (error) => (error ? reject(error) : resolve())),
      'AUTH',
    );
  }

  /** One command and its reply, within `timeout`. */
  command(line: string): Promise<CommandReply> {
    const internals = this.connection as unknown as Partial<CommandInternals> & { _destroyed?: boolean };
    if (typeof internals._sendCommand !== 'function' || !Array.isArray(internals._responseActions)) {
      return Promise.reject(new Error('this nodemailer version has no command channel; update email-deploy-check'));
    }
    if (internals._destroyed) return Promise.reject(Object.assign(new Error('Connection closed'), { code: 'ECONNECTION', command: line }));
    return this.untilClosed<CommandReply>((resolve) => {
      internals._responseActions!.push((reply) => resolve({ code: Number(reply.slice(0, 3)), text: reply }));
      internals._sendCommand!(line);
    }, line);
  }

  /**
   * Runs one exchange, failing it when the connection errors, closes or stays silent past `timeout`:
   * nodemailer does not always call back when the server drops the connection mid-command.
   */
  private untilClosed<T>(start: (resolve: (value: T) => void, reject: (error: Error) => void) => void, command: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        this.connection.removeListener('error', onError);
        this.connection.removeListener('end', onEnd);
      };
      const onError = (error: Error): void => (done(), reject(error));
      const onEnd = (): void => onError(Object.assign(new Error('Connection closed unexpectedly'), { code: 'ECONNECTION', command }));
      const timer = setTimeout(
        () => onError(Object.assign(new Error(`No reply to ${command.split(':')[0]}`), { code: 'ETIMEDOUT', command })),
        this.timeoutMs,
      );
      this.connection.once('error', onError);
      this.connection.once('end', onEnd);
      start(
        (value) => (done(), resolve(value)),
        (error) => (done(), reject(error)),
      );
    });
  }

  get authMethod(): string {
    return String((this.connection as unknown as { _authMethod?: string })._authMethod ?? '');
  }

  quit(): void {
    this.connection.quit();
    this.connection.close();
  }

  close(): void {
    this.connection.close();
  }
}

/** nodemailer's bunyan-style logger, turned into `C:`/`S:` lines with AUTH exchanges masked. */
function transcriptLogger(transcript: string[]) {
  let inAuth = false;
  const write = (entry: unknown, message: unknown, ...args: unknown[]): void => {
    const tnx = (entry as { tnx?: string } | undefined)?.tnx;
    if (tnx !== 'client' && tnx !== 'server') return;
    let text = format(String(message), ...args);
    if (tnx === 'client') {
      if (/^AUTH\b/i.test(text)) {
        inAuth = true;
        text = text.replace(/^(AUTH\s+\S+)(\s+.*)?$/i, (_, verb: string, rest?: string) => (rest ? `${verb} ****` : verb));
      } else if (inAuth) text = '****';
    } else if (inAuth && /^(235|[45]\d\d)/.test(text)) inAuth = false;
    for (const line of text.split(/\r?\n/)) transcript.push(`${tnx === 'client' ? 'C' : 'S'}: ${line}`);
  };
  return { trace: () => undefined, debug: write, info: write, warn: () => undefined, error: () => undefined, fatal: () => undefined };
}
