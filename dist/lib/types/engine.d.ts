import type { InputName } from './settings/inputs.js';
import type { Settings } from './settings/settings.js';
import type { CheckId } from './i18n/causes.js';
import type { CheckResult, Group, Outcome } from './types.js';
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
export declare const produce: <V>(outcomes: Outcome | Outcome[], value: V) => Produced<V>;
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
export declare class CheckGraphError extends Error {
}
/**
 * Refuses a graph the engine cannot run: a prerequisite that is not among the checks (a typo would
 * otherwise let the dependent run early), a repeated id, or a cycle (which would wait forever).
 */
export declare function validateGraph(checks: readonly Check<unknown>[]): void;
export interface RunOptions {
    onResult?: (result: CheckResult) => void;
    /** A check starts, with the time it may take: a terminal can say what it is waiting for. */
    onStart?: (check: {
        id: CheckId;
        group: Group;
        budgetMs: number;
    }) => void;
    /** The clock checks read (certificate expiry, retirement dates); Date.now unless a test holds it. */
    now?: () => number;
    /** A check learned a secret: redact it (and have the runner mask it) before anything else is written. */
    onSecret?: (value: string) => void;
}
export declare function runChecks(checks: readonly Check<unknown>[], settings: Settings, options?: RunOptions): Promise<CheckResult[]>;
