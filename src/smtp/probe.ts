// The wire probe: connect, greeting, EHLO, STARTTLS, TLS inspection, EHLO again, QUIT.
// It never authenticates; it tells what the server is and catches port/TLS-mode mismatches on the wire.
import { hostname } from 'node:os';
import type { ConnectionOptions, TLSSocket } from 'node:tls';
import type { Socket } from 'node:net';
import { connectTcp, TcpError } from '../net/tcp.js';
import { handshake, MAX_REPLY_LINES, SmtpWire, WireError, type Reply } from './wire.js';
import { parseEhlo, type Capabilities } from './capabilities.js';
import type { Cause, Params } from '../types.js';

export interface TlsFacts {
  protocol: string;
  cipher: string;
  /** Chain trusted by this machine's CA store (plus `tls-ca`). */
  authorized: boolean;
  authorizationError?: string;
  hostnameError?: string;
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  altNames: string;
  fingerprint: string;
}

export interface ProbeFacts {
  greeting: Reply;
  greetingMs: number;
  /** Capabilities of the last EHLO (after STARTTLS when there was one). */
  capabilities: Capabilities;
  /** STARTTLS was offered on the plaintext connection (the first EHLO). */
  starttlsOffered: boolean;
  tls?: TlsFacts;
  transcript: string[];
}

export class ProbeError extends Error {
  constructor(
    readonly reason: Cause,
    readonly params: Params,
    readonly transcript: string[],
  ) {
    super(reason);
  }
}

export interface ProbeOptions {
  address: string;
  host: string;
  port: number;
  secure: boolean;
  timeoutMs: number;
  ca?: string[];
  signal?: AbortSignal;
  /** The socket the TCP check connected: the whole session runs on it (one connection per run). */
  socket?: Socket;
}

/** The probe's facts and the connection itself, greeted, upgraded and said EHLO to: ready for AUTH. */
export interface Greeted extends ProbeFacts {
  wire: SmtpWire;
}

/** nodemailer's rule: the machine name when it is a FQDN, else an address literal servers accept. */
export function ehloName(): string {
  const name = hostname();
  return name.includes('.') ? name : '[127.0.0.1]';
}

export function tlsOptions(host: string, ca?: string[]): ConnectionOptions {
  return {
    servername: process.getBuiltinModule('node:net').isIP(host) ? undefined : host,
    // Accept old protocols here so that we can name them; the AUTH connection keeps Node's defaults.
    minVersion: 'TLSv1',
    ciphers: 'DEFAULT:@SECLEVEL=0',
    ...(ca?.length ? { ca } : {}),
  };
}

const WRONG_VERSION = /wrong version number|packet length too long|unknown protocol|record layer failure|http request/i;

export async function probeSmtp(options: ProbeOptions): Promise<Greeted> {
  const transcript: string[] = [];
  const fail = (reason: Cause, params: Params = {}): never => {
    throw new ProbeError(reason, params, transcript);
  };
  const seconds = Math.round(options.timeoutMs / 100) / 10;
  const started = performance.now();

  let wire: SmtpWire;
  let tls: TlsFacts | undefined;
  if (options.secure) {
    transcript.push(`-- TLS handshake with ${options.address}:${options.port}`);
    const target = options.socket ? { socket: options.socket } : { host: options.address, port: options.port };
    const socket = await handshake({ ...target, ...tlsOptions(options.host, options.ca) }, options.timeoutMs).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ERR_SSL_WRONG_VERSION_NUMBER' || WRONG_VERSION.test(error.message))
          return fail('tls-on-plaintext-port', { port: options.port });
        if (error.code === 'ETLSTIMEOUT') return fail('tls-handshake-timeout', { seconds });
        if (error.code === 'ECONNREFUSED') return fail('tcp-refused', { port: options.port });
        return fail('tls-handshake-failed', { error: error.message });
      },
    );
    tls = inspectTls(socket, options.host);
    wire = new SmtpWire(socket, transcript, options.timeoutMs);
  } else {
    const socket =
      options.socket ??
      (await connectTcp(options.address, options.port, options.timeoutMs, options.signal).catch((error: TcpError) =>
        fail(error.reason, { port: options.port }),
      ));
    wire = new SmtpWire(socket, transcript, options.timeoutMs);
  }
  options.signal?.addEventListener('abort', () => wire.close(), { once: true });

  try {
    const greeting = await (options.secure ? wire.read() : greetingOrTlsPort(wire, options)).catch((error: unknown) => {
      if (error instanceof ProbeError) throw new ProbeError(error.reason, error.params, transcript);
      const failure = (error as WireError).failure;
      if (failure === 'timeout') return fail('greeting-timeout', { seconds, port: options.port });
      if (failure === 'garbage') return fail('greeting-garbage', { line: (error as WireError).detail });
      if (failure === 'too-long') return fail('smtp-reply-too-long', { stage: 'greeting', lines: MAX_REPLY_LINES });
      return fail('greeting-closed', { port: options.port });
    });
    const greetingMs = Math.round(performance.now() - started);
    if (greeting.code === 421) fail('greeting-421', { reply: greeting.text });
    if (greeting.code !== 220) fail('greeting-rejected', { reply: greeting.text, code: greeting.code });

    const step = async (stage: string, run: () => Promise<Reply>): Promise<Reply> =>
      run().catch((error: WireError) =>
        fail(error.failure === 'timeout' ? 'smtp-timeout' : error.failure === 'too-long' ? 'smtp-reply-too-long' : 'smtp-closed', {
          stage,
          seconds,
          lines: MAX_REPLY_LINES,
        }),
      );

    let ehlo = await step('EHLO', () => wire.command(`EHLO ${ehloName()}`));
    if (ehlo.code === 421) fail('greeting-421', { reply: ehlo.text });
    if (ehlo.code !== 250) fail('ehlo-rejected', { reply: ehlo.text });
    let capabilities = parseEhlo(ehlo.lines.slice(1));
    const starttlsOffered = capabilities.starttls;

    if (!options.secure && starttlsOffered) {
      const reply = await step('STARTTLS', () => wire.command('STARTTLS'));
      if (reply.code !== 220) fail('starttls-refused', { reply: reply.text });
      transcript.push('-- TLS handshake (STARTTLS)');
      const upgraded = await wire
        .upgrade(tlsOptions(options.host, options.ca))
        .catch((error: NodeJS.ErrnoException) =>
          fail(error.code === 'ETLSTIMEOUT' ? 'tls-handshake-timeout' : 'tls-handshake-failed', { error: error.message, seconds }),
        );
      wire = upgraded.wire;
      tls = inspectTls(upgraded.socket, options.host);
      ehlo = await step('EHLO', () => wire.command(`EHLO ${ehloName()}`));
      if (ehlo.code !== 250) fail('ehlo-rejected', { reply: ehlo.text });
      capabilities = parseEhlo(ehlo.lines.slice(1));
    }
    // No QUIT: the session goes on on this connection (the check that produced it sends QUIT when all are done).
    return { greeting, greetingMs, capabilities, starttlsOffered, tls, transcript, wire };
  } catch (error) {
    wire.close();
    throw error;
  }
}

/**
 * Waits for the plaintext greeting. If the server stays silent for a moment, a second connection
 * tries TLS: a server that completes a handshake is an implicit-TLS port (465) addressed as STARTTLS.
 */
async function greetingOrTlsPort(wire: SmtpWire, options: ProbeOptions): Promise<Reply> {
  const silenceMs = Math.min(1000, Math.floor(options.timeoutMs / 3));
  const greeting = wire.read(options.timeoutMs);
  let timer: NodeJS.Timeout | undefined;
  const tlsPort = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      handshake({ host: options.address, port: options.port, ...tlsOptions(options.host, options.ca) }, options.timeoutMs - silenceMs).then(
        (socket) => {
          socket.destroy();
          reject(new ProbeError('plaintext-on-tls-port', { port: options.port }, []));
        },
        () => undefined, // Not TLS either: keep waiting for the greeting.
      );
    }, silenceMs);
  });
  try {
    return await Promise.race([greeting, tlsPort]);
  } finally {
    clearTimeout(timer);
  }
}

function inspectTls(socket: TLSSocket, host: string): TlsFacts {
  const cert = socket.getPeerCertificate();
  const identity =
    cert && Object.keys(cert).length ? process.getBuiltinModule('node:tls').checkServerIdentity(host, cert) : new Error('no certificate');
  const name = (field: Record<string, string | string[]> | undefined): string =>
    field
      ? Object.entries(field)
          .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`)
          .join(', ')
      : '';
  return {
    protocol: socket.getProtocol() ?? 'unknown',
    cipher: socket.getCipher()?.name ?? 'unknown',
    authorized: socket.authorized,
    authorizationError: socket.authorizationError
      ? String((socket.authorizationError as unknown as NodeJS.ErrnoException).code ?? socket.authorizationError)
      : undefined,
    hostnameError: identity?.message,
    subject: name(cert.subject as unknown as Record<string, string>),
    issuer: name(cert.issuer as unknown as Record<string, string>),
    validFrom: cert.valid_from ?? '',
    validTo: cert.valid_to ?? '',
    altNames: cert.subjectaltname ?? '',
    fingerprint: cert.fingerprint256 ?? '',
  };
}
