import type { ConnectionOptions } from 'node:tls';
import type { Socket } from 'node:net';
import { SmtpWire, type Reply } from './wire.js';
import { type Capabilities } from './capabilities.js';
import type { Cause, Params } from '../types.js';
export interface TlsFacts {
    protocol: string;
    cipher: string;
    /** Chain trusted by this machine's CA store (plus `tls-ca`). */
    authorized: boolean;
    authorizationError?: string;
    hostnameError?: string;
    subject: string;
    issuer: string;
    validFrom: string;
    validTo: string;
    altNames: string;
    fingerprint: string;
}
export interface ProbeFacts {
    greeting: Reply;
    greetingMs: number;
    /** Capabilities of the last EHLO (after STARTTLS when there was one). */
    capabilities: Capabilities;
    /** STARTTLS was offered on the plaintext connection (the first EHLO). */
    starttlsOffered: boolean;
    tls?: TlsFacts;
    transcript: string[];
}
export declare class ProbeError extends Error {
    readonly reason: Cause;
    readonly params: Params;
    readonly transcript: string[];
    constructor(reason: Cause, params: Params, transcript: string[]);
}
export interface ProbeOptions {
    address: string;
    host: string;
    port: number;
    secure: boolean;
    timeoutMs: number;
    ca?: string[];
    signal?: AbortSignal;
    /** The socket the TCP check connected: the whole session runs on it (one connection per run). */
    socket?: Socket;
}
/** The probe's facts and the connection itself, greeted, upgraded and said EHLO to: ready for AUTH. */
export interface Greeted extends ProbeFacts {
    wire: SmtpWire;
}
/** nodemailer's rule: the machine name when it is a FQDN, else an address literal servers accept. */
export declare function ehloName(): string;
export declare function tlsOptions(host: string, ca?: string[]): ConnectionOptions;
export declare function probeSmtp(options: ProbeOptions): Promise<Greeted>;
