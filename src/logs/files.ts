// The app's log files as the log check and the app-mail check read them: the files the patterns name (at most 50,
// regular files only, inside the folders named), the end of each, and who the app is for the words of a fix.
import { glob, stat } from 'node:fs/promises';
import { globBase, readSafely } from '../safe-file.js';
import { providerIdOf, type Settings } from '../settings/settings.js';
import type { LogContext } from './scan.js';

/** Only the end of each file is read: recent errors matter, and logs can be huge. */
export const LOG_TAIL_BYTES = 512 * 1024;
const MAX_FILES = 50;

/** The end of a log: only regular files inside the folders the patterns name, never more than the tail. */
export async function tail(path: string, folders: readonly string[]): Promise<string> {
  return (await readSafely(path, { within: folders, maxBytes: LOG_TAIL_BYTES, tail: true })).text;
}

export async function expand(patterns: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  for await (const path of glob([...patterns])) {
    if (files.size >= MAX_FILES) break;
    // Anything but a folder: a FIFO or a link out of the folder is refused by the reader, and reported.
    if ((await stat(path).catch(() => undefined))?.isDirectory() !== true) files.add(path);
  }
  return [...files].sort();
}

/** The context of a scan from the settings: the provider configured, the user and sender when set. */
export const contextOf = (s: Settings): LogContext => ({
  ...(providerIdOf(s) ? { provider: providerIdOf(s) } : {}),
  ...(s.user ? { user: s.user } : {}),
  ...(s.from ? { from: s.from } : {}),
  ...(s.host ? { host: s.host } : {}),
});

/** How long each log is now (bytes), to read later only what was written since (no clock is compared). */
export async function logSizes(patterns: readonly string[]): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  for (const file of await expand(patterns)) sizes[file] = (await stat(file).catch(() => undefined))?.size ?? 0;
  return sizes;
}

/** What each log gained since `sizes` were taken (at most the tail's worth); a log that shrank was rotated: none. */
export async function writtenSince(patterns: readonly string[], sizes: Record<string, number>): Promise<string[]> {
  const folders = patterns.map(globBase);
  const texts: string[] = [];
  for (const [file, before] of Object.entries(sizes)) {
    const now = (await stat(file).catch(() => undefined))?.size ?? 0;
    if (now <= before) continue;
    // One byte more than was written: the tail reader starts after the first line end, which is the old end's.
    const maxBytes = Math.min(now - before + (before > 0 ? 1 : 0), LOG_TAIL_BYTES);
    const read = await readSafely(file, { within: folders, maxBytes, tail: true }).catch(() => undefined);
    if (read) texts.push(read.text);
  }
  return texts;
}
