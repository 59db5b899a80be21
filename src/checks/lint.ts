// lint: configuration mistakes in the repository's files, each at its file and line. No secrets needed.
import { join, posix } from 'node:path';
import type { Check } from '../engine.js';
import {
  DEFAULT_CONFIG_FILES,
  findConfigFiles,
  findSourceFiles,
  inWorkTree,
  isEnvIgnored,
  isTracked,
  MAX_SOURCE_FILES,
} from '../lint/files.js';
import type { ModuleFacts } from '../lint/code.js';
import type { LintFinding } from '../lint/rules.js';
import type { EnvBlock } from '../lint/sources.js';
import type { Outcome } from '../types.js';
import { CONFIG_FILE_MAX_BYTES, FileRefused, readSafely } from '../safe-file.js';

// The parsers (yaml, acorn) load only when there is something to lint: most runs never need them.
const loadLint = async () => ({ ...(await import('../lint/rules.js')), ...(await import('../lint/sources.js')) });
type Lint = Awaited<ReturnType<typeof loadLint>>;

const SEVERITY = { fail: 0, warn: 1 } as const;

async function lintFile(lint: Lint, root: string, file: string, blocks: EnvBlock[]): Promise<LintFinding[]> {
  const { blockFindings, transportFindings, workflowFindings, readCompose, readDotenv, readEcosystemJson, readJavaScript, readWorkflow } =
    lint;
  // A planted symlink, FIFO or huge file is refused (and reported by the caller), never followed or read whole.
  const { text } = await readSafely(join(root, file), { within: [root], maxBytes: CONFIG_FILE_MAX_BYTES });
  const base = file.split('/').pop() ?? file;
  if (/^\.env/.test(base)) {
    const block = readDotenv(file, text);
    blocks.push(block);
    return blockFindings(block, 'dotenv', await isTracked(root, file));
  }
  if (file.startsWith('.github/workflows/')) return readWorkflow(file, text).flatMap(workflowFindings);
  if (/compose/.test(base)) {
    const found = readCompose(file, text);
    blocks.push(...found);
    return found.flatMap((b) => blockFindings(b, 'config', true));
  }
  if (base.endsWith('.json')) {
    const found = readEcosystemJson(file, text);
    blocks.push(...found);
    return found.flatMap((b) => blockFindings(b, 'config', true));
  }
  const { blocks: found, transports } = readJavaScript(file, text);
  blocks.push(...found);
  return [...found.flatMap((b) => blockFindings(b, 'config', true)), ...transports.flatMap(transportFindings)];
}

export const lintCheck: Check = {
  id: 'lint.config',
  group: 'lint',
  budgetMs: (s) => Math.max(s.timeoutMs, 10_000),
  run: async ({ settings: s }): Promise<Outcome | Outcome[]> => {
    const root = s.runtime.workspace;
    const files = await findConfigFiles(root, s.configFiles.length ? s.configFiles : DEFAULT_CONFIG_FILES);
    if (files.length === 0) return { status: 'skip', cause: 'lint-no-files', params: { root } };
    const lint = await loadLint();
    const blocks: EnvBlock[] = [];
    const findings: LintFinding[] = [];
    const unreadable: Outcome[] = [];
    for (const file of files) {
      try {
        findings.push(...(await lintFile(lint, root, file, blocks)));
      } catch (error) {
        if (error instanceof FileRefused) {
          const params = { file, within: root, limit: '1 MiB', detail: error.detail };
          unreadable.push({ status: 'warn', cause: `lint-file-${error.reason}`, subject: file, params, location: { file, line: 1 } });
          continue;
        }
        unreadable.push({
          status: 'warn',
          cause: 'lint-parse-error',
          subject: file,
          params: { file, error: (error as Error).message.slice(0, 200) },
          location: { file, line: 1 },
        });
      }
    }
    findings.push(...lint.productionFindings(blocks));
    // Git's rules only inside a git work tree: on a server, an app's `.env` beside it is where it belongs.
    if (files.some((f) => /(^|\/)\.env$/.test(f)) && (await inWorkTree(root)) && !(await isEnvIgnored(root))) {
      findings.push({
        cause: 'lint-env-not-ignored',
        status: 'warn',
        file: '.gitignore',
        line: 1,
        params: { file: '.gitignore', line: 1 },
      });
    }
    const outcomes = findings
      .sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status] || a.file.localeCompare(b.file) || a.line - b.line)
      .map((f): Outcome => ({
        status: f.status,
        cause: f.cause,
        params: f.params,
        subject: `${f.file}:${f.line}`,
        location: { file: f.file, line: f.line },
      }));
    const all = [...outcomes, ...unreadable];
    return all.length ? all : { status: 'pass', cause: 'lint-clean', params: { files: files.length, list: files.slice(0, 10).join(', ') } };
  },
};

/** The code lint's bounds: bytes read in all (each file at most 1 MiB), and its share of the run's time. */
const CODE_MAX_TOTAL_BYTES = 32 * 1024 * 1024;
const loadCode = () => import('../lint/code.js');

/**
 * lint.code: the app's own mail code. Every source file is parsed (nothing runs), nodemailer's calls are found
 * through simple bindings, across modules where one imports another's transport directly, and each mistake is
 * reported at its line.
 */
export const codeLintCheck: Check = {
  id: 'lint.code',
  group: 'lint',
  budgetMs: (s) => Math.max(s.timeoutMs, 20_000),
  run: async ({ settings: s, signal }): Promise<Outcome | Outcome[]> => {
    const root = s.runtime.workspace;
    const { files, truncated } = await findSourceFiles(root);
    if (files.length === 0) return { status: 'skip', cause: 'code-no-files', params: { root } };
    const code = await loadCode();
    const modules = new Map<string, ModuleFacts>();
    const notRead = { tsx: 0, 'typescript-unavailable': 0, syntax: 0, large: 0 };
    let bytes = 0;
    let read = 0;
    let stopped = false;
    for (const file of files) {
      if (signal.aborted || bytes > CODE_MAX_TOTAL_BYTES) {
        stopped = true;
        break;
      }
      // Only files that name nodemailer or import a sibling are parsed: most of a repository never sends mail.
      let text: string;
      try {
        ({ text } = await readSafely(join(root, file), { within: [root], maxBytes: CONFIG_FILE_MAX_BYTES }));
      } catch (error) {
        if (!(error instanceof FileRefused)) throw error;
        notRead.large++;
        continue;
      }
      bytes += text.length;
      read++;
      if (!/nodemailer|sendMail|require\(|\bimport\b|\bfrom\s*["'`]/.test(text)) continue;
      try {
        modules.set(file, code.moduleFacts(file, code.parseSource(file, text)));
      } catch (error) {
        if (!(error instanceof code.SourceNotRead)) throw error;
        notRead[error.reason]++;
      }
    }
    // Imports and re-exports, until nothing new is learned (a chain of re-exports is followed; at most 8 links).
    const exportsOf = (from: string) => (specifier: string) => modules.get(resolveImport(from, specifier, modules))?.exportsTransport;
    for (let round = 0; round < 8; round++) {
      let learned = false;
      for (const facts of modules.values()) learned = code.linkImports(facts, exportsOf(facts.file)) || learned;
      if (!learned) break;
    }
    const findings = [...modules.values()].flatMap((facts) => code.codeFindings(facts));
    const outcomes = findings
      .sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status] || a.file.localeCompare(b.file) || a.line - b.line)
      .map((f): Outcome => ({
        status: f.status,
        cause: f.rule,
        params: { file: f.file, line: f.line, ...f.params },
        subject: `${f.file}:${f.line}`,
        location: { file: f.file, line: f.line },
      }));
    const partial: Outcome[] =
      stopped || truncated
        ? [
            {
              status: 'warn',
              cause: 'code-partial',
              params: { read, files: truncated ? `${files.length}+` : files.length, max: MAX_SOURCE_FILES },
            },
          ]
        : [];
    const mailModules = [...modules.values()].filter(
      (m) => m.nodemailer.size + m.createTransport.size + m.transports.size + m.transportProps.size > 0,
    );
    const skipped = notRead.tsx + notRead['typescript-unavailable'] + notRead.syntax + notRead.large;
    const summary = {
      files: files.length,
      mail: mailModules.length,
      list:
        mailModules
          .slice(0, 10)
          .map((m) => m.file)
          .join(', ') || '-',
      skipped,
      tsx: notRead.tsx,
    };
    const all = [...outcomes, ...partial];
    return all.length ? all : { status: 'pass', cause: mailModules.length ? 'code-clean' : 'code-no-mail', params: summary };
  },
};

/** A relative import as a file we read: `./mailer`, `./mailer.js` (a TypeScript source), `./mailer/index`. */
function resolveImport(from: string, specifier: string, known: ReadonlyMap<string, unknown>): string {
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  const stem = base.replace(/\.[cm]?js$/, '');
  const candidates = [
    base,
    ...['.ts', '.js', '.mts', '.mjs', '.cts', '.cjs', '.tsx', '.jsx'].flatMap((ext) => [stem + ext, `${base}/index${ext}`]),
  ];
  return candidates.find((c) => known.has(c)) ?? base;
}

export const LINT_CHECKS = [lintCheck, codeLintCheck] as const;
