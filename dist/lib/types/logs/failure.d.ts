import type { Failure } from '../smtp/diagnosis.js';
import { type LogEvent } from './events.js';
/** The last line of a Python traceback: the exception and its message. */
export declare const PYTHON_EXCEPTION: RegExp;
/** The first reply in `text` that reads as a real SMTP reply, as `code rest`. */
export declare function findReply(text: string): string | undefined;
/**
 * An error event with mail context that gives nothing a diagnosis can read (no reply, no code, no known words):
 * still a mail failure in the log, so the scan names it `other` with its text rather than passing. The mail
 * context is a mail word or function, or the SMTP host or user the settings name.
 */
export declare function unnamedMailError(event: LogEvent, known?: readonly string[]): Failure | undefined;
/**
 * An error event with no mail word whose own words still say something only mail servers say (a sender or a
 * recipient refused, a relay denied, STARTTLS): the caller keeps it when the diagnosis names a mail-only family.
 */
export declare function wordedFailure(event: LogEvent): Failure | undefined;
/** The failure an event records, or undefined when it is not about mail. */
export declare function failureOf(event: LogEvent): Failure | undefined;
