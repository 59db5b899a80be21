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

export interface GithubApi {
  url: string;
  issues: FakeIssue[];
  /** Method and path of every request, in order. */
  requests: string[];
  writable: boolean;
  /** `minimal`: issues listed without author or labels and whatever their state, `/user` unknown: a sparse stand-in. */
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
    requests: [],
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
      ? { number: issue.number, title: issue.title, body: issue.body }
      : {
          number: issue.number,
          title: issue.title,
          body: issue.body,
          state: issue.state,
          labels: issue.labels.map((name) => ({ name })),
          user: { login: issue.user },
        };
  const base = `/repos/${repository}/issues`;
  const handle = (req: IncomingMessage, res: ServerResponse, raw: string): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    api.requests.push(`${req.method} ${url.pathname}`);
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
      return json(res, 200, found.map(view));
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
    const match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)(\/comments)?$/.exec(url.pathname);
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
