import { expect, test } from '@jest/globals';
import { reportOutput } from '../src/action.js';
import type { Report } from '../src/report/model.js';

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
