// The one reader: action inputs or CLI flags, with environment fallbacks, then the table's defaults.
import { INPUT_NAMES, isRawInput, specOf, type InputName } from './inputs.js';

export type InputSource = 'input' | 'env' | 'default';

export interface RawInputs {
  values: Record<InputName, string>;
  sources: Record<InputName, InputSource>;
}

/**
 * Reads every input through `read` (core.getInput for the action, flags for the CLI),
 * falling back to the environment variable named in INPUTS, then to the default.
 */
export function readRawInputs(read: (name: InputName) => string | undefined, env: NodeJS.ProcessEnv): RawInputs {
  const values = {} as Record<InputName, string>;
  const sources = {} as Record<InputName, InputSource>;
  for (const name of INPUT_NAMES) {
    const spec = specOf(name);
    const tidy = (v: string | undefined): string => (isRawInput(name) ? (v ?? '') : (v ?? '').trim());
    const given = tidy(read(name));
    const fromEnv = spec.env ? tidy(env[spec.env]) : '';
    if (given.trim() !== '') [values[name], sources[name]] = [given, 'input'];
    else if (fromEnv.trim() !== '') [values[name], sources[name]] = [fromEnv, 'env'];
    else [values[name], sources[name]] = [spec.default ?? '', 'default'];
  }
  return { values, sources };
}
