// The engine's front door, shared by the action, the CLI and the server health route:
// raw inputs in, a redacted report out. It knows nothing of GitHub or terminals.
import { ALL_CHECKS } from './checks/index.js';
import { runChecks, type RunOptions } from './engine.js';
import { buildReport, type Report } from './report/model.js';
import { createRedactor, secretVariants, type Redactor } from './secrets.js';
import { parseHeaders, parseSettings } from './settings/parse.js';
import type { RawInputs } from './settings/read.js';
import { INPUT_NAMES, specOf, type InputName } from './settings/inputs.js';
import type { Runtime, Settings } from './settings/settings.js';
import type { CheckResult } from './types.js';

/**
 * Every secret among the inputs, in every form it could be printed in, from the input table: each `secret` input
 * (with the login it belongs to), the values of `headers` inputs and the credentials inside `url` inputs.
 */
export function secretsOf(raw: RawInputs): string[] {
  const v = raw.values;
  const value = (name: string): string => (INPUT_NAMES.includes(name as InputName) ? v[name as InputName] : '');
  return INPUT_NAMES.flatMap((name) => {
    const spec = specOf(name);
    if (spec.kind === 'secret')
      return secretVariants(
        v[name],
        spec.login?.map(value).find((login) => login !== ''),
      );
    if (spec.kind === 'headers') return headerSecrets(v[name]).flatMap((secret) => secretVariants(secret));
    if (spec.kind === 'url') return urlSecrets(v[name]).flatMap((secret) => secretVariants(secret));
    return [];
  });
}

/** The values of `Name: value` lines; a line that is not one may be a pasted token: all of it is secret. */
function headerSecrets(text: string): string[] {
  return [
    ...Object.values(parseHeaders(text)).flatMap(headerValueSecrets),
    ...text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+:/.test(line)),
  ];
}

/** A header value, and its credential alone (`Bearer X`, `Basic X`, `token X`): the token may be printed without its scheme. */
function headerValueSecrets(value: string): string[] {
  const scheme = /^(?:bearer|basic|token|apikey|api-key)\s+(\S+)$/i.exec(value);
  return scheme?.[1] ? [value, scheme[1]] : [value];
}

/** The password of user-info and query values that look like credentials, in a health or smoke URL. */
export function urlSecrets(text: string): string[] {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return [];
  }
  const query = [...url.searchParams]
    .filter(([key]) => /token|key|secret|pass|auth|sig|code|credential/i.test(key))
    .map(([, value]) => value);
  return [decodeURIComponent(url.password), ...query].filter((s) => s !== '');
}

export interface Evaluation {
  settings: Settings;
  results: CheckResult[];
  report: Report;
  redactor: Redactor;
}

/** What a door hooks into a run; every hook is optional. */
export interface EvaluateHooks {
  /** The redactor the door already registered with its channels; one is made from the inputs otherwise. */
  redactor?: Redactor;
  onResult?: (result: CheckResult, settings: Settings) => void;
  onStart?: (check: Parameters<NonNullable<RunOptions['onStart']>>[0], settings: Settings) => void;
  /** Forms of a secret learned during the run, to hand to the runner's masking. */
  onSecretForms?: (forms: string[]) => void;
}

export async function evaluate(raw: RawInputs, runtime: Runtime, hooks: EvaluateHooks = {}): Promise<Evaluation> {
  const { onResult, onStart, onSecretForms } = hooks;
  const redactor = hooks.redactor ?? createRedactor(secretsOf(raw));
  const startedAt = new Date();
  const settings = parseSettings(raw, runtime);
  const results = await runChecks(ALL_CHECKS, settings, {
    onResult: (r) => onResult?.(r, settings),
    ...(onStart ? { onStart: (check) => onStart(check, settings) } : {}),
    onSecret: (value) => onSecretForms?.(redactor.add(value)),
  });
  return { settings, results, report: buildReport(results, settings, startedAt, redactor), redactor };
}
