// The package as a library: checkEmailHealth() for an app's own health route.
import { evaluate } from './evaluate.js';
import type { Report } from './report/model.js';
import { cliRuntime } from './runtime.js';
import { readRawInputs } from './settings/read.js';
import type { InputName } from './settings/inputs.js';
import { toJson } from './report/encode.js';

export type { Report, ReportResult } from './report/model.js';
/** The CLI (the package's bin). Loaded on demand: the action and the library never parse the CLI's code and help. */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const cli = await import('./cli-app.js');
  return cli.runCli(argv, env);
}

/** The GitHub Action. Loaded on demand: the library and the CLI never parse the action's code. */
export async function run(): Promise<void> {
  const { run: runAction } = await import('./main.js');
  await runAction();
}

export interface EmailHealthOptions {
  /** Where EMAIL_USER, EMAIL_PASSWORD, ... are read (default: process.env). */
  env?: NodeJS.ProcessEnv;
  /** Any action input by name, e.g. `{ 'smtp-port': 587, timeout: 5 }`: numbers and booleans are taken as their text. */
  inputs?: Partial<Record<InputName, string | number | boolean>>;
  /**
   * The app's failover chain: its mail servers, the primary first, each a mapping of input names
   * (`{ name: 'primary', 'email-provider': 'qq', 'email-user': ..., 'email-password': ... }`), or the same list as
   * YAML or JSON text. What an item does not set of its mail server is empty (never the step's or the environment's).
   */
  targets?: readonly Readonly<Record<string, string | number | boolean>>[] | string;
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
  /** The report as JSON text to answer with as it is: every control, C1 and bidi character of a peer's escaped. */
  body: string;
}

/** What a health route checks by default: the app's own path to its mail server, no test mail. */
export const ROUTE_CHECKS = 'env,dns,tcp,tls,smtp';

/** Results per effective settings; a route with many settings variants does not grow it without bound. */
const MAX_CACHE_ENTRIES = 16;
const cache = new Map<string, { at: number; settled: boolean; value: Promise<EmailHealth> }>();

/**
 * Runs email-deploy-check from inside the app: its network, its secrets. Return `report` as JSON with
 * `status` from the app's `/api/email/health` route; the action's `health-url` then shows it as
 * "From your server" and fails the workflow on its critical items. Identical calls while one is running
 * share it (one login, not one per probe).
 */
export function checkEmailHealth(options: EmailHealthOptions = {}): Promise<EmailHealth> {
  const env = options.env ?? process.env;
  const given = Object.entries(options.inputs ?? {}).filter(
    (entry): entry is [InputName, string | number | boolean] => entry[1] !== undefined,
  );
  const inputs: Partial<Record<InputName, string>> = {
    checks: ROUTE_CHECKS,
    ...Object.fromEntries(given.map(([name, value]) => [name, String(value)])),
    ...(options.targets === undefined
      ? {}
      : { targets: typeof options.targets === 'string' ? options.targets : JSON.stringify(options.targets) }),
  };
  const raw = readRawInputs((name) => inputs[name], env);
  const runtime = cliRuntime(env, 'route');
  // The key is what the run would see: every input after its environment fallback, and where it runs.
  const key = process
    .getBuiltinModule('node:crypto')
    .createHash('sha256')
    .update(JSON.stringify([raw.values, runtime.nodeEnv, runtime.defaultLogFiles]))
    .digest('hex');
  const ttl = (options.cacheSeconds ?? 60) * 1000;
  const now = Date.now();
  const hit = cache.get(key);
  // A run still going is shared whatever the TTL; a finished one while it is fresh.
  if (hit && (!hit.settled || now - hit.at < ttl)) return hit.value;
  const value = evaluate(raw, runtime).then(({ report }) => ({
    status: report.status === 'fail' ? (503 as const) : (200 as const),
    body: toJson(report),
    report,
  }));
  const entry = { at: now, settled: false, value };
  value.then(
    () => (entry.settled = true),
    // A call that fails is not kept: the next probe tries again.
    () => cache.delete(key),
  );
  cache.delete(key);
  cache.set(key, entry);
  // Oldest first: drop finished entries past the bound or past their time.
  for (const [old, e] of cache) {
    if (cache.size <= MAX_CACHE_ENTRIES) break;
    if (e.settled || old !== key) cache.delete(old);
  }
  return entry.value;
}
