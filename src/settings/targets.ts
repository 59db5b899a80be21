// The `targets` list: several mail servers in one run, the primary first, the backups after it in order. Each
// item is a mapping of the input table's names for one mail server; everything else is the step's own.
import { TARGETS_WORDS, type TargetsProblem } from '../i18n/targets.js';
import type { Language, Words } from '../i18n/text.js';
import { secretVariants } from '../secrets.js';
import { INPUT_NAMES, specOf, type InputName } from './inputs.js';
import type { RawInputs } from './read.js';

/** What one item may set: the mail server and its credentials. Checks, timeouts, TLS policy, the recipient and the language are the step's. */
export const TARGET_INPUTS = [
  'email-provider',
  'email-user',
  'email-password',
  'smtp-host',
  'smtp-port',
  'smtp-secure',
  'from',
  'dkim-selector',
  'oauth2-client-id',
  'oauth2-client-secret',
  'oauth2-refresh-token',
  'oauth2-access-token',
  'oauth2-token-url',
] as const satisfies readonly InputName[];

export const MAX_TARGETS = 8;
const MAX_TARGETS_BYTES = 64 * 1024;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

export interface TargetSpec {
  /** Its name in the report and in alerts. */
  name: string;
  values: Partial<Record<InputName, string>>;
}

/** A list the run cannot use: said in the step's language, never quoting a value of the list (it holds passwords). */
export class TargetsError extends Error {
  readonly words: Words;
  constructor(problem: TargetsProblem, params: Record<string, string | number> = {}) {
    const fill = (template: string): string => template.replace(/\{(\w+)\}/g, (whole, key: string) => String(params[key] ?? whole));
    const words = TARGETS_WORDS[problem];
    super(fill(words.en));
    this.words = { en: fill(words.en), zh: fill(words.zh) };
  }
  say(language: Language): string {
    return this.words[language];
  }
}

const isTargetInput = (key: string): key is (typeof TARGET_INPUTS)[number] => (TARGET_INPUTS as readonly string[]).includes(key);

/**
 * Reads the list (YAML, of which JSON is a part). Throws a TargetsError for a list the run cannot use; an empty
 * text is no list. The parser's own messages are not passed on: they quote the offending line.
 */
export async function parseTargets(text: string): Promise<TargetSpec[]> {
  if (text.trim() === '') return [];
  if (Buffer.byteLength(text) > MAX_TARGETS_BYTES) throw new TargetsError('tooLarge', { limit: '64 KiB' });
  const { LineCounter, parseDocument } = await import('yaml');
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const at = lines.linePos(error.pos[0]);
    throw new TargetsError('notYaml', { where: `line ${at.line}, column ${at.col}` });
  }
  const list: unknown = document.toJS({ maxAliasCount: 0 });
  if (!Array.isArray(list) || list.length === 0) throw new TargetsError('notList');
  if (list.length > MAX_TARGETS) throw new TargetsError('tooMany', { count: list.length, max: MAX_TARGETS });
  const targets = list.map((item: unknown, index) => targetOf(item, index));
  const seen = new Set<string>();
  for (const t of targets) {
    if (seen.has(t.name.toLowerCase())) throw new TargetsError('duplicateName', { name: t.name });
    seen.add(t.name.toLowerCase());
  }
  return targets;
}

function targetOf(item: unknown, index: number): TargetSpec {
  const at = { item: index + 1 };
  if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new TargetsError('notMapping', at);
  const values: Partial<Record<InputName, string>> = {};
  let name: string | undefined;
  for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
    if (value !== null && typeof value === 'object') throw new TargetsError('notScalar', { ...at, key: NAME.test(key) ? key : '?' });
    const text = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
    if (key === 'name') {
      if (!NAME.test(text.trim())) throw new TargetsError('badName', at);
      name = text.trim();
    } else if (isTargetInput(key)) {
      values[key] = specOf(key).kind === 'secret' ? text : text.trim();
    } else {
      const allowed = ['name', ...TARGET_INPUTS].join(', ');
      // A key is quoted only when it looks like an input name: a value pasted as a key must not be printed.
      throw /^[a-z][a-z0-9-]{0,39}$/.test(key) && INPUT_NAMES.includes(key as InputName)
        ? new TargetsError('unknownKey', { ...at, key, allowed })
        : new TargetsError('unnamedKey', { ...at, allowed });
    }
  }
  if (!values['email-provider'] && !values['smtp-host']) throw new TargetsError('empty', at);
  return { name: name ?? defaultName(values, index), values };
}

function defaultName(values: Partial<Record<InputName, string>>, index: number): string {
  const base = (values['email-provider'] || values['smtp-host'] || 'target').replace(/[^A-Za-z0-9._-]/g, '').slice(0, 30);
  return `${base || 'target'}-${index + 1}`;
}

/**
 * The step's inputs as one target sees them: its own mail server and credentials, nothing of the step's (an item
 * that sets no password has none: a backup never logs in with the primary's secret), and the step's everything else.
 */
export function targetInputs(step: RawInputs, target: TargetSpec): RawInputs {
  const values = { ...step.values };
  const sources = { ...step.sources };
  for (const name of TARGET_INPUTS) {
    const own = target.values[name];
    if (own !== undefined && own.trim() !== '') [values[name], sources[name]] = [own, 'input'];
    else [values[name], sources[name]] = [specOf(name).default ?? '', 'default'];
  }
  values.targets = '';
  return { values, sources };
}

/** Every secret inside the list, in every form, each password with the login it belongs to. */
export function targetSecrets(targets: readonly TargetSpec[]): string[] {
  return targets.flatMap((t) =>
    TARGET_INPUTS.filter((name) => specOf(name).kind === 'secret').flatMap((name) =>
      secretVariants(t.values[name] ?? '', name === 'email-password' ? (t.values['email-user'] ?? '') : undefined),
    ),
  );
}
