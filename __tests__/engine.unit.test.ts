import { expect, test } from '@jest/globals';
import { runChecks, type Check } from '../src/engine.js';
import { overallStatus, shouldFail } from '../src/types.js';
import { settingsFrom } from './helpers/settings.js';

const settings = settingsFrom({ timeout: '1' });
const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('independent checks run concurrently; dependents wait for their prerequisites', async () => {
  const order: string[] = [];
  const slow = (id: string, needs?: string[]): Check => ({
    id, group: 'dns', needs,
    run: async () => { order.push(`start ${id}`); await delay(150); order.push(`end ${id}`); return { status: 'pass', cause: 'ok' }; },
  });
  const started = performance.now();
  const results = await runChecks([slow('a'), slow('b'), slow('c', ['a'])], settings);
  const elapsed = performance.now() - started;
  expect(results.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  expect(order.slice(0, 2).sort()).toEqual(['start a', 'start b']);
  expect(order.indexOf('start c')).toBeGreaterThan(order.indexOf('end a'));
  // Two rounds of 150 ms, not three.
  expect(elapsed).toBeLessThan(440);
});

test('a failed prerequisite skips its dependents with the reason', async () => {
  const results = await runChecks(
    [
      { id: 'a', group: 'dns', run: () => ({ status: 'fail', cause: 'x' }) },
      { id: 'b', group: 'tcp', needs: ['a'], run: () => ({ status: 'pass', cause: 'ok' }) },
      { id: 'c', group: 'tcp', needs: ['b'], run: () => ({ status: 'pass', cause: 'ok' }) },
    ],
    settings,
  );
  expect(results.map((r) => [r.id, r.status, r.cause, r.params.check])).toEqual([
    ['a', 'fail', 'x', undefined],
    ['b', 'skip', 'prerequisite-failed', 'a'],
    ['c', 'skip', 'prerequisite-failed', 'b'],
  ]);
});

test('a check that throws becomes fail/internal; one that hangs is stopped at its budget', async () => {
  let aborted = false;
  const started = performance.now();
  const results = await runChecks(
    [
      { id: 'boom', group: 'env', run: () => { throw new Error('kaput'); } },
      { id: 'hang', group: 'env', budgetMs: () => 200, run: ({ signal }) => new Promise(() => signal.addEventListener('abort', () => (aborted = true))) },
    ],
    settings,
  );
  expect(results[0]).toMatchObject({ status: 'fail', cause: 'internal', params: { error: 'kaput' } });
  expect(results[1]).toMatchObject({ status: 'fail', cause: 'check-timeout' });
  expect(aborted).toBe(true);
  expect(performance.now() - started).toBeLessThan(1500);
});

test('groups not selected are left out; a missing input leaves the check out, or fails it when the group was asked for', async () => {
  const check: Check = { id: 's', group: 'send', requires: (s) => (s.testRecipient ? undefined : 'test-recipient'), run: () => ({ status: 'pass', cause: 'ok' }) };
  expect(await runChecks([check], settingsFrom({ checks: 'env' }))).toEqual([]);
  expect(await runChecks([check], settingsFrom({}))).toEqual([]);
  expect((await runChecks([check], settingsFrom({ 'test-recipient': 'a@b.example' })))[0]).toMatchObject({ status: 'pass' });
  expect((await runChecks([check], settingsFrom({ checks: 'send' })))[0]).toMatchObject({ status: 'fail', cause: 'input-missing' });
});

test('verdict and fail-on', () => {
  const r = (status: 'pass' | 'warn' | 'fail' | 'skip') => ({ id: status, group: 'env' as const, status, cause: '', params: {}, durationMs: 0 });
  expect(overallStatus([r('pass'), r('skip')])).toBe('pass');
  expect(overallStatus([r('pass'), r('warn')])).toBe('warn');
  expect(overallStatus([r('warn'), r('fail')])).toBe('fail');
  expect([shouldFail('fail', 'critical'), shouldFail('warn', 'critical'), shouldFail('warn', 'warning'), shouldFail('fail', 'never')]).toEqual([true, false, true, false]);
});

test('a skip for "nothing to inspect" does not block dependents; a skipped prerequisite does', async () => {
  const results = await runChecks(
    [
      { id: 'inspect', group: 'tls', run: () => ({ status: 'skip', cause: 'tls-none' }) },
      { id: 'after-inspect', group: 'smtp', needs: ['inspect'], run: () => ({ status: 'pass', cause: 'ok' }) },
      { id: 'broken', group: 'dns', run: () => ({ status: 'fail', cause: 'x' }) },
      { id: 'middle', group: 'tcp', needs: ['broken'], run: () => ({ status: 'pass', cause: 'ok' }) },
      { id: 'last', group: 'tcp', needs: ['middle'], run: () => ({ status: 'pass', cause: 'ok' }) },
    ],
    settings,
  );
  expect(results.map((r) => [r.id, r.status])).toEqual([
    ['inspect', 'skip'],
    ['after-inspect', 'pass'],
    ['broken', 'fail'],
    ['middle', 'skip'],
    ['last', 'skip'],
  ]);
});
