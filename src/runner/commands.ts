// The runner's side of the action: inputs, workflow commands, outputs and the job summary, in exactly the forms
// @actions/core 3.x writes them (a unit test holds them byte for byte to the library's). Written here rather than
// imported because @actions/core loads its OIDC client, @actions/http-client and undici when it is imported: the
// action's first check waited for about a megabyte of modules it never uses. The runner's contract is small and
// documented (workflow commands, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY); what we write into it is ours to encode
// (report/encode.ts), and this module only frames it.
import { appendFileSync, constants, existsSync } from 'node:fs';
import { access, appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
}

/** The runner's own escaping of a command's message (`%`, CR, LF). */
const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** The runner's escaping of a command's property value (`:` and `,` too). */
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

function issue(command: string, message: string, properties: Record<string, string | number | undefined> = {}): void {
  // As the library: a space after the command whenever properties were given, set ones only after it.
  const given = Object.keys(properties).length > 0;
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  process.stdout.write(`::${command}${given ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

/** `INPUT_<NAME>` as the runner sets it (upper-cased, spaces as underscores, dashes kept); trimmed unless asked not to. */
export function getInput(name: string, env: NodeJS.ProcessEnv, trim = true): string {
  const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
  return trim ? value.trim() : value;
}

export const setSecret = (secret: string): void => issue('add-mask', secret);
export const info = (line: string): void => void process.stdout.write(`${line}${EOL}`);
export const startGroup = (name: string): void => issue('group', name);
export const endGroup = (): void => issue('endgroup', '');

const annotation =
  (kind: 'error' | 'warning' | 'notice') =>
  (message: string, where: AnnotationProperties = {}): void =>
    issue(kind, message, Object.keys(where).length ? { title: where.title, file: where.file, line: where.startLine } : {});
export const error = annotation('error');
export const warning = annotation('warning');
export const notice = annotation('notice');

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** 32 random hex digits in the 8-4-4-4-12 shape of a UUID. */
function uuidShaped(): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One output, appended to GITHUB_OUTPUT between random delimiters (the old `::set-output` command without it). */
export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_OUTPUT ?? '';
  if (file === '') {
    process.stdout.write(EOL);
    return issue('set-output', value, { name });
  }
  // The delimiter needs no secrecy, only absence: one the value contains is never used (the library throws instead;
  // we pick another). So it comes from Math.random, and node:crypto is not loaded for it (about 8 ms at start-up).
  let delimiter = `ghadelimiter_${uuidShaped()}`;
  while (name.includes(delimiter) || value.includes(delimiter)) delimiter = `ghadelimiter_${uuidShaped()}`;
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/** Appends to the job summary (GITHUB_STEP_SUMMARY), as `core.summary.write()` does. */
export async function appendSummary(html: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const file = env.GITHUB_STEP_SUMMARY ?? '';
  if (file === '') throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY.');
  await access(file, constants.R_OK | constants.W_OK);
  await appendFile(file, html, { encoding: 'utf8' });
}
