import { type ReportView } from '../report/model.js';
import type { GithubApi } from './api.js';
export declare const MARKER_PREFIX = "<!-- email-deploy-check";
/** GitHub refuses comment bodies over 65,536 characters. */
export declare const COMMENT_LIMIT = 60000;
/** The author of comments made with a workflow's GITHUB_TOKEN, which cannot ask who it is. */
export declare const ACTIONS_BOT = "github-actions[bot]";
/** The calls this module makes. */
export type CommentsApi = Pick<GithubApi, 'paginate'> & {
    rest: {
        users: GithubApi['rest']['users'];
        issues: Pick<GithubApi['rest']['issues'], 'listComments' | 'createComment' | 'updateComment'>;
    };
};
export interface PullRequestTarget {
    owner: string;
    repo: string;
    number: number;
}
/** Everything that makes one job's target distinct: two matrix jobs that differ in any of these keep two comments. */
export interface TargetIdentity {
    provider: string;
    host: string;
    port: number;
    secure: boolean;
    user: string;
    /** The groups the job runs, as a sorted list (`all` when not chosen). */
    checks: string;
}
/** The identity as one line of text, the same for the comment's marker and the alert issue's key. */
export declare const identityLine: (t: TargetIdentity) => string;
/**
 * The hidden first line of our comment for one job target: two matrix jobs keep two comments. The key is a hash,
 * so the comment does not spell out the user.
 */
export declare function markerFor(target: TargetIdentity): string;
/**
 * Updates our comment for this target, or creates it. A comment counts as ours only when its first line is
 * this target's marker and the token's own identity wrote it: a marker planted by someone else is never touched.
 */
export declare function upsertStickyComment(api: CommentsApi, target: PullRequestTarget, marker: string, body: string): Promise<{
    action: 'created' | 'updated';
    id: number;
    lookAlikes: {
        id: number;
        author: string;
    }[];
}>;
/** The verdict and every critical item and warning, most severe first, within GitHub's size limit. */
export declare function renderComment(report: ReportView, runUrl?: string): string;
