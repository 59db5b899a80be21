// A TCP connection with its failure classified: refused, timed out, unreachable.
import type { Socket } from 'node:net';

export type TcpFailure = 'tcp-refused' | 'tcp-timeout' | 'tcp-unreachable' | 'tcp-error';

export class TcpError extends Error {
  constructor(
    readonly reason: TcpFailure,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export function connectTcp(address: string, port: number, timeoutMs: number, signal?: AbortSignal): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = process.getBuiltinModule('node:net').connect({ host: address, port });
    const fail = (error: TcpError): void => {
      clearTimeout(timer);
      socket.destroy();
      reject(error);
    };
    const timer = setTimeout(
      () => fail(new TcpError('tcp-timeout', `no answer from ${address}:${port} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    signal?.addEventListener('abort', () => fail(new TcpError('tcp-timeout', 'stopped')), { once: true });
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      resolve(socket);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => fail(classifyTcpError(error)));
  });
}

export function classifyTcpError(error: NodeJS.ErrnoException): TcpError {
  const detail = `${error.code ?? ''} ${error.message}`.trim();
  switch (error.code) {
    case 'ECONNREFUSED':
      return new TcpError('tcp-refused', detail);
    case 'ETIMEDOUT':
      return new TcpError('tcp-timeout', detail);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EADDRNOTAVAIL':
      return new TcpError('tcp-unreachable', detail);
    default:
      return new TcpError('tcp-error', detail);
  }
}

export type PortState = 'open' | 'refused' | 'no answer';

/** Tries each port at once: how a person learns that their host blocks one port but not another. */
export async function probePorts(
  address: string,
  ports: readonly number[],
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<Record<number, PortState>> {
  const states = await Promise.all(
    ports.map(async (port): Promise<PortState> => {
      try {
        (await connectTcp(address, port, timeoutMs, signal)).destroy();
        return 'open';
      } catch (error) {
        return (error as TcpError).reason === 'tcp-refused' ? 'refused' : 'no answer';
      }
    }),
  );
  return Object.fromEntries(ports.map((p, i) => [p, states[i]!]));
}
