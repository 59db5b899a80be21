import { cliRuntime, actionRuntime } from '../../src/runtime.js';
import { parseSettings, readRawInputs, type InputName, type Runtime, type Settings } from '../../src/settings.js';

export type Inputs = Partial<Record<InputName, string>>;

export function actionRuntimeFor(overrides: Partial<Runtime> = {}): Runtime {
  return { ...actionRuntime({}), ...overrides };
}

/** Settings exactly as the action would parse them from these inputs (and environment). */
export function settingsFrom(inputs: Inputs, env: NodeJS.ProcessEnv = {}, runtime: Runtime = actionRuntimeFor()): Settings {
  return parseSettings(readRawInputs((name) => inputs[name], env), runtime);
}

export function cliSettingsFrom(inputs: Inputs, env: NodeJS.ProcessEnv = {}): Settings {
  return parseSettings(readRawInputs((name) => inputs[name], env), cliRuntime(env));
}
