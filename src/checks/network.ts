// dns and tcp: can this machine find and reach the SMTP server?
import type { Socket } from 'node:net';
import { produce, type Check, type CheckOutput } from '../engine.js';
import type { Cause, Outcome } from '../types.js';
import { inputsCheck, serverCheck } from './env.js';
import { hasGlobalIpv6, resolveHost, ResolveError } from '../net/resolve.js';
import { connectTcp, probePorts, TcpError } from '../net/tcp.js';

/** Submission ports worth trying when the configured one fails. */
export const ALTERNATIVE_PORTS = [465, 587, 25, 2525] as const;
const PORT_PROBE_MAX_MS = 5000;

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

function reached(address: string, socket: Socket): Reached {
  let held: Socket | undefined = socket;
  // Idle until the greeting check takes it: an error now must not crash the process.
  socket.on('error', () => undefined);
  return {
    address,
    claim: () => {
      const taken = held;
      held = undefined;
      return taken;
    },
  };
}

export const resolveCheck: Check<Resolved> = {
  id: 'dns.resolve',
  group: 'dns',
  pulledIn: true,
  needs: [inputsCheck, serverCheck],
  run: async ({ settings: s, signal }): Promise<CheckOutput<Resolved>> => {
    const host = s.host;
    if (process.getBuiltinModule('node:net').isIP(host))
      return produce({ status: 'pass', cause: 'dns-ip-literal', params: { host } }, { addresses: [host] });
    const resolver = s.dnsServers.length ? s.dnsServers.join(', ') : 'system';
    try {
      const { v4, v6 } = await resolveHost(host, s.dnsServers, s.timeoutMs, signal);
      const ipv6 = hasGlobalIpv6();
      if (v4.length === 0 && !ipv6) {
        return { status: 'fail', cause: 'dns-ipv6-only', params: { host, addresses: v6.slice(0, 4).join(', ') } };
      }
      const addresses = ipv6 ? [...v4, ...v6] : v4;
      return produce(
        { status: 'pass', cause: 'dns-resolved', params: { host, addresses: [...v4, ...v6].slice(0, 4).join(', '), resolver } },
        { addresses },
      );
    } catch (error) {
      const e = error as ResolveError;
      return { status: 'fail', cause: e.reason, params: { host, resolver, detail: e.detail } };
    }
  },
};

/**
 * Where to connect: the address TCP reached, else the first one DNS found (`dns-servers` honoured),
 * else the host itself when neither group was asked for.
 */
export const connectCheck: Check<Reached> = {
  id: 'tcp.connect',
  group: 'tcp',
  pulledIn: true,
  needs: [resolveCheck],
  budgetMs: (s) => s.timeoutMs + Math.min(s.timeoutMs, PORT_PROBE_MAX_MS),
  run: async ({ settings: s, signal, get }): Promise<CheckOutput<Reached>> => {
    const address = get(resolveCheck)?.addresses[0] ?? s.host;
    const started = performance.now();
    try {
      const socket = await connectTcp(address, s.port, s.timeoutMs, signal);
      return produce(
        { status: 'pass', cause: 'tcp-connected', params: { address, port: s.port, ms: Math.round(performance.now() - started) } },
        reached(address, socket),
      );
    } catch (error) {
      const e = error as TcpError;
      // Which other submission ports answer tells a blocked port from a dead server.
      const also = s.provider.kind === 'known' ? (s.provider.provider.profile?.alsoPorts ?? []) : [];
      const others = [...ALTERNATIVE_PORTS, ...also].filter((p) => p !== s.port);
      const states = await probePorts(address, others, Math.min(s.timeoutMs, PORT_PROBE_MAX_MS), signal);
      const open = others.filter((p) => states[p] === 'open');
      const cause: Cause = open.length ? `${e.reason}-other-ports-open` : e.reason;
      const failed: Outcome = {
        status: 'fail',
        cause,
        // Only submission ports are offered to an app: 25 is for servers talking to servers.
        params: {
          address,
          port: s.port,
          open: open.join(', '),
          submission: open.filter((p) => p === 465 || p === 587 || also.includes(p)).join(', ') || '-',
          detail: e.detail,
        },
        details: others.map((p) => `port ${p}: ${states[p]}`),
      };
      return failed;
    }
  },
  // Nobody took the connection (the SMTP checks were not run, or failed first): close it.
  release: (value) => value.claim()?.destroy(),
};

export const NETWORK_CHECKS = [resolveCheck, connectCheck] as const;
