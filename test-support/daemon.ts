// What the tests that run a real daemon (Dovecot, Postfix) share: waiting for its port, and stopping it.
// No relative imports: Node 24 runs the test-support files directly (type stripping) for `npm run demo`.
import type { ChildProcess } from 'node:child_process';
import { connect } from 'node:net';

/** Waits until `port` on 127.0.0.1 accepts a connection; fails with the daemon's log if it exits or the deadline passes. */
export async function waitForPort(name: string, port: number, deadline: number, child: ChildProcess, log: () => string): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}: ${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`${name} did not listen on ${port}: ${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** SIGTERM, then SIGKILL if the daemon is still there after `graceMs`. */
export async function stopDaemon(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, graceMs))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}
