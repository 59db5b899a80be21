// The diagnosis against real error strings gathered from public issue trackers, provider documentation and
// Q&A pages (each with its source URL in the fixture). The scan must name exactly the entry's category. The
// corpus is split by source into a development half (rules are written against it) and a held-out half (what no
// rule was written for): the held-out score is the one that says whether the families generalize.
import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { scanLogText } from '../src/logs/scan.js';
import { CATEGORIES, categoryOf } from '../src/smtp/categories.js';
import { PROFILES } from '../src/providers.js';
import { asPm2Log, CORPUS, type CorpusEntry } from './helpers/corpus.js';

const categoriesOf = (text: string): string[] => [...new Set(scanLogText(asPm2Log(text)).map((f) => categoryOf(f.cause) ?? 'none'))].sort();
const right = (entry: CorpusEntry): boolean => {
  const found = categoriesOf(entry.text);
  return found.length === 1 && found[0] === entry.category;
};
const accuracy = (entries: CorpusEntry[]): number => entries.filter(right).length / entries.length;

describe('the corpus itself', () => {
  test('at least 900 real strings, each with a source, a known category and a split', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(900);
    for (const entry of CORPUS) {
      expect(entry.source).toMatch(/^https?:\/\/\S+$/);
      expect(CATEGORIES).toContain(entry.category);
      expect(entry.text.trim()).not.toBe('');
      expect(['dev', 'held-out']).toContain(entry.split);
    }
  });

  test('no string twice', () => {
    expect(new Set(CORPUS.map((e) => e.text)).size).toBe(CORPUS.length);
  });

  test('every category has at least 8 entries, every provider profile at least one', () => {
    for (const category of CATEGORIES)
      expect([category, CORPUS.filter((e) => e.category === category).length >= 8]).toEqual([category, true]);
    for (const profile of PROFILES) expect([profile.id, CORPUS.some((e) => e.provider === profile.id)]).toEqual([profile.id, true]);
  });

  test('the split is by source and fixed: one source is never on both sides, and the halves are near even', () => {
    const sides = new Map<string, Set<string>>();
    for (const e of CORPUS) sides.set(e.source, (sides.get(e.source) ?? new Set()).add(e.split));
    expect([...sides.entries()].filter(([, s]) => s.size > 1)).toEqual([]);
    const held = CORPUS.filter((e) => e.split === 'held-out').length / CORPUS.length;
    expect(held).toBeGreaterThan(0.4);
    expect(held).toBeLessThan(0.6);
    // New entries are split by the rule the fixture records (existing ones keep the side they were given).
    const bySha = (source: string): string => ((createHash('sha256').update(source).digest()[0] ?? 0) % 2 === 0 ? 'dev' : 'held-out');
    expect(CORPUS.filter((e) => e.split === bySha(e.source)).length / CORPUS.length).toBeGreaterThan(0.95);
  });
});

test('the log scan names the exact category for at least 90% of the held-out half, and 93% of the development half', () => {
  // The misses are printed by `npm run diagnosis-score`; here only the bounds.
  expect(accuracy(CORPUS.filter((e) => e.split === 'held-out'))).toBeGreaterThanOrEqual(0.9);
  expect(accuracy(CORPUS.filter((e) => e.split === 'dev'))).toBeGreaterThanOrEqual(0.93);
});
