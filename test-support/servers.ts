// Real servers on 127.0.0.1 for tests, the demo and the benchmarks: an SMTP server (smtp-server,
// with TLS, STARTTLS, AUTH and refusal hooks) and raw TCP servers for byte-exact misbehaviour.
// No relative imports: Node 24 runs this file directly (type stripping) for `npm run demo`.
import { createServer, type Server, type Socket } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export interface Refusal {
  code: number;
  message: string;
}

export interface SmtpServerOptions {
  /** Implicit TLS from the first byte (port 465 style). */
  secure?: boolean;
  key?: string;
  cert?: string;
  /** Accepted logins; any other user/password gets `authFailure`. */
  users?: Record<string, string>;
  authFailure?: Refusal;
  /** No AUTH in EHLO. */
  noAuth?: boolean;
  /** No STARTTLS in EHLO (and AUTH allowed in plaintext, as a badly configured server does). */
  noStartTls?: boolean;
  mailFrom?: Refusal;
  rcptTo?: Refusal;
  data?: Refusal;
  banner?: string;
  /** Access tokens accepted for XOAUTH2, by user: the server offers XOAUTH2, and refuses others as Gmail does. */
  oauth2Tokens?: Record<string, string>;
  /** Called once a message is accepted (after the 250), as an MTA's queue would pick it up. */
  onAccepted?: (message: ReceivedMessage) => void;
}

export interface ReceivedMessage {
  from: string;
  to: string[];
  raw: string;
}

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

export interface RunningSmtpServer extends RunningServer {
  messages: ReceivedMessage[];
  /** Users that tried to log in, with whether the connection was TLS at the time. */
  logins: { user: string; secure: boolean }[];
  /** Commands in the order the server saw them (AUTH and MAIL FROM, RCPT TO, DATA). */
  events: string[];
  /** Connections opened to the server. */
  connections(): number;
}

const refusal = (r: Refusal): Error & { responseCode: number } => Object.assign(new Error(r.message), { responseCode: r.code });

export async function startSmtpServer(options: SmtpServerOptions = {}): Promise<RunningSmtpServer> {
  const messages: ReceivedMessage[] = [];
  const logins: RunningSmtpServer['logins'] = [];
  const events: string[] = [];
  let connections = 0;
  const users = options.users ?? {};
  const config: SMTPServerOptions = {
    secure: options.secure === true,
    key: options.key,
    cert: options.cert,
    logger: false,
    // No reverse lookup of the client: it would ask the machine's resolver, which is off-host.
    disableReverseLookup: true,
    banner: options.banner ?? 'test ESMTP ready',
    disabledCommands: [...(options.noAuth ? ['AUTH'] : []), ...(options.noStartTls ? ['STARTTLS'] : [])],
    allowInsecureAuth: options.noStartTls === true,
    authMethods: options.oauth2Tokens ? ['PLAIN', 'LOGIN', 'XOAUTH2'] : ['PLAIN', 'LOGIN'],
    onConnect(_session, callback) {
      connections++;
      callback();
    },
    onAuth(auth, session, callback) {
      events.push('AUTH');
      logins.push({ user: auth.username ?? '', secure: session.secure });
      if (auth.method === 'XOAUTH2') {
        const expected = options.oauth2Tokens?.[auth.username ?? ''];
        if (expected !== undefined && expected === auth.accessToken) return callback(null, { user: auth.username });
        // Gmail's refusal: a 334 with base64 JSON, then 535 once the client answers.
        return callback(null, { data: { status: '401', schemes: 'bearer', scope: 'https://mail.google.com/' } });
      }
      if (auth.username !== undefined && users[auth.username] !== undefined && users[auth.username] === auth.password) {
        return callback(null, { user: auth.username });
      }
      callback(refusal(options.authFailure ?? { code: 535, message: '5.7.8 Authentication credentials invalid' }));
    },
    onMailFrom(address, _session, callback) {
      events.push(`MAIL FROM:${address.address}`);
      callback(options.mailFrom ? refusal(options.mailFrom) : undefined);
    },
    onRcptTo(address, _session, callback) {
      events.push(`RCPT TO:${address.address}`);
      callback(options.rcptTo ? refusal(options.rcptTo) : undefined);
    },
    onData(stream, session, callback) {
      events.push('DATA');
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (options.data) return callback(refusal(options.data));
        const envelope = session.envelope;
        const message = {
          from: envelope.mailFrom ? envelope.mailFrom.address : '',
          to: envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        };
        messages.push(message);
        callback(null, 'Ok: queued as TESTQUEUE1');
        if (options.onAccepted) setImmediate(() => options.onAccepted?.(message));
      });
    },
  };
  const server = new SMTPServer(config);
  server.on('error', () => undefined);
  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port));
  });
  return {
    port,
    messages,
    logins,
    events,
    connections: () => connections,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A TCP server whose every connection is handed to `script`: for servers that misbehave on purpose. */
export async function startRawServer(script: (socket: Socket) => void): Promise<RunningServer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    script(socket);
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );
  return {
    port,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Scripts for startRawServer. */
export const misbehaviour = {
  silent: (): ((socket: Socket) => void) => () => undefined,
  greetThenClose: (): ((socket: Socket) => void) => (socket) => socket.end('220 test ESMTP\r\n'),
  greeting:
    (line: string): ((socket: Socket) => void) =>
    (socket) =>
      socket.end(`${line}\r\n`),
  garbage: (): ((socket: Socket) => void) => (socket) => socket.write('SSH-2.0-OpenSSH_9.6\r\n'),
  /** Greets after `ms`, then answers EHLO with no extensions and QUIT politely. */
  slowGreeting:
    (ms: number): ((socket: Socket) => void) =>
    (socket) => {
      const timer = setTimeout(() => socket.write('220 slow ESMTP\r\n'), ms);
      socket.on('close', () => clearTimeout(timer));
      socket.on('data', (d) => {
        if (/^QUIT/im.test(d.toString())) socket.end('221 bye\r\n');
        else socket.write('250 slow\r\n');
      });
    },
};

/**
 * A scripted SMTP dialog: greets, then answers each command by the first matching rule;
 * `close` drops the connection (a reset mid-session). Unmatched commands get 250.
 */
export function dialog(rules: [RegExp, string][], greeting = '220 scripted ESMTP'): (socket: Socket) => void {
  return (socket) => {
    socket.write(`${greeting}\r\n`);
    let buffer = '';
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline).replace(/\r$/, '');
        buffer = buffer.slice(newline + 1);
        const rule = rules.find(([pattern]) => pattern.test(line));
        const answer = rule ? rule[1] : /^QUIT/i.test(line) ? '221 bye' : '250 ok';
        if (answer === 'close') return void socket.destroy();
        socket.write(`${answer}\r\n`);
      }
    });
  };
}

/** Sends a greeting one byte at a time, `everyMs` apart: a line that never completes in time. */
export function slowDrip(everyMs: number): (socket: Socket) => void {
  return (socket) => {
    const text = '220 drip ESMTP service is very slow today\r\n';
    let i = 0;
    const timer = setInterval(() => (i < text.length ? socket.write(text[i++]!) : clearInterval(timer)), everyMs);
    socket.on('close', () => clearInterval(timer));
  };
}

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A port whose accept queue is full: the kernel drops further SYNs, so a connect neither succeeds nor
 * is refused (what a firewall that drops SMTP looks like). Node always accepts, so python3 holds the socket.
 */
export async function startBlackhole(): Promise<RunningServer> {
  const { spawn } = await import('node:child_process');
  const script = [
    'import socket, sys, time',
    "s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(0)",
    'port = s.getsockname()[1]; held = []',
    'for _ in range(4):',
    '    c = socket.socket(); c.setblocking(False)',
    "    try: c.connect(('127.0.0.1', port))",
    '    except BlockingIOError: pass',
    '    held.append(c)',
    'print(port, flush=True)',
    'sys.stdin.read()',
  ].join('\n');
  const child = spawn('python3', ['-c', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim())));
    child.once('error', reject);
  });
  return {
    port,
    close: () =>
      new Promise((resolve) => {
        child.once('close', () => resolve());
        child.stdin.end();
      }),
  };
}

/** Something a peer writes into: a socket, or an HTTP response. */
interface Writable {
  readonly destroyed: boolean;
  write(chunk: Buffer): boolean;
  once(event: 'drain', listener: () => void): unknown;
  on(event: 'error', listener: () => void): unknown;
  end(): unknown;
}

/**
 * A hostile peer's answer: `chunk` again and again, as fast as the other side reads, until `total` bytes were sent
 * (then the stream ends) or the other side went away. `written()` says how far it got.
 */
export function flood(stream: Writable, chunk: Buffer, total: number): { written(): number } {
  let written = 0;
  const pump = (): void => {
    while (!stream.destroyed && written < total) {
      written += chunk.length;
      if (!stream.write(chunk)) return void stream.once('drain', pump);
    }
    if (!stream.destroyed) stream.end();
  };
  stream.on('error', () => undefined);
  pump();
  return { written: () => written };
}
