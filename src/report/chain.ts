// One verdict for a failover chain: each target's own report, the primary first, joined into the run's report.
// All work: pass. Some work: degraded (a warning, or a failure under `require: all`), naming the broken ones
// and the one that carries the mail. None works: fail. The app's own checks (health, app, logs, lint) ran once,
// beside the chain, and their verdict joins it as it is.
import { UI, pick, interpolate } from '../i18n/index.js';
import { Text } from '../untrusted.js';
import type { Category } from '../smtp/categories.js';
import type { Language, Status, Verdict } from '../types.js';

/** What a chain line shows of a result row: the reporters' view of it (model.ts), as far as the chain reads it. */
export interface ChainRow {
  id: string;
  target?: Text;
  title: Text;
  message: Text;
}

export type ChainStatus = 'pass' | 'degraded' | 'fail';
export type Requirement = 'any' | 'all';

/** One target's line: who it is, its verdict, and the first thing wrong with it (the report JSON's `chain.targets`). */
export interface ChainTarget {
  name: string;
  role: 'primary' | 'backup';
  status: Verdict;
  provider: string;
  host: string;
  port: number;
  secure: boolean;
  /** The first failing (else warning) result: its id, cause and family. */
  first?: { id: string; cause: string; category?: Category };
}

export interface Chain {
  status: ChainStatus;
  require: Requirement;
  /** The first target that works, in order: the one the mail goes through. */
  carrier?: string;
  targets: ChainTarget[];
}

const WORSE: Record<Verdict, number> = { pass: 0, warn: 1, fail: 2 };
export const worst = (...verdicts: Verdict[]): Verdict => verdicts.reduce((a, b) => (WORSE[b] > WORSE[a] ? b : a), 'pass');

/** The first result that failed, else the first that warned: what the chain line names. */
export function firstProblem<T extends { status: Status }>(results: readonly T[]): T | undefined {
  return results.find((r) => r.status === 'fail') ?? results.find((r) => r.status === 'warn');
}

/** The chain's verdict from its targets' verdicts alone: a warning still carries mail. */
export function chainStatus(verdicts: readonly Verdict[]): ChainStatus {
  const working = verdicts.filter((v) => v !== 'fail').length;
  return working === verdicts.length ? 'pass' : working > 0 ? 'degraded' : 'fail';
}

/** The mail's verdict for a chain: degraded is a warning, or a failure when every target is required. */
export function chainVerdict(chain: ChainStatus, verdicts: readonly Verdict[], require: Requirement): Verdict {
  if (chain === 'fail') return 'fail';
  if (chain === 'degraded') return require === 'all' ? 'fail' : 'warn';
  return worst(...verdicts);
}

/** A chain line as reporters see it: the name and server are theirs (the workflow's list, the provider's host). */
export interface ChainLineView {
  name: Text;
  role: 'primary' | 'backup';
  status: Verdict;
  provider: Text;
  where: Text;
  secure: boolean;
  /** The first problem, in the words of its row. */
  first?: ChainRow;
}

export interface ChainView {
  status: ChainStatus;
  require: Requirement;
  carrier?: Text;
  targets: ChainLineView[];
}

/** The chain in words: each line's first problem is the view's own row (already redacted, ours and theirs apart). */
export function chainViewOf(chain: Chain, rows: readonly ChainRow[]): ChainView {
  return {
    status: chain.status,
    require: chain.require,
    ...(chain.carrier ? { carrier: Text.theirs(chain.carrier) } : {}),
    targets: chain.targets.map((t) => {
      const first = t.first && rows.find((r) => r.target?.plain === t.name && r.id === t.first?.id);
      return {
        name: Text.theirs(t.name),
        role: t.role,
        status: t.status,
        provider: Text.theirs(t.provider),
        where: Text.theirs(`${t.host || '?'}:${t.port}`),
        secure: t.secure,
        ...(first ? { first } : {}),
      };
    }),
  };
}

/** A problem as one phrase: its title, then what it says (the server's reply is in there). */
export const problemWords = (r: ChainRow, language: Language): Text =>
  Text.fill(pick(UI.labelled, language), { label: r.title, text: r.message });

/**
 * The chain's headline: all work; the broken primary with its problem and the backup that carries the mail; the
 * broken backups while the primary carries it; or none works.
 */
export function chainHeadline(chain: ChainView, language: Language): Text {
  const broken = chain.targets.filter((t) => t.status === 'fail');
  const names = Text.join(
    broken.map((t) => t.name),
    pick(UI.listSeparator, language),
  );
  if (chain.status === 'pass') return Text.ours(interpolate(pick(UI.chainPass, language), { count: chain.targets.length }));
  if (chain.status === 'fail') return Text.fill(pick(UI.chainFail, language), { names });
  const [primary] = chain.targets;
  const problem = (t: ChainLineView): Text => (t.first ? problemWords(t.first, language) : Text.ours('-'));
  if (primary && primary.status === 'fail')
    return Text.fill(pick(chain.require === 'all' ? UI.chainPrimaryDownRequired : UI.chainPrimaryDown, language), {
      primary: primary.name,
      problem: problem(primary),
      carrier: chain.carrier ?? Text.ours('-'),
    });
  const [firstBroken] = broken;
  return Text.fill(pick(chain.require === 'all' ? UI.chainBackupDownRequired : UI.chainBackupDown, language), {
    names,
    problem: firstBroken ? problem(firstBroken) : Text.ours('-'),
    carrier: chain.carrier ?? Text.ours('-'),
  });
}

/** One line per target: role, name, provider, server, verdict and first problem. */
export function chainLine(t: ChainLineView, language: Language): Text {
  const line = Text.fill(pick(UI.chainLine, language), {
    role: Text.ours(pick(t.role === 'primary' ? UI.chainPrimary : UI.chainBackup, language)),
    name: t.name,
    provider: t.provider,
    where: t.where,
    verdict: Text.ours(pick(UI.chainStatusWord[t.status], language)),
  });
  return t.first ? line.concat(Text.fill(pick(UI.chainProblem, language), { problem: problemWords(t.first, language) })) : line;
}

/** A server's section heading: role, name, provider and where. */
export function chainSection(t: ChainLineView, language: Language): Text {
  return Text.fill(pick(UI.chainTargetSection, language), {
    role: Text.ours(pick(t.role === 'primary' ? UI.chainPrimary : UI.chainBackup, language)),
    name: t.name,
    provider: t.provider,
    where: t.where,
  });
}
