// Where we run: read once from the environment the process was given.
import { readFileSync } from 'node:fs';
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
  };
}

export function cliRuntime(env: NodeJS.ProcessEnv): Runtime {
  return { mode: 'cli', runner: 'server', eventName: '', forkPullRequest: false, nodeEnv: env.NODE_ENV ?? '', repository: '', runId: '', eventPath: '' };
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
