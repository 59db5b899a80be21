// A log's text as mail failures: its events (logs/events.ts), each one's failure (logs/failure.ts) and its
// diagnosis. The log check loads this module when it has logs to read; the corpus tests call it directly.
import { readEvents, type LogEvent } from './events.js';
import { failureOf, unnamedMailError } from './failure.js';
import { diagnose } from '../smtp/diagnosis.js';
import { GENERIC_CAUSES } from '../smtp/categories.js';
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

/** One event of a log as a mail failure, or undefined when it is not one. */
export function classifyEvent(event: LogEvent, context: LogContext = {}, around = ''): LogFinding | undefined {
  const known = [context.host, context.user, context.from].filter((w): w is string => w !== undefined);
  const failure = failureOf(event);
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

/**
 * Every mail failure in a log's text, one per event. A failure nothing names is shown only when no named one
 * sits beside it in the same write: a heading (`Failed to send email:`) or a trailer of a named error is its
 * wrapping, not a second failure.
 */
export function scanLogText(text: string, context: LogContext = {}): LogFinding[] {
  const events = readEvents(text);
  const sameWrite = (i: number, j: number): boolean =>
    events[i]?.timestamp === undefined || events[j]?.timestamp === undefined || events[i]?.timestamp === events[j]?.timestamp;
  const findings = events.map((event, i) => {
    const around = events
      .map((other, j) => (j !== i && Math.abs(i - j) <= NEIGHBOURHOOD && sameWrite(i, j) ? other.lines.join('\n') : ''))
      .filter((t) => t !== '')
      .join('\n');
    return classifyEvent(event, context, around);
  });
  return findings.flatMap((finding, i) => {
    if (!finding) return [];
    if (!finding.unnamed) return [finding];
    const nearNamed = findings.some(
      (other, j) => other !== undefined && !other.unnamed && Math.abs(i - j) <= NEIGHBOURHOOD && sameWrite(i, j),
    );
    return nearNamed ? [] : [finding];
  });
}
