// A real MTA for the tests that need one: Postfix from Debian's package, configured in a temporary folder, its
// smtpd on 127.0.0.1 only (STARTTLS, AUTH only over TLS, logins checked by Dovecot's SASL), relaying nowhere (mail for
// postfix.test is discarded, any other refused). Runs its master in the foreground, logging to
// a file. Needs root (Postfix drops to its own user) and the packages; `.ci/run` installs them.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pem } from './certs.js';
import { dovecotUnavailable, startDovecot, type RunningDovecot } from './dovecot.js';
import { closedPort } from './servers.js';
import { stopDaemon, waitForPort } from './daemon.js';

const MASTER = '/usr/lib/postfix/sbin/master';

/** Why Postfix cannot run here, or undefined when it can. */
export function postfixUnavailable(): string | undefined {
  if (!existsSync(MASTER)) return 'postfix is not installed (apt-get install postfix)';
  if (spawnSync('id', ['-u', 'postfix']).status !== 0 || spawnSync('getent', ['group', 'postdrop']).status !== 0)
    return 'the postfix user or the postdrop group is missing (reinstall postfix)';
  return dovecotUnavailable();
}

export interface RunningPostfix {
  /** smtpd: plain, then STARTTLS; AUTH PLAIN/LOGIN only after it. */
  port: number;
  log(): string;
  stop(): Promise<void>;
}

const QUEUE_DIRS = ['active', 'bounce', 'corrupt', 'defer', 'deferred', 'flush', 'hold', 'incoming', 'private', 'saved', 'trace'];

export async function startPostfix(options: { users: Record<string, string>; tls: Pem }): Promise<RunningPostfix> {
  const dir = mkdtempSync(join(tmpdir(), 'edc-postfix-'));
  chmodSync(dir, 0o755);
  const id = (flag: string, name: string): number => Number(spawnSync('id', [flag, name], { encoding: 'utf8' }).stdout.trim());
  const postfix = id('-u', 'postfix');
  const postdrop = Number(spawnSync('getent', ['group', 'postdrop'], { encoding: 'utf8' }).stdout.split(':')[2]);
  const spool = join(dir, 'spool');
  for (const d of QUEUE_DIRS) {
    mkdirSync(join(spool, d), { recursive: true });
    chownSync(join(spool, d), postfix, 0);
    chmodSync(join(spool, d), 0o700);
  }
  for (const [d, mode] of [
    ['public', 0o710],
    ['maildrop', 0o730],
  ] as const) {
    mkdirSync(join(spool, d));
    chownSync(join(spool, d), postfix, postdrop);
    chmodSync(join(spool, d), mode);
  }
  mkdirSync(join(spool, 'pid'));
  mkdirSync(join(dir, 'data'));
  chownSync(join(dir, 'data'), postfix, 0);
  mkdirSync(join(dir, 'etc'));
  writeFileSync(join(dir, 'cert.pem'), options.tls.cert);
  writeFileSync(join(dir, 'key.pem'), options.tls.key, { mode: 0o600 });
  const auth = join(dir, 'auth');
  const dovecot: RunningDovecot = await startDovecot({ users: options.users, tls: options.tls, authSocket: auth });
  const port = await closedPort();
  writeFileSync(
    join(dir, 'etc', 'main.cf'),
    `compatibility_level = 3.6
queue_directory = ${spool}
data_directory = ${dir}/data
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
meta_directory = /etc/postfix
shlib_directory = /usr/lib/postfix
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = mx.postfix.test
mydomain = postfix.test
myorigin = postfix.test
mydestination =
relayhost =
alias_maps =
alias_database =
# Nothing leaves this machine: mail for postfix.test (any user) is accepted and discarded, every other delivery refused.
default_transport = error:no outbound mail in tests
virtual_mailbox_domains = postfix.test
virtual_mailbox_maps = static:accepted
virtual_transport = discard:accepted in tests
smtpd_tls_cert_file = ${dir}/cert.pem
smtpd_tls_key_file = ${dir}/key.pem
smtpd_tls_security_level = may
smtpd_tls_auth_only = yes
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = ${auth}
smtpd_relay_restrictions = permit_sasl_authenticated, reject
smtpd_recipient_restrictions = permit_sasl_authenticated, reject
maillog_file_prefixes = ${dir}
maillog_file = ${dir}/postfix.log
`,
  );
  writeFileSync(
    join(dir, 'etc', 'master.cf'),
    `127.0.0.1:${port} inet n - n - - smtpd
anvil unix - - n - 1 anvil
tlsmgr unix - - n 1000? 1 tlsmgr
proxymap unix - - n - - proxymap
rewrite unix - - n - - trivial-rewrite
cleanup unix n - n - 0 cleanup
qmgr unix n - n 300 1 qmgr
bounce unix - - n - 0 bounce
defer unix - - n - 0 bounce
trace unix - - n - 0 bounce
error unix - - n - - error
retry unix - - n - - error
scache unix - - n - 1 scache
discard unix - - n - - discard
postlog unix-dgram n - n - 1 postlogd
`,
  );
  const child: ChildProcess = spawn(MASTER, ['-c', join(dir, 'etc'), '-d'], { stdio: 'ignore' });
  const output = (): string => (existsSync(join(dir, 'postfix.log')) ? readFileSync(join(dir, 'postfix.log'), 'utf8') : '');
  const deadline = Date.now() + 15_000;
  await waitForPort('postfix master', port, deadline, child, output);
  return {
    port,
    log: output,
    stop: async () => {
      await stopDaemon(child, 5000);
      await dovecot.stop();
    },
  };
}
