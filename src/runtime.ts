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
    ...pullRequestOf(eventName, env.GITHUB_EVENT_PATH),
    nodeEnv: env.NODE_ENV ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    eventPath: env.GITHUB_EVENT_PATH ?? '',
    defaultLogFiles: [],
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
  };
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
  };
}

/** The pull request of the event, and whether its head lives in another repository (GitHub withholds secrets there). */
function pullRequestOf(eventName: string, eventPath: string | undefined): { forkPullRequest: boolean; pullRequestNumber: number } {
  const none = { forkPullRequest: false, pullRequestNumber: 0 };
  if (!eventName.startsWith('pull_request') || !eventPath) return none;
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      pull_request?: {
        number?: number;
        head?: { repo?: { full_name?: string; fork?: boolean } | null };
        base?: { repo?: { full_name?: string } };
      };
    };
    const pr = event.pull_request;
    if (!pr) return none;
    const head = pr.head?.repo;
    // A deleted head repository is null: treat as a fork, secrets are withheld all the same.
    const fork = !head || head.fork === true || (head.full_name !== undefined && head.full_name !== pr.base?.repo?.full_name);
    return { forkPullRequest: fork, pullRequestNumber: pr.number ?? 0 };
  } catch {
    return none;
  }
}
