import { expect, test } from '@jest/globals';
import { CheckGraphError, produce, runChecks, validateGraph, type Check } from '../src/engine.js';
import { ALL_CHECKS } from '../src/checks/index.js';
import type { CheckId } from '../src/i18n/causes.js';
import { overallStatus, shouldFail, type CheckResult, type Group } from '../src/types.js';
import { settingsFrom } from './helpers/settings.js';

const settings = settingsFrom({ timeout: '1' });
const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A check for the engine alone: ids need not be real ones here. */
function fake<V = undefined>(id: string, group: Group, rest: Omit<Check<V>, 'id' | 'group'>): Check<V> {
  return { id: id as CheckId, group, ...rest };
}
const passing = (id: string, needs: Check<unknown>[] = []): Check =>
  fake(id, 'dns', { needs, run: () => ({ status: 'pass', cause: 'inputs-valid' }) });

test('independent checks run concurrently; dependents wait for their prerequisites', async () => {
  const order: string[] = [];
  const slow = (id: string, needs: Check<unknown>[] = []): Check =>
    fake(id, 'dns', {
      needs,
      run: async () => {
        order.push(`start ${id}`);
        await delay(50);
        order.push(`end ${id}`);
        return { status: 'pass', cause: 'inputs-valid' };
      },
    });
  const a = slow('a');
  const results = await runChecks([a, slow('b'), slow('c', [a])], settings);
  expect(results.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  // Both independent checks start before either ends; the dependent starts only after its prerequisite ended.
  expect(order.slice(0, 2).sort()).toEqual(['start a', 'start b']);
  expect(order.indexOf('start c')).toBeGreaterThan(order.indexOf('end a'));
});

test('a failed prerequisite skips its dependents with the reason', async () => {
  const a = fake('a', 'dns', { run: () => ({ status: 'fail', cause: 'dns-nxdomain' }) });
  const b = passing('b', [a]);
  const results = await runChecks([a, b, passing('c', [b])], settings);
  expect(results.map((r) => [r.id, r.status, r.cause, r.params.check])).toEqual([
    ['a', 'fail', 'dns-nxdomain', undefined],
    ['b', 'skip', 'prerequisite-failed', 'a'],
    ['c', 'skip', 'prerequisite-failed', 'b'],
  ]);
});

test('a check that throws becomes fail/internal; one that hangs is stopped at its budget and aborted', async () => {
  let aborted = false;
  const results = await runChecks(
    [
      fake('boom', 'env', {
        run: () => {
          throw new Error('kaput');
        },
      }),
      fake('hang', 'env', {
        budgetMs: () => 200,
        run: ({ signal }) => new Promise(() => signal.addEventListener('abort', () => (aborted = true))),
      }),
    ],
    settings,
  );
  expect(results[0]).toMatchObject({ status: 'fail', cause: 'internal', params: { error: 'kaput' } });
  expect(results[1]).toMatchObject({ status: 'fail', cause: 'check-timeout', params: { seconds: 0.2 } });
  expect(aborted).toBe(true);
});

test('groups not selected are left out; a missing input leaves the check out, or fails it when the group was asked for', async () => {
  const check = fake('s', 'send', {
    requires: (s) => (s.testRecipient ? undefined : 'test-recipient'),
    run: () => ({ status: 'pass', cause: 'send-ok' }),
  });
  expect(await runChecks([check], settingsFrom({ checks: 'env' }))).toEqual([]);
  expect(await runChecks([check], settingsFrom({}))).toEqual([]);
  expect((await runChecks([check], settingsFrom({ 'test-recipient': 'a@b.example' })))[0]).toMatchObject({ status: 'pass' });
  expect((await runChecks([check], settingsFrom({ checks: 'send' })))[0]).toMatchObject({ status: 'fail', cause: 'input-missing' });
});

test('verdict and fail-on', () => {
  const r = (status: CheckResult['status']): CheckResult => ({
    id: status,
    group: 'env',
    status,
    cause: 'inputs-valid',
    params: {},
    durationMs: 0,
  });
  expect(overallStatus([r('pass'), r('skip')])).toBe('pass');
  expect(overallStatus([r('pass'), r('warn')])).toBe('warn');
  expect(overallStatus([r('warn'), r('fail')])).toBe('fail');
  expect([
    shouldFail('fail', 'critical'),
    shouldFail('warn', 'critical'),
    shouldFail('warn', 'warning'),
    shouldFail('fail', 'never'),
  ]).toEqual([true, false, true, false]);
});

test('a skip for "nothing to inspect" does not block dependents; a skipped prerequisite does', async () => {
  const inspect = fake('inspect', 'tls', { run: () => ({ status: 'skip', cause: 'tls-none' }) });
  const broken = fake('broken', 'dns', { run: () => ({ status: 'fail', cause: 'dns-nxdomain' }) });
  const middle = passing('middle', [broken]);
  const results = await runChecks([inspect, passing('after-inspect', [inspect]), broken, middle, passing('last', [middle])], settings);
  expect(results.map((r) => [r.id, r.status])).toEqual([
    ['inspect', 'skip'],
    ['after-inspect', 'pass'],
    ['broken', 'fail'],
    ['middle', 'skip'],
    ['last', 'skip'],
  ]);
});

test('a prerequisite that is not one of the checks is refused at start, before anything runs', async () => {
  let ran = false;
  const stray = passing('stray');
  const dependent = fake('dependent', 'tcp', { needs: [stray], run: () => ((ran = true), { status: 'pass', cause: 'inputs-valid' }) });
  await expect(runChecks([dependent], settings)).rejects.toThrow(
    new CheckGraphError('dependent needs stray, which is not one of the checks'),
  );
  expect(ran).toBe(false);
});

test('a cycle is refused at start with its path, not a stack overflow', () => {
  const a: Check = passing('a');
  const b = passing('b', [a]);
  const c = passing('c', [b]);
  (a as { needs?: Check<unknown>[] }).needs = [c];
  expect(() => validateGraph([a, b, c])).toThrow('the checks wait for each other: a → c → b → a');
});

test('two checks with one id are refused', () => {
  expect(() => validateGraph([passing('same'), passing('same')])).toThrow('two checks have the id same');
});

test('the shipped checks form a valid graph', () => {
  expect(() => validateGraph(ALL_CHECKS)).not.toThrow();
});

test('a value flows to dependents by type, further down too, and is released once the last reader finished', async () => {
  const events: string[] = [];
  const source = fake<{ address: string }>('source', 'dns', {
    run: () => produce({ status: 'pass', cause: 'dns-resolved' }, { address: '192.0.2.7' }),
    release: (value) => events.push(`release ${value.address}`),
  });
  const reader = fake('reader', 'tcp', {
    needs: [source],
    run: async ({ get }) => {
      await delay(20);
      events.push(`reader saw ${get(source)?.address}`);
      return { status: 'pass', cause: 'tcp-connected' };
    },
  });
  const grandchild = fake('grandchild', 'smtp', {
    needs: [reader],
    run: ({ get }) => (events.push(`grandchild saw ${get(source)?.address}`), { status: 'pass', cause: 'auth-ok' }),
  });
  await runChecks([source, reader, grandchild], settings);
  expect(events).toEqual(['reader saw 192.0.2.7', 'grandchild saw 192.0.2.7', 'release 192.0.2.7']);
});

test('a slow check that reads only its direct prerequisite does not hold a value further up open', async () => {
  const events: string[] = [];
  const session = fake<string>('session', 'smtp', {
    run: () => produce({ status: 'pass', cause: 'auth-ok' }, 'session'),
    release: () => events.push('session released'),
  });
  const sent = fake<string>('sent', 'send', {
    needs: [session],
    run: ({ get }) => produce({ status: 'pass', cause: 'send-ok' }, `mail over ${get(session)}`),
  });
  const waiting = fake('waiting', 'delivery', {
    needs: [sent],
    reads: [sent],
    run: async ({ get }) => {
      await delay(30);
      events.push(`found ${get(sent)}`);
      expect(() => get(session)).toThrow('waiting reads session, which it does not need');
      return { status: 'pass', cause: 'delivery-inbox' };
    },
  });
  await runChecks([session, sent, waiting], settings);
  expect(events).toEqual(['session released', 'found mail over session']);
});

test('reading a check that is not among the prerequisites is refused at start', () => {
  const stray = passing('stray');
  expect(() =>
    validateGraph([stray, fake('reader', 'tcp', { needs: [], reads: [stray], run: () => ({ status: 'pass', cause: 'tcp-connected' }) })]),
  ).toThrow('reader reads stray, which is not among its prerequisites');
});

test('reading a check that is not a prerequisite is a bug: the reader fails as internal', async () => {
  const source = fake<number>('source', 'dns', { run: () => produce({ status: 'pass', cause: 'dns-resolved' }, 7) });
  const stranger = fake('stranger', 'tcp', {
    run: ({ get }) => ({ status: 'pass', cause: 'tcp-connected', params: { n: get(source) ?? 0 } }),
  });
  const [, result] = await runChecks([source, stranger], settings);
  expect(result).toMatchObject({ status: 'fail', cause: 'internal', params: { error: 'stranger reads source, which it does not need' } });
});

test('a value from a failing check is released at once and never handed on', async () => {
  const released: string[] = [];
  const source = fake<string>('source', 'smtp', {
    run: () => produce({ status: 'fail', cause: 'auth-failed' }, 'session'),
    release: (value) => released.push(value),
  });
  const results = await runChecks([source, passing('after', [source])], settings);
  expect(released).toEqual(['session']);
  expect(results[1]).toMatchObject({ status: 'skip', cause: 'prerequisite-failed' });
});
