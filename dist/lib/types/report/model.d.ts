import { Text } from '../untrusted.js';
import type { Redactor } from '../secrets.js';
import type { Settings } from '../settings/settings.js';
import { type CheckResult, type ResultRow, type Group, type Language, type Status, type Verdict } from '../types.js';
import { type Chain, type ChainView, type Requirement } from './chain.js';
/** One row of the report JSON. */
export type ReportResult = ResultRow;
export interface Report {
    schemaVersion: 1;
    tool: string;
    version: string;
    status: Verdict;
    language: Language;
    startedAt: string;
    durationMs: number;
    /** `source`: the repository's files at the run's commit, on GitHub, that `file` and `line` point into. */
    where: {
        mode: 'action' | 'cli' | 'route';
        runner: string;
        source?: string;
    };
    target: {
        provider: string;
        host: string;
        port: number;
        secure: boolean;
        user: string;
        from: string;
    };
    counts: Record<Status, number>;
    messageId?: string;
    /** Where the test mail went, when the delivery check found it. */
    delivery?: DeliveryPath;
    /** Several mail servers in one run (`targets`): the failover chain, the primary first. */
    chain?: Chain;
    results: ReportResult[];
}
/** The test mail's path: accepted by the SMTP server, found in a folder of the mailbox, judged by the receiver. */
export interface DeliveryPath {
    host: string;
    queueId: string;
    folder: string;
    junk: boolean;
    /** From the SMTP server's 250 to the mail found in the mailbox. */
    seconds: number;
    /** The receiver's (or our) result for each of SPF, DKIM and DMARC, as found. */
    authentication: Partial<Record<'spf' | 'dkim' | 'dmarc', string>>;
}
export declare function buildReport(results: readonly CheckResult[], settings: Settings, startedAt: Date, redactor: Redactor, now?: number): Report;
/** What a reporter may show of one result: every human string a `Text`, so only a channel encoder can print it. */
export interface ResultView {
    id: string;
    group: Group;
    status: Status;
    cause: string;
    durationMs: number;
    title: Text;
    message: Text;
    fix?: Text;
    /** Raw evidence (transcripts, certificate fields): theirs, one line each. */
    details: string[];
    file?: string;
    line?: number;
    /** The mail server this row is about, in a run of several (a name from the workflow: theirs). */
    target?: Text;
}
export interface ReportView {
    status: Verdict;
    language: Language;
    counts: Record<Status, number>;
    where: Report['where'];
    target: {
        provider: Text;
        host: Text;
        port: number;
        secure: boolean;
        user: Text;
    };
    /** The test mail's path, in words (the server's names are theirs). */
    path?: Text;
    chain?: ChainView;
    results: ResultView[];
}
/**
 * The report as reporters see it. Words are drawn again from cause and params (a server report's item from
 * another version keeps its own words, as theirs), and every part that is theirs is redacted once more.
 */
export declare function viewOf(report: Report, redactor: Redactor): ReportView;
/**
 * A repository file at the run's commit: each path segment percent-encoded, `#L<line>` for the line. Nothing
 * off GitHub, and nothing for a path that climbs out of the repository.
 */
export declare function sourceLink(where: Report['where'], file: string, line?: number): string | undefined;
/** Most severe first, stable within a severity. */
export declare function bySeverity<T extends {
    status: Status;
}>(items: readonly T[]): T[];
/** The areas a verdict speaks of, each with the groups it covers. */
declare const AREAS: {
    readonly mail: readonly ["env", "dns", "tcp", "tls", "smtp", "send", "server"];
    readonly delivery: readonly ["delivery"];
    readonly app: readonly ["app"];
    readonly deployment: readonly ["health"];
    readonly deliverability: readonly ["deliverability"];
    readonly logs: readonly ["logs"];
    readonly lint: readonly ["lint"];
};
export type Area = keyof typeof AREAS;
/**
 * Whether the run looked at an SMTP server at all: a run of only the deployment (health, the app's own mail, logs,
 * lint) has no mail server target to name, and the reporters leave the target line out.
 */
export declare const hasSmtpTarget: (report: Pick<ReportView, "results">) => boolean;
/** Every group belongs to one area: a group left out would never reach the headline (a test holds this). */
export declare const AREA_GROUPS: readonly Group[];
/**
 * A result's title where it stands outside its group's section (the verdict line, the fix-first list): an item
 * of the server's report says it is the server's.
 */
export declare function titleInContext(r: ResultView, language: Language): Text;
/** Each area that failed or warned, failures first, with the titles of what did: separate verdicts for separate things. */
export declare function areaVerdicts(report: Pick<ReportView, 'results' | 'language' | 'chain'>): {
    area: Area;
    status: 'fail' | 'warn';
    titles: Text[];
}[];
/**
 * The run's report from each target's (named, in order) and the app's own, when it ran. Rows keep their target's
 * name; the target, message id and delivery path are the primary's.
 */
export declare function joinChain(parts: readonly {
    name: string;
    report: Report;
}[], app: Report | undefined, require: Requirement, now?: number): Report;
export {};
