export const id = 943;
export const ids = [943];
export const modules = {

/***/ 8943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GITHUB_BOUNDS: () => (/* binding */ GITHUB_BOUNDS),
/* harmony export */   githubApi: () => (/* binding */ githubApi)
/* harmony export */ });
/* unused harmony exports GithubError, nextLink */
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9663);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
// The GitHub REST API, for the sticky PR comment and the alert issue: the few calls they make, through the one
// HTTP door (net/http.ts) and one rule for every call: a deadline per request, one budget for all of GitHub's
// calls in a run, a byte cap per page, a cap on pages followed (a `Link: rel="next"` is followed only on the
// API's own origin, so the token never leaves it), and redirects only within the origin.
//
// Written here rather than through Octokit (@actions/github): its requests cannot be bounded in bytes or pages by
// one rule (a list that pages forever ran until the job was killed), and it brought about a megabyte of modules
// (Octokit, @actions/http-client, undici) for six REST calls. The shapes below are Octokit's, so the modules that
// use them read as they did.


const GITHUB_BOUNDS = (timeoutMs) => ({
    timeoutMs,
    budgetMs: Math.max(timeoutMs * 3, 15_000),
    maxPages: 10,
    maxPageBytes: 4 * 1024 * 1024,
});
/** An answer of the API that is not a success, or a listing past its bounds. `status` 0: no HTTP answer. */
class GithubError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
/** `{name}` of the path from the parameters; the rest, as a query. */
function expand(path, params) {
    const rest = { ...params };
    const filled = path.replace(/\{(\w+)\}/g, (_match, name) => {
        const value = rest[name];
        delete rest[name];
        return encodeURIComponent(String(value));
    });
    return { path: filled, rest };
}
/** The `rel="next"` target of a Link header. */
function nextLink(link) {
    for (const part of (link ?? '').split(',')) {
        const match = /<([^>]*)>\s*;\s*rel="?next"?/i.exec(part);
        if (match?.[1])
            return match[1];
    }
    return undefined;
}
function githubApi(token, baseUrl, bounds) {
    const origin = new URL(baseUrl).origin;
    const budget = AbortSignal.timeout(bounds.budgetMs);
    const headers = {
        authorization: `Bearer ${token}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': `${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL */ .j}/${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x}`,
    };
    async function call(method, url, body) {
        if (new URL(url).origin !== origin)
            throw new GithubError(0, `a link outside ${origin} was not followed`);
        let answer;
        try {
            answer = await (0,_net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .request */ .Em)(url, {
                method,
                headers: body ? { ...headers, 'content-type': 'application/json' } : headers,
                body: body ? JSON.stringify(body) : undefined,
                timeoutMs: bounds.timeoutMs,
                signal: budget,
                maxBytes: bounds.maxPageBytes,
                overflow: 'fail',
                maxRedirects: 3,
            });
        }
        catch (error) {
            if (!(error instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$))
                throw error;
            const why = budget.aborted ? `GitHub's calls took more than ${Math.round(bounds.budgetMs / 1000)} s` : error.detail;
            throw new GithubError(0, why);
        }
        if (new URL(answer.url).origin !== origin)
            throw new GithubError(0, `a redirect outside ${origin} was not followed`);
        let data;
        try {
            data = answer.body === '' ? {} : JSON.parse(answer.body);
        }
        catch {
            throw new GithubError(answer.status, `the API answered ${answer.status} with a body that is not JSON`);
        }
        if (answer.status >= 400) {
            const message = typeof data.message === 'string' ? data.message : '';
            throw new GithubError(answer.status, `${answer.status} ${message.slice(0, 200)}`.trim());
        }
        return { data, link: answer.link };
    }
    const url = (path, query = {}) => {
        const target = new URL(`${baseUrl.replace(/\/+$/, '')}${path}`);
        for (const [key, value] of Object.entries(query))
            target.searchParams.set(key, String(value));
        return target.href;
    };
    const send = async (method, route, params, fields) => {
        const { path, rest } = expand(route, params);
        const body = Object.fromEntries(Object.entries(rest).filter(([key]) => fields.includes(key)));
        return { data: (await call(method, url(path), body)).data };
    };
    return {
        async paginate(route, params) {
            const { path, rest } = expand(route.path, params);
            const rows = [];
            let next = url(path, rest);
            for (let page = 1; next !== undefined; page++) {
                if (page > bounds.maxPages)
                    throw new GithubError(0, `the listing went on past ${bounds.maxPages} pages`);
                const { data, link } = await call('GET', next);
                if (!Array.isArray(data))
                    throw new GithubError(200, 'a page of the listing was not a list');
                for (const row of data)
                    rows.push(row);
                next = nextLink(link);
            }
            return rows;
        },
        rest: {
            users: {
                getAuthenticated: async () => {
                    const { data } = await call('GET', url('/user'));
                    const login = data.login;
                    if (typeof login !== 'string')
                        throw new GithubError(200, 'the API did not say who the token is');
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


/***/ })

};
