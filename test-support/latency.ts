// For the latency benchmark: an SMTP server that answers as fast as a real MTA (smtp-server holds its greeting
// 100 ms on purpose to catch early talkers, which would flatter any client that waits for it), and a TCP proxy
// on loopback that delays every chunk by a fixed time each way, counting connections and round trips.
// No relative imports: Node 24 runs this file directly (type stripping) for `npm run bench`.
import { createServer, connect, type Server, type Socket } from 'node:net';
import { TLSSocket } from 'node:tls';

export interface FastSmtp {
  port: number;
  close(): Promise<void>;
}

/** Greets at once; EHLO with STARTTLS, PIPELINING and AUTH; accepts one user; answers every command in its order. */
export async function startFastSmtp(options: { key: string; cert: string; user: string; password: string }): Promise<FastSmtp> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((raw) => {
    sockets.add(raw);
    raw.on('close', () => sockets.delete(raw));
    raw.on('error', () => undefined);
    let socket: Socket = raw;
    let buffer = '';
    let inData = false;
    let authLogin: 'user' | 'pass' | undefined;
    const token = Buffer.from(`\u0000${options.user}\u0000${options.password}`).toString('base64');
    const reply = (line: string): boolean => socket.write(`${line}\r\n`);
    const onLine = (line: string): void => {
      if (inData) {
        if (line === '.') {
          inData = false;
          reply('250 2.0.0 Ok: queued as FAST1');
        }
        return;
      }
      if (authLogin === 'user') return void ((authLogin = 'pass'), reply('334 UGFzc3dvcmQ6'));
      if (authLogin === 'pass') return void ((authLogin = undefined), reply('235 2.7.0 Authentication successful'));
      const verb = line.split(' ')[0]?.toUpperCase() ?? '';
      if (verb === 'EHLO') return void reply('250-fast.test\r\n250-PIPELINING\r\n250-STARTTLS\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME');
      if (verb === 'STARTTLS') {
        reply('220 2.0.0 Ready to start TLS');
        raw.removeAllListeners('data');
        const secure = new TLSSocket(raw, { isServer: true, key: options.key, cert: options.cert });
        secure.on('data', onData);
        secure.on('error', () => undefined);
        socket = secure;
        return;
      }
      if (verb === 'AUTH') {
        if (/^AUTH LOGIN/i.test(line)) return void ((authLogin = 'user'), reply('334 VXNlcm5hbWU6'));
        return void reply(line.endsWith(token) ? '235 2.7.0 Authentication successful' : '535 5.7.8 Authentication failed');
      }
      if (verb === 'DATA') return void ((inData = true), reply('354 End data with <CR><LF>.<CR><LF>'));
      if (verb === 'QUIT') return void socket.end('221 2.0.0 Bye\r\n');
      reply('250 2.0.0 Ok');
    };
    const onData = (chunk: Buffer): void => {
      buffer += chunk.toString('latin1');
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline).replace(/\r$/, '');
        buffer = buffer.slice(newline + 1);
        onLine(line);
      }
    };
    raw.on('data', onData);
    reply('220 fast.test ESMTP ready');
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

export interface DelayProxy {
  port: number;
  /** Connections the proxy forwarded. */
  connections(): number;
  /** Turns of the conversation: each time the client speaks after the server did (or first). */
  roundTrips(): number;
  reset(): void;
  close(): Promise<void>;
}

/** A TCP proxy on 127.0.0.1 that delays every chunk by `delayMs` in each direction (a round trip of 2 × delayMs). */
export async function startDelayProxy(targetPort: number, delayMs: number): Promise<DelayProxy> {
  const sockets = new Set<Socket>();
  let connections = 0;
  let roundTrips = 0;
  const server = createServer((client) => {
    connections++;
    let lastSpeaker: 'client' | 'server' = 'server';
    const upstream = connect({ host: '127.0.0.1', port: targetPort });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
      s.setNoDelay(true);
    }
    // Order is kept: each chunk leaves exactly delayMs after it arrived.
    client.on('data', (chunk) => {
      if (lastSpeaker === 'server') roundTrips++;
      lastSpeaker = 'client';
      setTimeout(() => upstream.write(chunk), delayMs);
    });
    upstream.on('data', (chunk) => {
      lastSpeaker = 'server';
      setTimeout(() => client.write(chunk), delayMs);
    });
    client.on('end', () => setTimeout(() => upstream.end(), delayMs));
    upstream.on('end', () => setTimeout(() => client.end(), delayMs));
    client.on('close', () => setTimeout(() => upstream.destroy(), delayMs));
    upstream.on('close', () => setTimeout(() => client.destroy(), delayMs));
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );
  return {
    port,
    connections: () => connections,
    roundTrips: () => roundTrips,
    reset: () => {
      connections = 0;
      roundTrips = 0;
    },
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
