// The diagnosis against real error strings gathered from public issue trackers, provider documentation and
// Q&A pages (each with its source URL in the fixture). The scan must name exactly the entry's category.
import { describe, expect, test } from '@jest/globals';
import { scanLogText } from '../src/logs/scan.js';
import { CATEGORIES, categoryOf } from '../src/smtp/categories.js';
import { PROFILES } from '../src/providers.js';
import { asPm2Log, CORPUS } from './helpers/corpus.js';

const categoriesOf = (text: string): string[] => [...new Set(scanLogText(asPm2Log(text)).map((f) => categoryOf(f.cause) ?? 'none'))].sort();

describe('the corpus itself', () => {
  test('at least 250 real strings, each with a source, a known category and a provider', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(250);
    for (const entry of CORPUS) {
      expect(entry.source).toMatch(/^https?:\/\/\S+$/);
      expect(CATEGORIES).toContain(entry.category);
      expect(entry.text.trim()).not.toBe('');
    }
  });

  test('every category has at least 8 entries, every provider profile at least one', () => {
    for (const category of CATEGORIES)
      expect([category, CORPUS.filter((e) => e.category === category).length >= 8]).toEqual([category, true]);
    for (const profile of PROFILES) expect([profile.id, CORPUS.some((e) => e.provider === profile.id)]).toEqual([profile.id, true]);
  });
});

test('the log scan names the exact category for at least 95% of the corpus', () => {
  const misses = CORPUS.filter((entry) => {
    const found = categoriesOf(entry.text);
    return found.length !== 1 || found[0] !== entry.category;
  });
  const accuracy = 1 - misses.length / CORPUS.length;
  // The misses are printed by `npm run diagnosis-score`; here only the bound.
  expect(accuracy).toBeGreaterThanOrEqual(0.95);
});
