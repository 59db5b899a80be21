// The package as a library: checkEmailHealth() for an app's own health route.
import { evaluate } from './evaluate.js';
import type { Report } from './report/model.js';
import { cliRuntime } from './runtime.js';
import { readRawInputs } from './settings/read.js';
import type { InputName } from './settings/inputs.js';

export type { Report, ReportResult } from './report/model.js';
export { runCli } from './cli-app.js';

/** The GitHub Action. Loaded on demand: the library and the CLI never load @actions/core or @actions/github. */
export async function run(): Promise<void> {
  const { run: runAction } = await import('./main.js');
  await runAction();
}

export interface EmailHealthOptions {
  /** Where EMAIL_USER, EMAIL_PASSWORD, ... are read (default: process.env). */
  env?: NodeJS.ProcessEnv;
  /** Any action input by name, e.g. `{ 'smtp-port': '587', timeout: '5' }`. */
  inputs?: Partial<Record<InputName, string>>;
  /**
   * Reuse a result for this many seconds (default 60): health probes arrive often, and a provider
   * may lock an account that logs in every few seconds. 0 runs the checks every call.
   */
  cacheSeconds?: number;
}

export interface EmailHealth {
  /** 200 unless a critical item was found, then 503. */
  status: 200 | 503;
  report: Report;
}

/** What a health route checks by default: the app's own path to its mail server, no test mail. */
export const ROUTE_CHECKS = 'env,dns,tcp,tls,smtp';

let cached: { at: number; key: string; value: Promise<EmailHealth> } | undefined;

/**
 * Runs email-deploy-check from inside the app: its network, its secrets. Return `report` as JSON with
 * `status` from the app's `/api/email/health` route; the action's `health-url` then shows it as
 * "From your server" and fails the workflow on its critical items.
 */
export function checkEmailHealth(options: EmailHealthOptions = {}): Promise<EmailHealth> {
  const env = options.env ?? process.env;
  const inputs: Partial<Record<InputName, string>> = { checks: ROUTE_CHECKS, ...options.inputs };
  const key = JSON.stringify(inputs);
  const ttl = (options.cacheSeconds ?? 60) * 1000;
  if (cached && cached.key === key && Date.now() - cached.at < ttl) return cached.value;
  const value = evaluate(
    readRawInputs((name) => inputs[name], env),
    cliRuntime(env, 'route'),
  ).then(({ report }) => ({
    status: report.status === 'fail' ? (503 as const) : (200 as const),
    report,
  }));
  cached = { at: Date.now(), key, value };
  return value;
}
