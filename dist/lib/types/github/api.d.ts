export interface GithubBounds {
    /** Each request's deadline. */
    timeoutMs: number;
    /** All of GitHub's calls in a run: past it, every call still running ends. */
    budgetMs: number;
    /** Pages followed by one listing (100 items a page). */
    maxPages: number;
    /** Bytes of one page; a longer answer is an error, never a page cut short. */
    maxPageBytes: number;
}
export declare const GITHUB_BOUNDS: (timeoutMs: number) => GithubBounds;
/** An answer of the API that is not a success, or a listing past its bounds. `status` 0: no HTTP answer. */
export declare class GithubError extends Error {
    readonly status: number;
    constructor(status: number, message: string);
}
/** A listing route: the path with `{name}` parameters; every other parameter goes to the query. */
export interface ListRoute {
    readonly path: string;
}
type Params = Record<string, unknown>;
export interface GithubApi {
    paginate<Row>(route: ListRoute, params: Params): Promise<Row[]>;
    rest: {
        users: {
            getAuthenticated(): Promise<{
                data: {
                    login: string;
                };
            }>;
        };
        issues: {
            listForRepo: ListRoute;
            listComments: ListRoute;
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
/** The `rel="next"` target of a Link header. */
export declare function nextLink(link: string | undefined): string | undefined;
export declare function githubApi(token: string, baseUrl: string, bounds: GithubBounds): GithubApi;
export {};
