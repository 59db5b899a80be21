import type { Cause } from '../i18n/causes.js';
import { type Params } from '../types.js';
import type { RawInputs } from './read.js';
import type { Runtime, Settings } from './settings.js';
type Problem = (cause: Cause, params?: Params) => void;
export declare function parseSettings(raw: RawInputs, runtime: Runtime): Settings;
/** `Name: value` lines. Values are secrets (auth headers): the caller registers them for masking. */
export declare function parseHeaders(text: string, problem?: Problem): Record<string, string>;
export {};
