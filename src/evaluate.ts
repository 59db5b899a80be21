// The engine's front door, shared by the action, the CLI and the server health route:
// raw inputs in, a redacted report out. It knows nothing of GitHub or terminals.
import { ALL_CHECKS } from './checks/index.js';
import { runChecks } from './engine.js';
import { buildReport, type Report } from './report/model.js';
import { createRedactor, secretVariants, type Redactor } from './secrets.js';
import { parseHeaders, parseSettings } from './settings/parse.js';
import type { RawInputs } from './settings/read.js';
import type { Runtime, Settings } from './settings/settings.js';
import type { CheckResult } from './types.js';

/** Every secret among the inputs, in every form it could be printed in. */
export function secretsOf(raw: RawInputs): string[] {
  const v = raw.values;
  const headerValues = [v['health-headers'], v['smoke-headers']].flatMap((text) => Object.values(parseHeaders(text)));
  return [
    ...secretVariants(v['email-password'], v['email-user']),
    ...secretVariants(v['github-token']),
    ...headerValues.flatMap((value) => secretVariants(value)),
  ];
}

export interface Evaluation {
  settings: Settings;
  results: CheckResult[];
  report: Report;
  redactor: Redactor;
}

export async function evaluate(
  raw: RawInputs,
  runtime: Runtime,
  onResult?: (result: CheckResult, settings: Settings) => void,
  redactor: Redactor = createRedactor(secretsOf(raw)),
): Promise<Evaluation> {
  const startedAt = new Date();
  const settings = parseSettings(raw, runtime);
  const results = await runChecks(ALL_CHECKS, settings, { onResult: (r) => onResult?.(r, settings) });
  return { settings, results, report: buildReport(results, settings, startedAt, redactor), redactor };
}
