// The CLI: the same engine on a server. Flags and environment in, a terminal report (or JSON) out.
// Exit codes: 0 pass/warn, 1 critical (per --fail-on), 2 usage error.
import { existsSync } from 'node:fs';
import { parseArgs, parseEnv } from 'node:util';
import { evaluate, secretsOf } from './evaluate.js';
import { viewOf } from './report/model.js';
import { CONFIG_FILE_MAX_BYTES, FileRefused, readSafelySync } from './safe-file.js';
import { LiveTerminal, renderTerminal } from './report/terminal.js';
import { describe } from './i18n/index.js';
import { createRedactor } from './secrets.js';
import { cliRuntime } from './runtime.js';
import { INPUT_NAMES, type InputName } from './settings/inputs.js';
import { readRawInputs } from './settings/read.js';
import { shouldFail } from './types.js';
import { languageOf } from './settings/parse.js';
import { VERSION } from './version.js';
import { editDistance, PROFILES } from './providers.js';

/** Secrets come from the environment only: a flag would show in `ps` and shell history. */
const SECRET_INPUTS: InputName[] = ['email-password', 'github-token'];
const SHORTHANDS: Record<string, InputName> = {
  provider: 'email-provider',
  user: 'email-user',
  host: 'smtp-host',
  port: 'smtp-port',
  secure: 'smtp-secure',
  to: 'test-recipient',
  lang: 'language',
  logs: 'log-files',
};

const HELP = `email-deploy-check ${VERSION}: prove that this machine can send the app's email.

Usage: email-deploy-check [options]

Reads EMAIL_PROVIDER, EMAIL_USER, EMAIL_PASSWORD, SMTP_HOST, SMTP_PORT, SMTP_SECURE, EMAIL_FROM
from the environment, and from ./.env (or --dotenv) for any not set there.

Options:
  --dotenv <path>       read variables from this file (a regular file under 1 MiB); the real environment
                        wins. (--env-file works too, but Node reads that file itself before we run.)
  --provider <name>     ${PROFILES.map((p) => p.id).join(', ')},
                        any nodemailer well-known service, or custom
  --user <address>      SMTP user (EMAIL_USER)
  --host <host>         SMTP host (SMTP_HOST)      --port <n>  SMTP port (SMTP_PORT)
  --secure <mode>       auto | true (implicit TLS) | false (STARTTLS)
  --from <address>      sender (EMAIL_FROM; default: the user)
  --to <address>        send a test mail to this address
  --checks <list>       env,dns,tcp,tls,smtp,send,health,server,deliverability,logs,lint (default: all)
  --logs <globs>        application logs to scan for mail errors (default: ~/.pm2/logs/*.log when present)
  --timeout <seconds>   per network step (default 10)
  --fail-on <level>     critical (default) | warning | never
  --lang <en|zh>        language of the report
  --json                print the report as JSON
  --verbose             show raw details (SMTP transcript, certificate)
  --no-color            plain output
  --help, --version

Every input as a flag (the action's input names):
${wrap(INPUT_NAMES.filter((n) => !SECRET_INPUTS.includes(n)).map((n) => `--${n}`))}
  TLS: --tls-ca <pem file> (a private CA), --tls-reject-unauthorized false (warn instead of fail),
       --allow-plaintext-auth true (AUTH without TLS, on a trusted network only).
  The password is read from EMAIL_PASSWORD only, never from a flag.

Exit codes: 0 pass or warnings, 1 critical problems, 2 usage error.
`;

/** Flags in lines of at most 100 characters, indented. */
function wrap(flags: string[]): string {
  const lines: string[] = [];
  let line = ' ';
  for (const flag of flags) {
    if (line.length + flag.length + 1 > 100) {
      lines.push(line);
      line = ' ';
    }
    line += ` ${flag}`;
  }
  return [...lines, line].join('\n');
}

class UsageError extends Error {}

/** Every flag the CLI knows, for "did you mean". */
const KNOWN_FLAGS = (): string[] => [
  ...INPUT_NAMES.filter((n) => !SECRET_INPUTS.includes(n)),
  ...Object.keys(SHORTHANDS),
  'env-file',
  'dotenv',
  'json',
  'verbose',
  'no-color',
  'help',
  'version',
];

/** Our words for a flag node:util does not know, with the nearest one we do. */
function unknownFlagMessage(error: unknown): string | undefined {
  const match = /Unknown option '(-{1,2})([^']+)'/.exec(error instanceof Error ? error.message : '');
  if (!match?.[2]) return undefined;
  const name = match[2];
  const nearest = KNOWN_FLAGS()
    .map((flag) => [flag, editDistance(flag, name)] as const)
    .sort((a, b) => a[1] - b[1])[0];
  const hint = nearest && nearest[1] <= Math.max(2, Math.floor(name.length / 3)) ? ` Did you mean --${nearest[0]}?` : '';
  return `unknown flag ${match[1]}${name}.${hint}`;
}

export async function runCli(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let parsed: ReturnType<typeof parseCliArgs>;
  try {
    parsed = parseCliArgs(argv);
  } catch (error) {
    const message = unknownFlagMessage(error) ?? (error instanceof Error ? error.message : String(error));
    process.stderr.write(`email-deploy-check: ${message}\nRun with --help for every flag.\n`);
    return 2;
  }
  const { flags, values } = parsed;
  if (flags.help) return (void process.stdout.write(HELP), 0);
  if (flags.version) return (void process.stdout.write(`${VERSION}\n`), 0);

  let merged: NodeJS.ProcessEnv;
  try {
    merged = { ...readEnvFile(flags.envFile), ...env };
  } catch (error) {
    process.stderr.write(`email-deploy-check: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const raw = readRawInputs((name) => values[name], merged);
  const color = !flags.json && !flags.noColor && process.stdout.isTTY === true && !env.NO_COLOR;
  // On a terminal, results show as they come, and a line says what the run waits for.
  const live =
    !flags.json && process.stdout.isTTY === true ? new LiveTerminal(process.stdout, languageOf(raw.values.language), color) : undefined;
  const redactor = createRedactor(secretsOf(raw));
  const { report, settings } = await evaluate(
    raw,
    cliRuntime(merged),
    live &&
      ((r, s) => {
        const words = describe(r, s.language, 'cli');
        live.result(r.id, r.status, { title: words.title.mapTheirs(redactor.redact), text: words.text.mapTheirs(redactor.redact) });
      }),
    redactor,
    live &&
      ((check, s) => {
        // Only what waits on the network earns a status line; the configuration checks answer at once.
        if (check.group === 'health') live.start(check.id, check.budgetMs, s.health.url);
        else if (['dns', 'tcp', 'tls', 'smtp', 'send'].includes(check.group))
          live.start(check.id, check.budgetMs, `${s.host || '?'}:${s.port}`);
      }),
  );
  live?.end();
  // The report's human text is redacted where it is built; JSON.stringify escapes every control character.
  const output = flags.json
    ? `${JSON.stringify(report, null, 2)}\n`
    : renderTerminal(viewOf(report, redactor), { color, verbose: flags.verbose });
  process.stdout.write(output);
  return shouldFail(report.status, settings.failOn) ? 1 : 0;
}

function parseCliArgs(argv: string[]) {
  const inputOptions = Object.fromEntries(
    INPUT_NAMES.filter((n) => !SECRET_INPUTS.includes(n)).map((n) => [n, { type: 'string' as const }]),
  );
  const shorthandOptions = Object.fromEntries(Object.keys(SHORTHANDS).map((n) => [n, { type: 'string' as const }]));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      ...inputOptions,
      ...shorthandOptions,
      'env-file': { type: 'string' },
      dotenv: { type: 'string' },
      json: { type: 'boolean' },
      verbose: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const inputs: Partial<Record<InputName, string>> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value !== 'string') continue;
    const input = SHORTHANDS[key] ?? (INPUT_NAMES.includes(key as InputName) ? (key as InputName) : undefined);
    if (input) inputs[input] = value;
  }
  return {
    values: inputs,
    flags: {
      envFile: values['env-file'] ?? values.dotenv,
      json: values.json === true,
      verbose: values.verbose === true,
      noColor: values['no-color'] === true,
      help: values.help === true,
      version: values.version === true,
    },
  };
}

function readEnvFile(path: string | undefined): Record<string, string> {
  const file = path ?? (existsSync('.env') ? '.env' : undefined);
  if (!file) return {};
  if (!existsSync(file)) throw new UsageError(`env file ${file} does not exist`);
  try {
    // Bounded and regular files only: a FIFO would hang the CLI, a 300 MB file would fill memory.
    return parseEnv(readSafelySync(file, { within: [], maxBytes: CONFIG_FILE_MAX_BYTES })) as Record<string, string>;
  } catch (error) {
    if (!(error instanceof FileRefused)) throw error;
    const why = {
      'not-regular': 'is not a regular file',
      outside: 'is outside the allowed folders',
      'too-large': 'is larger than 1 MiB',
      unreadable: `cannot be read (${error.detail})`,
    };
    throw new UsageError(`env file ${file} ${why[error.reason]}`);
  }
}
