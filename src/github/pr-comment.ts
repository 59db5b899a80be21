// One sticky pull-request comment, found by a hidden marker and updated in place.
// The runner does not mask text sent through the API: the body is redacted by the caller.
import { interpolate, pick, say, UI } from '../i18n/index.js';
import { bySeverity, type Report } from '../report/model.js';
import { STATUS_ICON } from '../report/summary.js';

export const MARKER = '<!-- email-deploy-check -->';
/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 60_000;

/** The slice of Octokit this module uses (a fake in tests). */
export interface CommentsApi {
  paginate(route: unknown, params: Record<string, unknown>): Promise<{ id: number; body?: string | null }[]>;
  rest: {
    issues: {
      listComments: unknown;
      createComment(params: { owner: string; repo: string; issue_number: number; body: string }): Promise<{ data: { id: number } }>;
      updateComment(params: { owner: string; repo: string; comment_id: number; body: string }): Promise<{ data: { id: number } }>;
    };
  };
}

export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
}

export async function upsertStickyComment(
  api: CommentsApi,
  target: PullRequestTarget,
  body: string,
): Promise<{ action: 'created' | 'updated'; id: number }> {
  const comments = await api.paginate(api.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    per_page: 100,
  });
  const existing = comments.find((c) => c.body?.includes(MARKER));
  if (existing) {
    const { data } = await api.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body });
    return { action: 'updated', id: data.id };
  }
  const { data } = await api.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.number, body });
  return { action: 'created', id: data.id };
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The verdict and every critical item and warning, most severe first, within GitHub's size limit. */
export function renderComment(report: Report, runUrl?: string): string {
  const lang = report.language;
  const icon = report.status === 'pass' ? '✅' : report.status === 'warn' ? '⚠️' : '❌';
  const head = [
    MARKER,
    `### ${icon} ${pick(UI.heading, lang)}: ${pick(UI.verdict[report.status], lang)}`,
    '',
    interpolate(pick(UI.counts, lang), report.counts) + (runUrl ? ` · [${say(UI.commentRunLink, lang)}](${runUrl})` : ''),
    '',
  ];
  const problems = bySeverity(report.results).filter((r) => r.status === 'fail' || r.status === 'warn');
  if (problems.length === 0) return head.join('\n');
  const rows = [`| | ${pick(UI.check, lang)} | ${pick(UI.detail, lang)} | ${pick(UI.fix, lang)} |`, '|---|---|---|---|'];
  let size = head.join('\n').length + rows.join('\n').length;
  let shown = 0;
  for (const r of problems) {
    const where = r.file ? ` \`${r.file}:${r.line}\`` : '';
    const row = `| ${STATUS_ICON[r.status]} | ${cell(r.title)}${where} | ${cell(r.message)} | ${cell(r.fix ?? '')} |`;
    if (size + row.length + 200 > COMMENT_LIMIT) break;
    rows.push(row);
    size += row.length + 1;
    shown++;
  }
  if (shown < problems.length) rows.push('', say(UI.commentMore, lang, { count: problems.length - shown }));
  return [...head, ...rows].join('\n');
}
