// lint: configuration mistakes in the repository's files, each at its file and line. No secrets needed.
import { join } from 'node:path';
import type { Check } from '../engine.js';
import { DEFAULT_CONFIG_FILES, findConfigFiles, inWorkTree, isEnvIgnored, isTracked } from '../lint/files.js';
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

export const LINT_CHECKS = [lintCheck] as const;
