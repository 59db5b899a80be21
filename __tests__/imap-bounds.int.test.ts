// The mailbox client against hostile IMAP peers (a scripted server on 127.0.0.1): every answer bounded in bytes,
// a long SEARCH never crashes the check, nothing is read or deleted unless its own Message-ID is ours, and a login
// without TLS is said as such.
import { afterAll, expect, test } from '@jest/globals';
import { failureOf, IMAP_LIMITS, openMailbox, type MailboxAccess } from '../src/imap/connect.js';
import { deleteMessage, foldersToSearch, waitForMessage, newest } from '../src/imap/find.js';
import { mailboxCheck } from '../src/checks/delivery.js';
import { scriptedImap, type ImapScript, type ScriptedImap } from '../test-support/imap-script.js';
import { flood, startRawServer, type RunningServer } from '../test-support/servers.js';
import { checkContext, outcomesOf } from './helpers/check-context.js';
import { settingsFrom } from './helpers/settings.js';

const OURS = '<edc.1234@demo.example>';
const servers: RunningServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

async function scripted(script: ImapScript): Promise<ScriptedImap & { port: number }> {
  const session = scriptedImap(script);
  const server = await startRawServer(session.handle);
  servers.push(server);
  return { ...session, port: server.port };
}

const access = (port: number): MailboxAccess => ({
  host: '127.0.0.1',
  port,
  secure: false,
  user: 'box@demo.example',
  password: 'long-enough-password',
  rejectUnauthorized: true,
  ca: [],
  allowPlaintext: true,
  timeoutMs: 3000,
});

const bytes = (byte: string): Buffer => Buffer.alloc(64 * 1024, byte);

test('a greeting line that never ends is cut at the line limit, quickly', async () => {
  const server = await scripted({ greeting: (s) => (s.write('* OK '), flood(s, bytes('A'), 200 * 1024 * 1024)) });
  const started = performance.now();
  const error = await openMailbox(access(server.port), new AbortController().signal).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ reason: 'imap-too-large' });
  expect(performance.now() - started).toBeLessThan(3000);
});

test('a LIST answer announcing a 1000 MB literal ends the connection before a byte of it is kept', async () => {
  const server = await scripted({
    on: { LIST: (s) => (s.write('* LIST () "/" {1048576000}\r\n'), flood(s, bytes('x'), 50 * 1024 * 1024)) },
  });
  // imapflow lists the folders as it connects; the check lists them again. Either way, the same reason.
  const reason = await openMailbox(access(server.port), new AbortController().signal).then(
    async (client) => {
      const error = await foldersToSearch(client).then(
        () => undefined,
        (e: unknown) => e,
      );
      client.close();
      return error === undefined ? 'listed' : failureOf(client, error).reason;
    },
    (e: { reason?: string }) => e.reason,
  );
  expect(reason).toBe('imap-too-large');
});

test('a SEARCH of 200,000 UIDs neither crashes nor finds what is not ours', async () => {
  const uids = Array.from({ length: 200_000 }, (_, i) => i + 1).join(' ');
  const server = await scripted({ on: { SEARCH: (s, tag) => s.write(`* SEARCH ${uids}\r\n${tag} OK done\r\n`) } });
  const client = await openMailbox(access(server.port), new AbortController().signal);
  const found = await waitForMessage(client, [{ path: 'INBOX', kind: 'inbox' }], OURS, {
    deadline: Date.now(),
    now: Date.now,
    signal: new AbortController().signal,
  });
  expect(found).toBeUndefined();
  // Only the newest few were read, each checked for our Message-ID.
  expect(server.commands.filter((c) => c === 'FETCH').length).toBeLessThanOrEqual(5);
  expect(uids.length).toBeLessThan(IMAP_LIMITS.maxLineLength);
  client.close();
});

test("a SEARCH that answers other people's mail besides ours: ours is read and deleted, by its UID, and nothing else", async () => {
  const others = Array.from({ length: 3000 }, (_, i) => i + 1);
  const server = await scripted({
    on: { SEARCH: (s, tag) => s.write(`* SEARCH ${others.join(' ')}\r\n${tag} OK done\r\n`) },
    messageIds: { 3000: '<someone-else@demo.example>', 2999: OURS, 2998: '<another@demo.example>' },
  });
  const client = await openMailbox(access(server.port), new AbortController().signal);
  const found = await waitForMessage(client, [{ path: 'INBOX', kind: 'inbox' }], OURS, {
    deadline: Date.now(),
    now: Date.now,
    signal: new AbortController().signal,
  });
  expect(found?.uid).toBe(2999);
  await deleteMessage(client, found!);
  expect(server.deleted).toEqual([2999]);
  client.close();
});

test('the newest UIDs, without spreading a long list', () => {
  expect(newest([3, 9, 1, 7, 7, 12], 3)).toEqual([12, 9, 7]);
  expect(
    newest(
      Array.from({ length: 300_000 }, (_, i) => i),
      2,
    ),
  ).toEqual([299_999, 299_998]);
  expect(newest([Number.NaN, 5], 3)).toEqual([5]);
});

test('a login without TLS (allowed) is a warning that says plaintext; without the allowance, it is refused', async () => {
  const server = await scripted({});
  const inputs = (port: number) => ({
    'test-recipient': 'box@demo.example',
    'imap-host': '127.0.0.1',
    'imap-port': String(port),
    'imap-secure': 'false',
    'imap-password': 'long-enough-password',
    timeout: '3',
  });
  const allowed = await mailboxCheck.run(checkContext(settingsFrom({ ...inputs(server.port), 'allow-plaintext-auth': 'true' })));
  expect(allowed).toMatchObject({ outcomes: { status: 'warn', cause: 'imap-login-plaintext', params: { mode: 'plaintext' } } });
  (allowed as { value: { close(): void } }).value.close();
  expect(server.commands).toContain('LOGIN');
  const strict = await scripted({});
  const refused = await outcomesOf(mailboxCheck, checkContext(settingsFrom(inputs(strict.port))));
  expect(refused).toMatchObject([{ status: 'fail', cause: 'imap-no-starttls' }]);
  expect(strict.commands).not.toContain('LOGIN');
});
