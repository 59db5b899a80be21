import type { GithubApi } from './api.js';
import { type TargetIdentity } from './pr-comment.js';
export declare const ALERT_LABEL = "email-deploy-check";
/** The calls this module makes. */
export type IssuesApi = Pick<GithubApi, 'paginate'> & {
    rest: {
        users: GithubApi['rest']['users'];
        issues: Pick<GithubApi['rest']['issues'], 'listForRepo' | 'create' | 'update' | 'createComment'>;
    };
};
export interface AlertTarget {
    owner: string;
    repo: string;
    /** From the target (provider, host, user): two matrix jobs keep two issues. */
    key: string;
}
/** What the issue says, in the run's language; the caller renders it (redacted, encoded). */
export interface AlertWords {
    /** The title without its key. */
    title: string;
    /** The report: verdict, critical items, link to the run. */
    body: string;
    /** A comment when the failing checks changed (the new report follows). */
    changed: string;
    /** The closing comment. */
    recovered: string;
}
export type AlertAction = 'opened' | 'unchanged' | 'commented' | 'closed' | 'none';
/** What was done, and the look-alikes left alone: issues with our label, key and marker that someone else wrote. */
export interface AlertOutcome {
    action: AlertAction;
    lookAlikes: {
        number: number;
        author: string;
    }[];
}
/** A short key of a target; it appears in the title and the first line. */
export declare function alertKey(target: TargetIdentity): string;
/** The failing checks, as a hash: compared run to run, it says nothing of the checks themselves. */
export declare function failingState(failingIds: readonly string[]): string;
/**
 * Brings the target's issue in line with this run. `failingIds` empty: mail works (the issue, if any, is
 * closed). Throws the API's error (no rights: 403) for the caller to turn into a warning.
 */
export declare function syncAlertIssue(api: IssuesApi, target: AlertTarget, failingIds: readonly string[], words: AlertWords): Promise<AlertOutcome>;
