import { type RunOptions } from './engine.js';
import { type Report } from './report/model.js';
import { type Redactor } from './secrets.js';
import type { RawInputs } from './settings/read.js';
import { type InputName } from './settings/inputs.js';
import type { Runtime, Settings } from './settings/settings.js';
import type { CheckResult } from './types.js';
/**
 * Every secret among the inputs, in every form it could be printed in, from the input table: each `secret` input
 * (with the login it belongs to), the values of `headers` inputs and the credentials inside `url` inputs.
 */
export declare function secretsOf(raw: RawInputs): string[];
/** The password of user-info and query values that look like credentials, in a health or smoke URL. */
export declare function urlSecrets(text: string): string[];
export interface Evaluation {
    settings: Settings;
    results: CheckResult[];
    report: Report;
    redactor: Redactor;
    /** With `targets`: the step's own server and credential inputs, which no item inherits (the doors say so). */
    unusedInputs?: InputName[];
}
/** What a door hooks into a run; every hook is optional. */
export interface EvaluateHooks {
    /** The redactor the door already registered with its channels; one is made from the inputs otherwise. */
    redactor?: Redactor;
    /** `target`: the name of the mail server the result is about, in a run of several (`targets`). */
    onResult?: (result: CheckResult, settings: Settings, target?: string) => void;
    onStart?: (check: Parameters<NonNullable<RunOptions['onStart']>>[0], settings: Settings, target?: string) => void;
    /** Forms of a secret learned during the run, to hand to the runner's masking. */
    onSecretForms?: (forms: string[]) => void;
}
export declare function evaluate(raw: RawInputs, runtime: Runtime, hooks?: EvaluateHooks): Promise<Evaluation>;
