// The GitHub REST API, for the sticky PR comment and the alert issue: the few calls they make, through the one
// HTTP door (net/http.ts) and one rule for every call: a deadline per request, one budget for all of GitHub's
// calls in a run, a byte cap per page, a cap on pages followed (a `Link: rel="next"` is followed only on the
// API's own origin, so the token never leaves it), and redirects only within the origin.
//
// Written here rather than through Octokit (@actions/github): its requests cannot be bounded in bytes or pages by
// one rule (a list that pages forever ran until the job was killed), and it brought about a megabyte of modules
// (Octokit, @actions/http-client, undici) for six REST calls. The shapes below are Octokit's, so the modules that
// use them read as they did.
import { HttpError, request } from '../net/http.js';
import { TOOL, VERSION } from '../version.js';

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

export const GITHUB_BOUNDS = (timeoutMs: number): GithubBounds => ({
  timeoutMs,
  budgetMs: Math.max(timeoutMs * 3, 15_000),
  maxPages: 10,
  maxPageBytes: 4 * 1024 * 1024,
});

/** An answer of the API that is not a success, or a listing past its bounds. `status` 0: no HTTP answer. */
export class GithubError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A listing route: the path with `{name}` parameters; every other parameter goes to the query. */
export interface ListRoute {
  readonly path: string;
}

type Params = Record<string, unknown>;

export interface GithubApi {
  paginate<Row>(route: ListRoute, params: Params): Promise<Row[]>;
  rest: {
    users: { getAuthenticated(): Promise<{ data: { login: string } }> };
    issues: {
      listForRepo: ListRoute;
      listComments: ListRoute;
      create(params: { owner: string; repo: string; title: string; body: string; labels: string[] }): Promise<{ data: { number: number } }>;
      update(params: {
        owner: string;
        repo: string;
        issue_number: number;
        body?: string;
        state?: 'open' | 'closed';
        state_reason?: 'completed';
      }): Promise<unknown>;
      createComment(params: { owner: string; repo: string; issue_number: number; body: string }): Promise<{ data: { id: number } }>;
      updateComment(params: { owner: string; repo: string; comment_id: number; body: string }): Promise<{ data: { id: number } }>;
    };
  };
}

/** `{name}` of the path from the parameters; the rest, as a query. */
function expand(path: string, params: Params): { path: string; rest: Params } {
  const rest = { ...params };
  const filled = path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = rest[name];
    delete rest[name];
    return encodeURIComponent(String(value));
  });
  return { path: filled, rest };
}

/** The `rel="next"` target of a Link header. */
export function nextLink(link: string | undefined): string | undefined {
  for (const part of (link ?? '').split(',')) {
    const match = /<([^>]*)>\s*;\s*rel="?next"?/i.exec(part);
    if (match?.[1]) return match[1];
  }
  return undefined;
}

export function githubApi(token: string, baseUrl: string, bounds: GithubBounds): GithubApi {
  const origin = new URL(baseUrl).origin;
  const budget = AbortSignal.timeout(bounds.budgetMs);
  const headers = {
    authorization: `Bearer ${token}`,
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': `${TOOL}/${VERSION}`,
  };

  async function call(method: string, url: string, body?: Params): Promise<{ data: unknown; link?: string }> {
    if (new URL(url).origin !== origin) throw new GithubError(0, `a link outside ${origin} was not followed`);
    let answer;
    try {
      answer = await request(url, {
        method,
        headers: body ? { ...headers, 'content-type': 'application/json' } : headers,
        body: body ? JSON.stringify(body) : undefined,
        timeoutMs: bounds.timeoutMs,
        signal: budget,
        maxBytes: bounds.maxPageBytes,
        overflow: 'fail',
        maxRedirects: 3,
      });
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      const why = budget.aborted ? `GitHub's calls took more than ${Math.round(bounds.budgetMs / 1000)} s` : error.detail;
      throw new GithubError(0, why);
    }
    if (new URL(answer.url).origin !== origin) throw new GithubError(0, `a redirect outside ${origin} was not followed`);
    let data: unknown;
    try {
      data = answer.body === '' ? {} : JSON.parse(answer.body);
    } catch {
      throw new GithubError(answer.status, `the API answered ${answer.status} with a body that is not JSON`);
    }
    if (answer.status >= 400) {
      const message = typeof (data as { message?: unknown }).message === 'string' ? (data as { message: string }).message : '';
      throw new GithubError(answer.status, `${answer.status} ${message.slice(0, 200)}`.trim());
    }
    return { data, link: answer.link };
  }

  const url = (path: string, query: Params = {}): string => {
    const target = new URL(`${baseUrl.replace(/\/+$/, '')}${path}`);
    for (const [key, value] of Object.entries(query)) target.searchParams.set(key, String(value));
    return target.href;
  };
  const send = async <T>(method: string, route: string, params: Params, fields: readonly string[]): Promise<{ data: T }> => {
    const { path, rest } = expand(route, params);
    const body = Object.fromEntries(Object.entries(rest).filter(([key]) => fields.includes(key)));
    return { data: (await call(method, url(path), body)).data as T };
  };

  return {
    async paginate<Row>(route: ListRoute, params: Params): Promise<Row[]> {
      const { path, rest } = expand(route.path, params);
      const rows: Row[] = [];
      let next: string | undefined = url(path, rest);
      for (let page = 1; next !== undefined; page++) {
        if (page > bounds.maxPages) throw new GithubError(0, `the listing went on past ${bounds.maxPages} pages`);
        const { data, link } = await call('GET', next);
        if (!Array.isArray(data)) throw new GithubError(200, 'a page of the listing was not a list');
        for (const row of data as Row[]) rows.push(row);
        next = nextLink(link);
      }
      return rows;
    },
    rest: {
      users: {
        getAuthenticated: async () => {
          const { data } = await call('GET', url('/user'));
          const login = (data as { login?: unknown }).login;
          if (typeof login !== 'string') throw new GithubError(200, 'the API did not say who the token is');
          return { data: { login } };
        },
      },
      issues: {
        listForRepo: { path: '/repos/{owner}/{repo}/issues' },
        listComments: { path: '/repos/{owner}/{repo}/issues/{issue_number}/comments' },
        create: (params) => send('POST', '/repos/{owner}/{repo}/issues', params, ['title', 'body', 'labels']),
        update: (params) => send('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', params, ['body', 'state', 'state_reason']),
        createComment: (params) => send('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', params, ['body']),
        updateComment: (params) => send('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', params, ['body']),
      },
    },
  };
}
