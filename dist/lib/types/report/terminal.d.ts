import type { ReportView } from './model.js';
export interface TerminalOptions {
    color: boolean;
    verbose: boolean;
}
export declare function renderTerminal(report: ReportView, options: TerminalOptions): string;
