// Runs the whole engine in-process against local servers and times it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_CHECKS } from '../../src/checks/index.js';
import { runChecks, type RunOptions } from '../../src/engine.js';
import type { CheckResult } from '../../src/types.js';
import type { Runtime } from '../../src/settings/settings.js';
import { actionRuntimeFor, settingsFrom, type Inputs } from './settings.js';

export interface TimedRun {
  results: CheckResult[];
  elapsedMs: number;
  get(id: string): CheckResult;
}

export async function runAll(inputs: Inputs, runtime: Partial<Runtime> = {}, options: RunOptions = {}): Promise<TimedRun> {
  const started = performance.now();
  const results = await runChecks(ALL_CHECKS, settingsFrom(inputs, {}, actionRuntimeFor(runtime)), options);
  const elapsedMs = performance.now() - started;
  return {
    results,
    elapsedMs,
    get(id: string): CheckResult {
      const found = results.find((r) => r.id === id);
      if (!found) throw new Error(`no result ${id} in ${results.map((r) => r.id).join(', ')}`);
      return found;
    },
  };
}

export function writeTemp(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'edc-')), name);
  writeFileSync(file, content);
  return file;
}
