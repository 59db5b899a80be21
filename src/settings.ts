// The one place that reads inputs: action inputs or CLI flags, with environment fallbacks,
// turned into one typed settings object. Parsing never throws; bad values become input problems
// that the env checks report, so the summary is always written.
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { rootCertificates } from 'node:tls';
import { domainToASCII } from 'node:url';
import { GROUPS, type FailOn, type Group, type Language } from './types.js';
import { lookupProvider, providerForDomain, editDistance, type ResolvedProvider } from './providers.js';

interface InputSpec {
  env?: string;
  default?: string;
  /** Keep surrounding whitespace: it is itself a finding for secrets. */
  raw?: boolean;
}

/** Every input of action.yml; the CLI reads the same names as --flags. */
export const INPUTS = {
  'email-provider': { env: 'EMAIL_PROVIDER' },
  'email-user': { env: 'EMAIL_USER' },
  'email-password': { env: 'EMAIL_PASSWORD', raw: true },
  'smtp-host': { env: 'SMTP_HOST' },
  'smtp-port': { env: 'SMTP_PORT' },
  'smtp-secure': { env: 'SMTP_SECURE', default: 'auto' },
  'tls-reject-unauthorized': { default: 'true' },
  'tls-ca': {},
  'allow-plaintext-auth': { default: 'false' },
  from: { env: 'EMAIL_FROM' },
  'test-recipient': {},
  'health-url': {},
  'health-attempts': { default: '1' },
  'health-interval': { default: '3' },
  'health-expect': {},
  'health-headers': {},
  'smoke-url': {},
  'smoke-method': { default: 'POST' },
  'smoke-body': {},
  'smoke-headers': {},
  'log-files': {},
  timeout: { default: '10' },
  'fail-on': { default: 'critical' },
  language: { default: 'en' },
  checks: { default: 'all' },
  'config-files': {},
  'dns-servers': {},
  'dkim-selector': {},
  'github-token': {},
  'pr-comment': { default: 'false' },
} satisfies Record<string, InputSpec>;

export type InputName = keyof typeof INPUTS;
/** Inputs read with their whitespace intact. */
export const isRawInput = (name: InputName): boolean => (INPUTS[name] as InputSpec).raw === true;
export const INPUT_NAMES = Object.keys(INPUTS) as InputName[];
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
    const spec: InputSpec = INPUTS[name];
    const tidy = (v: string | undefined): string => (spec.raw ? (v ?? '') : (v ?? '').trim());
    const given = tidy(read(name));
    const fromEnv = spec.env ? tidy(env[spec.env]) : '';
    if (given.trim() !== '') [values[name], sources[name]] = [given, 'input'];
    else if (fromEnv.trim() !== '') [values[name], sources[name]] = [fromEnv, 'env'];
    else [values[name], sources[name]] = [spec.default ?? '', 'default'];
  }
  return { values, sources };
}

export interface InputProblem {
  input: InputName;
  cause: string;
  params?: Record<string, string | number>;
}

export type ProviderChoice =
  | { kind: 'known'; provider: ResolvedProvider; inferred: boolean }
  | { kind: 'custom' }
  | { kind: 'unknown'; name: string; suggestion?: string };

export interface Runtime {
  /** `route`: inside the app, through checkEmailHealth(). */
  mode: 'action' | 'cli' | 'route';
  /** `github-hosted`, `self-hosted`, or `server` for the CLI. */
  runner: string;
  eventName: string;
  /** A pull request whose head is another repository: secrets are empty there. */
  forkPullRequest: boolean;
  /** The pull request's number, 0 outside pull_request events. */
  pullRequestNumber: number;
  nodeEnv: string;
  repository: string;
  runId: string;
  eventPath: string;
  /** Logs scanned when `log-files` is empty (PM2's folder on a server). */
  defaultLogFiles: string[];
  /** The repository (GITHUB_WORKSPACE) or the current folder: where config files are linted. */
  workspace: string;
}

export interface Settings {
  provider: ProviderChoice;
  user: string;
  password: string;
  host: string;
  port: number;
  secure: boolean;
  /** Whether secure was set explicitly (true/false) or derived from the port. */
  secureExplicit: boolean;
  tlsRejectUnauthorized: boolean;
  /** Extra CA certificates (PEM) to trust besides the system store, from `tls-ca`. */
  tlsCa: string[];
  /** Explicit opt-out: AUTH over a connection without TLS. */
  allowPlaintextAuth: boolean;
  /** The From header as given (may hold a display name). */
  fromHeader: string;
  /** The bare address of From (MAIL FROM). */
  from: string;
  testRecipient: string;
  health: { url: string; attempts: number; intervalSeconds: number; expect: string; headers: Record<string, string> };
  smoke: { url: string; method: string; body: string; headers: Record<string, string> };
  /** Globs of application logs to scan for mail errors. */
  logFiles: string[];
  timeoutMs: number;
  failOn: FailOn;
  language: Language;
  /** Groups to run; `checksExplicit` is false for the default `all`. */
  checks: Group[];
  checksExplicit: boolean;
  configFiles: string[];
  dnsServers: string[];
  dkimSelector: string;
  githubToken: string;
  prComment: boolean;
  runtime: Runtime;
  /** A pull request without secrets (a fork, Dependabot): checks that need them are skipped, not failed. */
  secretsWithheld: boolean;
  problems: InputProblem[];
  sources: Record<InputName, InputSource>;
}

const BOOLEAN_WORDS: Record<string, boolean> = { true: true, yes: true, on: true, '1': true, false: false, no: false, off: false, '0': false };
const LANGUAGE_WORDS: Record<string, Language> = { en: 'en', english: 'en', zh: 'zh', cn: 'zh', chinese: 'zh', 中文: 'zh' };
const FAIL_ON = ['critical', 'warning', 'never'] as const;
const MAX_TIMEOUT_SECONDS = 300;
/** Inputs that are lists or bodies; every other value may reach a header and must stay on one line. */
const MULTILINE_INPUTS = new Set<InputName>(['email-password', 'config-files', 'health-headers', 'smoke-headers', 'smoke-body', 'log-files', 'dns-servers']);
const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH'];

export function parseSettings(raw: RawInputs, runtime: Runtime): Settings {
  const v = raw.values;
  const problems: InputProblem[] = [];
  const problem = (input: InputName, cause: string, params?: InputProblem['params']): void => {
    problems.push({ input, cause, params: { input, ...params } });
  };

  const bool = (name: InputName): boolean => {
    const word = BOOLEAN_WORDS[v[name].toLowerCase()];
    if (word === undefined) {
      problem(name, 'input-not-boolean', { value: v[name] });
      return (INPUTS[name] as InputSpec).default === 'true';
    }
    return word;
  };
  const number = (name: InputName, min: number, max: number, integer: boolean): number | undefined => {
    const text = v[name];
    if (text === '') return undefined;
    const n = Number(text);
    if (!/^[+]?\d+(\.\d+)?$/.test(text) || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
      problem(name, integer ? 'input-not-integer' : 'input-not-number', { value: v[name], min, max });
      return undefined;
    }
    return n;
  };

  for (const name of INPUT_NAMES) {
    if (!MULTILINE_INPUTS.has(name) && /[\r\n]/.test(v[name])) problem(name, 'input-has-newline');
  }

  const user = v['email-user'].trim();
  const userDomain = domainOf(user);

  let provider: ProviderChoice;
  if (v['email-provider'] === '') {
    const owner = providerForDomain(userDomain);
    provider = owner ? { kind: 'known', provider: owner, inferred: true } : { kind: 'custom' };
  } else {
    const found = lookupProvider(v['email-provider']);
    provider = found.kind === 'known' ? { kind: 'known', provider: found.provider, inferred: false }
      : found.kind === 'custom' ? found : { kind: 'unknown', name: v['email-provider'], suggestion: found.suggestion };
  }
  const preset = provider.kind === 'known' ? provider.provider : undefined;

  const host = parseHost(v['smtp-host'], (cause, params) => problem('smtp-host', cause, params)) || preset?.host || '';
  const secureWord = v['smtp-secure'].toLowerCase();
  let secureSetting: boolean | 'auto' = 'auto';
  if (secureWord !== 'auto' && secureWord !== '') {
    const word = BOOLEAN_WORDS[secureWord];
    if (word === undefined) problem('smtp-secure', 'input-not-enum', { value: v['smtp-secure'], allowed: 'auto, true, false' });
    else secureSetting = word;
  }
  const givenPort = number('smtp-port', 1, 65535, true);
  const port = givenPort ?? preset?.port ?? (secureSetting === true ? 465 : 587);
  const secure = secureSetting === 'auto' ? port === 465 : secureSetting;

  const timeoutSeconds = number('timeout', 1, MAX_TIMEOUT_SECONDS, false) ?? 10;
  const failOn = (FAIL_ON as readonly string[]).includes(v['fail-on'].toLowerCase()) ? (v['fail-on'].toLowerCase() as FailOn) : undefined;
  if (!failOn) problem('fail-on', 'input-not-enum', { value: v['fail-on'], allowed: FAIL_ON.join(', ') });
  const language = LANGUAGE_WORDS[v.language.toLowerCase().replace(/[-_].*$/, '')];
  if (!language) problem('language', 'input-not-enum', { value: v.language, allowed: 'en, zh' });

  const { groups, explicit } = parseChecks(v.checks, (cause, params) => problem('checks', cause, params));

  // A URL that does not parse is reported once, here, and not requested.
  const url = (name: InputName): string => {
    if (v[name] === '' || isHttpUrl(v[name])) return v[name];
    problem(name, 'input-not-url', { value: v[name] });
    return '';
  };
  const healthUrl = url('health-url');
  const smokeUrl = url('smoke-url');
  const smokeMethod = v['smoke-method'].toUpperCase();
  if (!HTTP_METHODS.includes(smokeMethod)) problem('smoke-method', 'input-not-enum', { value: v['smoke-method'], allowed: HTTP_METHODS.join(', ') });
  const headers = (name: InputName): Record<string, string> => parseHeaders(v[name], (cause, params) => problem(name, cause, params));

  // A resolver that is not an address is reported and left out: setServers() would throw on it.
  const dnsServers = splitList(v['dns-servers']).filter((server) => {
    if (isResolverAddress(server)) return true;
    problem('dns-servers', 'input-not-ip', { value: server });
    return false;
  });
  const selector = v['dkim-selector'];
  if (selector !== '' && (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(selector) || /_domainkey/i.test(selector))) {
    problem('dkim-selector', 'input-bad-selector', { value: v['dkim-selector'] });
  }

  const fromHeader = v.from || user;
  return {
    provider,
    user,
    password: v['email-password'],
    host,
    port,
    secure,
    secureExplicit: secureSetting !== 'auto',
    tlsRejectUnauthorized: bool('tls-reject-unauthorized'),
    tlsCa: readCaFile(v['tls-ca'], (cause, params) => problem('tls-ca', cause, params)),
    allowPlaintextAuth: bool('allow-plaintext-auth'),
    fromHeader,
    from: extractAddress(fromHeader),
    testRecipient: v['test-recipient'],
    health: {
      url: healthUrl,
      attempts: number('health-attempts', 1, 50, true) ?? 1,
      intervalSeconds: number('health-interval', 0, 300, false) ?? 3,
      expect: v['health-expect'],
      headers: headers('health-headers'),
    },
    smoke: { url: smokeUrl, method: smokeMethod, body: v['smoke-body'], headers: headers('smoke-headers') },
    logFiles: v['log-files'] ? splitList(v['log-files']) : runtime.defaultLogFiles,
    timeoutMs: Math.round(timeoutSeconds * 1000),
    failOn: failOn ?? 'critical',
    language: language ?? 'en',
    checks: groups,
    checksExplicit: explicit,
    configFiles: splitList(v['config-files']),
    dnsServers,
    dkimSelector: v['dkim-selector'],
    githubToken: v['github-token'],
    prComment: bool('pr-comment'),
    runtime,
    secretsWithheld: v['email-password'].trim() === '' && (runtime.eventName === 'pull_request' || runtime.forkPullRequest),
    problems,
    sources: raw.sources,
  };
}

/** PEM certificates from a file, added to the system's trusted roots (tls.rootCertificates). */
function readCaFile(path: string, problem: (cause: string, params: InputProblem['params']) => void): string[] {
  if (path === '') return [];
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    problem('input-file-unreadable', { value: path, error: (error as NodeJS.ErrnoException).code ?? 'error' });
    return [];
  }
  const certificates = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (certificates.length === 0) problem('input-not-pem', { value: path });
  return certificates.length ? [...rootCertificates, ...certificates] : [];
}

/** `Name: value` lines. Values are secrets (auth headers): the caller registers them for masking. */
export function parseHeaders(text: string, problem?: (cause: string, params: InputProblem['params']) => void): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    if (colon < 1 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      problem?.('input-bad-header', { line: name || line.slice(0, 20) });
      continue;
    }
    headers[name] = line.slice(colon + 1).trim();
  }
  return headers;
}

function splitList(text: string): string[] {
  return text.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
}

function parseChecks(text: string, problem: (cause: string, params: InputProblem['params']) => void): { groups: Group[]; explicit: boolean } {
  const names = splitList(text.toLowerCase());
  if (names.length === 0 || names.includes('all')) return { groups: [...GROUPS], explicit: false };
  const groups: Group[] = [];
  for (const name of names) {
    if ((GROUPS as readonly string[]).includes(name)) groups.push(name as Group);
    else {
      const suggestion = GROUPS.find((g) => editDistance(g, name) <= 2);
      problem('input-unknown-check', { value: name, allowed: GROUPS.join(', '), suggestion: suggestion ?? '' });
    }
  }
  return { groups: groups.length ? [...new Set(groups)] : [...GROUPS], explicit: groups.length > 0 };
}

/** Accepts a hostname or IP; rejects the usual mistakes (scheme, port, path) with a specific cause. */
function parseHost(text: string, problem: (cause: string, params: InputProblem['params']) => void): string {
  if (text === '') return '';
  const bracketless = text.replace(/^\[(.*)\]$/, '$1');
  if (isIP(bracketless)) return bracketless;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    problem('input-host-has-scheme', { value: text, host: text.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/[:/].*$/, '') });
    return '';
  }
  if (/^[^:\s]+:\d+$/.test(text)) {
    problem('input-host-has-port', { value: text, host: text.split(':')[0] ?? '' });
    return '';
  }
  // The WHATWG parser behind domainToASCII silently cuts at '/', '?', '#' and '\\': refuse those first.
  if (/[/\\?#@\s]/.test(text)) {
    problem('input-not-host', { value: text });
    return '';
  }
  const ascii = domainToASCII(text);
  const labels = ascii.replace(/\.$/, '').split('.');
  const valid = ascii.length > 0 && ascii.length <= 253 && labels.every((l) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(l));
  if (!valid) {
    problem('input-not-host', { value: text });
    return '';
  }
  return ascii.replace(/\.$/, '');
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function isResolverAddress(text: string): boolean {
  const match = /^\[?([^\]]+?)\]?(?::(\d{1,5}))?$/.exec(text);
  if (isIP(text)) return true;
  if (!match?.[1] || !isIP(match[1])) return false;
  return match[2] === undefined || (Number(match[2]) > 0 && Number(match[2]) < 65536);
}

/** The bare address of `Name <addr>` or `addr`. */
export function extractAddress(header: string): string {
  const angle = /<([^<>]*)>\s*$/.exec(header);
  return (angle?.[1] ?? header).trim();
}

/** A practical check for an addr-spec: one @, a dotted domain, no spaces or header syntax. */
export function isEmailAddress(text: string): boolean {
  if (text.length > 254 || /[\s<>(),;:"\\[\]]/.test(text)) return false;
  const at = text.lastIndexOf('@');
  if (at < 1 || at !== text.indexOf('@')) return false;
  const local = text.slice(0, at);
  if (/[/?#]/.test(text.slice(at + 1))) return false;
  const domain = domainToASCII(text.slice(at + 1));
  if (local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((l) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(l)) && /[a-z]/i.test(labels.at(-1) ?? '');
}

/** Our provider id (qq, 163, gmail, ...) when the provider is a known one: the diagnosis keys on it. */
export function providerIdOf(s: Settings): string | undefined {
  return s.provider.kind === 'known' ? s.provider.provider.id : undefined;
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at >= 0 ? address.slice(at + 1).toLowerCase() : '';
}
