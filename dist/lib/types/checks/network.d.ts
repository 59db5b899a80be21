import type { Socket } from 'node:net';
import { type Check } from '../engine.js';
/** Submission ports worth trying when the configured one fails. */
export declare const ALTERNATIVE_PORTS: readonly [465, 587, 25, 2525];
/** The addresses of the SMTP host, preferred first. */
export interface Resolved {
    addresses: string[];
}
/** The address TCP reached, and the connection itself, for the SMTP session to run on (one connection per run). */
export interface Reached {
    address: string;
    /** Hands the connected socket over, once; undefined when it was already taken. */
    claim(): Socket | undefined;
}
export declare const resolveCheck: Check<Resolved>;
/**
 * Where to connect: the address TCP reached, else the first one DNS found (`dns-servers` honoured),
 * else the host itself when neither group was asked for.
 */
export declare const connectCheck: Check<Reached>;
export declare const NETWORK_CHECKS: readonly [Check<Resolved>, Check<Reached>];
