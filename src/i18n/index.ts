// Renders results into words. Reporters call describe(); checks never do.
import type { CheckResult, Params } from '../types.js';
import { Text } from '../untrusted.js';
import { CHECK_TITLES, causeWords, isCheckId } from './causes.js';
import type { Language, Words } from './text.js';
import { GROUP_TITLES, UI } from './ui.js';
import { INPUT_NAMES, specOf, type InputName } from '../settings/inputs.js';

export { GROUP_TITLES, UI };
export type { Language, Words };

export function pick(text: Words, language: Language): string {
  return text[language];
}

/** What the results describe, given where the checks ran. */
export function whereText(runner: string, language: Language): string {
  const known = runner === 'github-hosted' || runner === 'self-hosted' || runner === 'server' ? runner : 'self-hosted';
  return pick(UI.runner[known], language);
}

export function interpolate(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (params[name] === undefined ? '' : String(params[name])));
}

/** `pick` and `interpolate` in one: a phrase in the report's language with its values filled in. */
export function say(text: Words, language: Language, params: Params = {}): string {
  return interpolate(text[language], params);
}

/** A result in words: our templates, with every value they quote kept apart as theirs. */
export interface Described {
  title: Text;
  text: Text;
  fix?: Text;
}

/**
 * A title for a check id. The part after `:` names what the result is about (a file and line, an input, an
 * item of the server's report): it may come from a file or a server, so it is theirs.
 */
function titleOf(id: string, language: Language, own?: string): Text {
  const [baseId = id, ...rest] = id.split(':');
  const subjectId = rest.join(':');
  // An item of the server's report keeps its own title: it is shown in the server's section, without a prefix.
  if (baseId === 'server.report' && subjectId) {
    const [innerId = subjectId] = subjectId.split(':');
    return isCheckId(innerId) ? Text.ours(CHECK_TITLES[innerId][language]) : Text.theirs(subjectId);
  }
  const title = Text.ours(own ?? (isCheckId(baseId) ? CHECK_TITLES[baseId][language] : baseId));
  return subjectId ? title.concat(' (', Text.theirs(subjectId), ')') : title;
}

/** Where the person reading is: the action's words are inputs and secrets, the CLI's and a server's are variables and flags. */
export type Audience = 'action' | 'cli';

/**
 * Our texts name settings as action inputs (`email-password`, `smtp-secure: true`). On a server the same
 * setting is an environment variable or a flag (`EMAIL_PASSWORD`, `SMTP_SECURE=true`, `--tls-ca`): the words
 * of where the person is, taken from the input table.
 */
export function forAudience(template: string, audience: Audience): string {
  if (audience === 'action') return template;
  return template.replace(/`([a-z][a-z-]*[a-z])(?:: ([^`]+))?`/g, (whole, name: string, value?: string) => {
    if (!(INPUT_NAMES as readonly string[]).includes(name)) return whole;
    const env = specOf(name as InputName).env;
    if (env) return value === undefined ? `\`${env}\`` : `\`${env}=${value}\``;
    return value === undefined ? `\`--${name}\`` : `\`--${name} ${value}\``;
  });
}

/**
 * A param that names one of our checks (`check: 'smtp.greeting'`, or a result of one, `env.inputs:smtp-port`) is
 * said by its title, `{checkTitle}`, in the language; anything else by itself, never by nothing.
 */
function withTitles(params: Params, language: Language): Params {
  if (typeof params.check !== 'string') return params;
  const [id = '', subject] = params.check.split(':');
  if (!isCheckId(id)) return { ...params, checkTitle: params.check };
  return { ...params, checkTitle: subject ? `${CHECK_TITLES[id][language]} (${subject})` : CHECK_TITLES[id][language] };
}

export function describe(
  result: Pick<CheckResult, 'id' | 'cause' | 'params'>,
  language: Language,
  audience: Audience = 'action',
): Described {
  const words = causeWords(result.cause)[language];
  const params = withTitles(result.params, language);
  const fix = 'fix' in words && words.fix !== undefined ? Text.fill(forAudience(words.fix, audience), params) : undefined;
  return {
    title: titleOf(result.id, language, words.title),
    text: Text.fill(forAudience(words.text, audience), params),
    ...(fix && !fix.isEmpty ? { fix } : {}),
  };
}
