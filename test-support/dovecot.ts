// A real IMAP server for the delivery tests: Dovecot from Debian's `dovecot-imapd`, configured in a temporary
// folder, listening on 127.0.0.1 only (IMAP with STARTTLS and IMAPS), with a passwd-file of test users and a
// Junk folder. Mail reaches its mailboxes through Dovecot's own delivery agent (dovecot-lda), the way an MTA
// hands mail to it. Needs root (Dovecot drops to its own users) and the package; `.ci/run` installs it.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pem } from './certs.js';
import { closedPort } from './servers.js';
import { stopDaemon, waitForPort } from './daemon.js';

const DOVECOT = '/usr/sbin/dovecot';
const LDA = '/usr/lib/dovecot/dovecot-lda';

/** Why Dovecot cannot run here, or undefined when it can. */
export function dovecotUnavailable(): string | undefined {
  if (!existsSync(DOVECOT) || !existsSync(LDA)) return 'dovecot-imapd is not installed (apt-get install dovecot-imapd)';
  if (process.getuid?.() !== 0) return 'Dovecot needs root to switch to its own users';
  const dovecotUser = spawnSync('id', ['-u', 'dovecot'], { encoding: 'utf8' });
  if (dovecotUser.status !== 0) return 'the dovecot system user is missing (reinstall dovecot-core)';
  return undefined;
}

export interface RunningDovecot {
  /** IMAP with STARTTLS. */
  imapPort: number;
  /** IMAP over implicit TLS. */
  imapsPort: number;
  /** Dovecot's log so far. */
  log(): string;
  /** Hands a message to Dovecot's delivery agent, into `folder` of `user`'s mailbox; `sender` becomes its Return-Path. */
  deliver(user: string, raw: string | Buffer, folder?: string, sender?: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startDovecot(options: { users: Record<string, string>; tls: Pem; authSocket?: string }): Promise<RunningDovecot> {
  const dir = mkdtempSync(join(tmpdir(), 'edc-dovecot-'));
  chmodSync(dir, 0o755);
  const mail = join(dir, 'mail');
  mkdirSync(mail);
  const uid = Number(spawnSync('id', ['-u', 'dovecot'], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'dovecot'], { encoding: 'utf8' }).stdout.trim());
  chownSync(mail, uid, gid);
  writeFileSync(join(dir, 'cert.pem'), options.tls.cert);
  writeFileSync(join(dir, 'key.pem'), options.tls.key, { mode: 0o600 });
  writeFileSync(
    join(dir, 'users'),
    Object.entries(options.users)
      .map(([user, password]) => `${user}:{PLAIN}${password}\n`)
      .join(''),
    { mode: 0o640 },
  );
  chownSync(join(dir, 'users'), 0, gid);
  // Ports nothing listens on now, for Dovecot to take.
  const [imapPort, imapsPort] = [await closedPort(), await closedPort()];
  const config = join(dir, 'dovecot.conf');
  writeFileSync(
    config,
    `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <${dir}/cert.pem
ssl_key = <${dir}/key.pem
disable_plaintext_auth = yes
auth_mechanisms = plain login
auth_failure_delay = 0
default_login_user = dovenull
default_internal_user = dovecot
default_internal_group = dovecot
first_valid_uid = 1
first_valid_gid = 1
postmaster_address = postmaster@localhost
# Log the client's IMAP ID (NetEase refuses mailbox access to clients that send none).
imap_id_log = *
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=${uid} gid=${gid} home=${mail}/%u
}
namespace inbox {
  inbox = yes
  mailbox Junk {
    special_use = \\Junk
    auto = create
  }
}
service anvil {
  chroot =
  # No growing delay after a failed login (auth penalty): the tests log in wrongly on purpose.
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
${
  options.authSocket
    ? `# Postfix's SASL: its smtpd asks Dovecot to check the logins (smtpd_sasl_type = dovecot).
service auth {
  unix_listener ${options.authSocket} {
    mode = 0666
  }
}`
    : ''
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${imapPort}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${imapsPort}
    ssl = yes
  }
}
`,
  );
  const child = spawn(DOVECOT, ['-F', '-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const log = (): string =>
    stderr +
    (existsSync(join(dir, 'dovecot.log')) ? spawnSync('tail', ['-n', '20', join(dir, 'dovecot.log')], { encoding: 'utf8' }).stdout : '');
  const deadline = Date.now() + 15_000;
  await waitForPort('dovecot', imapPort, deadline, child, log);
  await waitForPort('dovecot', imapsPort, deadline, child, log);

  return {
    imapPort,
    imapsPort,
    log: () => (existsSync(join(dir, 'dovecot.log')) ? readFileSync(join(dir, 'dovecot.log'), 'utf8') : ''),
    deliver: (user, raw, folder = 'INBOX', sender) =>
      new Promise((resolve, reject) => {
        const lda = spawn(LDA, ['-c', config, '-d', user, '-m', folder, ...(sender ? ['-f', sender] : [])], {
          stdio: ['pipe', 'ignore', 'pipe'],
        });
        let err = '';
        lda.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
        lda.on('error', reject);
        lda.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`dovecot-lda exited with ${code}: ${err} ${log()}`))));
        lda.stdin?.end(raw);
      }),
    stop: async () => {
      await stopDaemon(child, 3000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
