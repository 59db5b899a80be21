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
}

/** Headers that carry a credential: dropped when a redirect leaves the origin. */
const CREDENTIAL_HEADERS = /^(authorization|cookie|proxy-authorization|x-api-key)$/i;

export async function request(url: string, options: RequestOptions): Promise<HttpAnswer> {
  const started = performance.now();
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let method = options.method ?? 'GET';
  let body = options.body;
  let headers = { ...options.headers };
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, { method, headers, body, redirect: 'manual', signal });
      const location = response.headers.get('location') ?? undefined;
      if (response.status >= 300 && response.status < 400 && location && (options.maxRedirects ?? 0) > 0) {
        await response.body?.cancel().catch(() => undefined);
        if (redirects >= (options.maxRedirects ?? 0)) throw new HttpError('redirects', `more than ${options.maxRedirects} redirects`);
        const next = new URL(location, current);
        if (next.protocol !== 'https:' && next.protocol !== 'http:') throw new HttpError('redirects', `a redirect to ${next.protocol}`);
        if (next.origin !== new URL(current).origin)
          headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADERS.test(name)));
        // 303, and 301/302 after a POST, turn into a GET without a body, as browsers and fetch do.
        if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
          method = 'GET';
          body = undefined;
        }
        current = next.href;
        continue;
      }
      const read = await readBounded(response, maxBytes, options.overflow ?? 'cut');
      return {
        status: response.status,
        location,
        contentType: response.headers.get('content-type') ?? '',
        link: response.headers.get('link') ?? undefined,
        body: read.text,
        truncated: read.truncated,
        ms: Math.round(performance.now() - started),
        url: current,
      };
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw classify(error, deadline.aborted);
  }
}

/** The body, read chunk by chunk up to `maxBytes`; the rest is never read (the stream is cancelled). */
async function readBounded(response: Response, maxBytes: number, overflow: 'cut' | 'fail'): Promise<{ text: string; truncated: boolean }> {
  if (!response.body) return { text: '', truncated: false };
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (overflow === 'fail' && declared > maxBytes) {
    await response.body.cancel().catch(() => undefined);
    throw new HttpError('too-large', `the answer is ${declared} bytes, more than ${maxBytes}`);
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = (await reader.read()) as { done: boolean; value?: Uint8Array };
    if (done || !value) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > maxBytes) {
      truncated = true;
      break;
    }
  }
  await reader.cancel().catch(() => undefined);
  if (truncated && overflow === 'fail') throw new HttpError('too-large', `the answer exceeded ${maxBytes} bytes`);
  return { text: Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8'), truncated };
}

function classify(error: unknown, timedOut: boolean): HttpError {
  if (timedOut || error instanceof TimeoutError || (error as Error).name === 'TimeoutError')
    return new HttpError('timeout', 'no answer in time');
  const cause = (error as { cause?: NodeJS.ErrnoException }).cause;
  const code = cause?.code ?? '';
  const detail = `${code} ${cause?.message ?? (error as Error).message}`.trim();
  if (code === 'ECONNREFUSED') return new HttpError('refused', detail);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new HttpError('dns', detail);
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return new HttpError('reset', detail);
  if (/CERT|SSL|TLS/i.test(code) || /certificate/i.test(detail)) return new HttpError('tls', detail);
  return new HttpError('error', detail);
}
