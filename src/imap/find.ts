// Finding our test mail in the mailbox: by its Message-ID only, in the inbox and the junk folders, waiting with
// IDLE where the server offers it and polling with backoff otherwise. We read and delete nothing but that mail.
import type { ImapFlow } from 'imapflow';

export interface Folder {
  path: string;
  kind: 'inbox' | 'junk';
}

/** Junk folders by name, for servers that do not mark one `\Junk` (RFC 6154). */
const JUNK_NAMES = /^(junk|spam|junk e-?mail|bulk mail|垃圾邮件|垃圾箱|广告邮件)$/i;

/** The inbox first, then every junk folder the server lists. */
export async function foldersToSearch(client: ImapFlow): Promise<Folder[]> {
  const listed = await client.list();
  const junk = listed
    .filter((box) => !box.flags.has('\\Noselect') && !box.flags.has('\\NonExistent'))
    .filter((box) => box.specialUse === '\\Junk' || JUNK_NAMES.test(box.name))
    .map((box): Folder => ({ path: box.path, kind: 'junk' }));
  return [{ path: 'INBOX', kind: 'inbox' }, ...junk];
}

export interface Found {
  folder: Folder;
  uid: number;
  /** When it was seen, ms since the epoch. */
  at: number;
}

export interface Wait {
  /** Give up at this time (ms since the epoch). */
  deadline: number;
  now: () => number;
  signal: AbortSignal;
}

/**
 * Short pauses first: a mail usually lands within a second, and IDLE notices come late on some servers (Dovecot
 * batches them for half a second), so early polls measure the delivery more closely. Then up to 5 s apart.
 */
const FIRST_PAUSE_MS = 100;
const LONGEST_PAUSE_MS = 5000;

export async function waitForMessage(
  client: ImapFlow,
  folders: readonly Folder[],
  messageId: string,
  wait: Wait,
): Promise<Found | undefined> {
  const found = await poll(client, folders, (folder) => searchFolder(client, folder.path, messageId), wait);
  return found && { folder: found.folder, uid: found.value, at: found.at };
}

/** Of the UIDs a search answers, the newest few are read; a mailbox holds our Message-ID once. */
const MAX_CANDIDATES = 5;

/**
 * Our mail in this folder: among the UIDs the server says match (newest first, a few at most), the one whose own
 * Message-ID header is ours. A server that answers other UIDs (a broken SEARCH, or a hostile one) never gets us
 * to read, report or delete a message that is not ours.
 */
async function searchFolder(client: ImapFlow, path: string, messageId: string): Promise<number | undefined> {
  const lock = await client.getMailboxLock(path, { readOnly: true });
  try {
    const uids = await client.search({ header: { 'message-id': messageId } }, { uid: true });
    if (!Array.isArray(uids) || uids.length === 0) return undefined;
    for (const uid of newest(uids, MAX_CANDIDATES)) {
      const message = await client.fetchOne(String(uid), { uid: true, headers: ['message-id'] }, { uid: true });
      if (message && message.uid === uid && messageIdOf(message.headers) === messageId) return uid;
    }
    return undefined;
  } finally {
    lock.release();
  }
}

/** The `count` highest numbers, highest first, without sorting (or spreading) a list a server made long. */
export function newest(uids: readonly number[], count: number): number[] {
  const top: number[] = [];
  for (const uid of uids) {
    if (!Number.isSafeInteger(uid)) continue;
    if (top.length < count) top.push(uid);
    else if (uid > top[top.length - 1]!) top[top.length - 1] = uid;
    else continue;
    top.sort((a, b) => b - a);
  }
  return [...new Set(top)];
}

/** The Message-ID of a header block or a whole message (`Message-ID: <...>`, folded or not), or '' when there is none. */
export function messageIdOf(message: Buffer | undefined): string {
  const text = message?.toString('latin1') ?? '';
  const end = text.search(/\r?\n\r?\n/);
  const headers = (end < 0 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  return /^message-id:\s*(<[^>\r\n]*>)/im.exec(headers)?.[1] ?? '';
}

/**
 * Looks in each folder until one answers, pausing between rounds (shortly at first, then longer; woken early by new
 * mail where the server offers IDLE) until the deadline. The one wait of our test mail and of the app's mail.
 */
async function poll<V>(
  client: ImapFlow,
  folders: readonly Folder[],
  look: (folder: Folder) => Promise<V | undefined>,
  wait: Wait,
): Promise<{ folder: Folder; value: V; at: number } | undefined> {
  let pause = FIRST_PAUSE_MS;
  for (;;) {
    for (const folder of folders) {
      const value = await look(folder);
      if (value !== undefined) return { folder, value, at: wait.now() };
    }
    const left = wait.deadline - wait.now();
    if (left <= 0 || wait.signal.aborted) return undefined;
    await pauseOrArrival(client, Math.min(pause, left), wait.signal);
    pause = Math.min(LONGEST_PAUSE_MS, Math.round(pause * 1.5));
  }
}

/**
 * Waits `ms`, or less when new mail reaches the inbox: IDLE tells us at once where the server offers it
 * (the next command ends the IDLE). A server without IDLE is simply polled.
 */
async function pauseOrArrival(client: ImapFlow, ms: number, signal: AbortSignal): Promise<void> {
  const idle = client.capabilities.has('IDLE');
  let lock: { release(): void } | undefined;
  if (idle) {
    lock = await client.getMailboxLock('INBOX', { readOnly: true });
    void client.idle().catch(() => undefined);
  }
  let onExists: (() => void) | undefined;
  let onAbort: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    await new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
      onExists = resolve;
      onAbort = resolve;
      client.on('exists', onExists);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  } finally {
    clearTimeout(timer);
    if (onExists) client.off('exists', onExists);
    if (onAbort) signal.removeEventListener('abort', onAbort);
    lock?.release();
  }
}

/** The delivered copy as the mailbox holds it, at most `maxBytes`. */
export async function fetchSource(client: ImapFlow, found: Found, maxBytes: number): Promise<Buffer | undefined> {
  const lock = await client.getMailboxLock(found.folder.path, { readOnly: true });
  try {
    const message = await client.fetchOne(String(found.uid), { source: { maxLength: maxBytes } }, { uid: true });
    return message ? message.source : undefined;
  } finally {
    lock.release();
  }
}

/**
 * Deletes our test mail, and only it: by its UID in its folder, and only after that UID was read and its own
 * Message-ID found to be ours (searchFolder).
 */
export async function deleteMessage(client: ImapFlow, found: Found): Promise<boolean> {
  const lock = await client.getMailboxLock(found.folder.path);
  try {
    return await client.messageDelete(String(found.uid), { uid: true });
  } finally {
    lock.release();
  }
}

/** Where the mailbox stood before the app was asked to send: the next UID of each folder searched. */
export interface Mark {
  folders: readonly Folder[];
  /** Folder path → the UID the next message will get; anything at or above it arrived after the mark. */
  uidNext: Record<string, number>;
}

export async function markFolders(client: ImapFlow, folders: readonly Folder[]): Promise<Mark> {
  const uidNext: Record<string, number> = {};
  for (const folder of folders) {
    const status = await client.status(folder.path, { uidNext: true });
    uidNext[folder.path] = (status && status.uidNext) || 1;
  }
  return { folders, uidNext };
}

/** What a new message says of itself, as the app-mail check judges it. */
export interface Arrival {
  messageId: string;
  subject: string;
  from: string;
  /** To, Cc and Delivered-To addresses, lower-cased. */
  recipients: string[];
}

/** The newest messages that arrived after the mark, read by envelope only: at most this many per look. */
const MAX_NEW_PER_LOOK = 10;

/**
 * Waits for a message that arrived after the mark and that `accept` takes (addressed to the test mailbox, not our
 * own, the subject asked for). Reads envelopes only; nothing is fetched whole, marked or deleted here.
 */
export async function waitForArrival(
  client: ImapFlow,
  mark: Mark,
  accept: (arrival: Arrival) => boolean,
  wait: Wait,
): Promise<(Found & { arrival: Arrival }) | undefined> {
  const found = await poll(client, mark.folders, (folder) => newArrival(client, folder, mark.uidNext[folder.path] ?? 1, accept), wait);
  return found && { folder: found.folder, uid: found.value.uid, at: found.at, arrival: found.value.arrival };
}

async function newArrival(
  client: ImapFlow,
  folder: Folder,
  from: number,
  accept: (arrival: Arrival) => boolean,
): Promise<{ uid: number; arrival: Arrival } | undefined> {
  const lock = await client.getMailboxLock(folder.path, { readOnly: true });
  try {
    const uids = await client.search({ uid: `${from}:*` }, { uid: true });
    // `n:*` also names the last message when none is newer (RFC 3501): only UIDs at or above the mark count.
    const fresh = Array.isArray(uids) ? uids.filter((uid) => uid >= from) : [];
    for (const uid of newest(fresh, MAX_NEW_PER_LOOK)) {
      const message = await client.fetchOne(
        String(uid),
        { uid: true, envelope: true, headers: ['delivered-to', 'x-original-to'] },
        { uid: true },
      );
      if (!message || message.uid !== uid || !message.envelope) continue;
      const envelope = message.envelope;
      const addresses = [...(envelope.to ?? []), ...(envelope.cc ?? [])].map((a) => (a.address ?? '').toLowerCase());
      const delivered = [
        ...(message.headers?.toString('latin1') ?? '').matchAll(/^(?:delivered-to|x-original-to):\s*<?([^\s>]+)>?/gim),
      ].map((m) => (m[1] ?? '').toLowerCase());
      const arrival: Arrival = {
        messageId: envelope.messageId ?? '',
        subject: envelope.subject ?? '',
        from: envelope.from?.[0]?.address ?? '',
        recipients: [...new Set([...addresses, ...delivered])].filter(Boolean),
      };
      if (accept(arrival)) return { uid, arrival };
    }
    return undefined;
  } finally {
    lock.release();
  }
}
