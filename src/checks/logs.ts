// logs: the app's own record of mail failures (PM2 and friends), read as events (one error is many lines),
// explained with the same diagnosis table as the live SMTP checks, and grouped by category, then cause.
import { glob, stat } from 'node:fs/promises';
import { FileRefused, globBase, readSafely } from '../safe-file.js';
import type { Check } from '../engine.js';
import type { LogContext, LogFinding } from '../logs/scan.js';
import { categoryOf } from '../smtp/categories.js';
import { providerIdOf, type Settings } from '../settings/settings.js';
import type { Cause, Outcome } from '../types.js';

/** Only the end of each file is read: recent errors matter, and logs can be huge. */
export const LOG_TAIL_BYTES = 512 * 1024;
const MAX_FILES = 50;
/** The context of a scan from the settings: the provider configured, the user and sender when set. */
const contextOf = (s: Settings): LogContext => ({
  ...(providerIdOf(s) ? { provider: providerIdOf(s) } : {}),
  ...(s.user ? { user: s.user } : {}),
  ...(s.from ? { from: s.from } : {}),
});

/** The end of a log: only regular files inside the folders the patterns name, never more than the tail. */
async function tail(path: string, folders: readonly string[]): Promise<string> {
  return (await readSafely(path, { within: folders, maxBytes: LOG_TAIL_BYTES, tail: true })).text;
}

async function expand(patterns: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  for await (const path of glob([...patterns])) {
    if (files.size >= MAX_FILES) break;
    // Anything but a folder: a FIFO or a link out of the folder is refused by the reader, and reported.
    if ((await stat(path).catch(() => undefined))?.isDirectory() !== true) files.add(path);
  }
  return [...files].sort();
}

export const logsCheck: Check = {
  id: 'logs.scan',
  group: 'logs',
  requires: (s) => (s.logFiles.length === 0 ? 'log-files' : undefined),
  run: async ({ settings: s }): Promise<Outcome | Outcome[]> => {
    const files = await expand(s.logFiles);
    if (files.length === 0) return { status: 'warn', cause: 'logs-none-found', params: { patterns: s.logFiles.join(', ') } };
    // The scanner (events, failures, diagnosis) is loaded only when there are logs to read.
    const { scanLogText } = await import('../logs/scan.js');
    const context = contextOf(s);
    const groups = new Map<Cause, { example: LogFinding; count: number; first?: string; last?: string; files: Set<string> }>();
    let lines = 0;
    const folders = s.logFiles.map(globBase);
    const refused: Outcome[] = [];
    for (const file of files) {
      const content = await tail(file, folders).catch((error: unknown) => {
        if (!(error instanceof FileRefused)) throw error;
        const params = { file, within: folders.join(', '), limit: `${LOG_TAIL_BYTES} bytes`, detail: error.detail };
        refused.push({ status: 'warn', cause: `logs-file-${error.reason}`, subject: file, params });
        return '';
      });
      lines += content === '' ? 0 : content.split('\n').length;
      for (const finding of scanLogText(content, context)) {
        const group = groups.get(finding.cause) ?? { example: finding, count: 0, files: new Set<string>() };
        group.count++;
        group.files.add(file);
        const at = finding.timestamp;
        if (at && (!group.first || at < group.first)) group.first = at;
        if (at && (!group.last || at >= group.last)) {
          group.last = at;
          group.example = finding; // the latest example
        }
        groups.set(finding.cause, group);
      }
    }
    if (groups.size === 0 && refused.length === 0) return { status: 'pass', cause: 'logs-clean', params: { files: files.length, lines } };
    // By category (the family people act on), then by cause, most frequent first within a category.
    const found = [...groups.entries()]
      .map(([cause, group]) => ({ cause, group, category: categoryOf(cause) ?? 'other' }))
      .sort((a, b) => a.category.localeCompare(b.category) || b.group.count - a.group.count)
      .map(({ cause, group, category }): Outcome => ({
        status: 'warn',
        cause,
        subject: `${category}:${cause}`,
        params: { ...group.example.params, count: group.count, first: group.first ?? '-', last: group.last ?? '-' },
        details: [
          `${group.count} event(s) in ${[...group.files].join(', ')}; first seen ${group.first ?? 'unknown'}, last seen ${group.last ?? 'unknown'}`,
          ...group.example.text.split('\n'),
        ],
      }));
    return [...found, ...refused];
  },
};

export const LOGS_CHECKS = [logsCheck] as const;
