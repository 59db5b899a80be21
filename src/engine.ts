// Runs checks: each waits only for its declared prerequisites, independent ones run concurrently,
// each is bounded by its budget, and a check that throws becomes a `fail` with cause `internal`.
// Checks pass data to each other only as typed values: a check names its prerequisites by reference
// and reads what they produced with `get`. The engine knows nothing of SMTP, reports or GitHub.
import type { InputName } from './settings/inputs.js';
import type { Settings } from './settings/settings.js';
import type { CheckId } from './i18n/causes.js';
import type { CheckResult, Group, Outcome } from './types.js';
import { errorText, round1 } from './text.js';

export interface CheckContext {
  settings: Settings;
  /** Aborted when the check's budget runs out: close sockets, stop timers. */
  signal: AbortSignal;
  /**
   * What a prerequisite (direct or further up) produced; undefined when it was not planned, did not pass,
   * or produced nothing. Reading a check that is not a prerequisite is a bug and throws.
   */
  get: <V>(check: Check<V>) => V | undefined;
  /** The time, in ms since the epoch: injected, so that tests can hold it still. */
  now: () => number;
  /** Declares a secret the check learned (a fetched access token): redacted and masked from here on. */
  secret: (value: string) => void;
}

/** Outcomes plus a value for the checks that need this one (an open session, resolved addresses). */
export interface Produced<V> {
  readonly outcomes: Outcome | Outcome[];
  readonly value: V;
}

export type CheckOutput<V> = Outcome | Outcome[] | Produced<V>;

export const produce = <V>(outcomes: Outcome | Outcome[], value: V): Produced<V> => ({ outcomes, value });

export interface Check<V = undefined> {
  id: CheckId;
  group: Group;
  /** Checks that must pass (or warn) first. One left out of the plan is not waited for. */
  needs?: readonly Check<unknown>[];
  /**
   * The prerequisites whose values this check reads, when it reads fewer than all of them: a value it does not
   * read (the SMTP session, above a check that waits a minute for the mailbox) is not held open for it.
   */
  reads?: readonly Check<unknown>[];
  /** False: the check has nothing to say for these settings and is left out. */
  relevant?(settings: Settings): boolean;
  /** An input this check cannot run without: unset, the check is left out (or fails when its group was asked for by name). */
  requires?(settings: Settings): InputName | undefined;
  /** Cannot run without the secrets, which GitHub withholds from fork pull requests. */
  needsSecrets?: boolean;
  /** Runs whatever `checks` selects (the input problems: a bad value must be reported in every run). */
  always?: boolean;
  /** Planned when a planned check needs it, whatever its group (`checks: tls` still reads the server's greeting). */
  pulledIn?: boolean;
  /** Wall-clock budget; defaults to the `timeout` setting. */
  budgetMs?(settings: Settings): number;
  run(context: CheckContext): Promise<CheckOutput<V>> | CheckOutput<V>;
  /** Frees the value (closes a session) once every check that could read it has finished. The producer owns it. */
  release?(value: V): void;
}

export class CheckGraphError extends Error {}

/**
 * Refuses a graph the engine cannot run: a prerequisite that is not among the checks (a typo would
 * otherwise let the dependent run early), a repeated id, or a cycle (which would wait forever).
 */
export function validateGraph(checks: readonly Check<unknown>[]): void {
  const known = new Set(checks);
  const ids = new Set<string>();
  for (const check of checks) {
    if (ids.has(check.id)) throw new CheckGraphError(`two checks have the id ${check.id}`);
    ids.add(check.id);
    for (const need of check.needs ?? []) {
      if (!known.has(need)) throw new CheckGraphError(`${check.id} needs ${need.id}, which is not one of the checks`);
    }
  }
  const state = new Map<Check<unknown>, 'visiting' | 'done'>();
  const visit = (check: Check<unknown>, path: string[]): void => {
    if (state.get(check) === 'done') return;
    if (state.get(check) === 'visiting') throw new CheckGraphError(`the checks wait for each other: ${[...path, check.id].join(' → ')}`);
    state.set(check, 'visiting');
    for (const need of check.needs ?? []) visit(need, [...path, check.id]);
    state.set(check, 'done');
  };
  for (const check of checks) visit(check, []);
  for (const check of checks) {
    const unreachable = (check.reads ?? []).find((read) => !ancestorsOf(check).has(read));
    if (unreachable) throw new CheckGraphError(`${check.id} reads ${unreachable.id}, which is not among its prerequisites`);
  }
}

/** Every check `check` waits for, directly or further up. */
function ancestorsOf(check: Check<unknown>): Set<Check<unknown>> {
  const found = new Set<Check<unknown>>();
  const walk = (c: Check<unknown>): void => {
    for (const need of c.needs ?? []) {
      if (found.has(need)) continue;
      found.add(need);
      walk(need);
    }
  };
  walk(check);
  return found;
}

export interface RunOptions {
  onResult?: (result: CheckResult) => void;
  /** A check starts, with the time it may take: a terminal can say what it is waiting for. */
  onStart?: (check: { id: CheckId; group: Group; budgetMs: number }) => void;
  /** The clock checks read (certificate expiry, retirement dates); Date.now unless a test holds it. */
  now?: () => number;
  /** A check learned a secret: redact it (and have the runner mask it) before anything else is written. */
  onSecret?: (value: string) => void;
}

/** Grace past a check's own budget before the engine gives up on it. */
const HARD_STOP_GRACE_MS = 500;

interface Finished {
  results: CheckResult[];
  /** The value handed to dependents, when the check passed and produced one. */
  value?: unknown;
}

export async function runChecks(checks: readonly Check<unknown>[], settings: Settings, options: RunOptions = {}): Promise<CheckResult[]> {
  validateGraph(checks);
  // Under the default `checks: all`, a check whose input is absent is left out; asked for by name, it fails.
  const withheld = (c: Check<unknown>): boolean => settings.secretsWithheld && c.needsSecrets === true;
  const planned = checks.filter(
    (c) =>
      (c.always === true || settings.checks.includes(c.group)) &&
      (c.relevant?.(settings) ?? true) &&
      (settings.checksExplicit || !c.requires?.(settings) || withheld(c)),
  );
  // A group named alone pulls in what it cannot do without (the connection and greeting for `tls`).
  const pull = (check: Check<unknown>): void => {
    for (const need of check.needs ?? []) {
      if (planned.includes(need) || !need.pulledIn || !(need.relevant?.(settings) ?? true)) continue;
      planned.push(need);
      pull(need);
    }
  };
  [...planned].forEach(pull);
  planned.sort((a, b) => checks.indexOf(a) - checks.indexOf(b));
  const inPlan = new Set(planned);
  const ancestors = new Map(planned.map((c) => [c, ancestorsOf(c)]));
  const values = new Map<Check<unknown>, unknown>();
  const running = new Map<Check<unknown>, Promise<Finished>>();
  const releases = releaseSchedule(planned, ancestors, values);

  const start = (check: Check<unknown>): Promise<Finished> => {
    const existing = running.get(check);
    if (existing) return existing;
    const promise = (async (): Promise<Finished> => {
      const needs = (check.needs ?? []).filter((c) => inPlan.has(c));
      const prerequisites = (await Promise.all(needs.map(start))).flatMap((f) => f.results);
      // A skipped prerequisite blocks only when it was itself blocked; "nothing to inspect" (no TLS session) does not.
      const blocker = prerequisites.find((r) => r.status === 'fail' || (r.status === 'skip' && r.cause === 'prerequisite-failed'));
      const get = <V>(wanted: Check<V>): V | undefined => {
        if (!mayRead(check, wanted, ancestors)) throw new Error(`${check.id} reads ${wanted.id}, which it does not need`);
        return values.get(wanted) as V | undefined;
      };
      const finished: Finished = withheld(check)
        ? { results: [finish(check, { status: 'skip', cause: 'secrets-withheld' }, 0)] }
        : blocker
          ? { results: [finish(check, { status: 'skip', cause: 'prerequisite-failed', params: { check: blocker.id } }, 0)] }
          : await execute(check, settings, get, options.now ?? Date.now, options.onStart, options.onSecret);
      if (finished.value !== undefined) values.set(check, finished.value);
      finished.results.forEach((r) => options.onResult?.(r));
      releases.finished(check);
      return finished;
    })();
    running.set(check, promise);
    return promise;
  };

  const all = await Promise.all(planned.map(start));
  return all.flatMap((f) => f.results);
}

/** Whether `reader` may read what `producer` made: a prerequisite, among those it `reads` when it names them. */
function mayRead(reader: Check<unknown>, producer: Check<unknown>, ancestors: Map<Check<unknown>, Set<Check<unknown>>>): boolean {
  return (ancestors.get(reader)?.has(producer) ?? false) && (reader.reads?.includes(producer) ?? true);
}

/**
 * Releases each produced value as soon as the producer and every planned check below it have finished:
 * a session lives exactly as long as something may still read it.
 */
function releaseSchedule(
  planned: readonly Check<unknown>[],
  ancestors: Map<Check<unknown>, Set<Check<unknown>>>,
  values: Map<Check<unknown>, unknown>,
) {
  const waiting = new Map<Check<unknown>, number>();
  for (const check of planned) {
    if (!check.release) continue;
    waiting.set(check, 1 + planned.filter((c) => mayRead(c, check, ancestors)).length);
  }
  const tick = (producer: Check<unknown>): void => {
    const left = (waiting.get(producer) ?? 0) - 1;
    waiting.set(producer, left);
    if (left !== 0 || !values.has(producer)) return;
    try {
      producer.release?.(values.get(producer));
    } catch {
      // Releasing is best effort: a socket that is already gone is fine.
    }
  };
  return {
    finished(check: Check<unknown>): void {
      for (const producer of waiting.keys()) if (producer === check || mayRead(check, producer, ancestors)) tick(producer);
    },
  };
}

async function execute(
  check: Check<unknown>,
  settings: Settings,
  get: CheckContext['get'],
  now: () => number,
  onStart?: RunOptions['onStart'],
  onSecret?: RunOptions['onSecret'],
): Promise<Finished> {
  const began = performance.now();
  const elapsed = (): number => Math.round(performance.now() - began);
  const missing = check.requires?.(settings);
  if (missing)
    return { results: [finish(check, { status: 'fail', cause: 'input-missing', params: { input: missing, group: check.group } }, 0)] };

  const budget = check.budgetMs?.(settings) ?? settings.timeoutMs;
  onStart?.({ id: check.id, group: check.group, budgetMs: budget });
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const hardStop = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ status: 'fail', cause: 'check-timeout', params: { seconds: round1(budget / 1000) } });
    }, budget + HARD_STOP_GRACE_MS);
  });
  try {
    const work = Promise.resolve().then(() =>
      check.run({ settings, signal: controller.signal, get, now, secret: (value) => onSecret?.(value) }),
    );
    // Work that ends after the hard stop still hands back what it opened: release it, nobody will read it.
    void work.then(
      (late) => controller.signal.aborted && isProduced(late) && check.release?.(late.value),
      () => undefined,
    );
    const output = await Promise.race([work, hardStop]);
    const produced = isProduced(output) ? output : undefined;
    const outcomes = produced ? produced.outcomes : (output as Outcome | Outcome[]);
    const results = (Array.isArray(outcomes) ? outcomes : [outcomes]).map((o) => finish(check, o, elapsed()));
    const passed = results.every((r) => r.status === 'pass' || r.status === 'warn');
    if (produced && !passed) check.release?.(produced.value);
    return { results, value: produced && passed ? produced.value : undefined };
  } catch (error) {
    return { results: [finish(check, { status: 'fail', cause: 'internal', params: { error: errorText(error) } }, elapsed())] };
  } finally {
    // No abort on success: a produced value (a live session) is released by the schedule instead.
    clearTimeout(timer);
  }
}

function isProduced(output: unknown): output is Produced<unknown> {
  return typeof output === 'object' && output !== null && 'outcomes' in output && 'value' in output;
}

function finish(check: Check<unknown>, outcome: Outcome, durationMs: number): CheckResult {
  const { subject, durationMs: theirs, ...rest } = outcome;
  return {
    ...rest,
    id: subject ? `${check.id}:${subject}` : check.id,
    group: check.group,
    params: outcome.params ?? {},
    durationMs: theirs ?? durationMs,
  };
}
