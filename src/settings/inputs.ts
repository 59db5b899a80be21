// The input table: every input of action.yml, once. The action, the CLI (as --flags) and the library
// read the same names; a test holds action.yml's inputs and defaults equal to this table.

export type InputKind =
  /** One line of text. */
  | 'text'
  /** A credential: kept with its whitespace (itself a finding), masked and redacted in every form. */
  | 'secret'
  | 'boolean'
  | 'integer'
  | 'number'
  /** One of `values`. */
  | 'enum'
  /** Comma or newline separated. */
  | 'list'
  | 'url'
  /** `Name: value` lines; the values are secrets. */
  | 'headers'
  /** Free text, may span lines. */
  | 'body'
  /** A YAML or JSON list of targets (each a mapping of this table's names): its secrets are found and redacted one by one. */
  | 'targets';

export interface InputSpec {
  kind: InputKind;
  /** The environment variable read when the input is empty. */
  env?: string;
  /** The value when neither the input nor `env` is set. */
  default?: string;
  /** What action.yml declares as default when that differs: a runner expression. */
  actionDefault?: string;
  min?: number;
  max?: number;
  values?: readonly string[];
  /** For a secret: the inputs whose value is the login it belongs to, first set wins (redacted together, as AUTH PLAIN sends them). */
  login?: readonly string[];
  /** For a secret that is a webhook address: the tokens inside it (query values, long path segments) are secrets too. */
  webhook?: true;
}

const WEBHOOK = (env: string): InputSpec => ({ kind: 'secret', env, webhook: true });
const SIGNING = (env: string): InputSpec => ({ kind: 'secret', env });

const BOOLEAN = (value: 'true' | 'false'): InputSpec => ({ kind: 'boolean', default: value });

export const INPUTS = {
  'email-provider': { kind: 'text', env: 'EMAIL_PROVIDER' },
  'email-user': { kind: 'text', env: 'EMAIL_USER' },
  'email-password': { kind: 'secret', env: 'EMAIL_PASSWORD', login: ['email-user'] },
  'smtp-host': { kind: 'text', env: 'SMTP_HOST' },
  'smtp-port': { kind: 'integer', env: 'SMTP_PORT', min: 1, max: 65535 },
  'smtp-secure': { kind: 'enum', env: 'SMTP_SECURE', default: 'auto', values: ['auto', 'true', 'false'] },
  'tls-reject-unauthorized': BOOLEAN('true'),
  'tls-ca': { kind: 'text' },
  'allow-plaintext-auth': BOOLEAN('false'),
  from: { kind: 'text', env: 'EMAIL_FROM' },
  'test-recipient': { kind: 'text' },
  'health-url': { kind: 'url' },
  'health-attempts': { kind: 'integer', default: '1', min: 1, max: 50 },
  'health-interval': { kind: 'number', default: '3', min: 0, max: 300 },
  'health-expect': { kind: 'text' },
  'health-headers': { kind: 'headers' },
  'smoke-url': { kind: 'url' },
  'smoke-method': { kind: 'enum', default: 'POST', values: ['GET', 'POST', 'PUT', 'PATCH'] },
  'smoke-body': { kind: 'body' },
  'smoke-headers': { kind: 'headers' },
  'app-mail': BOOLEAN('false'),
  'app-mail-subject': { kind: 'text' },
  'app-mail-code': { kind: 'text' },
  'verify-url': { kind: 'url' },
  'verify-method': { kind: 'enum', default: 'POST', values: ['GET', 'POST', 'PUT', 'PATCH'] },
  'verify-body': { kind: 'body' },
  'verify-headers': { kind: 'headers' },
  'log-files': { kind: 'list' },
  timeout: { kind: 'number', default: '10', min: 1, max: 300 },
  'fail-on': { kind: 'enum', default: 'critical', values: ['critical', 'warning', 'never'] },
  language: { kind: 'enum', default: 'en', values: ['en', 'zh'] },
  checks: { kind: 'list', default: 'all' },
  'config-files': { kind: 'list' },
  'dns-servers': { kind: 'list' },
  'dkim-selector': { kind: 'text' },
  'oauth2-client-id': { kind: 'secret', env: 'OAUTH2_CLIENT_ID' },
  'oauth2-client-secret': { kind: 'secret', env: 'OAUTH2_CLIENT_SECRET' },
  'oauth2-refresh-token': { kind: 'secret', env: 'OAUTH2_REFRESH_TOKEN' },
  'oauth2-access-token': { kind: 'secret', env: 'OAUTH2_ACCESS_TOKEN' },
  'oauth2-token-url': { kind: 'url', env: 'OAUTH2_TOKEN_URL' },
  'imap-host': { kind: 'text', env: 'IMAP_HOST' },
  'imap-port': { kind: 'integer', env: 'IMAP_PORT', min: 1, max: 65535 },
  'imap-secure': { kind: 'enum', env: 'IMAP_SECURE', default: 'auto', values: ['auto', 'true', 'false'] },
  'imap-user': { kind: 'text', env: 'IMAP_USER' },
  'imap-password': { kind: 'secret', env: 'IMAP_PASSWORD', login: ['imap-user', 'test-recipient'] },
  'delivery-timeout': { kind: 'number', default: '60', min: 1, max: 600 },
  'delivery-cleanup': BOOLEAN('true'),
  'github-token': { kind: 'secret', env: 'GITHUB_TOKEN', actionDefault: '${{ github.token }}' },
  'pr-comment': BOOLEAN('false'),
  'alert-issue': BOOLEAN('false'),
  targets: { kind: 'targets', env: 'EMAIL_TARGETS' },
  require: { kind: 'enum', default: 'any', values: ['any', 'all'] },
  'notify-dingtalk': WEBHOOK('NOTIFY_DINGTALK'),
  'notify-dingtalk-secret': SIGNING('NOTIFY_DINGTALK_SECRET'),
  'notify-feishu': WEBHOOK('NOTIFY_FEISHU'),
  'notify-feishu-secret': SIGNING('NOTIFY_FEISHU_SECRET'),
  'notify-wecom': WEBHOOK('NOTIFY_WECOM'),
  'notify-slack': WEBHOOK('NOTIFY_SLACK'),
  'notify-webhook': WEBHOOK('NOTIFY_WEBHOOK'),
  'notify-webhook-secret': SIGNING('NOTIFY_WEBHOOK_SECRET'),
  'notify-test': BOOLEAN('false'),
} as const satisfies Record<string, InputSpec>;

export type InputName = keyof typeof INPUTS;
export const INPUT_NAMES = Object.keys(INPUTS) as InputName[];

export const specOf = (name: InputName): InputSpec => INPUTS[name];

/** The inputs that hold a secret: declared here once, by kind; the redactor, the runner's masking and the CLI (which refuses them as flags) read this. */
export const SECRET_INPUTS: readonly InputName[] = INPUT_NAMES.filter((name) => specOf(name).kind === 'secret');

/** Inputs read with their whitespace intact (a stray space in a secret is itself a finding). */
export const isRawInput = (name: InputName): boolean => specOf(name).kind === 'secret';

/** Inputs that may span lines; every other value may reach a header or the SMTP envelope and must stay on one line. */
export const isMultiline = (name: InputName): boolean => ['secret', 'list', 'headers', 'body', 'targets'].includes(specOf(name).kind);

/** The default as a number, for the parser's fallback when a value is empty or out of bounds (NaN: none). */
export const defaultNumber = (name: InputName): number => Number(specOf(name).default ?? Number.NaN);
