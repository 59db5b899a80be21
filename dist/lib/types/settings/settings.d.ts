import type { ResolvedProvider } from '../providers.js';
import type { Cause } from '../i18n/causes.js';
import type { FailOn, Group, Language, Params } from '../types.js';
import type { InputName } from './inputs.js';
import type { InputSource } from './read.js';
export interface InputProblem {
    input: InputName;
    cause: Cause;
    params?: Params;
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
    /** Folders a file named by an input may be read from (the workspace and the runner's temp folder); empty: anywhere (the CLI, its own machine). */
    fileRoots: string[];
    /** Where a repository file is shown at the run's commit (`https://github.com/o/r/blob/<sha>/`); empty off GitHub. */
    sourceUrl: string;
}
export interface ImapSettings {
    host: string;
    port: number;
    /** Implicit TLS; false: STARTTLS, required unless `allowPlaintextAuth`. */
    secure: boolean;
    user: string;
    password: string;
    /** How long to wait for the test mail, from the moment the SMTP server accepted it. */
    deliveryTimeoutMs: number;
    /** Delete the test mail (only it) once found. */
    cleanup: boolean;
}
/** XOAUTH2 instead of a password: an access token as given, or one fetched with the refresh token. */
export interface OAuth2Settings {
    clientId: string;
    clientSecret: string;
    refreshToken: string;
    accessToken: string;
    /** The token endpoint (the provider's by default); empty when unknown. */
    tokenUrl: string;
}
export interface Settings {
    provider: ProviderChoice;
    user: string;
    password: string;
    /** Set when an OAuth2 refresh or access token is given: AUTH XOAUTH2, and `password` is not needed. */
    oauth2?: OAuth2Settings;
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
    /** The app's own mail, sent by the smoke request: looked for in the test mailbox, its code read and verified. */
    app: AppMailSettings;
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
    /** The mailbox the delivery check reads the test mail from; `host` empty when no profile knows it. */
    imap: ImapSettings;
    githubToken: string;
    prComment: boolean;
    /** Keep one issue open per target while its mail is broken. */
    alertIssue: boolean;
    /** In a chain (`targets`): `any` passes a degraded chain with a warning, `all` fails it. */
    require: 'any' | 'all';
    /** The team-chat channels told of a failure and a recovery; `test` sends one test message to each. */
    notify: NotifySettings;
    runtime: Runtime;
    /** A pull request without secrets (a fork, Dependabot): checks that need them are skipped, not failed. */
    secretsWithheld: boolean;
    problems: InputProblem[];
    sources: Record<InputName, InputSource>;
}
/** Each channel's address (a secret) and signing secret; empty when not configured. */
export interface NotifySettings {
    dingtalk: {
        url: string;
        secret: string;
    };
    feishu: {
        url: string;
        secret: string;
    };
    wecom: {
        url: string;
    };
    slack: {
        url: string;
    };
    webhook: {
        url: string;
        secret: string;
    };
    test: boolean;
}
/** Whether any channel is configured: the notify modules are loaded only then. */
export declare const hasNotifyChannel: (n: NotifySettings) => boolean;
export interface AppMailSettings {
    /** Look for the mail the app sends when `smoke-url` is called (`app-mail: true`). */
    mail: boolean;
    /** Its subject contains this text, or matches this expression (`app-mail-subject`, `/regex/` or text). */
    subject?: RegExp;
    /** Reads the verification code from the mail's text: its first group, or the whole match (`app-mail-code`). */
    code?: RegExp;
    /** Where the code is posted back (`{{code}}` in the URL or the body is replaced by it). */
    verify: {
        url: string;
        method: string;
        body: string;
        headers: Record<string, string>;
    };
}
/** Our provider id (qq, 163, gmail, ...) when the provider is a known one: the diagnosis keys on it. */
export declare function providerIdOf(s: Settings): string | undefined;
