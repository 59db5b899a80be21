// One HTTP request, bounded in time and in body size, that never follows redirects:
// a redirect to a login page answering 200 must not pass for a healthy app.
import { TimeoutError } from './timeout.js';

export interface HttpAnswer {
  status: number;
  location?: string;
  contentType: string;
  body: string;
  ms: number;
}

export type HttpFailure = 'refused' | 'timeout' | 'dns' | 'tls' | 'reset' | 'error';

export class HttpError extends Error {
  constructor(
    readonly failure: HttpFailure,
    readonly detail: string,
  ) {
    super(detail);
  }
}

const MAX_BODY_BYTES = 256 * 1024;

export async function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs: number; signal?: AbortSignal },
): Promise<HttpAnswer> {
  const started = performance.now();
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  try {
    const response = await fetch(url, {
      method: options.method ?? 'GET',
      headers: options.headers,
      body: options.body,
      redirect: 'manual',
      signal,
    });
    const body = await readBounded(response);
    return {
      status: response.status,
      location: response.headers.get('location') ?? undefined,
      contentType: response.headers.get('content-type') ?? '',
      body,
      ms: Math.round(performance.now() - started),
    };
  } catch (error) {
    throw classify(error, deadline.aborted);
  }
}

async function readBounded(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < MAX_BODY_BYTES) {
    const { done, value } = (await reader.read()) as { done: boolean; value?: Uint8Array };
    if (done || !value) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
  return Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString('utf8');
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
