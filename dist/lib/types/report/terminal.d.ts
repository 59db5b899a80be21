import { type Language, type Status } from '../types.js';
import { type CheckId } from '../i18n/causes.js';
import { Text } from '../untrusted.js';
import { type ReportView } from './model.js';
export interface TerminalOptions {
    color: boolean;
    verbose: boolean;
}
export declare function renderTerminal(report: ReportView, options: TerminalOptions): string;
/**
 * The CLI on a terminal, live: each result as it completes, and one status line saying what it waits for
 * (rewritten in place with our own escape codes). The full report follows when the run ends.
 */
export declare class LiveTerminal {
    private readonly out;
    private readonly language;
    private readonly color;
    private waiting;
    constructor(out: NodeJS.WriteStream, language: Language, color: boolean);
    private status;
    /** `name`: the mail server it is about, in a run of several. */
    start(id: CheckId, budgetMs: number, target: string, name?: string): void;
    result(id: string, status: Status, words: {
        title: Text;
        text: Text;
    }, name?: string): void;
    /** Clears the status line before the final report. */
    end(): void;
}
