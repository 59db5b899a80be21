import { type Report } from '../report/model.js';
export declare const MARKER = "<!-- email-deploy-check -->";
/** GitHub refuses comment bodies over 65,536 characters. */
export declare const COMMENT_LIMIT = 60000;
/** The slice of Octokit this module uses (a fake in tests). */
export interface CommentsApi {
    paginate(route: unknown, params: Record<string, unknown>): Promise<{
        id: number;
        body?: string | null;
    }[]>;
    rest: {
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
export declare function upsertStickyComment(api: CommentsApi, target: PullRequestTarget, body: string): Promise<{
    action: 'created' | 'updated';
    id: number;
}>;
/** The verdict and every critical item and warning, most severe first, within GitHub's size limit. */
export declare function renderComment(report: Report, runUrl?: string): string;
