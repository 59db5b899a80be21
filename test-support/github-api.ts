// A stand-in for the GitHub REST API on 127.0.0.1, enough for the alert issue: issues of one repository with
// labels, comments, state, and the author the token writes as. The action reaches it through GITHUB_API_URL,
// exactly as it reaches api.github.com on a runner. `writable: false` answers writes as GitHub does for a token
// without `issues: write` (403 "Resource not accessible by integration").
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  user: string;
  comments: string[];
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: string;
}

/**
 * A stand-in gone wrong, as an attacker or a broken proxy would answer: `endless-pages` links every page to one
 * more; `silent` never answers; `drip` sends its headers and then a byte a second; `huge-page` answers a listing of
 * `hugeBytes` bytes; `foreign-link` links the next page to another origin (which must never see the token).
 */
export type Hostility = 'none' | 'endless-pages' | 'silent' | 'drip' | 'huge-page' | 'foreign-link';

export interface GithubApi {
  url: string;
  issues: FakeIssue[];
  /** Comments on pull requests (and issues), with ids of their own, as GitHub keeps them. */
  comments: FakeComment[];
  hostility: Hostility;
  hugeBytes: number;
  /** Items per page when the client asks for more (GitHub's limit is 100; small here so tests page). */
  pageSize: number;
  /** Method and path of every request, in order. */
  requests: string[];
  /** The Authorization header of every request, in order. */
  authorizations: string[];
  writable: boolean;
  /** `minimal`: issues listed without labels and whatever their state (the author is always there, as on GitHub), `/user` unknown: a sparse stand-in. */
  shape: 'github' | 'minimal';
  /** Who new issues are written by (the token's identity). */
  author: string;
  /** What `GET /user` answers; undefined: 403, as for a workflow's GITHUB_TOKEN. */
  identity?: string;
  close(): Promise<void>;
}

/** The author of what a workflow's GITHUB_TOKEN writes. */
export const BOT = 'github-actions[bot]';

export async function startGithubApi(repository: string): Promise<GithubApi> {
  const api: GithubApi = {
    url: '',
    issues: [],
    comments: [],
    hostility: 'none',
    hugeBytes: 0,
    pageSize: 100,
    requests: [],
    authorizations: [],
    writable: true,
    shape: 'github',
    author: BOT,
    close: () => Promise.resolve(),
  };
  const json = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const view = (issue: FakeIssue) =>
    api.shape === 'minimal'
      ? { number: issue.number, title: issue.title, body: issue.body, user: { login: issue.user } }
      : {
          number: issue.number,
          title: issue.title,
          body: issue.body,
          state: issue.state,
          labels: issue.labels.map((name) => ({ name })),
          user: { login: issue.user },
        };
  const base = `/repos/${repository}/issues`;
  /** One page of a listing, with GitHub's Link header to the next. */
  const page = (req: IncomingMessage, res: ServerResponse, url: URL, rows: unknown[]): void => {
    const number = Number(url.searchParams.get('page') ?? '1');
    const size = Math.min(api.pageSize, Number(url.searchParams.get('per_page') ?? '30'));
    const more = number * size < rows.length || api.hostility === 'endless-pages';
    const next = new URL(url.href.replace('http://localhost', api.url));
    next.searchParams.set('page', String(number + 1));
    if (api.hostility === 'foreign-link') next.host = `localhost:${new URL(api.url).port}`;
    const link = more || api.hostility === 'foreign-link' ? { link: `<${next.href}>; rel="next"` } : {};
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...link });
    res.end(JSON.stringify(rows.slice((number - 1) * size, number * size)));
  };
  const handle = (req: IncomingMessage, res: ServerResponse, raw: string): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    api.requests.push(`${req.method} ${url.pathname}${url.searchParams.has('page') ? `?page=${url.searchParams.get('page')}` : ''}`);
    api.authorizations.push(req.headers.authorization ?? '');
    if (api.hostility === 'silent') return;
    if (api.hostility === 'drip') {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 1000);
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (api.hostility === 'huge-page' && req.method === 'GET' && url.pathname !== '/user') {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let left = api.hugeBytes;
      const pump = (): void => {
        while (left > 0) {
          left -= chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end('[]');
      };
      res.on('error', () => undefined);
      return pump();
    }
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    if (url.pathname === '/user')
      return api.identity
        ? json(res, 200, { login: api.identity })
        : json(res, api.shape === 'minimal' ? 404 : 403, { message: 'Resource not accessible by integration' });
    if (req.method !== 'GET' && !api.writable) return json(res, 403, { message: 'Resource not accessible by integration' });
    if (req.method === 'GET' && url.pathname === base) {
      const state = url.searchParams.get('state') ?? 'open';
      const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
      const found =
        api.shape === 'minimal'
          ? api.issues
          : api.issues.filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.includes(l)));
      return page(req, res, url, found.map(view));
    }
    if (req.method === 'POST' && url.pathname === base) {
      const issue: FakeIssue = {
        number: api.issues.length + 1,
        title: typeof body.title === 'string' ? body.title : '',
        body: typeof body.body === 'string' ? body.body : '',
        state: 'open',
        labels: (body.labels as string[] | undefined) ?? [],
        user: api.author,
        comments: [],
      };
      api.issues.push(issue);
      return json(res, 201, view(issue));
    }
    const edited = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (edited && req.method === 'PATCH') {
      const comment = api.comments.find((c) => c.id === Number(edited[1]));
      if (!comment) return json(res, 404, { message: 'Not Found' });
      if (typeof body.body === 'string') comment.body = body.body;
      return json(res, 200, { id: comment.id, body: comment.body, user: { login: comment.user } });
    }
    const match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)(\/comments)?$/.exec(url.pathname);
    const commentView = (c: FakeComment) => ({ id: c.id, body: c.body, user: { login: c.user } });
    if (match?.[2] && req.method === 'GET')
      return page(req, res, url, api.comments.filter((c) => c.issue === Number(match[1])).map(commentView));
    if (match?.[2] && req.method === 'POST' && !api.issues.some((i) => i.number === Number(match[1]))) {
      // A pull request: its comments are kept apart from the issues of the stand-in.
      const comment = {
        id: 1000 + api.comments.length,
        issue: Number(match[1]),
        body: typeof body.body === 'string' ? body.body : '',
        user: api.author,
      };
      api.comments.push(comment);
      return json(res, 201, commentView(comment));
    }
    const issue = match ? api.issues.find((i) => i.number === Number(match[1])) : undefined;
    if (!issue) return json(res, 404, { message: 'Not Found' });
    if (req.method === 'POST' && match?.[2]) {
      issue.comments.push(typeof body.body === 'string' ? body.body : '');
      return json(res, 201, { id: issue.comments.length, body: body.body });
    }
    if (req.method === 'PATCH' && !match?.[2]) {
      if (typeof body.body === 'string') issue.body = body.body;
      if (body.state === 'open' || body.state === 'closed') issue.state = body.state;
      return json(res, 200, view(issue));
    }
    return json(res, 404, { message: 'Not Found' });
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString()));
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );
  api.url = `http://127.0.0.1:${port}`;
  api.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return api;
}
