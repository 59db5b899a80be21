// delivery: the test mail found in the mailbox over IMAP (which folder, how long after the SMTP server
// accepted it), then how the receiver judged it. Runs when a test mail was sent and `imap-password` is set.
import type { ImapFlow } from 'imapflow';
import { produce, type Check, type Produced } from '../engine.js';
import { errorText } from '../text.js';
import { imapFailure, MAX_COPY_BYTES } from '../imap/outcome.js';
import type { Folder } from '../imap/find.js';
import type { Judgement, Judgements, Mechanism } from '../mail/authentication.js';
import { resolveFn } from '../net/resolve.js';
import { withTimeout } from '../net/timeout.js';
import { round1 } from '../text.js';
import { MIN_REDACTABLE_LENGTH } from '../secrets.js';
import type { InputName } from '../settings/inputs.js';
import type { Settings } from '../settings/settings.js';
import type { Outcome, Params, Status } from '../types.js';
import { sendCheck } from './send.js';

export interface Delivered {
  folder: Folder;
  seconds: number;
  /** The delivered copy (headers and body as the mailbox holds it), when it could be read. */
  raw?: Buffer;
}

/** The delivered copy is read for its headers and signatures; a test mail is a few kilobytes. */
const LOGOUT_GRACE_MS = 2000;

async function leave(client: ImapFlow): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    client.logout().catch(() => undefined),
    new Promise((resolve) => (timer = setTimeout(resolve, LOGOUT_GRACE_MS))),
  ]).finally(() => clearTimeout(timer));
  client.close();
}

/**
 * The test mailbox: its settings judged, then the login, while the SMTP checks run (it needs nothing from them).
 * A wrong IMAP password is known before the test mail is sent, and the wait after the 250 measures delivery, not
 * our login. The logged-in client is handed to the inbox check and logged out by the engine after it.
 */
/** The input without which there is no mailbox to look in. The mailbox check reports it (once); the checks after it are left out. */
const mailboxInput = (s: Settings): InputName | undefined =>
  s.imap.user === '' ? (s.app.mail ? 'imap-user' : 'test-recipient') : s.imap.password === '' ? 'imap-password' : undefined;
/** Our own test mail is looked for only when it is sent to the mailbox (`test-recipient`) and the mailbox can be read. */
const hasMailbox = (s: Settings): boolean => s.testRecipient !== '' && mailboxInput(s) === undefined;

export const mailboxCheck: Check<ImapFlow> = {
  id: 'delivery.mailbox',
  group: 'delivery',
  // The app-mail checks read the same mailbox, whatever groups were chosen.
  pulledIn: true,
  needsSecrets: true,
  requires: mailboxInput,
  // Connect, TLS, login, then the server's capabilities: a few round trips, each bounded by `timeout`.
  budgetMs: (s) => s.timeoutMs * 3,
  run: async ({ settings: s, signal }): Promise<Outcome | Produced<ImapFlow>> => {
    if (s.imap.host === '') return { status: 'fail', cause: 'delivery-no-imap-host', params: { user: s.imap.user } };
    if (s.imap.password.trim().length < MIN_REDACTABLE_LENGTH)
      return { status: 'fail', cause: 'imap-password-too-short', params: { length: s.imap.password.trim().length } };
    const params = { host: s.imap.host, port: s.imap.port, user: s.imap.user, mode: s.imap.secure ? 'TLS' : 'STARTTLS' };
    // 993 is implicit TLS and 143 STARTTLS everywhere: the other way round waits out a timeout, then fails.
    if ((s.imap.port === 993 && !s.imap.secure) || (s.imap.port === 143 && s.imap.secure))
      return { status: 'fail', cause: 'imap-port-mode-mismatch', params };
    // The mailbox code (imapflow and ours) is loaded only by runs that read a mailbox.
    const { classifyImapError, encrypted, openMailbox } = await import('../imap/connect.js');
    try {
      const client = await openMailbox(
        {
          host: s.imap.host,
          port: s.imap.port,
          secure: s.imap.secure,
          user: s.imap.user,
          password: s.imap.password,
          rejectUnauthorized: s.tlsRejectUnauthorized,
          ca: s.tlsCa,
          allowPlaintext: s.allowPlaintextAuth,
          timeoutMs: s.timeoutMs,
        },
        signal,
      );
      const idle = client.capabilities.has('IDLE') ? 'IDLE' : 'polling';
      // The mode said is the one used: a STARTTLS port whose server offered none logged in in the clear (allowed).
      if (!encrypted(client))
        return produce({ status: 'warn', cause: 'imap-login-plaintext', params: { ...params, mode: 'plaintext', idle } }, client);
      return produce({ status: 'pass', cause: 'imap-login-ok', params: { ...params, idle } }, client);
    } catch (error) {
      return imapFailure(classifyImapError(error), s);
    }
  },
  release: (client) => void leave(client),
};

export const deliveryInboxCheck: Check<Delivered> = {
  id: 'delivery.inbox',
  group: 'delivery',
  needs: [sendCheck, mailboxCheck],
  // It waits up to a minute: the SMTP session above the send check is not held open for it.
  reads: [sendCheck, mailboxCheck],
  needsSecrets: true,
  relevant: hasMailbox,
  budgetMs: (s) => s.imap.deliveryTimeoutMs + s.timeoutMs * 3,
  run: async ({ settings: s, get, signal, now }) => {
    // Asked for alone, there is no test mail to look for: say what to add rather than "not run".
    if (!s.checks.includes('send')) return { status: 'fail', cause: 'delivery-needs-send', params: { checks: s.checks.join(',') } };
    const sent = get(sendCheck);
    const client = get(mailboxCheck);
    if (!sent || !client) return { status: 'skip', cause: 'prerequisite-failed', params: { check: sent ? mailboxCheck.id : sendCheck.id } };
    // Past the budget, the connection ends: a server that stops answering mid-command cannot hold the run.
    const onAbort = (): void => client.close();
    signal.addEventListener('abort', onAbort, { once: true });
    const { failureOf } = await import('../imap/connect.js');
    const { deleteMessage, fetchSource, foldersToSearch, messageIdOf, waitForMessage } = await import('../imap/find.js');
    try {
      const folders = await foldersToSearch(client);
      const deadline = sent.acceptedAt + s.imap.deliveryTimeoutMs;
      const found = await waitForMessage(client, folders, sent.messageId, { deadline, now, signal });
      const base: Params = { user: s.imap.user, host: sent.host, queueId: sent.queueId || '-', messageId: sent.messageId };
      if (!found) {
        return {
          status: 'fail',
          cause: 'delivery-not-arrived',
          params: {
            ...base,
            acceptedAt: new Date(sent.acceptedAt).toISOString(),
            seconds: round1((now() - sent.acceptedAt) / 1000),
            folders: folders.map((f) => f.path).join(', '),
          },
        };
      }
      const seconds = round1((found.at - sent.acceptedAt) / 1000);
      const fetched = await fetchSource(client, found, MAX_COPY_BYTES).catch(() => undefined);
      // Read before delete: the copy read must be ours (its UID was checked against our Message-ID when found).
      const raw = fetched && messageIdOf(fetched) === sent.messageId ? fetched : undefined;
      const deleted =
        s.imap.cleanup && (fetched === undefined || raw !== undefined) ? await deleteMessage(client, found).catch(() => false) : false;
      const outcome: Outcome = {
        status: found.folder.kind === 'inbox' ? 'pass' : 'warn',
        cause: found.folder.kind === 'inbox' ? 'delivery-inbox' : 'delivery-junk',
        params: { ...base, folder: found.folder.path, seconds },
        details: [
          `accepted by ${sent.host} at ${new Date(sent.acceptedAt).toISOString()}${sent.queueId ? ` (queue id ${sent.queueId})` : ''}`,
          `found in ${found.folder.path} (${found.folder.kind}) after ${seconds} s, UID ${found.uid}`,
          s.imap.cleanup
            ? deleted
              ? 'deleted after reading (delivery-cleanup)'
              : 'could not be deleted'
            : 'left in the mailbox (delivery-cleanup: false)',
        ],
      };
      return produce(outcome, { folder: found.folder, seconds, ...(raw ? { raw } : {}) });
    } catch (error) {
      return imapFailure(failureOf(client, error), s);
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  },
};

const PASSING = new Set(['pass']);
const ABSENT = new Set(['none', 'neutral', 'skipped', 'declined']);
/** A lookup failed on the way (RFC 8601 temperror): nothing is known about the record itself. */
const UNKNOWN = new Set(['temperror', 'temperr']);

function judged(mechanism: Mechanism, judgement: Judgement, judge: string): Outcome {
  const params = { result: judgement.result, domain: judgement.domain || '-', judge, mechanism: mechanism.toUpperCase() };
  if (UNKNOWN.has(judgement.result)) return { status: 'warn', cause: 'delivered-auth-temperror', subject: mechanism, params };
  const kind = PASSING.has(judgement.result) ? 'pass' : ABSENT.has(judgement.result) ? 'none' : 'fail';
  const status: Status = kind === 'pass' ? 'pass' : 'warn';
  return { status, cause: `delivered-${mechanism}-${kind}`, subject: mechanism, params };
}

const describeAll = (mechanisms: readonly Mechanism[], who: string, judgements: Judgements): string =>
  `${who}: ${mechanisms.map((m) => `${m}=${judgements[m]?.result ?? '?'}`).join(' ')}`;

export const deliveryAuthenticationCheck: Check = {
  id: 'delivery.authentication',
  group: 'delivery',
  needs: [deliveryInboxCheck],
  reads: [deliveryInboxCheck],
  relevant: hasMailbox,
  // Our verification makes a few DNS lookups in a row; it is bounded below, and a slow resolver only costs it.
  budgetMs: (s) => s.timeoutMs * 3,
  run: async ({ settings: s, get }): Promise<Outcome | Outcome[]> => {
    const delivered = get(deliveryInboxCheck);
    if (!delivered?.raw) return { status: 'skip', cause: 'delivery-no-copy' };
    const { MECHANISMS, ourJudgements, receiverJudgements } = await import('../mail/authentication.js');
    const receiver = receiverJudgements(delivered.raw.toString('utf8'));
    let ours: Judgements = {};
    let oursFailed = '';
    try {
      ours = await withTimeout(ourJudgements(delivered.raw, resolveFn(s.dnsServers, s.timeoutMs)), s.timeoutMs * 2);
    } catch (error) {
      oursFailed = errorText(error);
    }
    const details = [
      ...(receiver
        ? [describeAll(MECHANISMS, `receiver (${receiver.authservId})`, receiver.judgements)]
        : ['receiver: no Authentication-Results header']),
      oursFailed ? `email-deploy-check: verification failed: ${oursFailed}` : describeAll(MECHANISMS, 'email-deploy-check', ours),
    ];
    // The receiver's verdict is the one that decided where the mail went; ours stands in where it said nothing.
    return MECHANISMS.flatMap((mechanism) => {
      const theirs = receiver?.judgements[mechanism];
      const judgement = theirs ?? ours[mechanism];
      if (!judgement) return [];
      return [{ ...judged(mechanism, judgement, theirs ? receiver?.authservId || 'receiver' : 'email-deploy-check'), details }];
    });
  },
};

/** Where our test mail came from, as the receiver recorded it: the same facts the app's mail gets (mail/origin.ts). */
export const deliveryOriginCheck: Check = {
  id: 'delivery.origin',
  group: 'delivery',
  needs: [deliveryInboxCheck],
  reads: [deliveryInboxCheck],
  relevant: hasMailbox,
  // A PTR, its forward lookup and three lists, side by side: a few network steps.
  budgetMs: (s) => s.timeoutMs * 3,
  run: async ({ settings: s, get }): Promise<Outcome | Outcome[]> => {
    const delivered = get(deliveryInboxCheck);
    if (!delivered?.raw) return { status: 'skip', cause: 'delivery-no-copy' };
    const { originOutcomes } = await import('../mail/origin.js');
    return originOutcomes(delivered.raw, s, { compareSender: false });
  },
};

export const DELIVERY_CHECKS = [mailboxCheck, deliveryInboxCheck, deliveryAuthenticationCheck, deliveryOriginCheck] as const;
