// One sticky pull-request comment per job target, found by its marker, its author and its key, and updated
// in place. The runner does not mask text sent through the API: every word of theirs is redacted in the
// view and encoded by forMarkdownCell, so no reply can open HTML, an image, a link or a mention.
import { createHash } from 'node:crypto';
import { interpolate, pick, say, UI } from '../i18n/index.js';
import { forMarkdownCell } from '../report/encode.js';
import { bySeverity, sourceLink, titleInContext, type ReportView, type ResultView } from '../report/model.js';
import { STATUS_ICON } from '../report/summary.js';
import { chainHeadline, chainLine } from '../report/chain.js';
import type { GithubApi } from './api.js';

export const MARKER_PREFIX = '<!-- email-deploy-check';
/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 60_000;
/** The author of comments made with a workflow's GITHUB_TOKEN, which cannot ask who it is. */
export const ACTIONS_BOT = 'github-actions[bot]';

/** The calls this module makes. */
export type CommentsApi = Pick<GithubApi, 'paginate'> & {
  rest: {
    users: GithubApi['rest']['users'];
    issues: Pick<GithubApi['rest']['issues'], 'listComments' | 'createComment' | 'updateComment'>;
  };
};

interface CommentRow {
  id: number;
  body?: string | null;
  user?: { login?: string } | null;
}

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
export const identityLine = (t: TargetIdentity): string =>
  [t.provider, t.host, String(t.port), t.secure ? 'tls' : 'starttls', t.user, t.checks].join('\n');

/**
 * The hidden first line of our comment for one job target: two matrix jobs keep two comments. The key is a hash,
 * so the comment does not spell out the user.
 */
export function markerFor(target: TargetIdentity): string {
  const key = createHash('sha256').update(identityLine(target)).digest('hex').slice(0, 16);
  return `${MARKER_PREFIX} key=${key} -->`;
}

/** Who the token is: a personal or app token can say; a workflow's GITHUB_TOKEN is the Actions bot. */
async function identityOf(api: CommentsApi): Promise<string> {
  try {
    return (await api.rest.users.getAuthenticated()).data.login;
  } catch {
    return ACTIONS_BOT;
  }
}

/**
 * Updates our comment for this target, or creates it. A comment counts as ours only when its first line is
 * this target's marker and the token's own identity wrote it: a marker planted by someone else is never touched.
 */
export async function upsertStickyComment(
  api: CommentsApi,
  target: PullRequestTarget,
  marker: string,
  body: string,
): Promise<{ action: 'created' | 'updated'; id: number; lookAlikes: { id: number; author: string }[] }> {
  const [me, comments] = await Promise.all([
    identityOf(api),
    api.paginate<CommentRow>(api.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      per_page: 100,
    }),
  ]);
  const full = `${marker}\n${body}`;
  const marked = comments.filter((c) => (c.body ?? '').split('\n', 1)[0] === marker);
  const existing = marked.find((c) => c.user?.login === me);
  const lookAlikes = marked.filter((c) => c !== existing).map((c) => ({ id: c.id, author: c.user?.login ?? '?' }));
  if (existing) {
    const { data } = await api.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body: full });
    return { action: 'updated', id: data.id, lookAlikes };
  }
  const { data } = await api.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.number, body: full });
  return { action: 'created', id: data.id, lookAlikes };
}

/** The title; one about a repository line (its subject names file and line) links to it at the run's commit. */
function titleCell(report: ReportView, r: ResultView): string {
  const title = forMarkdownCell(titleInContext(r, report.language));
  const href = r.file === undefined ? undefined : sourceLink(report.where, r.file, r.line);
  // Every character a link destination could end on is percent-encoded in `href`; <…> holds the rest literal.
  return href ? `[${title}](<${href}>)` : title;
}

/** The verdict and every critical item and warning, most severe first, within GitHub's size limit. */
export function renderComment(report: ReportView, runUrl?: string): string {
  const lang = report.language;
  const icon = report.status === 'pass' ? '✅' : report.status === 'warn' ? '⚠️' : '❌';
  // A chain says which mail server is down and which one carries the mail, then one line per server.
  const verdict = report.chain ? forMarkdownCell(chainHeadline(report.chain, lang)) : pick(UI.verdict[report.status], lang);
  const chainLines = report.chain
    ? [...report.chain.targets.map((t) => `- ${STATUS_ICON[t.status]} ${forMarkdownCell(chainLine(t, lang))}`), '']
    : [];
  const head = [
    `### ${icon} ${pick(UI.heading, lang)}: ${verdict}`,
    '',
    ...chainLines,
    interpolate(pick(UI.counts, lang), report.counts) + (runUrl ? ` · [${say(UI.commentRunLink, lang)}](${runUrl})` : ''),
    '',
  ];
  const problems = bySeverity(report.results).filter((r) => r.status === 'fail' || r.status === 'warn');
  if (problems.length === 0) return head.join('\n');
  const rows = [`| | ${pick(UI.check, lang)} | ${pick(UI.detail, lang)} | ${pick(UI.fix, lang)} |`, '|---|---|---|---|'];
  let size = head.join('\n').length + rows.join('\n').length;
  let shown = 0;
  for (const r of problems) {
    const row = `| ${STATUS_ICON[r.status]} | ${titleCell(report, r)} | ${forMarkdownCell(r.message)} | ${r.fix ? forMarkdownCell(r.fix) : ''} |`;
    if (size + row.length + 200 > COMMENT_LIMIT) break;
    rows.push(row);
    size += row.length + 1;
    shown++;
  }
  if (shown < problems.length) rows.push('', say(UI.commentMore, lang, { count: problems.length - shown }));
  return [...head, ...rows].join('\n');
}
