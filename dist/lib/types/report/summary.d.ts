import { type Status } from '../types.js';
import { type ReportView } from './model.js';
/** GitHub refuses a step summary over 1 MiB; stay well below it, counted after escaping. */
export declare const SUMMARY_BUDGET_BYTES: number;
export declare const STATUS_ICON: Record<Status, string>;
/** Composes the summary HTML for a report: verdict, what to fix first, then the tables. Pure apart from the summary buffer it fills. */
export declare function composeSummary(report: ReportView): string;
