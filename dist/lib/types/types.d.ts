import type { Cause } from './i18n/causes.js';
import type { Language } from './i18n/text.js';
export type { Cause, Language };
export declare const GROUPS: readonly ["env", "dns", "tcp", "tls", "smtp", "send", "delivery", "health", "app", "server", "deliverability", "logs", "lint"];
export type Group = (typeof GROUPS)[number];
export type Status = 'pass' | 'warn' | 'fail' | 'skip';
/** The family of a mail failure (README, "Report JSON"): the stable word people and scripts key on. */
export declare const CATEGORIES: readonly ["auth-failed", "app-password-required", "auth-method-disabled", "missing-credentials", "sender-rejected", "recipient-rejected", "content-rejected", "rate-limited", "server-busy", "tls-mismatch", "tls-certificate", "starttls-required-or-missing", "connection-refused", "connection-timeout", "connection-reset", "dns-failure", "other"];
export type Category = (typeof CATEGORIES)[number];
/**
 * One row of a report, in words: the report JSON's `results`, what the summary and the terminal show, and what we
 * read back from a deployed app's own report (`health-url`). One type for all of them.
 */
export interface ResultRow {
    /** Stable check id; `id:subject` when one check reports several items. */
    id: string;
    group: Group;
    status: Status;
    /** Stable cause code (a string: a server's report may carry a cause this version does not know). */
    cause: string;
    title: string;
    message: string;
    fix?: string;
    params: Params;
    durationMs: number;
    details?: string[];
    file?: string;
    line?: number;
    /** The family of a mail failure (auth-failed, rate-limited, tls-mismatch, ...). */
    category?: Category;
    /** In a run of several mail servers (`targets`): the name of the one this row is about. */
    target?: string;
}
export type FailOn = 'critical' | 'warning' | 'never';
/** Values a message template may interpolate. Never put a secret here: reporters show params. */
export type Params = Record<string, string | number>;
/** What a check decides; the engine adds id, group and timing. */
export interface Outcome {
    status: Status;
    /** Stable cause code: text, tests and diagnosis key on it, never on message strings. */
    cause: Cause;
    params?: Params;
    /** Raw evidence (an SMTP transcript, certificate fields), shown collapsed. Redacted by reporters. */
    details?: string[];
    /** A message id produced by the send check. */
    messageId?: string;
    /** Distinguishes several results of one check (the input or file they are about). */
    subject?: string;
    /** A line in a repository file: the PR annotation goes there. */
    location?: {
        file: string;
        line: number;
    };
    /** The time another party measured for it (an item of the server's report): shown instead of ours. */
    durationMs?: number;
}
export interface CheckResult extends Omit<Outcome, 'subject'> {
    id: string;
    group: Group;
    params: Params;
    durationMs: number;
}
export type Verdict = 'pass' | 'warn' | 'fail';
export declare function overallStatus(results: readonly CheckResult[]): Verdict;
/** Whether the verdict should fail the workflow (or exit 1 on the CLI). */
export declare function shouldFail(verdict: Verdict, failOn: FailOn): boolean;
