// The parser: raw input strings into typed settings. It never throws; a bad value becomes an input
// problem that the env checks report, so the summary is always written.
import { domainToASCII } from 'node:url';
import type { Cause } from '../i18n/causes.js';
import { GROUPS, type FailOn, type Group, type Language, type Params } from '../types.js';
import { editDistance, lookupProvider, providerForDomain } from '../providers.js';
import { domainOf, extractAddress } from './address.js';
import { defaultNumber, INPUT_NAMES, isMultiline, specOf, type InputName } from './inputs.js';
import type { RawInputs } from './read.js';
import { CONFIG_FILE_MAX_BYTES, FileRefused, readSafelySync } from '../safe-file.js';
import type { InputProblem, OAuth2Settings, ProviderChoice, Runtime, Settings } from './settings.js';

type Problem = (cause: Cause, params?: Params) => void;

const BOOLEAN_WORDS: Record<string, boolean> = {
  true: true,
  yes: true,
  on: true,
  '1': true,
  false: false,
  no: false,
  off: false,
  '0': false,
};
const LANGUAGE_WORDS: Record<string, Language> = { en: 'en', english: 'en', zh: 'zh', cn: 'zh', chinese: 'zh', 中文: 'zh' };

/** The language a value asks for, also before the settings are parsed (a crash can happen before); English otherwise. */
export function languageOf(value: string): Language {
  return (
    LANGUAGE_WORDS[
      value
        .trim()
        .toLowerCase()
        .replace(/[-_].*$/, '')
    ] ?? 'en'
  );
}
const enumValues = (name: InputName): readonly string[] => specOf(name).values ?? [];

/** Inputs that say the run is about an SMTP account, and the groups that need one. */
const SMTP_INPUTS: readonly InputName[] = [
  'email-provider',
  'email-user',
  'email-password',
  'smtp-host',
  'smtp-port',
  'from',
  'test-recipient',
];
const SMTP_GROUPS: readonly Group[] = ['env', 'dns', 'tcp', 'tls', 'smtp', 'send', 'deliverability'];
/** Inputs that say the run is about a deployment: the app's endpoints and logs, the repository's config. */
const DEPLOYMENT_INPUTS: readonly InputName[] = ['health-url', 'smoke-url', 'log-files', 'config-files', 'app-mail'];

export function parseSettings(raw: RawInputs, runtime: Runtime): Settings {
  const problems: InputProblem[] = [];
  const problem = (input: InputName, cause: Cause, params?: Params): void => {
    problems.push({ input, cause, params: { input, ...params } });
  };

  const bool = (name: InputName): boolean => {
    const word = BOOLEAN_WORDS[v[name].toLowerCase()];
    if (word === undefined) {
      problem(name, 'input-not-boolean', { value: v[name] });
      return specOf(name).default === 'true';
    }
    return word;
  };
  /** The value within the table's bounds; out of them, a problem and the table's default. */
  const number = (name: InputName): number | undefined => {
    const { kind, min = -Infinity, max = Infinity } = specOf(name);
    const integer = kind === 'integer';
    const text = v[name];
    if (text === '') return undefined;
    const n = Number(text);
    if (!/^[+]?\d+(\.\d+)?$/.test(text) || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
      problem(name, integer ? 'input-not-integer' : 'input-not-number', { value: v[name], min, max });
      return undefined;
    }
    return n;
  };

  // A line end in a one-line value could smuggle a header or an SMTP command: reported, and the value dropped,
  // so it reaches no header and no envelope whichever groups run.
  const v: Record<InputName, string> = { ...raw.values };
  for (const name of INPUT_NAMES) {
    if (isMultiline(name) || !(/[\r\n]/.test(v[name]) || v[name].includes('\u0000'))) continue;
    problem(name, 'input-has-newline');
    v[name] = '';
  }
  if (/[,;]|@.*@/.test(v['test-recipient'])) {
    problem('test-recipient', 'input-several-recipients', { value: v['test-recipient'] });
    v['test-recipient'] = '';
  }

  const user = v['email-user'].trim();
  const userDomain = domainOf(user);

  let provider: ProviderChoice;
  if (v['email-provider'] === '') {
    const owner = providerForDomain(userDomain);
    provider = owner ? { kind: 'known', provider: owner, inferred: true } : { kind: 'custom' };
  } else {
    const found = lookupProvider(v['email-provider']);
    provider =
      found.kind === 'known'
        ? { kind: 'known', provider: found.provider, inferred: false }
        : found.kind === 'custom'
          ? found
          : { kind: 'unknown', name: v['email-provider'], suggestion: found.suggestion };
  }
  const preset = provider.kind === 'known' ? provider.provider : undefined;

  const host = parseHost(v['smtp-host'], (cause, params) => problem('smtp-host', cause, params)) || preset?.host || '';
  /** `auto` or a boolean word; anything else is a problem and `auto`. */
  const tlsMode = (name: 'smtp-secure' | 'imap-secure'): boolean | 'auto' => {
    const word = v[name].toLowerCase();
    if (word === 'auto' || word === '') return 'auto';
    const value = BOOLEAN_WORDS[word];
    if (value === undefined) problem(name, 'input-not-enum', { value: v[name], allowed: enumValues(name).join(', ') });
    return value ?? 'auto';
  };
  const secureSetting = tlsMode('smtp-secure');
  const givenPort = number('smtp-port');
  const port = givenPort ?? preset?.port ?? (secureSetting === true ? 465 : 587);
  const secure = secureSetting === 'auto' ? port === 465 : secureSetting;

  const timeoutSeconds = number('timeout') ?? defaultNumber('timeout');
  const failOn = enumValues('fail-on').includes(v['fail-on'].toLowerCase()) ? (v['fail-on'].toLowerCase() as FailOn) : undefined;
  const requirement = v.require.trim().toLowerCase();
  if (!enumValues('require').includes(requirement))
    problem('require', 'input-not-enum', { value: v.require, allowed: enumValues('require').join(', ') });
  if (!failOn) problem('fail-on', 'input-not-enum', { value: v['fail-on'], allowed: enumValues('fail-on').join(', ') });
  const language = LANGUAGE_WORDS[v.language.toLowerCase().replace(/[-_].*$/, '')];
  if (!language) problem('language', 'input-not-enum', { value: v.language, allowed: enumValues('language').join(', ') });

  const parsedChecks = parseChecks(v.checks, (cause, params) => problem('checks', cause, params));
  const { explicit } = parsedChecks;
  // `checks: all` means the groups whose inputs are present: a post-deploy step with only `health-url` checks the
  // deployment, and says nothing of SMTP secrets a runner was never meant to have.
  const smtpGiven = SMTP_INPUTS.some((name) => raw.sources[name] !== 'default');
  const deploymentGiven = DEPLOYMENT_INPUTS.some((name) => raw.sources[name] !== 'default') || runtime.defaultLogFiles.length > 0;
  const groups =
    explicit || smtpGiven || !deploymentGiven ? parsedChecks.groups : parsedChecks.groups.filter((g) => !SMTP_GROUPS.includes(g));

  // A URL that does not parse is reported once, here, and not requested.
  const url = (name: InputName): string => {
    if (v[name] === '' || isHttpUrl(v[name])) return v[name];
    problem(name, 'input-not-url', { value: v[name] });
    return '';
  };
  const healthUrl = url('health-url');
  const smokeUrl = url('smoke-url');
  const smokeMethod = v['smoke-method'].toUpperCase();
  if (!enumValues('smoke-method').includes(smokeMethod)) {
    problem('smoke-method', 'input-not-enum', { value: v['smoke-method'], allowed: enumValues('smoke-method').join(', ') });
  }
  if (smokeMethod === 'GET' && v['smoke-body'] !== '') problem('smoke-body', 'input-body-with-get', { method: smokeMethod });
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

  // The test mailbox: its own provider's IMAP host, or the sender's when it is the same domain (a company mailbox).
  const imapUser = v['imap-user'].trim() || extractAddress(v['test-recipient']);
  const imapDomain = domainOf(imapUser);
  const mailboxProfile =
    providerForDomain(imapDomain)?.profile ?? (imapDomain !== '' && imapDomain === userDomain ? preset?.profile : undefined);
  const imapSecureSetting = tlsMode('imap-secure');
  const imapPort = number('imap-port') ?? (imapSecureSetting === false ? 143 : 993);
  const imap = {
    host: parseHost(v['imap-host'], (cause, params) => problem('imap-host', cause, params)) || mailboxProfile?.imapHost || '',
    port: imapPort,
    secure: imapSecureSetting === 'auto' ? imapPort === 993 : imapSecureSetting,
    user: imapUser,
    password: v['imap-password'],
    deliveryTimeoutMs: Math.round((number('delivery-timeout') ?? defaultNumber('delivery-timeout')) * 1000),
    cleanup: bool('delivery-cleanup'),
  };

  const oauth2 = parseOAuth2(v, preset?.profile?.oauth2TokenUrl ?? '', problem);

  const verifyMethod = v['verify-method'].toUpperCase();
  if (!enumValues('verify-method').includes(verifyMethod)) {
    problem('verify-method', 'input-not-enum', { value: v['verify-method'], allowed: enumValues('verify-method').join(', ') });
  }
  if (verifyMethod === 'GET' && v['verify-body'] !== '') problem('verify-body', 'input-body-with-get', { method: verifyMethod });
  const expression = (name: InputName, plainIsText: boolean): RegExp | undefined =>
    parseExpression(v[name], plainIsText, (cause, params) => problem(name, cause, params));
  const app = {
    mail: bool('app-mail'),
    ...optional('subject', expression('app-mail-subject', true)),
    ...optional('code', expression('app-mail-code', false)),
    verify: { url: url('verify-url'), method: verifyMethod, body: v['verify-body'], headers: headers('verify-headers') },
  };
  if (app.mail && smokeUrl === '' && v['smoke-url'] === '') problem('smoke-url', 'input-app-mail-needs-smoke', {});
  // Without a mailbox to read, the app would be asked to send for nothing: said once, here, never a quiet skip.
  if (app.mail && (imap.user === '' || imap.password === ''))
    problem(imap.user === '' ? 'imap-user' : 'imap-password', 'input-app-mail-needs-mailbox', {});
  if ((app.code || app.verify.url) && !app.mail)
    problem('app-mail', 'input-app-mail-off', { input: app.code ? 'app-mail-code' : 'verify-url' });
  if (app.verify.url && !app.code) problem('app-mail-code', 'input-verify-needs-code', {});

  const fromHeader = v.from || user;
  return {
    provider,
    user,
    password: v['email-password'],
    ...(oauth2 ? { oauth2 } : {}),
    host,
    port,
    secure,
    secureExplicit: secureSetting !== 'auto',
    tlsRejectUnauthorized: bool('tls-reject-unauthorized'),
    tlsCa: readCaFile(v['tls-ca'], runtime.fileRoots, (cause, params) => problem('tls-ca', cause, params)),
    allowPlaintextAuth: bool('allow-plaintext-auth'),
    fromHeader,
    from: extractAddress(fromHeader),
    testRecipient: v['test-recipient'],
    health: {
      url: healthUrl,
      attempts: number('health-attempts') ?? defaultNumber('health-attempts'),
      intervalSeconds: number('health-interval') ?? defaultNumber('health-interval'),
      expect: v['health-expect'],
      headers: headers('health-headers'),
    },
    smoke: { url: smokeUrl, method: smokeMethod, body: v['smoke-body'], headers: headers('smoke-headers') },
    app,
    logFiles: v['log-files'] ? splitList(v['log-files']) : runtime.defaultLogFiles,
    timeoutMs: Math.round(timeoutSeconds * 1000),
    failOn: failOn ?? 'critical',
    language: language ?? 'en',
    checks: groups,
    checksExplicit: explicit,
    configFiles: splitList(v['config-files']),
    dnsServers,
    dkimSelector: v['dkim-selector'],
    imap,
    githubToken: v['github-token'],
    prComment: bool('pr-comment'),
    alertIssue: bool('alert-issue'),
    require: requirement === 'all' ? 'all' : 'any',
    notify: {
      dingtalk: { url: v['notify-dingtalk'].trim(), secret: v['notify-dingtalk-secret'].trim() },
      feishu: { url: v['notify-feishu'].trim(), secret: v['notify-feishu-secret'].trim() },
      wecom: { url: v['notify-wecom'].trim() },
      slack: { url: v['notify-slack'].trim() },
      webhook: { url: v['notify-webhook'].trim(), secret: v['notify-webhook-secret'].trim() },
      test: bool('notify-test'),
    },
    runtime,
    secretsWithheld: v['email-password'].trim() === '' && runtime.forkPullRequest,
    problems,
    sources: raw.sources,
  };
}

/** OAuth2 settings when a refresh or access token is given; what cannot work is reported on its input. */
function parseOAuth2(
  v: Record<InputName, string>,
  providerTokenUrl: string,
  problem: (input: InputName, cause: Cause, params?: Params) => void,
): OAuth2Settings | undefined {
  const value = (name: InputName): string => v[name].trim();
  const refreshToken = value('oauth2-refresh-token');
  const accessToken = value('oauth2-access-token');
  if (refreshToken === '' && accessToken === '') return undefined;
  const clientId = value('oauth2-client-id');
  const clientSecret = value('oauth2-client-secret');
  let tokenUrl = value('oauth2-token-url') || providerTokenUrl;
  if (refreshToken !== '' && accessToken === '') {
    const missing = [clientId === '' ? 'oauth2-client-id' : '', clientSecret === '' ? 'oauth2-client-secret' : ''].filter(Boolean);
    if (missing.length) problem('oauth2-refresh-token', 'oauth2-incomplete', { missing: missing.join(', ') });
    if (tokenUrl === '') problem('oauth2-token-url', 'oauth2-no-token-url');
  }
  if (tokenUrl !== '' && !isHttpsOrLoopback(tokenUrl)) {
    problem('oauth2-token-url', 'oauth2-token-url-insecure', { value: tokenUrl });
    tokenUrl = '';
  }
  return { clientId, clientSecret, refreshToken, accessToken, tokenUrl };
}

/** HTTPS, or plain HTTP to this machine (a local token service): a secret never crosses a network in the clear. */
function isHttpsOrLoopback(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
  } catch {
    return false;
  }
}

/** PEM certificates from a file, added to the system's trusted roots (tls.rootCertificates). */
function readCaFile(path: string, roots: readonly string[], problem: Problem): string[] {
  if (path === '') return [];
  let text: string;
  try {
    text = readSafelySync(path, { within: roots, maxBytes: CONFIG_FILE_MAX_BYTES });
  } catch (error) {
    if (!(error instanceof FileRefused)) throw error;
    problem(`input-file-${error.reason}`, { value: path, within: roots.join(', '), limit: '1 MiB', detail: error.detail });
    return [];
  }
  const certificates = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (certificates.length === 0) problem('input-not-pem', { value: path });
  return certificates.length ? [...process.getBuiltinModule('node:tls').rootCertificates, ...certificates] : [];
}

/** `Name: value` lines. Values are secrets (auth headers): the caller registers them for masking. */
export function parseHeaders(text: string, problem?: Problem): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    if (colon < 1 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      // By its number only: a malformed line may be a pasted token.
      problem?.('input-bad-header', { line: index + 1 });
      continue;
    }
    headers[name] = line.slice(colon + 1).trim();
  }
  return headers;
}

function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function parseChecks(text: string, problem: Problem): { groups: Group[]; explicit: boolean } {
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
function parseHost(text: string, problem: Problem): string {
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

/** node:net's isIP, with node:net loaded only when an address is asked about. */
const isIP = (text: string): number => process.getBuiltinModule('node:net').isIP(text);

function isResolverAddress(text: string): boolean {
  const match = /^\[?([^\]]+?)\]?(?::(\d{1,5}))?$/.exec(text);
  if (isIP(text)) return true;
  if (!match?.[1] || !isIP(match[1])) return false;
  return match[2] === undefined || (Number(match[2]) > 0 && Number(match[2]) < 65536);
}

/** `{ key: value }` when the value is there, else nothing (optional fields stay absent, not undefined). */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/**
 * `/source/flags` as a regular expression; plain text as the text itself (`plainIsText`, matched case-blind) or as
 * an expression's source. An expression that does not compile is an input problem, never a throw.
 */
export function parseExpression(text: string, plainIsText: boolean, problem: (cause: Cause, params: Params) => void): RegExp | undefined {
  if (text === '') return undefined;
  const literal = /^\/(.+)\/([a-z]*)$/s.exec(text);
  try {
    if (literal) return new RegExp(literal[1] ?? '', (literal[2] ?? '').replace(/[gy]/g, ''));
    if (plainIsText) return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
    return new RegExp(text);
  } catch (error) {
    problem('input-not-regex', { value: text, error: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}
