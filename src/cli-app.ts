// The CLI: the same engine on a server. Flags and environment in, a terminal report (or JSON) out.
// Exit codes: 0 pass/warn, 1 critical (per --fail-on), 2 usage error.
import { existsSync } from 'node:fs';
import { parseArgs, parseEnv } from 'node:util';
import { evaluate, secretsOf } from './evaluate.js';
import { viewOf } from './report/model.js';
import { forTerminal, toJson } from './report/encode.js';
import { hasNotifyChannel, type Settings } from './settings/settings.js';
import type { Redactor } from './secrets.js';
import { CONFIG_FILE_MAX_BYTES, FileRefused, readSafelySync } from './safe-file.js';
import { LiveTerminal, renderTerminal } from './report/terminal.js';
import { describe, say, UI, type Language, type Words } from './i18n/index.js';
import { CLI_HELP, CLI_USAGE } from './i18n/cli.js';
import { REFUSED_BECAUSE } from './i18n/text.js';
import { TARGETS_WORDS } from './i18n/targets.js';
import { TargetsError } from './settings/targets.js';
import { Text } from './untrusted.js';
import type { Params } from './types.js';
import { createRedactor } from './secrets.js';
import { cliRuntime } from './runtime.js';
import { INPUT_NAMES, SECRET_INPUTS, specOf, type InputName } from './settings/inputs.js';
import { readRawInputs } from './settings/read.js';
import { shouldFail } from './types.js';
import { languageOf } from './settings/parse.js';
import { VERSION } from './version.js';
import { editDistance, PROFILES } from './providers.js';

/** Secrets come from the environment only: a flag would show in `ps` and shell history. */
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

/** The help in the language asked for, with the provider list and every input flag filled in. */
function helpText(language: Language): string {
  return say(CLI_HELP, language, {
    version: VERSION,
    providers: PROFILES.map((p) => p.id).join(', '),
    flags: wrap(INPUT_NAMES.filter((n) => !SECRET_INPUTS.includes(n)).map((n) => `--${n}`)),
  });
}

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

/** A usage error in words of both languages: said in the one the user asked for. */
class UsageError extends Error {
  constructor(
    readonly words: Words,
    readonly params: Params = {},
  ) {
    super(words.en);
  }
}

/**
 * The language of the CLI's own messages, read from argv before it is parsed (a usage error can come first):
 * the last `--lang`/`--language`, as the parser would take it.
 */
function argvLanguage(argv: readonly string[]): Language {
  let value = '';
  argv.forEach((arg, i) => {
    const inline = /^--(?:lang|language)=(.*)$/.exec(arg);
    if (inline) value = inline[1] ?? '';
    else if ((arg === '--lang' || arg === '--language') && argv[i + 1] !== undefined) value = argv[i + 1] ?? '';
  });
  return languageOf(value);
}

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

/** Our words for what node:util refused (an unknown flag, with the nearest one we know; a missing value). */
function usageMessage(error: unknown, language: Language): string {
  if (error instanceof UsageError) return say(error.words, language, error.params);
  const text = error instanceof Error ? error.message : String(error);
  const missing = /Option '(-{1,2}[^' ]+)[^']*' argument missing/.exec(text);
  if (missing?.[1]) return say(CLI_USAGE.missingValue, language, { flag: missing[1] });
  const unknown = /Unknown option '(-{1,2})([^']+)'/.exec(text);
  if (!unknown?.[2]) return text;
  const name = unknown[2].replace(/=.*$/, '');
  const secret = SECRET_INPUTS.find((input) => input === name);
  if (secret) return say(CLI_USAGE.secretFlag, language, { flag: `--${secret}`, env: specOf(secret).env ?? '' });
  const nearest = KNOWN_FLAGS()
    .map((flag) => [flag, editDistance(flag, name)] as const)
    .sort((a, b) => a[1] - b[1])[0];
  const close = nearest && nearest[1] <= Math.max(2, Math.floor(name.length / 3));
  return (
    say(CLI_USAGE.unknownFlag, language, { flag: `${unknown[1]}${name}` }) +
    (close ? say(CLI_USAGE.didYouMean, language, { flag: `--${nearest[0]}` }) : '')
  );
}

export async function runCli(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const language = argvLanguage(argv);
  let parsed: ReturnType<typeof parseCliArgs>;
  try {
    parsed = parseCliArgs(argv);
  } catch (error) {
    process.stderr.write(`email-deploy-check: ${usageMessage(error, language)}\n${say(CLI_USAGE.seeHelp, language)}\n`);
    return 2;
  }
  const { flags, values } = parsed;
  if (flags.help) return (void process.stdout.write(helpText(language)), 0);
  if (flags.version) return (void process.stdout.write(`${VERSION}\n`), 0);

  let merged: NodeJS.ProcessEnv;
  try {
    merged = { ...readEnvFile(flags.envFile), ...env };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`email-deploy-check: ${usageMessage(error, language)}\n`);
    return 2;
  }
  // `--targets FILE`: the list is read from the file (a regular file under 64 KiB); EMAIL_TARGETS holds the list itself.
  if (values.targets !== undefined) {
    try {
      values.targets = readTargetsFile(values.targets);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      process.stderr.write(`email-deploy-check: ${usageMessage(error, language)}\n`);
      return 2;
    }
  }
  const raw = readRawInputs((name) => values[name], merged);
  const color = !flags.json && !flags.noColor && process.stdout.isTTY === true && !env.NO_COLOR;
  // On a terminal, results show as they come, and a line says what the run waits for.
  const live =
    !flags.json && process.stdout.isTTY === true ? new LiveTerminal(process.stdout, languageOf(raw.values.language), color) : undefined;
  const redactor = createRedactor(secretsOf(raw));
  let evaluation: Awaited<ReturnType<typeof evaluate>>;
  try {
    evaluation = await evaluate(raw, cliRuntime(merged), {
      redactor,
      onResult:
        live &&
        ((r, s, target) => {
          const words = describe(r, s.language, 'cli');
          const title = target ? Text.fill('{target} · {title}', { target, title: words.title }) : words.title;
          live.result(r.id, r.status, { title: title.mapTheirs(redactor.redact), text: words.text.mapTheirs(redactor.redact) }, target);
        }),
      onStart:
        live &&
        ((check, s, target) => {
          // Only what waits on the network earns a status line; the configuration checks answer at once.
          if (check.group === 'health') live.start(check.id, check.budgetMs, s.health.url);
          else if (['dns', 'tcp', 'tls', 'smtp', 'send'].includes(check.group))
            live.start(check.id, check.budgetMs, `${s.host || '?'}:${s.port}`, target);
          // The wait for the test mail can last a minute: it says which mailbox it watches.
          else if (check.group === 'delivery') live.start(check.id, check.budgetMs, `${s.imap.host || '?'}:${s.imap.port}`, target);
        }),
    });
  } catch (error) {
    // A list of targets the run cannot use: its own words, never a value of it.
    if (!(error instanceof TargetsError)) throw error;
    live?.end();
    process.stderr.write(`email-deploy-check: ${error.say(language)}\n`);
    return 2;
  }
  const { report, settings, unusedInputs } = evaluation;
  if (unusedInputs)
    process.stderr.write(
      `email-deploy-check: ${say(UI.targetsUnusedInputs, settings.language, { inputs: unusedInputs.map((n) => `--${n}`).join(', ') })}\n`,
    );
  live?.end();
  // The report's human text is redacted where it is built; toJson escapes every control character, C1 and bidi included.
  const output = flags.json ? `${toJson(report, 2)}\n` : renderTerminal(viewOf(report, redactor), { color, verbose: flags.verbose });
  process.stdout.write(output);
  await notifyFromCli(viewOf(report, redactor), settings, redactor);
  return shouldFail(report.status, settings.failOn) ? 1 : 0;
}

/**
 * On a server (a cron job), the team's channels hear of every run that does not pass, and `--notify-test` sends one
 * test message; their addresses and secrets come from the environment (NOTIFY_DINGTALK, ...). What each answered is
 * said on stderr: the exit code is the mail's.
 */
async function notifyFromCli(view: ReturnType<typeof viewOf>, settings: Settings, redactor: Redactor): Promise<void> {
  if (!hasNotifyChannel(settings.notify)) return;
  const { notifyTeam } = await import('./notify/team.js');
  const lines = await notifyTeam(view, settings.notify, {
    repository: settings.runtime.repository,
    timeoutMs: settings.timeoutMs,
    redact: redactor.redact,
  });
  for (const { text } of lines) process.stderr.write(`${forTerminal(text, false)}\n`);
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
  if (positionals.length) throw new UsageError(CLI_USAGE.unexpectedArgument, { argument: positionals[0] ?? '' });
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

/**
 * A file the CLI is pointed at (`--dotenv`, `--targets`): bounded and regular only (a FIFO would hang the CLI, a
 * 300 MB file would fill memory), a missing or refused one a usage error in the refusal's words. Never quoted back.
 */
function readCliFile(file: string, maxBytes: number, limit: string, words: { missing: Words; refused: Words }): string {
  if (!existsSync(file)) throw new UsageError(words.missing, { file });
  try {
    return readSafelySync(file, { within: [], maxBytes });
  } catch (error) {
    if (!(error instanceof FileRefused)) throw error;
    // The same words as a refused config file; {within} cannot occur here (the CLI reads from anywhere).
    const because = REFUSED_BECAUSE[error.reason];
    throw new UsageError(
      { en: words.refused.en.replace('{because}', because.en), zh: words.refused.zh.replace('{because}', because.zh) },
      { file, limit, detail: error.detail, within: '' },
    );
  }
}

/** The targets file's text (it holds passwords). */
const readTargetsFile = (file: string): string =>
  readCliFile(file, 64 * 1024, '64 KiB', { missing: TARGETS_WORDS.fileMissing, refused: TARGETS_WORDS.fileRefused });

function readEnvFile(path: string | undefined): Record<string, string> {
  const file = path ?? (existsSync('.env') ? '.env' : undefined);
  if (!file) return {};
  const text = readCliFile(file, CONFIG_FILE_MAX_BYTES, '1 MiB', { missing: CLI_USAGE.envFileMissing, refused: CLI_USAGE.envFileRefused });
  return parseEnv(text) as Record<string, string>;
}
