// Where we run: read once from the environment the process was given.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Runtime } from './settings/settings.js';

export function actionRuntime(env: NodeJS.ProcessEnv): Runtime {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  return {
    mode: 'action',
    runner: env.RUNNER_ENVIRONMENT || 'github-hosted',
    eventName,
    ...pullRequestOf(eventName, env.GITHUB_EVENT_PATH, env.GITHUB_ACTOR ?? ''),
    nodeEnv: env.NODE_ENV ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    eventPath: env.GITHUB_EVENT_PATH ?? '',
    defaultLogFiles: [],
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    fileRoots: [env.GITHUB_WORKSPACE || process.cwd(), env.RUNNER_TEMP ?? ''].filter(Boolean),
    sourceUrl: sourceUrlOf(env),
  };
}

/**
 * The files the run checked out, on GitHub: the commit it ran on (for a pull request, the merge commit that
 * actions/checkout checks out), so a line number points at the line that was read. Only well-formed values.
 */
function sourceUrlOf(env: NodeJS.ProcessEnv): string {
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const repository = env.GITHUB_REPOSITORY ?? '';
  const sha = env.GITHUB_SHA ?? '';
  if (!/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^[0-9a-f]{40,64}$/.test(sha))
    return '';
  return `${server}/${repository}/blob/${sha}/`;
}

/** On a server, the CLI and the health route read PM2's logs when no `log-files` are given. */
export function cliRuntime(env: NodeJS.ProcessEnv, mode: 'cli' | 'route' = 'cli'): Runtime {
  const pm2Logs = join(env.PM2_HOME ?? join(env.HOME ?? homedir(), '.pm2'), 'logs');
  return {
    mode,
    runner: 'server',
    eventName: '',
    forkPullRequest: false,
    pullRequestNumber: 0,
    nodeEnv: env.NODE_ENV ?? '',
    repository: '',
    runId: '',
    eventPath: '',
    defaultLogFiles: existsSync(pm2Logs) ? [join(pm2Logs, '*.log')] : [],
    workspace: process.cwd(),
    fileRoots: [],
    sourceUrl: '',
  };
}

/**
 * The pull request of the event, and whether GitHub withholds secrets from it: only when its head lives in
 * another repository (a real fork), or when Dependabot runs it. A same-repository pull request gets secrets,
 * so an empty one there is a misnamed or unset secret, not a fork. `pull_request_target` runs with secrets.
 */
function pullRequestOf(
  eventName: string,
  eventPath: string | undefined,
  actor: string,
): { forkPullRequest: boolean; pullRequestNumber: number } {
  const none = { forkPullRequest: false, pullRequestNumber: 0 };
  if (!eventName.startsWith('pull_request') || !eventPath) return none;
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      pull_request?: {
        number?: number;
        user?: { login?: string };
        head?: { repo?: { full_name?: string } | null };
        base?: { repo?: { full_name?: string } };
      };
    };
    const pr = event.pull_request;
    if (!pr) return none;
    const head = pr.head?.repo;
    // A deleted head repository is null: it was another repository, and secrets are withheld all the same.
    const otherRepository = !head || (head.full_name !== undefined && head.full_name !== pr.base?.repo?.full_name);
    const dependabot = actor === 'dependabot[bot]' || pr.user?.login === 'dependabot[bot]';
    const withheld = eventName !== 'pull_request_target' && (otherRepository || dependabot);
    return { forkPullRequest: withheld, pullRequestNumber: pr.number ?? 0 };
  } catch {
    return none;
  }
}
