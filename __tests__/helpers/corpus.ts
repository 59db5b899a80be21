// The labelled corpus of real error strings (__tests__/fixtures/diagnosis-corpus.json), each with its
// source, and how an entry is scored: written into a PM2 log, read back by the log scan, right when the
// categories of the findings are exactly its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run-dist.js';

export interface CorpusEntry {
  text: string;
  source: string;
  provider: string;
  category: string;
  format: string;
  note: string;
  /**
   * Fixed once per source when the entry was added (the first byte of the source's SHA-256, even: `dev`): rules
   * are written against the development half only; the held-out half measures what no rule was written for.
   */
  split: 'dev' | 'held-out';
}

export const CORPUS: CorpusEntry[] = JSON.parse(
  readFileSync(join(ROOT, '__tests__', 'fixtures', 'diagnosis-corpus.json'), 'utf8'),
) as CorpusEntry[];

/** The entry as PM2 writes it to `~/.pm2/logs/<app>-error.log` with `--time`: each line behind a timestamp. */
export function asPm2Log(text: string): string {
  return `${text
    .split('\n')
    .map((line) => `2026-11-25T10:00:00: ${line}`)
    .join('\n')}\n`;
}
