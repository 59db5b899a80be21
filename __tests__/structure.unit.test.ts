// The shape of the house, drawn from the source itself: no import circle, an engine that knows no
// SMTP, reports or checks, a text module beside every check module, and no text that no code uses.
import { expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ALL_CHECKS } from '../src/checks/index.js';
import { CAUSES, CHECK_TITLES } from '../src/i18n/causes.js';
import { ROOT } from './helpers/run-dist.js';

const SRC = join(ROOT, 'src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
const SOURCES = files(SRC);
const rel = (path: string): string => relative(SRC, path);

/** Every module a file imports (static, type-only, re-exports and dynamic), as paths under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const pattern = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'|(?:^|\n)\s*import\s+'([^']+)'|import\('([^']+)'\)/g;
  const specifiers = [...text.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  return specifiers.filter((s) => s.startsWith('.')).map((s) => rel(resolve(dirname(file), s.replace(/\.js$/, '.ts'))));
}

const GRAPH = new Map(SOURCES.map((file) => [rel(file), importsOf(file)]));

test('the import graph has no circle', () => {
  const circles: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (node: string, path: string[]): void => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'visiting') return void circles.push([...path.slice(path.indexOf(node)), node].join(' → '));
    state.set(node, 'visiting');
    for (const next of GRAPH.get(node) ?? []) visit(next, [...path, node]);
    state.set(node, 'done');
  };
  for (const node of GRAPH.keys()) visit(node, []);
  expect(circles).toEqual([]);
});

test('the engine imports nothing from smtp/, report/ or checks/', () => {
  const imports = GRAPH.get('engine.ts') ?? [];
  expect(imports.length).toBeGreaterThan(0);
  expect(imports.filter((path) => /^(smtp|report|checks)\//.test(path))).toEqual([]);
});

test('every check module has its text module beside the others in i18n/', () => {
  const checkModules = SOURCES.map(rel).filter((path) => path.startsWith('checks/') && path !== 'checks/index.ts');
  const missing = checkModules.filter((path) => !GRAPH.has(path.replace(/^checks\//, 'i18n/')));
  expect(checkModules.length).toBeGreaterThan(5);
  expect(missing).toEqual([]);
});

test('every check title belongs to a shipped check, and every shipped check has one', () => {
  expect(Object.keys(CHECK_TITLES).sort()).toEqual(ALL_CHECKS.map((c) => c.id).sort());
});

/**
 * A cause is used when code outside i18n/ names it in a string literal, or builds it from a template
 * whose fixed parts it matches (`health-${failure}`, `${reason}-other-ports-open`).
 */
test('every cause text is used by some code', () => {
  const code = SOURCES.filter((file) => !rel(file).startsWith('i18n/'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const literals = new Set([...code.matchAll(/'([a-z0-9][a-z0-9-]*)'/g)].map((m) => m[1]));
  const templates = [...code.matchAll(/`([^`]*\$\{[^`]*)`/g)]
    .map((m) => (m[1] ?? '').split(/\$\{[^}]*\}/))
    .filter((parts) => parts.some((part) => /^-?[a-z]+-[a-z-]*$|^[a-z]+-$/.test(part)))
    .map((parts) => new RegExp(`^${parts.map((p) => p.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('[a-z0-9-]+')}$`));
  const unused = Object.keys(CAUSES).filter((cause) => !literals.has(cause) && !templates.some((t) => t.test(cause)));
  expect(unused).toEqual([]);
});
