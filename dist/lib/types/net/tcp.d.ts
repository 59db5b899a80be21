import type { Socket } from 'node:net';
export type TcpFailure = 'tcp-refused' | 'tcp-timeout' | 'tcp-unreachable' | 'tcp-error';
export declare class TcpError extends Error {
    readonly reason: TcpFailure;
    readonly detail: string;
    constructor(reason: TcpFailure, detail: string);
}
export declare function connectTcp(address: string, port: number, timeoutMs: number, signal?: AbortSignal): Promise<Socket>;
export declare function classifyTcpError(error: NodeJS.ErrnoException): TcpError;
export type PortState = 'open' | 'refused' | 'no answer';
/** Tries each port at once: how a person learns that their host blocks one port but not another. */
export declare function probePorts(address: string, ports: readonly number[], timeoutMs: number, signal?: AbortSignal): Promise<Record<number, PortState>>;
