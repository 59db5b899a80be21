// Reading a file someone else may have planted: a symlink out of the workspace, a FIFO that never ends,
// a device that never stops (/dev/zero), a 300 MB file. Only regular files whose real path is inside
// an allowed folder are read, never more than a cap, and a refusal is a reason to report, not a crash.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

export type Refusal = 'not-regular' | 'outside' | 'too-large' | 'unreadable';

/** A config file (a CA bundle, `.env`, a workflow) larger than this is not one. */
export const CONFIG_FILE_MAX_BYTES = 1024 * 1024;

export class FileRefused extends Error {
  constructor(
    readonly reason: Refusal,
    readonly path: string,
    readonly detail = '',
  ) {
    super(`${path}: ${reason}${detail ? ` (${detail})` : ''}`);
  }
}

export interface ReadLimits {
  /** Folders the file's real path must lie in; empty: anywhere. */
  within: readonly string[];
  maxBytes: number;
  /** Past the cap: read the last `maxBytes` (a log) instead of refusing (a config file). */
  tail?: boolean;
}

/** O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer; fstat then refuses it. */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

const inside = (path: string, folder: string): boolean => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

const errnoOf = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? 'error';

function checkInside(real: string, path: string, folders: readonly string[]): void {
  if (folders.length > 0 && !folders.some((folder) => inside(real, folder))) throw new FileRefused('outside', path);
}

/** Reads a file within the limits, or throws FileRefused. */
export async function readSafely(path: string, limits: ReadLimits): Promise<{ text: string; cut: boolean }> {
  let real: string;
  let folders: string[];
  try {
    real = await realpath(path);
    folders = await Promise.all(limits.within.map((f) => realpath(f).catch(() => resolve(f))));
  } catch (error) {
    throw new FileRefused('unreadable', path, errnoOf(error));
  }
  checkInside(real, path, folders);
  const handle = await open(real, OPEN_FLAGS).catch((error: unknown) => {
    throw new FileRefused('unreadable', path, errnoOf(error));
  });
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new FileRefused('not-regular', path);
    if (stat.size > limits.maxBytes && !limits.tail) throw new FileRefused('too-large', path, `${stat.size} bytes`);
    const length = Math.min(stat.size, limits.maxBytes);
    const start = stat.size - length;
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, start);
    let bytes = buffer.subarray(0, bytesRead);
    // A tail starts mid-line (and perhaps mid-character): from the first line end on.
    if (start > 0) bytes = bytes.subarray(bytes.indexOf(0x0a) + 1);
    return { text: decodeText(bytes), cut: start > 0 };
  } finally {
    await handle.close();
  }
}

/** UTF-8 when the bytes are UTF-8; else GBK, which apps on Chinese servers (and QQ and NetEase replies) write. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/** The same, synchronously, for the settings parser (`tls-ca`), which never awaits. */
export function readSafelySync(path: string, limits: ReadLimits): string {
  let real: string;
  let folders: string[];
  try {
    real = realpathSync(path);
    folders = limits.within.map((f) => {
      try {
        return realpathSync(f);
      } catch {
        return resolve(f);
      }
    });
  } catch (error) {
    throw new FileRefused('unreadable', path, errnoOf(error));
  }
  checkInside(real, path, folders);
  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (error) {
    throw new FileRefused('unreadable', path, errnoOf(error));
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new FileRefused('not-regular', path);
    if (stat.size > limits.maxBytes) throw new FileRefused('too-large', path, `${stat.size} bytes`);
    const buffer = Buffer.alloc(stat.size);
    const bytesRead = readSync(fd, buffer, 0, stat.size, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The folder part of a glob, before its first wildcard: the folder the pattern means to read. */
export function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (/[*?[\]{}]/.test(part)) break;
    fixed.push(part);
  }
  if (fixed.length === parts.length) fixed.pop();
  const base = fixed.join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}
