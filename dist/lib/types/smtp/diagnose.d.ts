import type { Cause, Params } from '../types.js';
import type { diagnoseSession, Failure } from './diagnosis.js';
export declare function diagnosed(...args: Parameters<typeof diagnoseSession>): Promise<{
    cause: Cause;
    params: Params;
}>;
/** A reply the client met outside a command of its session (the greeting), diagnosed by the same families. */
export declare function diagnosedReply(failure: Failure): Promise<{
    cause: Cause;
    params: Params;
}>;
