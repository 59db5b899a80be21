// Renders results into words. Reporters call describe(); checks never do.
import type { CheckResult, Params } from '../types.js';
import { CHECK_TITLES, causeWords, isCheckId } from './causes.js';
import type { Language, Words } from './text.js';
import { GROUP_TITLES, UI } from './ui.js';

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

export interface Described {
  title: string;
  text: string;
  fix?: string;
}

/** A title for a check id, or for an item of a server report (which may come from another version). */
function titleOf(id: string, language: Language): string {
  const [baseId = id, ...rest] = id.split(':');
  const subjectId = rest.join(':');
  if (baseId === 'server.report' && subjectId) {
    const [innerId = subjectId] = subjectId.split(':');
    const inner = isCheckId(innerId) ? CHECK_TITLES[innerId][language] : subjectId;
    return `${GROUP_TITLES.server[language]}: ${inner}`;
  }
  const title = isCheckId(baseId) ? CHECK_TITLES[baseId][language] : baseId;
  return title + (subjectId ? ` (${subjectId})` : '');
}

export function describe(result: Pick<CheckResult, 'id' | 'cause' | 'params'>, language: Language): Described {
  const title = titleOf(result.id, language);
  const words = causeWords(result.cause)[language];
  return {
    title,
    text: interpolate(words.text, result.params),
    fix: 'fix' in words && words.fix !== undefined ? interpolate(words.fix, result.params) : undefined,
  };
}
