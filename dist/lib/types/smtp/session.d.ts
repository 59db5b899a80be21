import type { Reply, SmtpWire } from './wire.js';
import type { Capabilities } from './capabilities.js';
/** A refusal or a broken session, with what a diagnosis needs (the shape of nodemailer's errors). */
export declare class SmtpFailure extends Error {
    readonly code: 'EAUTH' | 'ENOAUTH' | 'EENVELOPE' | 'EMESSAGE' | 'ETIMEDOUT' | 'ECONNECTION' | 'ETOOLONG';
    readonly command: string;
    readonly response?: string | undefined;
    readonly responseCode?: number | undefined;
    constructor(code: 'EAUTH' | 'ENOAUTH' | 'EENVELOPE' | 'EMESSAGE' | 'ETIMEDOUT' | 'ECONNECTION' | 'ETOOLONG', command: string, response?: string | undefined, responseCode?: number | undefined);
}
/** Lines written together, replies read in order (RFC 2920 PIPELINING, or one by one). */
export declare class SmtpSession {
    private readonly wire;
    private readonly capabilities;
    constructor(wire: SmtpWire, capabilities: Capabilities);
    /** One exchange; a dropped or silent connection becomes a failure of that command. */
    private exchange;
    private broken;
    /** AUTH PLAIN (or LOGIN when only that is offered); resolves with the mechanism used. Credentials never reach the transcript. */
    login(user: string, pass: string): Promise<string>;
    /**
     * AUTH XOAUTH2 with an access token. A refusal comes as a 334 carrying the server's base64 JSON (status, schemes,
     * scope); the client answers with an empty line and the server ends with 535. The JSON joins the reply text.
     */
    loginXoauth2(user: string, token: string): Promise<string>;
    /** Commands whose replies are read in order: in one write when the server pipelines, else one by one. */
    private batch;
    /** MAIL FROM, RCPT TO and RSET: the server judges sender and recipient, nothing is sent. One round trip with PIPELINING. */
    probeEnvelope(from: string, to: string): Promise<void>;
    /** A message on the same session: MAIL, RCPT and DATA (batched when pipelined), then the content. Resolves with the final reply. */
    send(from: string, to: string, message: Buffer): Promise<Reply>;
}
/** The message with CRLF line ends, leading dots doubled (RFC 5321 4.5.2) and the closing `.` line. */
export declare function dotStuffed(message: Buffer): Buffer;
