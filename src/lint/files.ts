// Which config files to lint, and what git says about them (tracked? ignored?).
import { glob, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const DEFAULT_CONFIG_FILES = [
  '**/.env',
  '**/.env.*',
  '**/ecosystem.config.{js,cjs,mjs,json}',
  '**/docker-compose*.{yml,yaml}',
  '**/compose.{yml,yaml}',
  '.github/workflows/*.{yml,yaml}',
];
const NEVER = /(^|\/)(node_modules|dist|\.git)$/;
const MAX_FILES = 200;

export async function findConfigFiles(root: string, patterns: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for await (const path of glob([...patterns], { cwd: root, exclude: (p: string) => NEVER.test(p) })) {
    if (NEVER.test(path.split('/').slice(0, -1).join('/'))) continue;
    found.add(path);
    if (found.size >= MAX_FILES) break;
  }
  return [...found].sort();
}

/** git, when a lint run asks it (child_process is loaded then, not at start-up: most runs never lint). */
async function git(root: string, args: string[]): Promise<number | 'unavailable'> {
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    execFile('git', args, { cwd: root, timeout: 5000 }, (error) => {
      if (!error) return resolve(0);
      const code = (error as NodeJS.ErrnoException & { code?: unknown }).code;
      resolve(typeof code === 'number' ? code : 'unavailable');
    });
  });
}

/** Whether `root` is inside a git work tree: outside one (an app's folder on a server) nothing is "committed". */
export async function inWorkTree(root: string): Promise<boolean> {
  return (await git(root, ['rev-parse', '--is-inside-work-tree'])) === 0;
}

/** Tracked by git. Outside a work tree (or without git) nothing is: a server's `.env` is not in any repository. */
export async function isTracked(root: string, file: string): Promise<boolean> {
  return (await git(root, ['ls-files', '--error-unmatch', '--', file])) === 0;
}

/** Whether `.gitignore` covers `.env`, by git's own rules, or by reading .gitignore when git cannot tell. */
export async function isEnvIgnored(root: string): Promise<boolean> {
  const result = await git(root, ['check-ignore', '-q', '--no-index', '.env']);
  if (result === 0) return true;
  if (result === 1) return false;
  const text = await readFile(join(root, '.gitignore'), 'utf8').catch(() => '');
  return text.split(/\r?\n/).some((l) => /^\/?\.env(\*|\.\*)?$/.test(l.trim()) || l.trim() === '*.env');
}
