import { type Report } from './report/model.js';
export declare function runAction(env?: NodeJS.ProcessEnv): Promise<void>;
export declare function reportOutput(report: Report): string;
