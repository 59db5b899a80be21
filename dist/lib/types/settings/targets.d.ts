import { type TargetsProblem } from '../i18n/targets.js';
import type { Language, Words } from '../i18n/text.js';
import { type InputName } from './inputs.js';
import type { RawInputs } from './read.js';
/** What one item may set: the mail server and its credentials. Checks, timeouts, TLS policy, the recipient and the language are the step's. */
export declare const TARGET_INPUTS: readonly ["email-provider", "email-user", "email-password", "smtp-host", "smtp-port", "smtp-secure", "from", "dkim-selector", "oauth2-client-id", "oauth2-client-secret", "oauth2-refresh-token", "oauth2-access-token", "oauth2-token-url"];
export declare const MAX_TARGETS = 8;
export interface TargetSpec {
    /** Its name in the report and in alerts. */
    name: string;
    values: Partial<Record<InputName, string>>;
}
/** A list the run cannot use: said in the step's language, never quoting a value of the list (it holds passwords). */
export declare class TargetsError extends Error {
    readonly words: Words;
    constructor(problem: TargetsProblem, params?: Record<string, string | number>);
    say(language: Language): string;
}
/**
 * Reads the list (YAML, of which JSON is a part). Throws a TargetsError for a list the run cannot use; an empty
 * text is no list. The parser's own messages are not passed on: they quote the offending line.
 */
export declare function parseTargets(text: string): Promise<TargetSpec[]>;
/**
 * The step's inputs as one target sees them: its own mail server and credentials, nothing of the step's (an item
 * that sets no password has none: a backup never logs in with the primary's secret), and the step's everything else.
 */
export declare function targetInputs(step: RawInputs, target: TargetSpec): RawInputs;
/** Every secret inside the list, in every form, each password with the login it belongs to. */
export declare function targetSecrets(targets: readonly TargetSpec[]): string[];
