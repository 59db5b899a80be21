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
export declare function runChecks(checks: readonly Check[], settings: Settings, options?: RunOptions): Promise<CheckResult[]>;
export declare function errorText(error: unknown): string;
