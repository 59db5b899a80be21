import type { Cause, Params } from '../types.js';
import type { diagnoseSession } from './diagnosis.js';
export declare function diagnosed(...args: Parameters<typeof diagnoseSession>): Promise<{
    cause: Cause;
    params: Params;
}>;
