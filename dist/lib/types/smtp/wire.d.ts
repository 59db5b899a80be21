import type { Socket } from 'node:net';
import type { ConnectionOptions, TLSSocket } from 'node:tls';
export interface Reply {
    code: number;
    /** Enhanced status code (RFC 3463), e.g. 5.7.8. */
    enhanced?: string;
    lines: string[];
    /** All lines joined, as the server wrote them. */
    text: string;
}
export type WireFailure = 'closed' | 'timeout' | 'garbage' | 'too-long';
export declare class WireError extends Error {
    readonly failure: WireFailure;
    readonly detail: string;
    constructor(failure: WireFailure, detail: string);
}
/**
 * One reply, bounded: a real multi-line reply (an EHLO, a 535 with its help text) has a few dozen lines. Past these,
 * the server is broken or hostile: the connection ends and the reply is its own finding, never a growing buffer.
 */
export declare const MAX_REPLY_LINES = 100;
export declare const MAX_REPLY_BYTES: number;
export declare class SmtpWire {
    readonly socket: Socket | TLSSocket;
    private readonly transcript;
    private readonly timeoutMs;
    private buffer;
    private lines;
    /** Bytes of the complete lines not yet taken as a reply. */
    private pendingBytes;
    private waiting?;
    private ended?;
    private readonly onData;
    private readonly onEnd;
    constructor(socket: Socket | TLSSocket, transcript: string[], timeoutMs: number);
    /** The next complete reply, within the timeout. */
    read(timeoutMs?: number): Promise<Reply>;
    send(line: string, shown?: string): void;
    /** Several commands in one write (PIPELINING): one round trip for all of them. */
    sendBatch(lines: readonly string[]): void;
    /** The content of a message after DATA, already dot-stuffed and closed. */
    sendData(data: Buffer): void;
    command(line: string, shown?: string): Promise<Reply>;
    /** STARTTLS: hands the socket to TLS; this reader stops and a new one reads the TLS side. */
    upgrade(options: ConnectionOptions): Promise<{
        wire: SmtpWire;
        socket: TLSSocket;
    }>;
    /** Polite QUIT, waiting at most `waitMs` for the goodbye; then the socket is destroyed either way. */
    quit(waitMs: number): Promise<void>;
    close(): void;
    private detach;
    private receive;
    private tooLong;
    private takeReply;
    private finish;
}
/** A TLS handshake bounded by timeoutMs. The certificate is judged by the caller, not here. */
export declare function handshake(options: ConnectionOptions, timeoutMs: number): Promise<TLSSocket>;
