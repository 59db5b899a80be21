// A log is events, not lines: one error printed by an app spans a message line, a stack, the properties
// nodemailer attaches (`code`, `response`, `responseCode`, `command`), a Python traceback's last line, a
// Java `Caused by:`. This reads a log's text into events, each with the fields a diagnosis needs.

export interface LogEvent {
  /** The lines of the event, without their prefixes (PM2's `0|app | `, timestamps, levels). */
  lines: string[];
  /** When the event was logged, as `YYYY-MM-DD HH:MM:SS`, when a line said. */
  timestamp?: string;
  /** Properties of a printed error object or a JSON log line. */
  fields: Record<string, string>;
  /** The level the logger gave the event's first line (`error`, `fatal`, `warn`, ...), lower case, when it said. */
  level?: string;
}

/** PM2's `pm2 logs` prefix (`0|api  | `), then a timestamp of a common shape, then a level tag. */
const PM2_PREFIX = /^\d+\|[\w.-]+\s*\|\s?/;
const ISO_TIME = /^\[?(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?:? ?/;
const SYSLOG_TIME = /^([A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}) /;
const LEVEL =
  /^(?:\[?(error|err|warn|warning|info|debug|fatal|crit|critical)\]?:?\s+|\[?(ERROR|WARN|WARNING|INFO|DEBUG|FATAL|CRITICAL|SEVERE)\]?:?\s*|\[(E|W)\]\s*)/;

/** A line without what the logger put before it, and the time it carried. */
export function stripPrefix(line: string): { text: string; timestamp?: string; level?: string } {
  let text = line.replace(PM2_PREFIX, '');
  let timestamp: string | undefined;
  // PM2's own time, then the app's (a logger that prints its own): the first is when it was logged.
  for (let round = 0; round < 2; round++) {
    const iso = ISO_TIME.exec(text);
    const syslog = iso ? null : SYSLOG_TIME.exec(text);
    const found = iso ?? syslog;
    if (!found) break;
    timestamp ??= iso ? `${iso[1]} ${iso[2]}` : syslog?.[1];
    text = text.slice(found[0].length);
  }
  text = text.replace(PM2_PREFIX, '');
  const level = LEVEL.exec(text);
  if (level) text = text.slice(level[0].length);
  const name = (level?.[1] ?? level?.[2] ?? level?.[3])?.toLowerCase();
  return { text, ...(timestamp ? { timestamp } : {}), ...(name ? { level: name } : {}) };
}

/** `key: 'value',` or `key: 535,` inside a printed error object (Node's util.inspect). */
export const PROPERTY =
  /^\s*['"]?(code|errno|syscall|command|response|responseCode|address|port|hostname|host|reason|message)['"]?\s*:\s*(.*?),?\s*$/;

/** Lines of one SMTP dialogue or one client's trace: PHPMailer's, a transcript's `S:`/`C:`, `<<`/`>>`. */
const DIALOGUE =
  /^\s*(?:SMTP (?:ERROR|Error|error)\b|SMTP -> (?:ERROR|FROM SERVER|get_lines)|SERVER -> CLIENT:|CLIENT -> SERVER:|Mailer Error:|Connection: |[SC]: |<<|>>|<~\*|~>|\*\*\*? )/;
/** A bare reply line: a failure code and words or an enhanced status code. */
const REPLY_LINE = /^[45]\d\d[ -](?:\d\.\d{1,3}\.\d{1,3}\b|[A-Za-z#"(<])/;

/** A line that belongs to the event above it: a stack frame, a property, a closing brace, an indented line. */
function continues(text: string, current: LogEvent, depth: number): boolean {
  const last = current.lines.at(-1) ?? '';
  return (
    depth > 0 || // inside a printed object: `{ Error: ... code: 'EAUTH' ... }`
    /^\s+\S/.test(text) || // indented: stack frames, properties, traceback lines
    /^\s*[}\])]+[,;]?\s*(?:\{\s*)?$/.test(text) || // closing an object or array (`] {` opens its properties)
    /^Caused by:/.test(text) || // Java
    (/^[a-z]/.test(text) && /[a-z,]\s*$/.test(last) && !/^[a-z_][\w.]*[:=]/i.test(text)) || // a sentence wrapped over lines
    /^(?:One|The other|Another) possibility\b/.test(text) || // MailKit's paragraphs of one TLS failure
    /^\.\.\. \d+ more$/.test(text) ||
    (DIALOGUE.test(text) && DIALOGUE.test(last)) || // one client's trace
    (/^Traceback \(most recent call last\)/.test(current.lines[0] ?? '') &&
      /^[A-Za-z_][\w.]*(?:Error|Exception|Disconnected|Refused|gaierror|timeout|herror)\b/.test(text)) ||
    /(?:returned|with|by|:|,|\b[45]\d\d)\s*$/.test(last) || // a message wrapped over lines
    (/^\(/.test(text) && !/[.!?)]\s*$/.test(last)) ||
    PROPERTY.test(text) || // `code:"EAUTH"` printed without indentation
    // The reply an exception line announced, printed on the next line (Ruby's Net::SMTPFatalError, Java).
    (REPLY_LINE.test(text) && /(?:Error|Exception|failed|error)\b:?\s*$/.test(last)) ||
    // The next line of a multi-line reply (`550-...` then `550 ...`).
    (/^[45]\d\d[ -]/.test(text) && /^\W*[45]\d\d-/.test(last))
  );
}

/** How many braces a line leaves open, outside quoted strings (util.inspect's objects). */
function braceBalance(line: string): number {
  let balance = 0;
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '{') balance++;
    else if (c === '}') balance--;
  }
  return balance;
}

function unquote(value: string): string {
  const quoted = /^(['"`])([\s\S]*)\1$/.exec(value.trim());
  if (!quoted) return value.trim();
  return (quoted[2] ?? '')
    .replace(/\\n/g, '\n')
    .replace(/\\r/g, '')
    .replace(/\\(['"`\\])/g, '$1');
}

/** The fields of a JSON log line (pino, winston, bunyan): the error's own, then the message. */
function jsonFields(text: string): { fields: Record<string, string>; message: string } | undefined {
  if (!text.startsWith('{') || !text.endsWith('}')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const err = [record.err, record.error, record.exception].find((e): e is Record<string, unknown> => typeof e === 'object' && e !== null);
  const fields: Record<string, string> = {};
  for (const source of [record, err ?? {}]) {
    for (const key of ['code', 'errno', 'command', 'response', 'responseCode', 'syscall', 'address', 'port', 'hostname']) {
      const v = source[key];
      if (typeof v === 'string' || typeof v === 'number') fields[key] = String(v);
    }
  }
  const nested = Array.isArray(record.errors)
    ? record.errors.map((e: unknown) =>
        typeof e === 'string' ? e : typeof e === 'object' && e !== null ? (e as Record<string, unknown>).message : undefined,
      )
    : [];
  const parts = [
    err?.message,
    err?.stack,
    record.msg,
    record.message,
    record.log,
    record.reason,
    typeof record.error === 'string' ? record.error : undefined,
    ...nested,
    ...wordsWithin(record),
  ]
    .filter((p): p is string => typeof p === 'string' && p !== '')
    .map((p) => p.split('\n')[0] ?? p);
  const level = [record.level, record.severity, record.levelname, record['log.level'], record.lvl].find((v) => v !== undefined);
  // pino writes levels as numbers: 50 is error, 60 fatal.
  if (typeof level === 'string') fields.level = level;
  else if (typeof level === 'number') fields.level = level >= 60 ? 'fatal' : level >= 50 ? 'error' : level >= 40 ? 'warn' : 'info';
  for (const key of ['time', 'timestamp', '@timestamp']) {
    const v = record[key];
    if (typeof v === 'string') fields.time = v;
    else if (typeof v === 'number') fields.time = new Date(v).toISOString();
  }
  return { fields, message: [...new Set(parts)].join(' — ') };
}

/** `key=value` and `key="quoted value"` pairs of a logfmt line (Go's logrus and slog, Heroku, many others). */
const LOGFMT_PAIR = /(?:^|\s)([A-Za-z_][\w.@-]*)=("(?:\\.|[^"\\])*"|[^\s"]*)/g;
const LOGFMT_MESSAGE_KEYS = ['msg', 'message', 'error', 'err', 'reason', 'cause', 'exception', 'error.message', 'detail'];

/** The fields of a logfmt line, with its message and its error as the event's words. */
function logfmtFields(text: string): { fields: Record<string, string>; message: string } | undefined {
  const pairs = new Map<string, string>();
  for (const pair of text.matchAll(LOGFMT_PAIR)) {
    const raw = pair[2] ?? '';
    pairs.set(
      (pair[1] ?? '').toLowerCase(),
      raw.startsWith('"')
        ? raw
            .slice(1, -1)
            .replace(/\\(["\\])/g, '$1')
            .replace(/\\n/g, '\n')
        : raw,
    );
  }
  // A line is logfmt when most of it is pairs and it names a level or a message.
  if (pairs.size < 2 || !['level', 'lvl', 'msg', 'message', 'err', 'error'].some((k) => pairs.has(k))) return undefined;
  const fields: Record<string, string> = {};
  for (const key of ['code', 'errno', 'command', 'response', 'responsecode', 'syscall', 'address', 'port', 'hostname', 'host']) {
    const v = pairs.get(key);
    if (v) fields[key === 'responsecode' ? 'responseCode' : key] = v;
  }
  const level = pairs.get('level') ?? pairs.get('lvl');
  if (level) fields.level = level;
  const time = pairs.get('time') ?? pairs.get('ts') ?? pairs.get('t');
  if (time) fields.time = time;
  const words = LOGFMT_MESSAGE_KEYS.map((k) => pairs.get(k)).filter((v): v is string => v !== undefined && v !== '');
  // The other values stay in sight (a host, a provider, an address): they are the event's context.
  const rest = [...pairs.entries()]
    .filter(([k]) => !LOGFMT_MESSAGE_KEYS.includes(k) && !['level', 'lvl', 'time', 'ts', 't'].includes(k))
    .map(([k, v]) => `${k}=${v}`);
  if (words.length === 0) return undefined;
  return { fields, message: [...new Set(words)].join(' — ') + (rest.length ? ` (${rest.join(' ')})` : '') };
}

/** Keys whose string values are an error's words, at any depth of a JSON log line (`{"ErrorModel":{"Message":...}}`). */
const WORD_KEYS =
  /^(?:message|msg|error|err|errormessage|error_message|errmsg|reason|details?|description|exc|exc_info|exception|stack|stacktrace|response|cause|event|context|body|title)$/i;

/** The error words a JSON value holds, bounded in depth and count. */
function wordsWithin(value: unknown, depth = 0, out: string[] = []): string[] {
  if (depth > 4 || out.length >= 16 || typeof value !== 'object' || value === null) return out;
  for (const [key, v] of Object.entries(value)) {
    if (out.length >= 16) break;
    const worded = WORD_KEYS.test(key);
    if (typeof v === 'string' && worded) out.push(v);
    else if (Array.isArray(v) && worded) {
      for (const item of v.slice(0, 8)) {
        if (typeof item === 'string') out.push(item);
        else wordsWithin(item, depth + 1, out);
      }
    } else wordsWithin(v, depth + 1, out);
  }
  return out;
}

/** Reads a log's text into events. Lines that belong to nothing (an access log, a startup line) are events of one line. */
export function readEvents(text: string): LogEvent[] {
  const events: LogEvent[] = [];
  let current: LogEvent | undefined;
  let pending: string | undefined;
  let depth = 0;
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '') continue;
    const { text: line, timestamp, level } = stripPrefix(raw);
    // A blank line behind a prefix is blank: paragraphs of one message stay one event.
    if (line.trim() === '') continue;
    const json = jsonFields(line.trim()) ?? logfmtFields(line.trim());
    if (json) {
      const time = json.fields.time ? ISO_TIME.exec(json.fields.time) : null;
      const said = (json.fields.level ?? level)?.toLowerCase();
      events.push({
        lines: [json.message],
        fields: json.fields,
        ...(said ? { level: said } : {}),
        ...(time ? { timestamp: `${time[1]} ${time[2]}` } : timestamp ? { timestamp } : {}),
      });
      current = undefined;
      continue;
    }
    // Lines written at another time are another event, whatever they look like (PM2 stamps each write).
    const sameWrite = !timestamp || !current?.timestamp || timestamp === current.timestamp;
    if (current && sameWrite && continues(line, current, depth)) {
      depth = Math.max(0, depth + braceBalance(line));
      current.lines.push(line);
      // util.inspect splits a long string over lines: `response: '535-5.7.8 ...\n' +` then `'535 5.7.8 ...',`.
      if (pending && /^\s*['"`]/.test(line)) {
        const value = line
          .trim()
          .replace(/\s*\+$/, '')
          .replace(/,$/, '');
        current.fields[pending] = `${current.fields[pending] ?? ''}${unquote(value)}`;
        if (!/\+\s*$/.test(line)) pending = undefined;
        continue;
      }
      pending = undefined;
      const property = PROPERTY.exec(line);
      if (property?.[1] && property[2] !== undefined && !(property[1] in current.fields)) {
        const value = property[2].replace(/\s*\+$/, '');
        current.fields[property[1]] = unquote(value);
        if (/\+\s*$/.test(property[2])) pending = property[1];
      }
      continue;
    }
    pending = undefined;
    current = { lines: [line], fields: {}, ...(timestamp ? { timestamp } : {}), ...(level ? { level } : {}) };
    const headProperty = PROPERTY.exec(line);
    if (headProperty?.[1] && headProperty[2] !== undefined) current.fields[headProperty[1]] = unquote(headProperty[2]);
    depth = Math.max(0, braceBalance(line));
    events.push(current);
  }
  return events;
}
