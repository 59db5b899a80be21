// The bundle leaves out what imapflow imports but we never call (scripts/bundle-stubs/README.md): this holds the
// reasons true. If a change starts to need imapflow's logger, its proxy or its download(), this fails first.
import { expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/run-dist.js';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
const source = files(join(ROOT, 'src'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

test('imapflow is always given `logger: false` (its default logger is pino, which is not bundled)', () => {
  const constructions = [...source.matchAll(/new ImapFlow\(\{([\s\S]*?)\}\);/g)].map((m) => m[1] ?? '');
  expect(constructions.length).toBeGreaterThan(0);
  for (const options of constructions) {
    expect(options).toMatch(/\blogger: false\b/);
    expect(options).not.toMatch(/\bproxy\b/);
  }
});

test("no code calls imapflow's download() (mailsplit is not bundled)", () => {
  expect(source).not.toMatch(/\.download(Many)?\(/);
});

test('tsconfig points exactly the documented modules at the stubs', () => {
  const tsconfig = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  const readme = readFileSync(join(ROOT, 'scripts', 'bundle-stubs', 'README.md'), 'utf8');
  const stubs = new Set(Object.values(tsconfig.compilerOptions.paths).flat());
  for (const stub of stubs) expect(readme).toContain(`\`${stub.replace('./scripts/bundle-stubs/', '')}\``);
  expect(stubs.size).toBe(3);
});
