// Throwaway git repositories for the lint tests: files written, optionally committed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function makeRepo(files: Record<string, string>, options: { commit?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'edc-repo-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@t.example', '-c', 'user.name=t', ...args], { cwd: root, stdio: 'ignore' });
  git('init', '-q');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  if (options.commit !== false) {
    git('add', '-f', '.');
    git('commit', '-q', '-m', 'fixture');
  }
  return root;
}
