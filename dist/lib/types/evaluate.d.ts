import { type RunOptions } from './engine.js';
import { type Report } from './report/model.js';
import { type Redactor } from './secrets.js';
import type { RawInputs } from './settings/read.js';
import type { Runtime, Settings } from './settings/settings.js';
import type { CheckResult } from './types.js';
/** Every secret among the inputs, in every form it could be printed in. */
export declare function secretsOf(raw: RawInputs): string[];
/** The password of user-info and query values that look like credentials, in a health or smoke URL. */
export declare function urlSecrets(text: string): string[];
export interface Evaluation {
    settings: Settings;
    results: CheckResult[];
    report: Report;
    redactor: Redactor;
}
export declare function evaluate(raw: RawInputs, runtime: Runtime, onResult?: (result: CheckResult, settings: Settings) => void, redactor?: Redactor, onStart?: (check: Parameters<NonNullable<RunOptions['onStart']>>[0], settings: Settings) => void, 
/** Forms of a secret learned during the run, to hand to the runner's masking. */
onSecretForms?: (forms: string[]) => void): Promise<Evaluation>;
