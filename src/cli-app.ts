// The CLI: the same engine on a server. Flags and environment in, a terminal report (or JSON) out.
// Exit codes: 0 pass/warn, 1 critical (per --fail-on), 2 usage error.
import { existsSync } from 'node:fs';
import { parseArgs, parseEnv } from 'node:util';
import { evaluate } from './evaluate.js';
import { viewOf } from './report/model.js';
import { CONFIG_FILE_MAX_BYTES, FileRefused, readSafelySync } from './safe-file.js';
import { renderTerminal } from './report/terminal.js';
import { cliRuntime } from './runtime.js';
import { INPUT_NAMES, type InputName } from './settings/inputs.js';
import { readRawInputs } from './settings/read.js';
import { shouldFail } from './types.js';
import { VERSION } from './version.js';
import { PROFILES } from './providers.js';

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
from the environment, and from ./.env (or --env-file) for any not set there.

Options:
  --env-file <path>     read variables from this file (Node's .env parser); real environment wins
                        (alias --dotenv; Node itself rejects a missing --env-file path with exit 9)
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
  Every action input also works as --<input-name>, e.g. --health-url, --dns-servers.
  The password is read from EMAIL_PASSWORD only, never from a flag.

Exit codes: 0 pass or warnings, 1 critical problems, 2 usage error.
`;

class UsageError extends Error {}

export async function runCli(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let parsed: ReturnType<typeof parseCliArgs>;
  try {
    parsed = parseCliArgs(argv);
  } catch (error) {
    process.stderr.write(`email-deploy-check: ${error instanceof Error ? error.message : String(error)}\nRun with --help for usage.\n`);
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
  const { report, settings, redactor } = await evaluate(raw, cliRuntime(merged));
  const color = !flags.json && !flags.noColor && process.stdout.isTTY === true && !env.NO_COLOR;
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
