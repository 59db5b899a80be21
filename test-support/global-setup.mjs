// Before any test: bundle src/ as it stands into build/e2e-dist, which the end-to-end suites run.
// A source edit without `npm run bundle` is then still what the tests see (check-dist guards dist/ itself).
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function globalSetup() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  execFileSync(process.execPath, ['scripts/bundle.mjs', join('build', 'e2e-dist'), '--no-types'], { cwd: root, stdio: 'inherit' });
}
