import type { CheckResult, Params } from '../types.js';
import { Text } from '../untrusted.js';
import type { Language, Words } from './text.js';
import { GROUP_TITLES, UI } from './ui.js';
export { GROUP_TITLES, UI };
export type { Language, Words };
export declare function pick(text: Words, language: Language): string;
/** What the results describe, given where the checks ran. */
export declare function whereText(runner: string, language: Language): string;
export declare function interpolate(template: string, params: Params): string;
/** `pick` and `interpolate` in one: a phrase in the report's language with its values filled in. */
export declare function say(text: Words, language: Language, params?: Params): string;
/** A result in words: our templates, with every value they quote kept apart as theirs. */
export interface Described {
    title: Text;
    text: Text;
    fix?: Text;
}
export declare function describe(result: Pick<CheckResult, 'id' | 'cause' | 'params'>, language: Language): Described;
