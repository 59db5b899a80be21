// A log's text as mail failures: its events (logs/events.ts), each one's failure (logs/failure.ts) and its
// diagnosis. The log check loads this module when it has logs to read; the corpus tests call it directly.
import { readEvents, type LogEvent } from './events.js';
import { failureOf, unnamedMailError, wordedFailure } from './failure.js';
import { diagnose } from '../smtp/diagnosis.js';
import { categoryOf, GENERIC_CAUSES, type Category } from '../smtp/categories.js';
import { decodeReply } from '../smtp/reply.js';
import type { Cause, Outcome } from '../types.js';

const EXAMPLE_CHARS = 600;

export interface LogFinding {
  cause: Cause;
  params: Outcome['params'];
  timestamp?: string;
  /** The event as it was printed (its lines joined), for the example. */
  text: string;
  /** No family and no code named it: a mail error the scan can only show. */
  unnamed?: boolean;
}

/** Who the log's app is, for the words of the fix: the settings when given, else what the event says. */
export interface LogContext {
  provider?: string;
  user?: string;
  from?: string;
  /** The SMTP host configured: an error naming it is about mail. */
  host?: string;
}

/** How many events around a named failure are taken as its wrapping lines (a heading, a trailer). */
const NEIGHBOURHOOD = 3;

/** Families whose words only mail servers and mail clients say: they make an event about mail by themselves. */
const MAIL_ONLY: ReadonlySet<Category> = new Set<Category>([
  'auth-failed',
  'app-password-required',
  'auth-method-disabled',
  'missing-credentials',
  'sender-rejected',
  'recipient-rejected',
  'content-rejected',
  'starttls-required-or-missing',
]);

/** An event without a mail word whose words name a mail-only family (`Relay access denied`). */
function wordedMailFailure(event: LogEvent, context: LogContext): ReturnType<typeof wordedFailure> {
  const failure = wordedFailure(event);
  if (!failure) return undefined;
  const category = categoryOf(diagnose({ ...failure, ...context }).cause);
  return category && MAIL_ONLY.has(category) ? failure : undefined;
}

/** One event of a log as a mail failure, or undefined when it is not one. */
export function classifyEvent(event: LogEvent, context: LogContext = {}, around = ''): LogFinding | undefined {
  const known = [context.host, context.user, context.from].filter((w): w is string => w !== undefined);
  const failure = failureOf(event) ?? wordedMailFailure(event, context);
  const unnamed = failure ? undefined : unnamedMailError(event, known);
  if (!failure && !unnamed) return undefined;
  const found = failure ?? unnamed;
  // The lines written with it (a client's debug line naming the port, a heading) are its context too.
  const diagnosis = diagnose({ ...found, ...(around && found?.context ? { context: `${found.context}\n${around}` } : {}), ...context });
  const text = decodeReply(event.lines.join('\n')).slice(0, EXAMPLE_CHARS);
  const generic = GENERIC_CAUSES.has(diagnosis.cause);
  return {
    cause: unnamed && generic ? 'log-mail-error' : diagnosis.cause,
    params: diagnosis.params,
    ...(event.timestamp ? { timestamp: event.timestamp } : {}),
    text,
    ...(generic ? { unnamed: true } : {}),
  };
}

/** At most this many events make one write: a log without timestamps is read in runs of this length. */
const MAX_WRITE = 8;

/** Consecutive events written at one time (the same timestamp, or none), at most MAX_WRITE each. */
function writes(events: LogEvent[]): LogEvent[][] {
  const blocks: LogEvent[][] = [];
  for (const event of events) {
    const block = blocks.at(-1);
    if (block && block.length < MAX_WRITE && block[0]?.timestamp === event.timestamp) block.push(event);
    else blocks.push([event]);
  }
  return blocks;
}

/**
 * The mail failures of one write. Named failures are the write's findings, and an unnamed one beside them is
 * their wrapping (a heading such as `Failed to send email:`, a trailer). When nothing in the write is named, the
 * write is read as one event: an error's words the reader split over lines still name its family together.
 */
function scanWrite(block: LogEvent[], context: LogContext): LogFinding[] {
  const findings = block.map((event, i) =>
    classifyEvent(
      event,
      context,
      block
        .filter((_, j) => j !== i && Math.abs(i - j) <= NEIGHBOURHOOD)
        .map((other) => other.lines.join('\n'))
        .join('\n'),
    ),
  );
  const named = findings.filter((f): f is LogFinding => f !== undefined && !f.unnamed);
  if (named.length > 0) return named;
  const first = block[0];
  if (block.length > 1 && first) {
    const level = block.find((e) => e.level)?.level;
    const whole = classifyEvent(
      {
        lines: block.flatMap((e) => e.lines),
        fields: Object.assign({}, ...block.map((e) => e.fields)) as Record<string, string>,
        ...(first.timestamp ? { timestamp: first.timestamp } : {}),
        ...(level ? { level } : {}),
      },
      context,
    );
    if (whole) return [whole];
  }
  return findings.filter((f): f is LogFinding => f !== undefined).slice(0, 1);
}

/** Every mail failure in a log's text, one per failure a write records. */
export function scanLogText(text: string, context: LogContext = {}): LogFinding[] {
  return writes(readEvents(text)).flatMap((block) => scanWrite(block, context));
}
