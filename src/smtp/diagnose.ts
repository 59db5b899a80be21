// The session's failures, diagnosed on demand: the diagnosis tables (diagnosis.ts: every provider's words) are
// loaded only by a run that has a refusal to read, not by every start.
import type { Cause, Params } from '../types.js';
import type { diagnoseSession, Failure } from './diagnosis.js';

export async function diagnosed(...args: Parameters<typeof diagnoseSession>): Promise<{ cause: Cause; params: Params }> {
  const { diagnoseSession: diagnose } = await import('./diagnosis.js');
  return diagnose(...args);
}

/** A reply the client met outside a command of its session (the greeting), diagnosed by the same families. */
export async function diagnosedReply(failure: Failure): Promise<{ cause: Cause; params: Params }> {
  const { diagnose } = await import('./diagnosis.js');
  return diagnose(failure);
}
