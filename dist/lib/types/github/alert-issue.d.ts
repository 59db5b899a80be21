import { type CommentsApi } from './pr-comment.js';
export declare const ALERT_LABEL = "email-deploy-check";
interface IssueRow {
    number: number;
    title: string;
    body?: string | null;
    state?: string;
    labels?: (string | {
        name?: string;
    })[];
    user?: {
        login?: string;
    } | null;
    pull_request?: unknown;
}
/** The slice of Octokit this module uses. */
export interface IssuesApi {
    paginate(route: unknown, params: Record<string, unknown>): Promise<IssueRow[]>;
    rest: {
        users: CommentsApi['rest']['users'];
        issues: {
            listForRepo: unknown;
            create(params: {
                owner: string;
                repo: string;
                title: string;
                body: string;
                labels: string[];
            }): Promise<{
                data: {
                    number: number;
                };
            }>;
            update(params: {
                owner: string;
                repo: string;
                issue_number: number;
                body?: string;
                state?: 'open' | 'closed';
                state_reason?: 'completed';
            }): Promise<unknown>;
            createComment(params: {
                owner: string;
                repo: string;
                issue_number: number;
                body: string;
            }): Promise<unknown>;
        };
    };
}
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
/** A short key of a target; it appears in the title and the first line. */
export declare function alertKey(target: {
    provider: string;
    host: string;
    user: string;
}): string;
/** The failing checks, as a hash: compared run to run, it says nothing of the checks themselves. */
export declare function failingState(failingIds: readonly string[]): string;
/**
 * Brings the target's issue in line with this run. `failingIds` empty: mail works (the issue, if any, is
 * closed). Throws the API's error (no rights: 403) for the caller to turn into a warning.
 */
export declare function syncAlertIssue(api: IssuesApi, target: AlertTarget, failingIds: readonly string[], words: AlertWords): Promise<AlertAction>;
export {};
