import { describe, expect, test } from '@jest/globals';
import { reportOutput } from '../src/action.js';
import type { Report } from '../src/report/model.js';
import { toJson } from '../src/report/encode.js';

const report = (detailBytes: number): Report => ({
  schemaVersion: 1,
  tool: 'email-deploy-check',
  version: '0.1.0',
  status: 'pass',
  language: 'en',
  startedAt: '',
  durationMs: 1,
  where: { mode: 'action', runner: 'github-hosted' },
  target: { provider: 'qq', host: 'h', port: 465, secure: true, user: 'u', from: 'f' },
  counts: { pass: 1, warn: 0, fail: 0, skip: 0 },
  results: [
    {
      id: 'smtp.auth',
      group: 'smtp',
      status: 'pass',
      cause: 'auth-ok',
      title: 'Login',
      message: 'ok',
      params: {},
      durationMs: 1,
      details: ['x'.repeat(detailBytes)],
    },
  ],
});

test('the report output keeps details while small, and drops them past its budget (outputs share 1 MB per job)', () => {
  expect((JSON.parse(reportOutput(report(100))) as Report).results[0]?.details).toHaveLength(1);
  const big = reportOutput(report(2 * 1024 * 1024));
  expect(big.length).toBeLessThan(10_000);
  expect((JSON.parse(big) as Report).results[0]).toMatchObject({ id: 'smtp.auth', cause: 'auth-ok' });
  expect((JSON.parse(big) as Report).results[0]?.details).toBeUndefined();
});

describe('JSON as clean as the terminal', () => {
  // Every code point a reader acts on: C0, DEL, C1 (the single-byte CSI among them), bidi marks and overrides,
  // line and paragraph separators, and a lone surrogate.
  const codePoints = [
    ...Array.from({ length: 0x20 }, (_, i) => i),
    ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
    0x061c,
    0x200e,
    0x200f,
    ...Array.from({ length: 7 }, (_, i) => 0x2028 + i),
    ...Array.from({ length: 4 }, (_, i) => 0x2066 + i),
    0xd800,
  ];
  const hostile = codePoints.map((c) => `a${String.fromCharCode(c)}b`).join(' ');

  test('every such code point leaves as a \\u escape, and the value reads back unchanged', () => {
    const value = { message: hostile, nested: [{ details: [hostile] }] };
    for (const indent of [undefined, 2]) {
      const json = toJson(value, indent);
      for (const c of codePoints) expect([c, json.includes(String.fromCharCode(c))]).toEqual([c, indent === 2 && c === 0x0a]);
      expect(JSON.parse(json)).toEqual(value);
    }
  });
});

test('every group belongs to exactly one area of the verdict, so no failure can miss the headline', async () => {
  const { AREA_GROUPS } = await import('../src/report/model.js');
  const { GROUPS } = await import('../src/types.js');
  expect([...AREA_GROUPS].sort()).toEqual([...GROUPS].sort());
});
