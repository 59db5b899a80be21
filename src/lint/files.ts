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

/** The app's own sources, for the code lint. Config files (ecosystem.config.*) are the config lint's. */
const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/i;
const NOT_SOURCE =
  /(^|\/)(?:node_modules|dist|build|out|coverage|vendor|\.next|\.nuxt|\.output|\.svelte-kit|\.git)(\/|$)|\.min\.js$|\.d\.[cm]?ts$|(^|\/)ecosystem\.config\./;
export const MAX_SOURCE_FILES = 2000;

/**
 * JavaScript and TypeScript sources under `root`: inside a git work tree, the files git would commit (tracked, or
 * new and not ignored: `.gitignore` is git's to read); elsewhere every source file. Dependencies and build output
 * are left out either way; at most MAX_SOURCE_FILES, and `truncated` says when there were more.
 */
export async function findSourceFiles(root: string): Promise<{ files: string[]; truncated: boolean }> {
  const listed = (await inWorkTree(root)) ? await gitSources(root) : undefined;
  const found: string[] = [];
  const consider = (path: string): boolean => {
    if (SOURCE.test(path) && !NOT_SOURCE.test(path)) found.push(path);
    return found.length > MAX_SOURCE_FILES;
  };
  if (listed) {
    for (const path of listed) if (consider(path)) break;
  } else {
    for await (const path of glob('**/*.{js,mjs,cjs,ts,mts,cts,jsx,tsx}', { cwd: root, exclude: (p: string) => NOT_SOURCE.test(p) }))
      if (consider(path)) break;
  }
  const truncated = found.length > MAX_SOURCE_FILES;
  return { files: found.slice(0, MAX_SOURCE_FILES).sort(), truncated };
}

/** `git ls-files --cached --others --exclude-standard`, bounded in time and bytes; undefined when git cannot say. */
async function gitSources(root: string): Promise<string[] | undefined> {
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    execFile(
      'git',
      [
        'ls-files',
        '-z',
        '--cached',
        '--others',
        '--exclude-standard',
        '--',
        '*.js',
        '*.mjs',
        '*.cjs',
        '*.ts',
        '*.mts',
        '*.cts',
        '*.jsx',
        '*.tsx',
      ],
      { cwd: root, timeout: 10_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => resolve(error ? undefined : stdout.split('\0').filter((p) => p !== '')),
    );
  });
}
