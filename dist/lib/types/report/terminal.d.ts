import type { Report } from './model.js';
export interface TerminalOptions {
    color: boolean;
    verbose: boolean;
}
export declare function renderTerminal(report: Report, options: TerminalOptions): string;
