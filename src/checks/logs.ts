// logs: the app's own record of mail failures (PM2 and friends), read as events (one error is many lines),
// explained with the same diagnosis table as the live SMTP checks, and grouped by category, then cause.
import { FileRefused, globBase } from '../safe-file.js';
import { contextOf, expand, LOG_TAIL_BYTES, tail } from '../logs/files.js';
import type { Check } from '../engine.js';
import type { LogFinding } from '../logs/scan.js';
import { categoryOf } from '../smtp/categories.js';
import type { Cause, Outcome } from '../types.js';

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
