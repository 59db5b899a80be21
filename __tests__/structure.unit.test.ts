// The shape of the house, drawn from the source itself: no import circle, an engine that knows no
// SMTP, reports or checks, a text module beside every check module, and no text that no code uses.
import { expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
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

/** The floor table of docs/architecture.md: each row's rooms (folders ending in `/`, or files) with its number. */
function floorTable(): { floor: number; room: string }[] {
  const doc = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Floors'), doc.indexOf('\n## ', doc.indexOf('## Floors') + 1));
  return [...section.matchAll(/^\|\s*(\d+)\s*\|[^|]+\|(.+)\|\s*$/gm)].flatMap((row) =>
    [...(row[2] ?? '').matchAll(/`([^`]+)`/g)].map((room) => ({ floor: Number(row[1]), room: room[1] ?? '' })),
  );
}
const FLOORS = floorTable();

/** A file's floor: its own row, else its folder's row; undefined when no row names it. */
function floorOf(path: string): number | undefined {
  const own = FLOORS.find((f) => f.room === path);
  if (own) return own.floor;
  return FLOORS.find((f) => f.room.endsWith('/') && path.startsWith(f.room))?.floor;
}

test('every source file stands on a floor of the architecture doc', () => {
  expect(FLOORS.length).toBeGreaterThan(10);
  expect([...GRAPH.keys()].filter((path) => floorOf(path) === undefined)).toEqual([]);
});

test('no import climbs back up a floor', () => {
  const climbing = [...GRAPH].flatMap(([from, imports]) =>
    imports.filter((to) => (floorOf(to) ?? -1) > (floorOf(from) ?? -1)).map((to) => `${from} (${floorOf(from)}) → ${to} (${floorOf(to)})`),
  );
  expect(climbing).toEqual([]);
});

/** The names a check module imports from its sibling check modules (`import { a, b } from './x.js'`). */
function siblingImports(file: string): { module: string; names: string[] }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  return source.statements.flatMap((statement) => {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) return [];
    const module = statement.moduleSpecifier.text;
    if (!module.startsWith('./')) return [];
    const bindings = statement.importClause?.namedBindings;
    const names = bindings && ts.isNamedImports(bindings) ? bindings.elements.map((e) => (e.propertyName ?? e.name).text) : ['*'];
    return [{ module, names }];
  });
}

test('a check module imports another only to name its checks, and exports one list of its own', async () => {
  const modules = SOURCES.filter((file) => rel(file).startsWith('checks/') && !rel(file).endsWith('index.ts'));
  const shipped = new Set<unknown>(ALL_CHECKS);
  const notChecks: string[] = [];
  const listed: unknown[] = [];
  for (const file of modules) {
    for (const { module, names } of siblingImports(file)) {
      const sibling = (await import(resolve(dirname(file), module.replace(/\.js$/, '.ts')))) as Record<string, unknown>;
      notChecks.push(...names.filter((name) => !shipped.has(sibling[name])).map((name) => `${rel(file)} imports ${name} from ${module}`));
    }
    const exports = (await import(file)) as Record<string, unknown>;
    const lists = Object.entries(exports).filter(([name]) => /^[A-Z0-9_]+_CHECKS$/.test(name));
    expect([rel(file), lists.length]).toEqual([rel(file), 1]);
    const list = lists[0]?.[1] as unknown[];
    // Every check the module exports is in its list.
    const exportedChecks = Object.values(exports).filter((value) => shipped.has(value));
    expect([rel(file), exportedChecks.filter((c) => !list.includes(c)).length]).toEqual([rel(file), 0]);
    listed.push(...list);
  }
  expect(notChecks).toEqual([]);
  expect(listed.length).toBe(ALL_CHECKS.length);
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

/** The string literals and template literals of the code outside i18n/, read by TypeScript's own parser. */
function literalsOfCode(): { literals: Set<string>; templates: RegExp[] } {
  const literals = new Set<string>();
  const templates: RegExp[] = [];
  const escape = (text: string): string => text.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.add(node.text);
    else if (ts.isTemplateExpression(node)) {
      const fixed = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      // A template counts when its fixed text reads like a cause (`health-${failure}`, `${reason}-other-ports-open`).
      if (fixed.some((part) => /^-?[a-z]+(-[a-z]+)*-?$/.test(part) && part.includes('-'))) {
        templates.push(new RegExp(`^${fixed.map(escape).join('[a-z0-9-]+')}$`));
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const file of SOURCES.filter((f) => !rel(f).startsWith('i18n/'))) {
    visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
  }
  return { literals, templates };
}

/** A cause is used when code outside i18n/ names it in a string literal, or builds it from a template whose fixed parts it matches. */
test('every cause text is used by some code', () => {
  const { literals, templates } = literalsOfCode();
  const unused = Object.keys(CAUSES).filter((cause) => !literals.has(cause) && !templates.some((t) => t.test(cause)));
  expect(unused).toEqual([]);
});
