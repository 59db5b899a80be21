// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc, as ES modules.
// Usage: node scripts/bundle.mjs [outDir]   (check-dist bundles into a temporary folder)
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2] ?? 'dist';
const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const entries = [
  ['src/main.ts', out],
  ['src/cli.ts', join(out, 'cli')],
  ['src/index.ts', join(out, 'lib')],
];

rmSync(out, { recursive: true, force: true });
for (const [entry, dir] of entries) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', dir, '--license', 'licenses.txt', '--quiet', '--target', 'es2023'], { stdio: 'inherit' });
}
// Declarations for the library entry (checkEmailHealth), for TypeScript users of the package.
const tsc = join('node_modules', 'typescript', 'bin', 'tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.lib.json', '--outDir', join(out, 'lib', 'types')], { stdio: 'inherit' });
mkdirSync(out, { recursive: true });
// ncc emits ES modules for an ESM project; Node needs this to load them as such.
writeFileSync(join(out, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
chmodSync(join(out, 'cli', 'index.js'), 0o755);
