import type { Cause } from '../types.js';
/** The stage of the session a reply answered, from the command a client or a log names. */
export type Stage = 'greeting' | 'ehlo' | 'starttls' | 'auth' | 'mail' | 'rcpt' | 'data';
export declare function stageOf(command: string | undefined): Stage | undefined;
/**
 * The enhanced status code of a reply (`5.7.8`), when it carries one: right after the basic code, or alone at
 * the start. Its class agrees with the basic code's when both are there (`550 5.1.1`, never a `1.2.3` version).
 */
export declare function enhancedCodeOf(reply: string, basic?: number): string | undefined;
/** The failure codes SMTP defines (RFC 5321, 4954, 3030, 7504). */
export declare const REPLY_CODES: ReadonlySet<number>;
/** The cause the codes alone tell, or undefined when they tell nothing (the caller says `other`). */
export declare function causeFromCodes(code: number | undefined, enhanced: string | undefined, command: string | undefined): Cause | undefined;
