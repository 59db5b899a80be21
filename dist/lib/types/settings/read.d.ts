import { type InputName } from './inputs.js';
export type InputSource = 'input' | 'env' | 'default';
export interface RawInputs {
    values: Record<InputName, string>;
    sources: Record<InputName, InputSource>;
}
/**
 * Reads every input through `read` (core.getInput for the action, flags for the CLI),
 * falling back to the environment variable named in INPUTS, then to the default.
 */
export declare function readRawInputs(read: (name: InputName) => string | undefined, env: NodeJS.ProcessEnv): RawInputs;
