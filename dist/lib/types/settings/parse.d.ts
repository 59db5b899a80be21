import type { Cause } from '../i18n/causes.js';
import { type Language, type Params } from '../types.js';
import type { RawInputs } from './read.js';
import type { Runtime, Settings } from './settings.js';
type Problem = (cause: Cause, params?: Params) => void;
/** The language a value asks for, also before the settings are parsed (a crash can happen before); English otherwise. */
export declare function languageOf(value: string): Language;
export declare function parseSettings(raw: RawInputs, runtime: Runtime): Settings;
/** `Name: value` lines. Values are secrets (auth headers): the caller registers them for masking. */
export declare function parseHeaders(text: string, problem?: Problem): Record<string, string>;
/**
 * `/source/flags` as a regular expression; plain text as the text itself (`plainIsText`, matched case-blind) or as
 * an expression's source. An expression that does not compile is an input problem, never a throw.
 */
export declare function parseExpression(text: string, plainIsText: boolean, problem: (cause: Cause, params: Params) => void): RegExp | undefined;
export {};
