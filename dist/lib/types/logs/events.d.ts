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
/** A line without what the logger put before it, and the time it carried. */
export declare function stripPrefix(line: string): {
    text: string;
    timestamp?: string;
    level?: string;
};
/** `key: 'value',` or `key: 535,` inside a printed error object (Node's util.inspect). */
export declare const PROPERTY: RegExp;
/** Reads a log's text into events. Lines that belong to nothing (an access log, a startup line) are events of one line. */
export declare function readEvents(text: string): LogEvent[];
