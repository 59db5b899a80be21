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
/** Where the person reading is: the action's words are inputs and secrets, the CLI's and a server's are variables and flags. */
export type Audience = 'action' | 'cli';
/**
 * Our texts name settings as action inputs (`email-password`, `smtp-secure: true`). On a server the same
 * setting is an environment variable or a flag (`EMAIL_PASSWORD`, `SMTP_SECURE=true`, `--tls-ca`): the words
 * of where the person is, taken from the input table.
 */
export declare function forAudience(template: string, audience: Audience): string;
export declare function describe(result: Pick<CheckResult, 'id' | 'cause' | 'params'>, language: Language, audience?: Audience): Described;
