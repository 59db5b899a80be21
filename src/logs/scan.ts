// A log's text as mail failures: its events (logs/events.ts), each one's failure (logs/failure.ts) and its
// diagnosis. The log check loads this module when it has logs to read; the corpus tests call it directly.
import { readEvents, type LogEvent } from './events.js';
import { failureOf } from './failure.js';
import { diagnose } from '../smtp/diagnosis.js';
import { decodeReply } from '../smtp/reply.js';
import type { Cause, Outcome } from '../types.js';

const EXAMPLE_CHARS = 600;

export interface LogFinding {
  cause: Cause;
  params: Outcome['params'];
  timestamp?: string;
  /** The event as it was printed (its lines joined), for the example. */
  text: string;
}

/** Who the log's app is, for the words of the fix: the settings when given, else what the event says. */
export interface LogContext {
  provider?: string;
  user?: string;
  from?: string;
}

/** One event of a log as a mail failure, or undefined when it is not one. */
export function classifyEvent(event: LogEvent, context: LogContext = {}): LogFinding | undefined {
  const failure = failureOf(event);
  if (!failure) return undefined;
  const { cause, params } = diagnose({ ...failure, ...context });
  const text = decodeReply(event.lines.join('\n'));
  return { cause, params, ...(event.timestamp ? { timestamp: event.timestamp } : {}), text: text.slice(0, EXAMPLE_CHARS) };
}

/** Every mail failure in a log's text, one per event. */
export function scanLogText(text: string, context: LogContext = {}): LogFinding[] {
  return readEvents(text).flatMap((event) => classifyEvent(event, context) ?? []);
}
