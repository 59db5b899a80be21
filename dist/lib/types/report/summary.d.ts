import { type Status } from '../types.js';
import { type Report } from './model.js';
/** GitHub refuses a step summary over 1 MiB; stay well below it. */
export declare const SUMMARY_BUDGET_BYTES: number;
export declare const STATUS_ICON: Record<Status, string>;
/** Message text uses `code` spans; table cells are HTML, where markdown is not rendered. */
export declare const toHtml: (text: string) => string;
/** Composes the summary markdown/HTML for a report. Pure apart from the summary buffer it fills. */
export declare function composeSummary(report: Report, extraSections?: string[]): string;
