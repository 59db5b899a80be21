// Where we run: read once from the environment the process was given.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Runtime } from './settings.js';

export function actionRuntime(env: NodeJS.ProcessEnv): Runtime {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  return {
    mode: 'action',
    runner: env.RUNNER_ENVIRONMENT || 'github-hosted',
    eventName,
    forkPullRequest: eventName.startsWith('pull_request') && isForkEvent(env.GITHUB_EVENT_PATH),
    nodeEnv: env.NODE_ENV ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    eventPath: env.GITHUB_EVENT_PATH ?? '',
    defaultLogFiles: [],
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
    nodeEnv: env.NODE_ENV ?? '',
    repository: '',
    runId: '',
    eventPath: '',
    defaultLogFiles: existsSync(pm2Logs) ? [join(pm2Logs, '*.log')] : [],
  };
}

/** A pull request whose head lives in another repository (GitHub withholds secrets there). */
function isForkEvent(eventPath: string | undefined): boolean {
  if (!eventPath) return false;
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      pull_request?: { head?: { repo?: { full_name?: string; fork?: boolean } | null }; base?: { repo?: { full_name?: string } } };
    };
    const head = event.pull_request?.head?.repo;
    const base = event.pull_request?.base?.repo;
    if (!event.pull_request) return false;
    // A deleted head repository is null: treat as a fork, secrets are withheld all the same.
    if (!head) return true;
    return head.fork === true || (head.full_name !== undefined && head.full_name !== base?.full_name);
  } catch {
    return false;
  }
}
