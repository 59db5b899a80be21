import { type LogEvent } from './events.js';
import type { Cause, Outcome } from '../types.js';
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
/** One event of a log as a mail failure, or undefined when it is not one. */
export declare function classifyEvent(event: LogEvent, context?: LogContext, around?: string): LogFinding | undefined;
/** Every mail failure in a log's text, one per failure a write records. */
export declare function scanLogText(text: string, context?: LogContext): LogFinding[];
