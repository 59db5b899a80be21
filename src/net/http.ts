// The one door for HTTP: every request the product makes (health and smoke URLs, the GitHub API, token endpoints
// through nodemailer aside) goes through `request`, bounded by one rule: a deadline for the whole exchange (the
// body included, so an answer dripping a byte a second ends with it), a cap on the bytes read (streamed and
// counted, never buffered whole), and a cap on redirects, none by default: a redirect to a login page answering
// 200 must not pass for a healthy app. Credentials never cross origins on a redirect.
import { TimeoutError } from './timeout.js';

export interface HttpAnswer {
  status: number;
  location?: string;
  contentType: string;
  body: string;
  ms: number;
  /** The `Link` header (the GitHub API's pages). */
  link?: string;
  /** The `Retry-After` header (a 429's or 503's). */
  retryAfter?: string;
  /** The body was longer than the cap and was cut (only with `overflow: 'cut'`). */
  truncated: boolean;
  /** The URL that answered, after any redirect followed. */
  url: string;
}

export type HttpFailure = 'refused' | 'timeout' | 'dns' | 'tls' | 'reset' | 'too-large' | 'redirects' | 'error';

export class HttpError extends Error {
  constructor(
    readonly failure: HttpFailure,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** What a health page or an error body needs; an API page sets its own cap. */
export const DEFAULT_MAX_BYTES = 256 * 1024;

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** The deadline of the whole exchange: connection, redirects, headers and body. */
  timeoutMs: number;
  signal?: AbortSignal;
  maxBytes?: number;
  /** `cut` (default): keep the first `maxBytes` and say so; `fail`: a longer answer is an error (a page of data cut short is wrong data). */
  overflow?: 'cut' | 'fail';
  /** Redirects followed (default 0: a redirect is the answer). */
  maxRedirects?: number;
  /** Trusted roots for HTTPS (the system's plus `tls-ca`); empty: the system's. */
  ca?: readonly string[];
}

/** Headers that carry a credential: dropped when a redirect leaves the origin. */
const CREDENTIAL_HEADERS = /^(authorization|cookie|proxy-authorization|x-api-key)$/i;

export async function request(url: string, options: RequestOptions): Promise<HttpAnswer> {
  const started = performance.now();
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? 0;
  let method = options.method ?? 'GET';
  let body = options.body;
  let headers = { ...options.headers };
  let current = new URL(url);
  try {
    for (let redirects = 0; ; redirects++) {
      const answer = await exchange(current, {
        method,
        headers,
        body,
        signal,
        ca: options.ca,
        maxBytes,
        overflow: options.overflow ?? 'cut',
      });
      const location = answer.headers.location;
      if (answer.status >= 300 && answer.status < 400 && location && maxRedirects > 0) {
        if (redirects >= maxRedirects) throw new HttpError('redirects', `more than ${maxRedirects} redirects`);
        const next = new URL(location, current);
        if (next.protocol !== 'https:' && next.protocol !== 'http:') throw new HttpError('redirects', `a redirect to ${next.protocol}`);
        if (next.origin !== current.origin)
          headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADERS.test(name)));
        // 303, and 301/302 after a POST, turn into a GET without a body, as browsers and fetch do.
        if (answer.status === 303 || ((answer.status === 301 || answer.status === 302) && method === 'POST')) {
          method = 'GET';
          body = undefined;
        }
        current = next;
        continue;
      }
      return {
        status: answer.status,
        location,
        contentType: answer.headers['content-type'] ?? '',
        link: answer.headers.link,
        retryAfter: answer.headers['retry-after'],
        body: answer.text,
        truncated: answer.truncated,
        ms: Math.round(performance.now() - started),
        url: current.href,
      };
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw classify(error, deadline.aborted);
  }
}

interface Exchange {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
  ca?: readonly string[];
  maxBytes: number;
  overflow: 'cut' | 'fail';
}

/**
 * One request and its answer over node:http(s) (not fetch: a `tls-ca` of the user's reaches the TLS layer, and
 * the body is counted as it arrives, before any of it is kept). The signal ends it, body included.
 */
async function exchange(
  url: URL,
  options: Exchange,
): Promise<{ status: number; headers: Record<string, string | undefined>; text: string; truncated: boolean }> {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new HttpError('error', `${url.protocol} is not HTTP`);
  const transport = url.protocol === 'https:' ? await import('node:https') : await import('node:http');
  return new Promise((resolve, reject) => {
    const headers = {
      ...options.headers,
      ...(options.body !== undefined ? { 'content-length': String(Buffer.byteLength(options.body)) } : {}),
    };
    const req = transport.request(
      url,
      // A connection of its own, closed after the answer: nothing of a run outlives it (Node's global agent keeps
      // sockets alive), and nothing of one request's peer is reused for another's.
      { method: options.method, headers, signal: options.signal, agent: false, ...(options.ca?.length ? { ca: [...options.ca] } : {}) },
      (res) => {
        const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value.join(', ') : value);
        const answerHeaders = Object.fromEntries(Object.entries(res.headers).map(([name, value]) => [name, single(value)]));
        const declared = Number(res.headers['content-length'] ?? Number.NaN);
        if (options.overflow === 'fail' && declared > options.maxBytes) {
          res.destroy();
          return reject(new HttpError('too-large', `the answer is ${declared} bytes, more than ${options.maxBytes}`));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        const done = (truncated: boolean): void =>
          resolve({
            status: res.statusCode ?? 0,
            headers: answerHeaders,
            text: Buffer.concat(chunks).subarray(0, options.maxBytes).toString('utf8'),
            truncated,
          });
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          chunks.push(chunk);
          if (size <= options.maxBytes) return;
          // Past the cap nothing more is read: the connection ends here.
          res.destroy();
          if (options.overflow === 'fail') reject(new HttpError('too-large', `the answer exceeded ${options.maxBytes} bytes`));
          else done(true);
        });
        res.on('end', () => done(false));
        res.on('error', reject);
        res.on('close', () => {
          if (!res.complete) reject(Object.assign(new Error('the answer was cut off'), { code: 'ECONNRESET' }));
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function classify(error: unknown, timedOut: boolean): HttpError {
  if (timedOut || error instanceof TimeoutError || (error as Error).name === 'TimeoutError')
    return new HttpError('timeout', 'no answer in time');
  const failure = ((error as { cause?: NodeJS.ErrnoException }).cause ?? error) as NodeJS.ErrnoException;
  const code = failure.code ?? '';
  const detail = `${code} ${failure.message}`.trim();
  if (code === 'ECONNREFUSED') return new HttpError('refused', detail);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new HttpError('dns', detail);
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return new HttpError('reset', detail);
  if (/CERT|SSL|TLS/i.test(code) || /certificate/i.test(detail)) return new HttpError('tls', detail);
  return new HttpError('error', detail);
}
