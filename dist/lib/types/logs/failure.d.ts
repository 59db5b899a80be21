import type { Failure } from '../smtp/diagnosis.js';
import { type LogEvent } from './events.js';
/** The last line of a Python traceback: the exception and its message. */
export declare const PYTHON_EXCEPTION: RegExp;
/** The first reply in `text` that reads as a real SMTP reply, as `code rest`. */
export declare function findReply(text: string): string | undefined;
/** The failure an event records, or undefined when it is not about mail. */
export declare function failureOf(event: LogEvent): Failure | undefined;
