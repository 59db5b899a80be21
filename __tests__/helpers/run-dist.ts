// Runs the built bundles as the runner (or a shell) would: a child process with INPUT_* variables,
// GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files. Nothing here mocks the code under test.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** A bundle of src/ as it stands, built by the test run's global setup: end-to-end suites never run stale code. */
export const DIST = join(ROOT, 'build', 'e2e-dist');
export const ACTION = join(DIST, 'index.js');
export const CLI = join(DIST, 'cli', 'index.js');

export interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
}

export interface ActionRun extends ProcessRun {
  summary: string;
  outputs: Record<string, string>;
  /** stdout without the `::add-mask::` commands, which the runner consumes and never shows. */
  visibleStdout: string;
}

/** The environment a child starts with: PATH and HOME only, so the developer's variables do not leak in. */
export function baseEnv(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, NODE_OPTIONS: '' };
}

export function runProcess(
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<ProcessRun> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { env, cwd: options.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('close', (code) => {
      clearTimeout(killer);
      done({ code, stdout, stderr, elapsedMs: performance.now() - started });
    });
  });
}

/** Runs dist/index.js with `inputs` as INPUT_<NAME> variables (names upper-cased, dashes kept). */
export async function runAction(inputs: Record<string, string>, extraEnv: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'edc-action-'));
  const summaryFile = join(dir, 'summary.md');
  const outputFile = join(dir, 'output.txt');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const env: NodeJS.ProcessEnv = {
    ...baseEnv(),
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_ENVIRONMENT: 'github-hosted',
    // As on a runner: files a step writes (a CA bundle) live in RUNNER_TEMP.
    RUNNER_TEMP: tmpdir(),
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const run = await runProcess([ACTION], env, { cwd: dir });
  const summary = readFileSync(summaryFile, 'utf8');
  const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  return {
    ...run,
    summary,
    outputs,
    visibleStdout: run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
  };
}

/** Parses the `name<<delimiter ... delimiter` blocks @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    outputs[name!] = value.join('\n');
  }
  return outputs;
}

export async function runCliProcess(args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string): Promise<ProcessRun> {
  // A folder of our own is removed after the run; one the caller gave is the caller's.
  const own = cwd ? undefined : mkdtempSync(join(tmpdir(), 'edc-cli-'));
  try {
    return await runProcess([CLI, ...args], { ...baseEnv(), ...env }, { cwd: cwd ?? own });
  } finally {
    if (own) rmSync(own, { recursive: true, force: true });
  }
}

/** Every encoding a leaked secret could take in output. */
export function leakedForms(secret: string, user: string): string[] {
  const b = Buffer.from(secret);
  return [
    secret,
    b.toString('base64'),
    encodeURIComponent(secret),
    b.toString('hex'),
    Buffer.from(`\u0000${user}\u0000${secret}`).toString('base64'),
  ];
}
