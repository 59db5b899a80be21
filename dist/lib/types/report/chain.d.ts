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
    first?: {
        id: string;
        cause: string;
        category?: Category;
    };
}
export interface Chain {
    status: ChainStatus;
    require: Requirement;
    /** The first target that works, in order: the one the mail goes through. */
    carrier?: string;
    targets: ChainTarget[];
}
export declare const worst: (...verdicts: Verdict[]) => Verdict;
/** The first result that failed, else the first that warned: what the chain line names. */
export declare function firstProblem<T extends {
    status: Status;
}>(results: readonly T[]): T | undefined;
/** The chain's verdict from its targets' verdicts alone: a warning still carries mail. */
export declare function chainStatus(verdicts: readonly Verdict[]): ChainStatus;
/** The mail's verdict for a chain: degraded is a warning, or a failure when every target is required. */
export declare function chainVerdict(chain: ChainStatus, verdicts: readonly Verdict[], require: Requirement): Verdict;
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
export declare function chainViewOf(chain: Chain, rows: readonly ChainRow[]): ChainView;
/** A problem as one phrase: its title, then what it says (the server's reply is in there). */
export declare const problemWords: (r: ChainRow, language: Language) => Text;
/**
 * The chain's headline: all work; the broken primary with its problem and the backup that carries the mail; the
 * broken backups while the primary carries it; or none works.
 */
export declare function chainHeadline(chain: ChainView, language: Language): Text;
/** One line per target: role, name, provider, server, verdict and first problem. */
export declare function chainLine(t: ChainLineView, language: Language): Text;
/** A server's section heading: role, name, provider and where. */
export declare function chainSection(t: ChainLineView, language: Language): Text;
