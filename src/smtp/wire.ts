// The SMTP line reader and writer of the one connection: byte-level control (greeting timing, STARTTLS on
// our own socket, certificate inspection, pipelined commands) that a full client hides. The probe greets and
// upgrades on it; the session (src/smtp/session.ts) logs in and sends on it.
import type { Socket } from 'node:net';
import type { ConnectionOptions, TLSSocket } from 'node:tls';

export interface Reply {
  code: number;
  /** Enhanced status code (RFC 3463), e.g. 5.7.8. */
  enhanced?: string;
  lines: string[];
  /** All lines joined, as the server wrote them. */
  text: string;
}

export type WireFailure = 'closed' | 'timeout' | 'garbage' | 'too-long';

export class WireError extends Error {
  constructor(
    readonly failure: WireFailure,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/**
 * One reply, bounded: a real multi-line reply (an EHLO, a 535 with its help text) has a few dozen lines. Past these,
 * the server is broken or hostile: the connection ends and the reply is its own finding, never a growing buffer.
 */
export const MAX_REPLY_LINES = 100;
export const MAX_REPLY_BYTES = 64 * 1024;

export class SmtpWire {
  private buffer = '';
  private lines: string[] = [];
  /** Bytes of the complete lines not yet taken as a reply. */
  private pendingBytes = 0;
  private waiting?: { resolve: (reply: Reply) => void; reject: (error: WireError) => void; timer: NodeJS.Timeout };
  private ended?: WireError;
  private readonly onData = (chunk: Buffer): void => this.receive(chunk.toString('latin1'));
  private readonly onEnd = (): void => this.finish(new WireError('closed', 'the server closed the connection'));

  constructor(
    readonly socket: Socket | TLSSocket,
    private readonly transcript: string[],
    private readonly timeoutMs: number,
  ) {
    socket.on('data', this.onData);
    socket.on('end', this.onEnd);
    socket.on('close', this.onEnd);
    socket.on('error', (error: Error) => this.finish(new WireError('closed', error.message)));
  }

  /** The next complete reply, within the timeout. */
  read(timeoutMs = this.timeoutMs): Promise<Reply> {
    const ready = this.takeReply();
    if (ready) return Promise.resolve(ready);
    if (this.ended) return Promise.reject(this.ended);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = undefined;
        reject(new WireError('timeout', `no reply within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting = { resolve, reject, timer };
    });
  }

  send(line: string, shown = line): void {
    this.transcript.push(`C: ${shown}`);
    this.socket.write(`${line}\r\n`);
  }

  /** Several commands in one write (PIPELINING): one round trip for all of them. */
  sendBatch(lines: readonly string[]): void {
    for (const line of lines) this.transcript.push(`C: ${line}`);
    this.socket.write(lines.map((line) => `${line}\r\n`).join(''));
  }

  /** The content of a message after DATA, already dot-stuffed and closed. */
  sendData(data: Buffer): void {
    this.transcript.push(`C: <message, ${data.length} bytes>`);
    this.socket.write(data);
  }

  command(line: string, shown = line): Promise<Reply> {
    this.send(line, shown);
    return this.read();
  }

  /** STARTTLS: hands the socket to TLS; this reader stops and a new one reads the TLS side. */
  async upgrade(options: ConnectionOptions): Promise<{ wire: SmtpWire; socket: TLSSocket }> {
    this.detach();
    const socket = await handshake({ ...options, socket: this.socket }, this.timeoutMs);
    return { wire: new SmtpWire(socket, this.transcript, this.timeoutMs), socket };
  }

  /** Polite QUIT, waiting at most `waitMs` for the goodbye; then the socket is destroyed either way. */
  async quit(waitMs: number): Promise<void> {
    try {
      if (!this.ended) {
        this.send('QUIT');
        await this.read(waitMs).catch(() => undefined);
      }
    } finally {
      this.close();
    }
  }

  close(): void {
    this.detach();
    this.socket.destroy();
  }

  private detach(): void {
    this.socket.off('data', this.onData);
    this.socket.off('end', this.onEnd);
    this.socket.off('close', this.onEnd);
  }

  private receive(text: string): void {
    if (this.ended) return;
    this.buffer += text;
    let newline: number;
    while ((newline = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, newline).replace(/\r$/, '');
      this.buffer = this.buffer.slice(newline + 1);
      if (!/^\d{3}([ -]|$)/.test(line)) {
        this.transcript.push(`S: ${line.slice(0, 200)}`);
        return this.finish(new WireError('garbage', line.slice(0, 200)));
      }
      this.lines.push(line);
      this.pendingBytes += line.length;
      if (this.lines.length > MAX_REPLY_LINES || this.pendingBytes > MAX_REPLY_BYTES) return this.tooLong();
      this.transcript.push(`S: ${line}`);
      // A complete reply leaves the pending count; the lines of the next one start from zero.
      if (/^\d{3}( |$)/.test(line)) this.pendingBytes = 0;
    }
    if (this.buffer.length > MAX_REPLY_BYTES) return this.tooLong();
    const reply = this.waiting ? this.takeReply() : undefined;
    if (reply && this.waiting) {
      const { resolve, timer } = this.waiting;
      clearTimeout(timer);
      this.waiting = undefined;
      resolve(reply);
    }
  }

  private tooLong(): void {
    this.transcript.push(`-- the reply went past ${MAX_REPLY_LINES} lines or ${MAX_REPLY_BYTES / 1024} KiB: connection ended`);
    this.lines = [];
    this.buffer = '';
    this.finish(new WireError('too-long', `the server's reply exceeded ${MAX_REPLY_LINES} lines or ${MAX_REPLY_BYTES / 1024} KiB`));
    this.socket.destroy();
  }

  private takeReply(): Reply | undefined {
    const last = this.lines.findIndex((l) => /^\d{3}( |$)/.test(l));
    if (last < 0) return undefined;
    const lines = this.lines.splice(0, last + 1);
    const code = Number(lines[last]!.slice(0, 3));
    const bodies = lines.map((l) => l.slice(4));
    const enhanced = /^([245]\.\d{1,3}\.\d{1,3})\b/.exec(bodies[0] ?? '')?.[1];
    return { code, enhanced, lines: bodies, text: lines.join('\n') };
  }

  private finish(error: WireError): void {
    if (this.ended) return;
    this.ended = error;
    if (this.waiting) {
      const { reject, timer } = this.waiting;
      clearTimeout(timer);
      this.waiting = undefined;
      reject(error);
    }
  }
}

/** A TLS handshake bounded by timeoutMs. The certificate is judged by the caller, not here. */
export function handshake(options: ConnectionOptions, timeoutMs: number): Promise<TLSSocket> {
  return new Promise<TLSSocket>((resolve, reject: (error: Error) => void) => {
    // node:tls is loaded here, at the first handshake, not when the program starts.
    const socket = process.getBuiltinModule('node:tls').connect({ ...options, rejectUnauthorized: false });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(Object.assign(new Error(`TLS handshake did not finish within ${timeoutMs} ms`), { code: 'ETLSTIMEOUT' }));
    }, timeoutMs);
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      resolve(socket);
    });
    socket.once('error', (error: Error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(error);
    });
  });
}
