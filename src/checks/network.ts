// dns and tcp: can this machine find and reach the SMTP server?
import { isIP } from 'node:net';
import type { Check } from '../engine.js';
import type { Outcome } from '../types.js';
import { hasGlobalIpv6, resolveHost, ResolveError } from '../net/resolve.js';
import { connectTcp, probePorts, TcpError } from '../net/tcp.js';

/** Submission ports worth trying when the configured one fails. */
export const ALTERNATIVE_PORTS = [465, 587, 25, 2525] as const;
const PORT_PROBE_MAX_MS = 5000;

export const resolveCheck: Check = {
  id: 'dns.resolve',
  group: 'dns',
  needs: ['env.inputs', 'env.server'],
  run: async ({ settings: s, signal, facts }): Promise<Outcome> => {
    const host = s.host;
    if (isIP(host)) {
      facts.addresses = [host];
      return { status: 'pass', cause: 'dns-ip-literal', params: { host } };
    }
    const resolver = s.dnsServers.length ? s.dnsServers.join(', ') : 'system';
    try {
      const { v4, v6 } = await resolveHost(host, s.dnsServers, s.timeoutMs, signal);
      const ipv6 = hasGlobalIpv6();
      if (v4.length === 0 && !ipv6) {
        return { status: 'fail', cause: 'dns-ipv6-only', params: { host, addresses: v6.slice(0, 4).join(', ') } };
      }
      facts.addresses = ipv6 ? [...v4, ...v6] : v4;
      return { status: 'pass', cause: 'dns-resolved', params: { host, addresses: [...v4, ...v6].slice(0, 4).join(', '), resolver } };
    } catch (error) {
      const e = error as ResolveError;
      return { status: 'fail', cause: e.reason, params: { host, resolver, detail: e.detail } };
    }
  },
};

export const connectCheck: Check = {
  id: 'tcp.connect',
  group: 'tcp',
  needs: ['dns.resolve'],
  budgetMs: (s) => s.timeoutMs + Math.min(s.timeoutMs, PORT_PROBE_MAX_MS),
  run: async ({ settings: s, signal, facts }): Promise<Outcome> => {
    const address = facts.addresses?.[0] ?? s.host;
    const started = performance.now();
    try {
      const socket = await connectTcp(address, s.port, s.timeoutMs, signal);
      socket.destroy();
      facts.address = address;
      return { status: 'pass', cause: 'tcp-connected', params: { address, port: s.port, ms: Math.round(performance.now() - started) } };
    } catch (error) {
      const e = error as TcpError;
      // Which other submission ports answer tells a blocked port from a dead server.
      const others = ALTERNATIVE_PORTS.filter((p) => p !== s.port);
      const states = await probePorts(address, others, Math.min(s.timeoutMs, PORT_PROBE_MAX_MS), signal);
      const open = others.filter((p) => states[p] === 'open');
      const cause = open.length ? `${e.reason}-other-ports-open` : e.reason;
      return {
        status: 'fail',
        cause,
        params: { address, port: s.port, open: open.join(', '), detail: e.detail },
        details: others.map((p) => `port ${p}: ${states[p]}`),
      };
    }
  },
};

export const NETWORK_CHECKS: readonly Check[] = [resolveCheck, connectCheck];
