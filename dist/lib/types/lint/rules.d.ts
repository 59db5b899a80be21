import type { Cause, Params } from '../types.js';
import type { EnvBlock, TransportLiteral, WorkflowSecretUse } from './sources.js';
export interface LintFinding {
    cause: Cause;
    status: 'fail' | 'warn';
    file: string;
    line: number;
    params: Params;
}
export declare const isExampleFile: (file: string) => boolean;
export declare function blockFindings(block: EnvBlock, kind: 'dotenv' | 'config', tracked: boolean): LintFinding[];
/** PM2: env_production should set what the other environments set, and NODE_ENV=production. */
export declare function productionFindings(blocks: readonly EnvBlock[]): LintFinding[];
export declare function transportFindings(transport: TransportLiteral): LintFinding[];
export declare function workflowFindings(use: WorkflowSecretUse): LintFinding[];
