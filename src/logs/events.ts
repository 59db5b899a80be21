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
}

/** PM2's `pm2 logs` prefix (`0|api  | `), then a timestamp of a common shape, then a level tag. */
const PM2_PREFIX = /^\d+\|[\w.-]+\s*\|\s?/;
const ISO_TIME = /^\[?(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?:? ?/;
const SYSLOG_TIME = /^([A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}) /;
const LEVEL =
  /^(?:\[?(?:error|err|warn|warning|info|debug|fatal|crit|critical)\]?:?\s+|\[?(?:ERROR|WARN|WARNING|INFO|DEBUG|FATAL)\]?:?\s*)/;

/** A line without what the logger put before it, and the time it carried. */
export function stripPrefix(line: string): { text: string; timestamp?: string } {
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
  text = text.replace(PM2_PREFIX, '').replace(LEVEL, '');
  return { text, ...(timestamp ? { timestamp } : {}) };
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
  ]
    .filter((p): p is string => typeof p === 'string' && p !== '')
    .map((p) => p.split('\n')[0] ?? p);
  for (const key of ['time', 'timestamp', '@timestamp']) {
    const v = record[key];
    if (typeof v === 'string') fields.time = v;
    else if (typeof v === 'number') fields.time = new Date(v).toISOString();
  }
  return { fields, message: [...new Set(parts)].join(' — ') };
}

/** Reads a log's text into events. Lines that belong to nothing (an access log, a startup line) are events of one line. */
export function readEvents(text: string): LogEvent[] {
  const events: LogEvent[] = [];
  let current: LogEvent | undefined;
  let pending: string | undefined;
  let depth = 0;
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '') continue;
    const { text: line, timestamp } = stripPrefix(raw);
    const json = jsonFields(line.trim());
    if (json) {
      const time = json.fields.time ? ISO_TIME.exec(json.fields.time) : null;
      events.push({
        lines: [json.message],
        fields: json.fields,
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
    current = { lines: [line], fields: {}, ...(timestamp ? { timestamp } : {}) };
    const headProperty = PROPERTY.exec(line);
    if (headProperty?.[1] && headProperty[2] !== undefined) current.fields[headProperty[1]] = unquote(headProperty[2]);
    depth = Math.max(0, braceBalance(line));
    events.push(current);
  }
  return events;
}
