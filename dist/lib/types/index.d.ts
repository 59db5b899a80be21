import type { Report } from './report/model.js';
import type { InputName } from './settings/inputs.js';
export type { Report, ReportResult } from './report/model.js';
/** The CLI (the package's bin). Loaded on demand: the action and the library never parse the CLI's code and help. */
export declare function runCli(argv: string[], env: NodeJS.ProcessEnv): Promise<number>;
/** The GitHub Action. Loaded on demand: the library and the CLI never parse the action's code. */
export declare function run(): Promise<void>;
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
export declare const ROUTE_CHECKS = "env,dns,tcp,tls,smtp";
/**
 * Runs email-deploy-check from inside the app: its network, its secrets. Return `report` as JSON with
 * `status` from the app's `/api/email/health` route; the action's `health-url` then shows it as
 * "From your server" and fails the workflow on its critical items. Identical calls while one is running
 * share it (one login, not one per probe).
 */
export declare function checkEmailHealth(options?: EmailHealthOptions): Promise<EmailHealth>;
