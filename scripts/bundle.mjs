// One bundle graph: ncc bundles the library entry (src/index.ts) once into dist/lib/, with its lazily
// loaded chunks beside it. The action (dist/index.js) and the CLI (dist/cli/index.js) are two-line
// entries that import that bundle, so no file is shipped twice.
// Usage: node scripts/bundle.mjs [outDir] [--no-types]   (check-dist and the end-to-end tests bundle elsewhere)
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--')) ?? 'dist';
const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

rmSync(out, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [ncc, 'build', 'src/index.ts', '-o', join(out, 'lib'), '--license', 'licenses.txt', '--quiet', '--target', 'es2023'],
  {
    stdio: 'inherit',
  },
);

// The entries: the action runs on load (GitHub runs `node dist/index.js`), the CLI is the package's bin.
const entries = {
  // Both end the process once the verdict is written: nothing a peer left open (a socket, a timer) can hold it.
  'index.js': "// The GitHub Action (action.yml runs this file).\nimport { run } from './lib/index.js';\n\nawait run();\nprocess.exit();\n",
  // The CLI checks the Node version before it loads anything that could fail on an old one.
  'cli/index.js':
    "#!/usr/bin/env node\n// The CLI (the package's bin).\nconst [major, minor] = process.versions.node.split('.').map(Number);\nif (major < 22 || (major === 22 && minor < 12)) {\n  process.stderr.write(`email-deploy-check needs Node.js 22.12 or later (this is v${process.versions.node}).\\n`);\n  process.exit(2);\n}\nconst { runCli } = await import('../lib/index.js');\nprocess.exit(await runCli(process.argv.slice(2), process.env));\n",
};
for (const [file, text] of Object.entries(entries)) {
  mkdirSync(join(out, file, '..'), { recursive: true });
  writeFileSync(join(out, file), text);
}
chmodSync(join(out, 'cli', 'index.js'), 0o755);

// Declarations for the library entry (checkEmailHealth), for TypeScript users of the package.
const tsc = join('node_modules', 'typescript', 'bin', 'tsc');
if (!args.includes('--no-types'))
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.lib.json', '--outDir', join(out, 'lib', 'types')], { stdio: 'inherit' });
// ncc emits ES modules for an ESM project; Node needs this to load them as such.
writeFileSync(join(out, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
