import { type Report } from './report/model.js';
export declare function runAction(env?: NodeJS.ProcessEnv): Promise<void>;
export declare function reportOutput(report: Report): string;
/** The `targets` output: each mail server's name, verdict and first problem (cause and family). */
export declare function targetsOutput(report: Report): {
    name: string;
    role: string;
    status: string;
    cause?: string;
    category?: string;
}[];
