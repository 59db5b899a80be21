// Shared vocabulary: what a check returns and how results are judged.
import type { Cause } from './i18n/causes.js';
import type { Language } from './i18n/text.js';

export type { Cause, Language };

export const GROUPS = [
  'env',
  'dns',
  'tcp',
  'tls',
  'smtp',
  'send',
  'delivery',
  'health',
  'server',
  'deliverability',
  'logs',
  'lint',
] as const;
export type Group = (typeof GROUPS)[number];

export type Status = 'pass' | 'warn' | 'fail' | 'skip';
export type FailOn = 'critical' | 'warning' | 'never';

/** Values a message template may interpolate. Never put a secret here: reporters show params. */
export type Params = Record<string, string | number>;

/** What a check decides; the engine adds id, group and timing. */
export interface Outcome {
  status: Status;
  /** Stable cause code: text, tests and diagnosis key on it, never on message strings. */
  cause: Cause;
  params?: Params;
  /** Raw evidence (an SMTP transcript, certificate fields), shown collapsed. Redacted by reporters. */
  details?: string[];
  /** A message id produced by the send check. */
  messageId?: string;
  /** Distinguishes several results of one check (the input or file they are about). */
  subject?: string;
  /** A line in a repository file: the PR annotation goes there. */
  location?: { file: string; line: number };
  /** The time another party measured for it (an item of the server's report): shown instead of ours. */
  durationMs?: number;
}

export interface CheckResult extends Omit<Outcome, 'subject'> {
  id: string;
  group: Group;
  params: Params;
  durationMs: number;
}

export type Verdict = 'pass' | 'warn' | 'fail';

export function overallStatus(results: readonly CheckResult[]): Verdict {
  if (results.some((r) => r.status === 'fail')) return 'fail';
  if (results.some((r) => r.status === 'warn')) return 'warn';
  return 'pass';
}

/** Whether the verdict should fail the workflow (or exit 1 on the CLI). */
export function shouldFail(verdict: Verdict, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'warning') return verdict !== 'pass';
  return verdict === 'fail';
}
