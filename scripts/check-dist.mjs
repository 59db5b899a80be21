// Fails when dist/ is not the bundle of src/ as it stands: GitHub runs dist/, not src/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const fresh = join(mkdtempSync(join(tmpdir(), 'edc-dist-')), 'dist');
execFileSync(process.execPath, ['scripts/bundle.mjs', fresh], { stdio: 'inherit' });

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const listing = (dir) =>
  files(dir)
    .map((f) => relative(dir, f))
    .sort();

const committed = listing('dist');
const expected = listing(fresh);
const problems = [
  ...expected.filter((f) => !committed.includes(f)).map((f) => `missing: dist/${f}`),
  ...committed.filter((f) => !expected.includes(f)).map((f) => `extra: dist/${f}`),
  ...expected
    .filter((f) => committed.includes(f) && !readFileSync(join('dist', f)).equals(readFileSync(join(fresh, f))))
    .map((f) => `differs: dist/${f}`),
];
rmSync(fresh, { recursive: true, force: true });
if (problems.length) {
  console.error(`dist/ is stale; run \`npm run bundle\` and commit dist/.\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`dist/ matches a fresh bundle (${expected.length} files).`);
