// Real HTTP servers on 127.0.0.1 for health and smoke tests: each request goes to a script
// that may answer, redirect, flap or hang. No relative imports (Node 24 runs this file directly).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface RunningHttp {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

export type Script = (request: SeenRequest, response: ServerResponse, index: number) => void;

/** `tls`: HTTPS with this key and certificate. */
export async function startHttpServer(script: Script, tls?: { key: string; cert: string }): Promise<RunningHttp> {
  const requests: SeenRequest[] = [];
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() };
      requests.push(seen);
      script(seen, res, requests.length - 1);
    });
  };
  const server = tls ? createHttpsServer(tls, handler) : createServer(handler);
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const reply =
  (status: number, body = '', headers: Record<string, string> = {}): Script =>
  (_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };

/** Answers with each status in turn, then keeps the last. */
export const sequence =
  (...statuses: number[]): Script =>
  (_req, res, index) => {
    const status = statuses[Math.min(index, statuses.length - 1)]!;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: status < 400, attempt: index + 1 }));
  };

export const hang = (): Script => () => undefined;

/** Answers after a delay (for overlap and timeout tests). */
export const slow =
  (ms: number, status = 200, body = '{"ok":true}'): Script =>
  (_req, res) => {
    const timer = setTimeout(() => res.writeHead(status, { 'content-type': 'application/json' }).end(body), ms);
    res.on('close', () => clearTimeout(timer));
  };
