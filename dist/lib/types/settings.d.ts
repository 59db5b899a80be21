import { type FailOn, type Group, type Language } from './types.js';
import { type ResolvedProvider } from './providers.js';
/** Every input of action.yml; the CLI reads the same names as --flags. */
export declare const INPUTS: {
    'email-provider': {
        env: string;
    };
    'email-user': {
        env: string;
    };
    'email-password': {
        env: string;
        raw: true;
    };
    'smtp-host': {
        env: string;
    };
    'smtp-port': {
        env: string;
    };
    'smtp-secure': {
        env: string;
        default: string;
    };
    'tls-reject-unauthorized': {
        default: string;
    };
    'tls-ca': {};
    'allow-plaintext-auth': {
        default: string;
    };
    from: {
        env: string;
    };
    'test-recipient': {};
    'health-url': {};
    'health-attempts': {
        default: string;
    };
    'health-interval': {
        default: string;
    };
    'health-expect': {};
    'health-headers': {};
    'smoke-url': {};
    'smoke-method': {
        default: string;
    };
    'smoke-body': {};
    'smoke-headers': {};
    'log-files': {};
    timeout: {
        default: string;
    };
    'fail-on': {
        default: string;
    };
    language: {
        default: string;
    };
    checks: {
        default: string;
    };
    'config-files': {};
    'dns-servers': {};
    'dkim-selector': {};
    'github-token': {};
    'pr-comment': {
        default: string;
    };
};
export type InputName = keyof typeof INPUTS;
/** Inputs read with their whitespace intact. */
export declare const isRawInput: (name: InputName) => boolean;
export declare const INPUT_NAMES: InputName[];
export type InputSource = 'input' | 'env' | 'default';
export interface RawInputs {
    values: Record<InputName, string>;
    sources: Record<InputName, InputSource>;
}
/**
 * Reads every input through `read` (core.getInput for the action, flags for the CLI),
 * falling back to the environment variable named in INPUTS, then to the default.
 */
export declare function readRawInputs(read: (name: InputName) => string | undefined, env: NodeJS.ProcessEnv): RawInputs;
export interface InputProblem {
    input: InputName;
    cause: string;
    params?: Record<string, string | number>;
}
export type ProviderChoice = {
    kind: 'known';
    provider: ResolvedProvider;
    inferred: boolean;
} | {
    kind: 'custom';
} | {
    kind: 'unknown';
    name: string;
    suggestion?: string;
};
export interface Runtime {
    /** `route`: inside the app, through checkEmailHealth(). */
    mode: 'action' | 'cli' | 'route';
    /** `github-hosted`, `self-hosted`, or `server` for the CLI. */
    runner: string;
    eventName: string;
    /** A pull request whose head is another repository: secrets are empty there. */
    forkPullRequest: boolean;
    /** The pull request's number, 0 outside pull_request events. */
    pullRequestNumber: number;
    nodeEnv: string;
    repository: string;
    runId: string;
    eventPath: string;
    /** Logs scanned when `log-files` is empty (PM2's folder on a server). */
    defaultLogFiles: string[];
    /** The repository (GITHUB_WORKSPACE) or the current folder: where config files are linted. */
    workspace: string;
}
export interface Settings {
    provider: ProviderChoice;
    user: string;
    password: string;
    host: string;
    port: number;
    secure: boolean;
    /** Whether secure was set explicitly (true/false) or derived from the port. */
    secureExplicit: boolean;
    tlsRejectUnauthorized: boolean;
    /** Extra CA certificates (PEM) to trust besides the system store, from `tls-ca`. */
    tlsCa: string[];
    /** Explicit opt-out: AUTH over a connection without TLS. */
    allowPlaintextAuth: boolean;
    /** The From header as given (may hold a display name). */
    fromHeader: string;
    /** The bare address of From (MAIL FROM). */
    from: string;
    testRecipient: string;
    health: {
        url: string;
        attempts: number;
        intervalSeconds: number;
        expect: string;
        headers: Record<string, string>;
    };
    smoke: {
        url: string;
        method: string;
        body: string;
        headers: Record<string, string>;
    };
    /** Globs of application logs to scan for mail errors. */
    logFiles: string[];
    timeoutMs: number;
    failOn: FailOn;
    language: Language;
    /** Groups to run; `checksExplicit` is false for the default `all`. */
    checks: Group[];
    checksExplicit: boolean;
    configFiles: string[];
    dnsServers: string[];
    dkimSelector: string;
    githubToken: string;
    prComment: boolean;
    runtime: Runtime;
    /** A pull request without secrets (a fork, Dependabot): checks that need them are skipped, not failed. */
    secretsWithheld: boolean;
    problems: InputProblem[];
    sources: Record<InputName, InputSource>;
}
export declare function parseSettings(raw: RawInputs, runtime: Runtime): Settings;
/** `Name: value` lines. Values are secrets (auth headers): the caller registers them for masking. */
export declare function parseHeaders(text: string, problem?: (cause: string, params: InputProblem['params']) => void): Record<string, string>;
/** The bare address of `Name <addr>` or `addr`. */
export declare function extractAddress(header: string): string;
/** A practical check for an addr-spec: one @, a dotted domain, no spaces or header syntax. */
export declare function isEmailAddress(text: string): boolean;
/** Our provider id (qq, 163, gmail, ...) when the provider is a known one: the diagnosis keys on it. */
export declare function providerIdOf(s: Settings): string | undefined;
export declare function domainOf(address: string): string;
