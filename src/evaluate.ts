// The engine's front door, shared by the action, the CLI and the server health route:
// raw inputs in, a redacted report out. It knows nothing of GitHub or terminals.
import { ALL_CHECKS } from './checks/index.js';
import { runChecks, type RunOptions } from './engine.js';
import { buildReport, joinChain, type Report } from './report/model.js';
import { createRedactor, secretVariants, type Redactor } from './secrets.js';
import { parseHeaders, parseSettings } from './settings/parse.js';
import type { RawInputs } from './settings/read.js';
import { INPUT_NAMES, specOf, type InputName } from './settings/inputs.js';
import type { Runtime, Settings } from './settings/settings.js';
import type { CheckResult, Group } from './types.js';

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
      return [
        ...secretVariants(
          v[name],
          spec.login?.map(value).find((login) => login !== ''),
        ),
        ...(spec.webhook ? webhookSecrets(v[name]).flatMap((secret) => secretVariants(secret)) : []),
      ];
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

/** The tokens inside a webhook address: its credential query values and its long path segments (Slack's, Feishu's hook ids). */
function webhookSecrets(text: string): string[] {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return [];
  }
  // A token, not a word of the path (`open-apis`, `webhook`): it holds a digit, or it is long.
  const segments = url.pathname.split('/').filter((s) => s.length >= 8 && (/\d/.test(s) || s.length >= 16));
  return [...urlSecrets(text.trim()), ...[...url.searchParams.values()].filter((s) => s.length >= 8), ...segments];
}

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

export async function evaluate(raw: RawInputs, runtime: Runtime, hooks: EvaluateHooks = {}): Promise<Evaluation> {
  const redactor = hooks.redactor ?? createRedactor(secretsOf(raw));
  const startedAt = new Date();
  const settings = parseSettings(raw, runtime);
  if (raw.values.targets.trim() === '') {
    const { results } = await runOne(raw, runtime, redactor, hooks, { settings });
    return { settings, results, report: buildReport(results, settings, startedAt, redactor), redactor };
  }
  // A list of mail servers: read before anything runs, its secrets masked before any check can print.
  const { TARGET_INPUTS, parseTargets, targetInputs, targetSecrets } = await import('./settings/targets.js');
  const targets = await parseTargets(raw.values.targets);
  hooks.onSecretForms?.(redactor.addForms(targetSecrets(targets)));
  // Side by side: each target on its own connection, the app's own checks once beside them.
  const appGroups = settings.checks.filter((g) => APP_GROUPS.includes(g));
  const [app, ...parts] = await Promise.all([
    appGroups.length ? runOne(raw, runtime, redactor, hooks, { settings, groups: APP_GROUPS }) : undefined,
    ...targets.map((t) => runOne(targetInputs(raw, t), runtime, redactor, hooks, { groups: MAIL_GROUPS, target: t.name })),
  ]);
  const reportOf = (results: CheckResult[], own: Settings): Report => buildReport(results, own, startedAt, redactor);
  const report = joinChain(
    targets.map((t, i) => ({ name: t.name, report: reportOf(parts[i]?.results ?? [], parts[i]?.settings ?? settings) })),
    app && reportOf(app.results, settings),
    settings.require,
  );
  const results = [...parts.flatMap((p) => p?.results ?? []), ...(app?.results ?? [])];
  const unusedInputs = TARGET_INPUTS.filter((name) => raw.sources[name] === 'input');
  return { settings, results, report, redactor, ...(unusedInputs.length ? { unusedInputs } : {}) };
}

/** The groups each mail server of a chain runs; the app's own (its endpoints, logs and repository) run once. */
const MAIL_GROUPS: readonly Group[] = ['env', 'dns', 'tcp', 'tls', 'smtp', 'send', 'delivery', 'deliverability'];
const APP_GROUPS: readonly Group[] = ['health', 'app', 'server', 'logs', 'lint'];

/**
 * One run of the check graph: `settings` when the caller parsed them already, `groups` narrowing what `checks`
 * selects (a chain's target, or the app beside it), `target` the name of the chain's server.
 */
async function runOne(
  raw: RawInputs,
  runtime: Runtime,
  redactor: Redactor,
  hooks: EvaluateHooks,
  { settings: given, groups, target }: { settings?: Settings; groups?: readonly Group[]; target?: string } = {},
): Promise<{ settings: Settings; results: CheckResult[] }> {
  const { onResult, onStart, onSecretForms } = hooks;
  const parsed = given ?? parseSettings(raw, runtime);
  const settings = groups ? { ...parsed, checks: parsed.checks.filter((g) => groups.includes(g)) } : parsed;
  // Beside a chain, the app's run leaves the configuration checks to the targets (they report the same inputs).
  const keep = (r: CheckResult): boolean => target !== undefined || !groups || r.group !== 'env';
  const results = await runChecks(ALL_CHECKS, settings, {
    onResult: (r) => keep(r) && onResult?.(r, settings, target),
    ...(onStart ? { onStart: (check) => onStart(check, settings, target) } : {}),
    onSecret: (value) => onSecretForms?.(redactor.add(value)),
  });
  return { settings, results: results.filter(keep) };
}
