import { type ReportView } from '../report/model.js';
export declare const MARKER_PREFIX = "<!-- email-deploy-check";
/** GitHub refuses comment bodies over 65,536 characters. */
export declare const COMMENT_LIMIT = 60000;
/** The author of comments made with a workflow's GITHUB_TOKEN, which cannot ask who it is. */
export declare const ACTIONS_BOT = "github-actions[bot]";
/** The slice of Octokit this module uses (a fake in tests). */
export interface CommentsApi {
    paginate(route: unknown, params: Record<string, unknown>): Promise<{
        id: number;
        body?: string | null;
        user?: {
            login?: string;
        } | null;
    }[]>;
    rest: {
        users: {
            getAuthenticated(): Promise<{
                data: {
                    login: string;
                };
            }>;
        };
        issues: {
            listComments: unknown;
            createComment(params: {
                owner: string;
                repo: string;
                issue_number: number;
                body: string;
            }): Promise<{
                data: {
                    id: number;
                };
            }>;
            updateComment(params: {
                owner: string;
                repo: string;
                comment_id: number;
                body: string;
            }): Promise<{
                data: {
                    id: number;
                };
            }>;
        };
    };
}
export interface PullRequestTarget {
    owner: string;
    repo: string;
    number: number;
}
/**
 * The hidden first line of our comment for one job target (provider, host, user): two matrix jobs keep two
 * comments. The key is a hash, so the comment does not spell out the user.
 */
export declare function markerFor(target: {
    provider: string;
    host: string;
    user: string;
}): string;
/**
 * Updates our comment for this target, or creates it. A comment counts as ours only when its first line is
 * this target's marker and the token's own identity wrote it: a marker planted by someone else is never touched.
 */
export declare function upsertStickyComment(api: CommentsApi, target: PullRequestTarget, marker: string, body: string): Promise<{
    action: 'created' | 'updated';
    id: number;
}>;
/** The verdict and every critical item and warning, most severe first, within GitHub's size limit. */
export declare function renderComment(report: ReportView, runUrl?: string): string;
