// A check's context for a unit test, typed: the values its prerequisites produced are given as (check, value)
// pairs the compiler checks against each check's type, so tests need no casts to feed a check.
import type { Check, CheckContext, CheckOutput } from '../../src/engine.js';
import type { Settings } from '../../src/settings/settings.js';
import type { Outcome } from '../../src/types.js';

/** What a prerequisite produced, for `get`. */
export interface Given {
  readonly check: Check<unknown>;
  readonly value: unknown;
}

/** A prerequisite's value, checked against the prerequisite's own type. */
export const given = <V>(check: Check<V>, value: V): Given => ({ check, value });

export function checkContext(settings: Settings, values: readonly Given[] = [], now: () => number = Date.now): CheckContext {
  return {
    settings,
    signal: new AbortController().signal,
    now,
    secret: () => undefined,
    // `given` paired each value with its check's type; this is where the pair is read back.
    get: <V>(check: Check<V>) => values.find((g) => g.check === check)?.value as V | undefined,
  };
}

/** The outcomes a check returns, as a list (a produced value is left out). */
export async function outcomesOf<V>(check: Check<V>, context: CheckContext): Promise<Outcome[]> {
  const output: CheckOutput<V> = await check.run(context);
  const outcomes = 'outcomes' in output ? output.outcomes : output;
  return Array.isArray(outcomes) ? outcomes : [outcomes];
}
