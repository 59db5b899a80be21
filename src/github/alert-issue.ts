// One GitHub issue per target while its mail is broken: opened on the first failing run, quiet while the same
// checks keep failing, a comment when the set of failing checks changes, closed with a comment when a run works
// again. Ours is found by label, by the key in its title and in its first line, and by author: never by title alone.
import { createHash } from 'node:crypto';
import { ACTIONS_BOT, MARKER_PREFIX } from './pr-comment.js';
import type { GithubApi } from './api.js';
import { identityLine, type TargetIdentity } from './pr-comment.js';

export const ALERT_LABEL = 'email-deploy-check';

interface IssueRow {
  number: number;
  title: string;
  body?: string | null;
  state?: string;
  labels?: (string | { name?: string })[];
  user?: { login?: string } | null;
  pull_request?: unknown;
}

const labelName = (label: string | { name?: string }): string => (typeof label === 'string' ? label : (label.name ?? ''));

/** The calls this module makes. */
export type IssuesApi = Pick<GithubApi, 'paginate'> & {
  rest: {
    users: GithubApi['rest']['users'];
    issues: Pick<GithubApi['rest']['issues'], 'listForRepo' | 'create' | 'update' | 'createComment'>;
  };
};

export interface AlertTarget {
  owner: string;
  repo: string;
  /** From the target (provider, host, user): two matrix jobs keep two issues. */
  key: string;
}

/** What the issue says, in the run's language; the caller renders it (redacted, encoded). */
export interface AlertWords {
  /** The title without its key. */
  title: string;
  /** The report: verdict, critical items, link to the run. */
  body: string;
  /** A comment when the failing checks changed (the new report follows). */
  changed: string;
  /** The closing comment. */
  recovered: string;
}

export type AlertAction = 'opened' | 'unchanged' | 'commented' | 'closed' | 'none';

/** What was done, and the look-alikes left alone: issues with our label, key and marker that someone else wrote. */
export interface AlertOutcome {
  action: AlertAction;
  lookAlikes: { number: number; author: string }[];
}

/** A short key of a target; it appears in the title and the first line. */
export function alertKey(target: TargetIdentity): string {
  return createHash('sha256')
    .update(`alert\n${identityLine(target)}`)
    .digest('hex')
    .slice(0, 10);
}

/** The failing checks, as a hash: compared run to run, it says nothing of the checks themselves. */
export function failingState(failingIds: readonly string[]): string {
  return createHash('sha256')
    .update([...new Set(failingIds)].sort().join('\n'))
    .digest('hex')
    .slice(0, 16);
}

const titleKey = (key: string): string => `[edc-${key}]`;
const firstLine = (key: string, state: string): string => `${MARKER_PREFIX} alert key=${key} state=${state} -->`;
const stateOf = (body: string, key: string): string | undefined =>
  new RegExp(`^${escapeRegExp(MARKER_PREFIX)} alert key=${key} state=([0-9a-f]+) -->`).exec(body.split('\n', 1)[0] ?? '')?.[1];
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Brings the target's issue in line with this run. `failingIds` empty: mail works (the issue, if any, is
 * closed). Throws the API's error (no rights: 403) for the caller to turn into a warning.
 */
export async function syncAlertIssue(
  api: IssuesApi,
  target: AlertTarget,
  failingIds: readonly string[],
  words: AlertWords,
): Promise<AlertOutcome> {
  const { owner, repo, key } = target;
  const [confirmed, open] = await Promise.all([
    api.rest.users.getAuthenticated().then(
      ({ data }) => data.login,
      () => undefined,
    ),
    api.paginate<IssueRow>(api.rest.issues.listForRepo, { owner, repo, state: 'open', labels: ALERT_LABEL, per_page: 100 }),
  ]);
  // The API filters by label and state already; a row that says otherwise is not ours to touch.
  const candidates = open.filter(
    (issue) =>
      issue.pull_request === undefined &&
      (issue.state === undefined || issue.state === 'open') &&
      (issue.labels === undefined || issue.labels.map(labelName).includes(ALERT_LABEL)) &&
      issue.title.includes(titleKey(key)) &&
      stateOf(issue.body ?? '', key) !== undefined,
  );
  // Ours only by identity: what the token's own identity wrote (a workflow's GITHUB_TOKEN, which cannot ask, writes
  // as the Actions bot, and GitHub names every author). Labels can be set by anyone through an issue form; a look-alike
  // with our label, key and marker written by someone else is left alone, and reported.
  const me = confirmed ?? ACTIONS_BOT;
  const ours = candidates.find((issue) => issue.user?.login === me);
  const lookAlikes = candidates
    .filter((issue) => issue !== ours)
    .map((issue) => ({ number: issue.number, author: issue.user?.login ?? '?' }));
  const done = (action: AlertAction): AlertOutcome => ({ action, lookAlikes });
  if (failingIds.length === 0) {
    if (!ours) return done('none');
    // Closed first: the alert ends even if the comment cannot be written. Its first line stops naming a state, so
    // the closed issue is never taken for the open one (an API that lists every state cannot confuse the two).
    const rest = (ours.body ?? '').split('\n').slice(1).join('\n');
    await api.rest.issues.update({
      owner,
      repo,
      issue_number: ours.number,
      state: 'closed',
      state_reason: 'completed',
      body: `${MARKER_PREFIX} alert closed key=${key} -->\n${rest}`,
    });
    await api.rest.issues.createComment({ owner, repo, issue_number: ours.number, body: words.recovered });
    return done('closed');
  }
  const state = failingState(failingIds);
  const body = `${firstLine(key, state)}\n${words.body}`;
  if (!ours) {
    await api.rest.issues.create({ owner, repo, title: `${words.title} ${titleKey(key)}`, body, labels: [ALERT_LABEL] });
    return done('opened');
  }
  if (stateOf(ours.body ?? '', key) === state) return done('unchanged');
  // The new state first: a second run with the same failures stays silent even if the comment cannot be written.
  await api.rest.issues.update({ owner, repo, issue_number: ours.number, body });
  await api.rest.issues.createComment({ owner, repo, issue_number: ours.number, body: `${words.changed}\n\n${words.body}` });
  return done('commented');
}
