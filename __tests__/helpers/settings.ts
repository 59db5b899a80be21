import { tmpdir } from 'node:os';
import { cliRuntime, actionRuntime } from '../../src/runtime.js';
import { parseSettings } from '../../src/settings/parse.js';
import { readRawInputs } from '../../src/settings/read.js';
import type { InputName } from '../../src/settings/inputs.js';
import type { Runtime, Settings } from '../../src/settings/settings.js';

export type Inputs = Partial<Record<InputName, string>>;

/** The action's runtime as on a runner whose temp folder (RUNNER_TEMP) is the system's: tests write their CA files there. */
export function actionRuntimeFor(overrides: Partial<Runtime> = {}): Runtime {
  return { ...actionRuntime({ RUNNER_TEMP: tmpdir() }), ...overrides };
}

/** Settings exactly as the action would parse them from these inputs (and environment). */
export function settingsFrom(inputs: Inputs, env: NodeJS.ProcessEnv = {}, runtime: Runtime = actionRuntimeFor()): Settings {
  return parseSettings(
    readRawInputs((name) => inputs[name], env),
    runtime,
  );
}

export function cliSettingsFrom(inputs: Inputs, env: NodeJS.ProcessEnv = {}): Settings {
  return parseSettings(
    readRawInputs((name) => inputs[name], env),
    cliRuntime(env),
  );
}
