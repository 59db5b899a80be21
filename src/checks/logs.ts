// logs: the app's own record of mail failures (PM2 and friends), grouped by cause and explained
// with the same diagnosis table as the live SMTP checks.
import { glob, stat } from 'node:fs/promises';
import { FileRefused, globBase, readSafely } from '../safe-file.js';
import type { Check } from '../engine.js';
import { diagnose } from '../smtp/diagnosis.js';
import { providerIdOf } from '../settings/settings.js';
import type { Cause, Outcome } from '../types.js';

/** Only the end of each file is read: recent errors matter, and logs can be huge. */
export const LOG_TAIL_BYTES = 512 * 1024;
const MAX_FILES = 50;

const NODEMAILER_CODE = /\b(EAUTH|ENOAUTH|ECONNECTION|ETIMEDOUT|ESOCKET|EENVELOPE|EMESSAGE|ETLS|EDNS|EPROTOCOL|EREQUIRETLS)\b/;
/** Words that tie a generic network error to mail. */
const MAIL_CONTEXT =
  /smtp|nodemailer|e-?mail|mailer|:(25|465|587|2525)\b|greeting never received|invalid login|mail from|rcpt|authentication/i;
/** nodemailer's own messages, and generic network errors that count only next to a mail word. */
const MAIL_MESSAGES: { pattern: RegExp; code: string; needsContext?: boolean }[] = [
  { pattern: /invalid login|username and password not accepted/i, code: 'EAUTH' },
  { pattern: /(mail|recipient|data) command failed|can't send mail/i, code: 'EENVELOPE' },
  { pattern: /greeting never received/i, code: 'ETIMEDOUT' },
  { pattern: /connection timeout/i, code: 'ETIMEDOUT', needsContext: true },
  { pattern: /authentication (failed|unsuccessful)/i, code: 'EAUTH', needsContext: true },
  { pattern: /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN/, code: 'ESOCKET', needsContext: true },
];
/** nodemailer's envelope messages name the command that failed. */
const COMMANDS: [RegExp, string][] = [
  [/mail command failed/i, 'MAIL FROM'],
  [/recipient command failed|all recipients were rejected/i, 'RCPT TO'],
  [/data command failed|message failed/i, 'DATA'],
];
const REPLY = /\b([45]\d\d)[ -](\d\.\d{1,3}\.\d{1,3}\b)?\s*(.*)$/;
const TIMESTAMP = /(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})/;
/** PM2's `2026-11-25T10:00:00: ` before what the app printed. */
const LINE_PREFIX = /^\d{4}-\d{2}-\d{2}[T ][\d:.]+Z?:?\s/;
/** A property line of a printed error object (`code: 'EAUTH',`): part of the error above it, not an error of its own. */
const PROPERTY_LINE = /^\s*(code|errno|syscall|command|response|responseCode|address|port|name)\s*:\s*\S.*,?\s*$/;

export interface LogFinding {
  cause: Cause;
  params: Outcome['params'];
  timestamp?: string;
  line: string;
}

/** A log line as a mail failure, or undefined when it is not one. */
export function classifyLogLine(line: string, provider?: string): LogFinding | undefined {
  if (PROPERTY_LINE.test(line.replace(LINE_PREFIX, ''))) return undefined;
  const explicit = NODEMAILER_CODE.exec(line)?.[1];
  const inferred = MAIL_MESSAGES.find((m) => m.pattern.test(line) && (!m.needsContext || MAIL_CONTEXT.test(line)))?.code;
  const code = explicit ?? inferred;
  // A bare "500" in an access log is HTTP, not SMTP: replies count only beside a mail error or the word SMTP.
  const reply = code || /smtp|response/i.test(line) ? REPLY.exec(line) : null;
  if (!code && !reply) return undefined;
  const response = reply ? `${reply[1]} ${reply[2] ? `${reply[2]} ` : ''}${reply[3]}`.trim() : undefined;
  const command = COMMANDS.find(([pattern]) => pattern.test(line))?.[1];
  const { cause, params } = diagnose({
    code,
    responseCode: reply ? Number(reply[1]) : undefined,
    response,
    command,
    provider,
    message: line,
  });
  const stamp = TIMESTAMP.exec(line);
  return { cause, params, timestamp: stamp ? `${stamp[1]} ${stamp[2]}` : undefined, line: line.trim().slice(0, 300) };
}

/** The end of a log: only regular files inside the folders the patterns name, never more than the tail. */
async function tail(path: string, folders: readonly string[]): Promise<string[]> {
  const { text, cut } = await readSafely(path, { within: folders, maxBytes: LOG_TAIL_BYTES, tail: true });
  const lines = text.split(/\r?\n/);
  // A partial first line when the file was cut.
  return cut ? lines.slice(1) : lines;
}

async function expand(patterns: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  for await (const path of glob([...patterns])) {
    if (files.size >= MAX_FILES) break;
    // Anything but a folder: a FIFO or a link out of the folder is refused by the reader, and reported.
    if ((await stat(path).catch(() => undefined))?.isDirectory() !== true) files.add(path);
  }
  return [...files].sort();
}

export const logsCheck: Check = {
  id: 'logs.scan',
  group: 'logs',
  requires: (s) => (s.logFiles.length === 0 ? 'log-files' : undefined),
  run: async ({ settings: s }): Promise<Outcome | Outcome[]> => {
    const files = await expand(s.logFiles);
    if (files.length === 0) return { status: 'warn', cause: 'logs-none-found', params: { patterns: s.logFiles.join(', ') } };
    const provider = providerIdOf(s);
    const groups = new Map<string, { finding: LogFinding; count: number; last?: string; files: Set<string> }>();
    let lines = 0;
    const folders = s.logFiles.map(globBase);
    const refused: Outcome[] = [];
    for (const file of files) {
      const content = await tail(file, folders).catch((error: unknown) => {
        if (!(error instanceof FileRefused)) throw error;
        const params = { file, within: folders.join(', '), limit: `${LOG_TAIL_BYTES} bytes`, detail: error.detail };
        refused.push({ status: 'warn', cause: `logs-file-${error.reason}`, subject: file, params });
        return [] as string[];
      });
      lines += content.length;
      for (const line of content) {
        const finding = classifyLogLine(line, provider);
        if (!finding) continue;
        const group = groups.get(finding.cause) ?? { finding, count: 0, files: new Set<string>() };
        group.count++;
        group.files.add(file);
        if (finding.timestamp && (!group.last || finding.timestamp > group.last)) group.last = finding.timestamp;
        group.finding = finding; // keep the latest example
        groups.set(finding.cause, group);
      }
    }
    if (groups.size === 0 && refused.length === 0) return { status: 'pass', cause: 'logs-clean', params: { files: files.length, lines } };
    const found = [...groups.values()]
      .sort((a, b) => b.count - a.count)
      .map(({ finding, count, last, files: where }): Outcome => ({
        status: 'warn',
        cause: finding.cause,
        subject: `${count}× ${finding.cause}`,
        params: { ...finding.params, user: s.user || '?', count, last: last ?? '-' },
        details: [`${count} line(s) in ${[...where].join(', ')}; last seen ${last ?? 'unknown'}`, `latest: ${finding.line}`],
      }));
    return [...found, ...refused];
  },
};
