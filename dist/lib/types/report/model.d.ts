import type { Redactor } from '../secrets.js';
import type { Settings } from '../settings/settings.js';
import { type CheckResult, type Group, type Language, type Status, type Verdict } from '../types.js';
export interface ReportResult {
    id: string;
    group: Group;
    status: Status;
    cause: string;
    title: string;
    message: string;
    fix?: string;
    params: CheckResult['params'];
    durationMs: number;
    details?: string[];
    file?: string;
    line?: number;
}
export interface Report {
    schemaVersion: 1;
    tool: string;
    version: string;
    status: Verdict;
    language: Language;
    startedAt: string;
    durationMs: number;
    where: {
        mode: 'action' | 'cli' | 'route';
        runner: string;
    };
    target: {
        provider: string;
        host: string;
        port: number;
        secure: boolean;
        user: string;
        from: string;
    };
    counts: Record<Status, number>;
    messageId?: string;
    results: ReportResult[];
}
export declare function buildReport(results: readonly CheckResult[], settings: Settings, startedAt: Date, redactor: Redactor): Report;
/** Most severe first, stable within a severity. */
export declare function bySeverity<T extends {
    status: Status;
}>(items: readonly T[]): T[];
