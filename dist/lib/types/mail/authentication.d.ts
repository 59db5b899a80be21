import type { ResolveFn } from '../net/resolve.js';
export declare const MECHANISMS: readonly ["spf", "dkim", "dmarc"];
export type Mechanism = (typeof MECHANISMS)[number];
export interface Judgement {
    /** pass, fail, softfail, neutral, none, temperror, permerror, policy. */
    result: string;
    /** The domain judged (header.d, smtp.mailfrom, header.from), when known. */
    domain: string;
}
export type Judgements = Partial<Record<Mechanism, Judgement>>;
/** The header section of a message, unfolded: one entry per header, in order, names lower-cased. */
export declare function headersOf(raw: string): {
    name: string;
    value: string;
}[];
/**
 * The receiver's verdict: the topmost Authentication-Results header (the last one added, by the receiving
 * server). For DKIM, the best of its results (one passing signature is enough). Undefined when there is none.
 */
export declare function receiverJudgements(raw: string): {
    authservId: string;
    judgements: Judgements;
} | undefined;
/**
 * Our own verification of the delivered copy, through the configured resolvers: mailauth's DKIM verifier, its
 * SPF for the client address and sender the receiver recorded (the topmost Received header with a `from` clause,
 * then Return-Path), and its DMARC evaluation of both. The same steps as its `authenticate()`, without the ARC and
 * BIMI parts, whose dependencies (an HTTP client, X.509 parsing) would double the size of the bundle.
 */
export declare function ourJudgements(raw: Buffer, resolve: ResolveFn): Promise<Judgements>;
