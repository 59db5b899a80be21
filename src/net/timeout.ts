// One way to bound any promise by a time limit and an abort signal.
import { types } from 'node:util';

export class TimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
  }
}

export function withTimeout<T>(work: Promise<T>, ms: number, signal?: AbortSignal, onTimeout?: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stop = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    };
    const abort = (): void => {
      stop();
      onTimeout?.();
      reject(new TimeoutError(ms));
    };
    const timer = setTimeout(abort, ms);
    signal?.addEventListener('abort', abort, { once: true });
    work.then(
      (value) => {
        stop();
        resolve(value);
      },
      (error: unknown) => {
        stop();
        // isNativeError, not instanceof: errors from Node's own modules may come from another realm (a VM context).
        reject(types.isNativeError(error) ? error : new Error(String(error)));
      },
    );
  });
}

export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
