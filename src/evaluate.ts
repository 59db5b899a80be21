// The engine's front door, shared by the action, the CLI and the server health route:
// raw inputs in, a redacted report out. It knows nothing of GitHub or terminals.
import { ALL_CHECKS } from './checks/index.js';
import { runChecks, type RunOptions } from './engine.js';
import { buildReport, type Report } from './report/model.js';
import { createRedactor, secretVariants, type Redactor } from './secrets.js';
import { parseHeaders, parseSettings } from './settings/parse.js';
import type { RawInputs } from './settings/read.js';
import type { Runtime, Settings } from './settings/settings.js';
import type { CheckResult } from './types.js';

/** Every secret among the inputs, in every form it could be printed in. */
export function secretsOf(raw: RawInputs): string[] {
  const v = raw.values;
  const headerInputs = [v['health-headers'], v['smoke-headers']];
  const headerSecrets = headerInputs.flatMap((text) => [
    ...Object.values(parseHeaders(text)).flatMap(headerValueSecrets),
    // A line that is not `Name: value` may be a pasted token: all of it is secret.
    ...text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+:/.test(line)),
  ]);
  return [
    ...secretVariants(v['email-password'], v['email-user']),
    ...secretVariants(v['imap-password'], v['imap-user'] || v['test-recipient']),
    ...secretVariants(v['github-token']),
    ...(['oauth2-client-id', 'oauth2-client-secret', 'oauth2-refresh-token', 'oauth2-access-token'] as const).flatMap((name) =>
      secretVariants(v[name]),
    ),
    ...[...headerSecrets, ...urlSecrets(v['health-url']), ...urlSecrets(v['smoke-url'])].flatMap((secret) => secretVariants(secret)),
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
