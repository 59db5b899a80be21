// Runs checks: each waits only for its declared prerequisites, independent ones run concurrently,
// each is bounded by its budget, and a check that throws becomes a `fail` with cause `internal`.
import type { Settings, InputName } from './settings.js';
import type { CheckResult, Group, Outcome } from './types.js';
import type { ProbeFacts } from './smtp/probe.js';
import type { MailSession } from './smtp/session.js';
import type { Report } from './report/model.js';

/** Facts one check learns and a later one uses. */
export interface Facts {
  /** Addresses of the SMTP host, preferred first. */
  addresses?: string[];
  /** The address TCP reached. */
  address?: string;
  probe?: ProbeFacts;
  /** The authenticated nodemailer session, for the envelope probe. */
  session?: MailSession;
  sessionTranscript?: string[];
  /** An email-deploy-check report returned by the deployed app's health endpoint. */
  serverReport?: Report;
}

export interface CheckContext {
  settings: Settings;
  /** Aborted when the check's budget runs out: close sockets, stop timers. */
  signal: AbortSignal;
  facts: Facts;
  /** Runs after every check has finished (closing a session a later check used). */
  defer(cleanup: () => void): void;
}

export interface Check {
  id: string;
  group: Group;
  /** Ids of checks that must pass (or warn) first; ids outside the plan are ignored. */
  needs?: string[];
  /** False: the check has nothing to say for these settings and is left out. */
  relevant?(settings: Settings): boolean;
  /** An input this check cannot run without: unset, the check is left out (or fails when its group was asked for by name). */
  requires?(settings: Settings): InputName | undefined;
  /** Cannot run without the secrets, which GitHub withholds from fork pull requests. */
  needsSecrets?: boolean;
  /** Wall-clock budget; defaults to the `timeout` setting. */
  budgetMs?(settings: Settings): number;
  run(context: CheckContext): Promise<Outcome | Outcome[]> | Outcome | Outcome[];
}

export interface RunOptions {
  onResult?(result: CheckResult): void;
}

/** Grace past a check's own budget before the engine gives up on it. */
const HARD_STOP_GRACE_MS = 500;

export async function runChecks(checks: readonly Check[], settings: Settings, options: RunOptions = {}): Promise<CheckResult[]> {
  // Under the default `checks: all`, a check whose input is absent is left out; asked for by name, it fails.
  const withheld = (c: Check): boolean => settings.secretsWithheld && c.needsSecrets === true;
  const planned = checks.filter(
    (c) => settings.checks.includes(c.group) && (c.relevant?.(settings) ?? true) && (settings.checksExplicit || !c.requires?.(settings) || withheld(c)),
  );
  const plannedIds = new Set(planned.map((c) => c.id));
  const facts: Facts = {};
  const cleanups: (() => void)[] = [];
  const running = new Map<string, Promise<CheckResult[]>>();

  const start = (check: Check): Promise<CheckResult[]> => {
    const existing = running.get(check.id);
    if (existing) return existing;
    const promise = (async () => {
      const needs = (check.needs ?? []).filter((id) => plannedIds.has(id));
      const prerequisites = (await Promise.all(needs.map((id) => start(planned.find((c) => c.id === id)!)))).flat();
      // A skipped prerequisite blocks only when it was itself blocked; "nothing to inspect" (no TLS session) does not.
      const blocker = prerequisites.find((r) => r.status === 'fail' || (r.status === 'skip' && r.cause === 'prerequisite-failed'));
      const results = withheld(check)
        ? [finish(check, { status: 'skip', cause: 'secrets-withheld' }, 0)]
        : blocker
          ? [finish(check, { status: 'skip', cause: 'prerequisite-failed', params: { check: blocker.id } }, 0)]
          : await execute(check, settings, facts, cleanups);
      results.forEach((r) => options.onResult?.(r));
      return results;
    })();
    running.set(check.id, promise);
    return promise;
  };

  const all = await Promise.all(planned.map(start));
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // Cleanup is best effort: a socket that is already gone is fine.
    }
  }
  return all.flat();
}

async function execute(check: Check, settings: Settings, facts: Facts, cleanups: (() => void)[]): Promise<CheckResult[]> {
  const began = performance.now();
  const elapsed = (): number => Math.round(performance.now() - began);
  const missing = check.requires?.(settings);
  if (missing) return [finish(check, { status: 'fail', cause: 'input-missing', params: { input: missing, group: check.group } }, 0)];

  const budget = check.budgetMs?.(settings) ?? settings.timeoutMs;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const hardStop = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ status: 'fail', cause: 'check-timeout', params: { seconds: round1(budget / 1000) } });
    }, budget + HARD_STOP_GRACE_MS);
  });
  try {
    const work = Promise.resolve().then(() => check.run({ settings, signal: controller.signal, facts, defer: (fn) => cleanups.push(fn) }));
    const outcome = await Promise.race([work, hardStop]);
    return (Array.isArray(outcome) ? outcome : [outcome]).map((o) => finish(check, o, elapsed()));
  } catch (error) {
    return [finish(check, { status: 'fail', cause: 'internal', params: { error: errorText(error) } }, elapsed())];
  } finally {
    // No abort on success: a check may hand a live session to the next (released by `defer`).
    clearTimeout(timer);
  }
}

function finish(check: Check, outcome: Outcome & { subject?: string }, durationMs: number): CheckResult {
  const { subject, ...rest } = outcome;
  return { ...rest, id: subject ? `${check.id}:${subject}` : check.id, group: check.group, params: outcome.params ?? {}, durationMs };
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
