// The app's own mail: the smoke request asks the deployed app to send (its send-code endpoint), the test mailbox is
// watched from just before that request, and the mail the app sent is found, read for its code, and the code posted
// back. No SMTP secret is needed: the app sends with its own. The code is a secret from the moment it is read.
import { produce, type Check, type Produced } from '../engine.js';
import type { Arrival, Found, Mark } from '../imap/find.js';
import { imapFailure, MAX_COPY_BYTES } from '../imap/outcome.js';
import { HttpError, request } from '../net/http.js';
import { MIN_REDACTABLE_LENGTH } from '../secrets.js';
import type { Settings } from '../settings/settings.js';
import { clip, errorText, round1 } from '../text.js';
import type { Outcome } from '../types.js';
import { mailboxCheck } from './delivery.js';

/** What was marked before the app was asked to send: the mailbox's next UIDs and the app's log sizes. */
export interface Watch {
  mailbox: Mark;
  /** Log file → its size when marked (`log-files`): what it gains after the request is what the app logged then. */
  logs: Record<string, number>;
}

/** The app's answer to the smoke request, and when it was asked. */
export interface SmokeAnswer {
  /** When the request began (ms since the epoch): the app's mail arrives after it. */
  startedAt: number;
  status: number;
  body: string;
}

/** The app's mail as found: where, when, what it says of itself, and its text as delivered. */
export interface AppMail extends Found {
  arrival: Arrival;
  seconds: number;
  raw?: Buffer;
}

const isJsonText = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** The headers given, with a JSON content type when the body is JSON (the given headers win). */
const withContentType = (body: string, headers: Record<string, string>): Record<string, string> => ({
  ...(body !== '' && isJsonText(body) ? { 'content-type': 'application/json' } : {}),
  ...headers,
});

/** The mailbox as it stands before the app is asked to send: every message at or above these UIDs is new. */
export const appWatchCheck: Check<Watch> = {
  id: 'app.watch',
  group: 'app',
  needs: [mailboxCheck],
  reads: [mailboxCheck],
  needsSecrets: true,
  relevant: (s) => s.app.mail,
  requires: (s) =>
    s.smoke.url === '' ? 'smoke-url' : s.imap.user === '' ? 'imap-user' : s.imap.password === '' ? 'imap-password' : undefined,
  run: async ({ settings: s, get }): Promise<Outcome | Produced<Watch>> => {
    const client = get(mailboxCheck);
    if (!client) return { status: 'skip', cause: 'prerequisite-failed', params: { check: mailboxCheck.id } };
    const { foldersToSearch, markFolders } = await import('../imap/find.js');
    try {
      const mark = await markFolders(client, await foldersToSearch(client));
      const { logSizes } = await import('../logs/files.js');
      const logs = s.logFiles.length ? await logSizes(s.logFiles) : {};
      const params = {
        user: s.imap.user,
        folders: mark.folders.map((f) => f.path).join(', '),
        uids: mark.folders.map((f) => `${f.path} ${mark.uidNext[f.path] ?? '?'}`).join(', '),
      };
      return produce({ status: 'pass', cause: 'app-watch', params }, { mailbox: mark, logs });
    } catch (error) {
      const { failureOf } = await import('../imap/connect.js');
      return imapFailure(failureOf(client, error), s);
    }
  },
};

/**
 * One request after the deploy (the app's send-code endpoint, say): 2xx passes. Never retried, it has side effects;
 * a 429 is the app's own limit, a warning. With `app-mail`, it waits for the mailbox to be watched first, and is not
 * made at all when the mailbox cannot be read (the code it sends would be wasted).
 */
export const smokeCheck: Check<SmokeAnswer> = {
  id: 'health.smoke',
  group: 'health',
  // Asked for by the app-mail checks, whatever groups were chosen (`checks: app`).
  pulledIn: true,
  needs: [appWatchCheck],
  relevant: (s) => s.smoke.url !== '',
  run: async ({ settings: s, signal, now }): Promise<Outcome | Produced<SmokeAnswer>> => {
    const { url, method, body, headers } = s.smoke;
    // A body with GET is an input problem (env.inputs says so): the request is not made at all.
    if (method === 'GET' && body !== '')
      return { status: 'skip', cause: 'prerequisite-failed', params: { check: 'env.inputs:smoke-body' } };
    const sent = withContentType(body, headers);
    const startedAt = now();
    try {
      const answer = await request(url, { method, headers: sent, body: body || undefined, timeoutMs: s.timeoutMs, signal, ca: s.tlsCa });
      if (answer.status >= 200 && answer.status < 300)
        return produce(
          { status: 'pass', cause: 'smoke-ok', params: { url, method, status: answer.status, ms: answer.ms } },
          { startedAt, status: answer.status, body: clip(answer.body, 200) },
        );
      if (answer.status === 429) {
        const retry = answer.retryAfter;
        return {
          status: 'warn',
          cause: 'smoke-rate-limited',
          params: { url, method, status: 429, retry: retry ? `, retry after ${retry}` : '' },
        };
      }
      return { status: 'fail', cause: 'smoke-status', params: { url, method, status: answer.status, body: clip(answer.body, 200) } };
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      return { status: 'fail', cause: 'smoke-error', params: { url, method, failure: error.failure, detail: error.detail } };
    }
  },
};

/** The first mail failure in what the app's logs gained since the mark: its cause, family, time and example. */
async function loggedSince(
  s: Settings,
  sizes: Record<string, number>,
): Promise<{ logged: string; loggedCause: string; category: string; event: string } | undefined> {
  if (Object.keys(sizes).length === 0) return undefined;
  const { contextOf, writtenSince } = await import('../logs/files.js');
  const { scanLogText } = await import('../logs/scan.js');
  const { categoryOf } = await import('../smtp/categories.js');
  for (const text of await writtenSince(s.logFiles, sizes)) {
    const finding = scanLogText(text, contextOf(s))[0];
    if (!finding) continue;
    const firstLine = finding.text.split('\n').find((line) => line.trim() !== '') ?? finding.text;
    return {
      logged: clip(firstLine.trim(), 200),
      loggedCause: finding.cause,
      category: categoryOf(finding.cause) ?? 'other',
      event: finding.text,
    };
  }
  return undefined;
}

/** The first critical item of the server's own report (`health-url`), asked for after the wait, or undefined. */
async function serverSays(s: Settings, signal: AbortSignal): Promise<{ serverItem: string; serverCause: string } | undefined> {
  if (s.health.url === '') return undefined;
  try {
    const answer = await request(s.health.url, { headers: s.health.headers, timeoutMs: s.timeoutMs, signal, ca: s.tlsCa });
    const { readServerReport } = await import('../net/server-report.js');
    const item = readServerReport(answer.body)?.items.find((i) => i.status === 'fail');
    return item ? { serverItem: clip(`${item.title}: ${item.message}`, 300), serverCause: item.cause } : undefined;
  } catch {
    return undefined;
  }
}

/** A message the app sent for this run: addressed to the test mailbox, not our own test mail, the subject asked for. */
function isTheAppsMail(s: Settings, arrival: Arrival): boolean {
  const mailbox = [s.imap.user, s.testRecipient].filter(Boolean).map((a) => a.toLowerCase());
  if (arrival.messageId.startsWith('<edc.')) return false;
  if (!arrival.recipients.some((r) => mailbox.includes(r))) return false;
  return s.app.subject ? s.app.subject.test(arrival.subject) : true;
}

/** The mail the app sent after the smoke request, in the inbox (pass) or junk (warning), read back and checked. */
export const appMailCheck: Check<AppMail> = {
  id: 'app.mail',
  group: 'app',
  needs: [smokeCheck, appWatchCheck, mailboxCheck],
  reads: [smokeCheck, appWatchCheck, mailboxCheck],
  needsSecrets: true,
  relevant: (s) => s.app.mail,
  budgetMs: (s) => s.imap.deliveryTimeoutMs + s.timeoutMs * 3,
  run: async ({ settings: s, get, signal, now }): Promise<Outcome | Produced<AppMail>> => {
    const answer = get(smokeCheck);
    const watch = get(appWatchCheck);
    const client = get(mailboxCheck);
    if (!answer || !watch || !client)
      return { status: 'skip', cause: 'prerequisite-failed', params: { check: !answer ? smokeCheck.id : appWatchCheck.id } };
    const onAbort = (): void => client.close();
    signal.addEventListener('abort', onAbort, { once: true });
    const { failureOf } = await import('../imap/connect.js');
    const { deleteMessage, fetchSource, messageIdOf, waitForArrival } = await import('../imap/find.js');
    try {
      const deadline = answer.startedAt + s.imap.deliveryTimeoutMs;
      const mark = watch.mailbox;
      const found = await waitForArrival(client, mark, (arrival) => isTheAppsMail(s, arrival), { deadline, now, signal });
      if (!found) {
        const params = {
          user: s.imap.user,
          status: answer.status,
          at: new Date(answer.startedAt).toISOString(),
          seconds: round1((now() - answer.startedAt) / 1000),
          folders: mark.folders.map((f) => f.path).join(', '),
          body: answer.body || '-',
        };
        // Why, first: a mail failure the app logged after the request (what its log gained since the mark).
        const logged = await loggedSince(s, watch.logs);
        if (logged)
          return { status: 'fail', cause: 'app-mail-not-arrived-logged', params: { ...params, ...logged }, details: [logged.event] };
        // Else what the server's own report says now (`health-url`, asked once more: a read without side effects).
        const server = await serverSays(s, signal);
        if (server) return { status: 'fail', cause: 'app-mail-not-arrived-server', params: { ...params, ...server } };
        return { status: 'fail', cause: 'app-mail-not-arrived', params };
      }
      const seconds = round1((found.at - answer.startedAt) / 1000);
      const copy = await fetchSource(client, found, MAX_COPY_BYTES).catch(() => undefined);
      // Read before use and before delete: the copy must be the message the envelope named.
      const raw = copy && messageIdOf(copy) === found.arrival.messageId ? copy : undefined;
      const deleted = s.imap.cleanup && raw !== undefined ? await deleteMessage(client, found).catch(() => false) : false;
      const junk = found.folder.kind === 'junk';
      const params = { folder: found.folder.path, seconds, subject: clip(found.arrival.subject, 120), from: found.arrival.from || '-' };
      const outcome: Outcome = {
        status: junk ? 'warn' : 'pass',
        cause: junk ? 'app-mail-junk' : 'app-mail-inbox',
        params,
        details: [
          `requested at ${new Date(answer.startedAt).toISOString()}, answered ${answer.status}`,
          `found in ${found.folder.path} after ${seconds} s, UID ${found.uid}, Message-ID ${found.arrival.messageId || '-'}`,
          s.imap.cleanup
            ? deleted
              ? 'deleted after reading (delivery-cleanup)'
              : 'not deleted'
            : 'left in the mailbox (delivery-cleanup: false)',
        ],
      };
      return produce(outcome, { ...found, seconds, ...(raw ? { raw } : {}) });
    } catch (error) {
      return imapFailure(failureOf(client, error), s);
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  },
};

/** A verification mail's text is short: the code pattern reads at most this much of it. */
const MAX_TEXT_CHARS = 64 * 1024;

/** The verification code in the app's mail: registered as a secret at once, never printed (only its length). */
export const appCodeCheck: Check<string> = {
  id: 'app.code',
  group: 'app',
  needs: [appMailCheck],
  reads: [appMailCheck],
  relevant: (s) => s.app.mail && s.app.code !== undefined,
  run: async ({ settings: s, get, secret }): Promise<Outcome | Produced<string>> => {
    const mail = get(appMailCheck);
    const pattern = s.app.code;
    if (!mail || !pattern) return { status: 'skip', cause: 'prerequisite-failed', params: { check: appMailCheck.id } };
    if (!mail.raw) return { status: 'fail', cause: 'app-no-copy', params: { error: 'the copy read back was not the message found' } };
    try {
      const { messageText } = await import('../mail/text.js');
      // The pattern is the user's and runs synchronously: it reads a bounded text, so no mail can hold the run.
      const match = pattern.exec(messageText(mail.raw).slice(0, MAX_TEXT_CHARS));
      const code = (match?.[1] ?? match?.[0] ?? '').trim();
      if (code === '')
        return { status: 'fail', cause: 'app-code-missing', params: { pattern: pattern.source, subject: mail.arrival.subject } };
      if (code.length < MIN_REDACTABLE_LENGTH) return { status: 'fail', cause: 'app-code-too-short', params: { length: code.length } };
      secret(code);
      return produce({ status: 'pass', cause: 'app-code-found', params: { length: code.length } }, code);
    } catch (error) {
      return { status: 'fail', cause: 'app-no-copy', params: { error: errorText(error) } };
    }
  },
};

/** The code as it goes into a URL (encoded) or a body (escaped for JSON when the body is JSON). */
export function withCode(template: string, code: string, into: 'url' | 'body'): string {
  const value = into === 'url' ? encodeURIComponent(code) : isJsonText(template) ? JSON.stringify(code).slice(1, -1) : code;
  // A function, not a string: `$&` or `$'` in a code the mail carried must not expand into the template.
  return template.replaceAll('{{code}}', () => value);
}

/** The code posted back to the app: 2xx means sign-up works end to end. */
export const appVerifyCheck: Check = {
  id: 'app.verify',
  group: 'app',
  needs: [appCodeCheck],
  reads: [appCodeCheck],
  relevant: (s) => s.app.mail && s.app.verify.url !== '',
  run: async ({ settings: s, get, signal }): Promise<Outcome> => {
    const code = get(appCodeCheck);
    if (code === undefined) return { status: 'skip', cause: 'prerequisite-failed', params: { check: appCodeCheck.id } };
    const { url: template, method, body: bodyTemplate, headers } = s.app.verify;
    const url = withCode(template, code, 'url');
    const body = withCode(bodyTemplate, code, 'body');
    const sent = withContentType(body, headers);
    // The URL is shown as configured (with `{{code}}`), never with the code in it.
    const params = { url: template, method };
    try {
      const answer = await request(url, { method, headers: sent, body: body || undefined, timeoutMs: s.timeoutMs, signal, ca: s.tlsCa });
      if (answer.status >= 200 && answer.status < 300)
        return { status: 'pass', cause: 'app-verify-ok', params: { ...params, status: answer.status } };
      return { status: 'fail', cause: 'app-verify-refused', params: { ...params, status: answer.status, body: clip(answer.body, 200) } };
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      return { status: 'fail', cause: 'app-verify-error', params: { ...params, failure: error.failure, detail: error.detail } };
    }
  },
};

/**
 * Where the app's mail came from, from the delivered copy: its From, the host and address that handed it to the
 * receiver, the receiver's SPF/DKIM/DMARC verdict; compared with what this run was told (a workflow checking other
 * secrets than production uses). Then the sending address's reverse name and its block-list listings, through
 * `dns-servers`.
 */
export const appOriginCheck: Check = {
  id: 'app.origin',
  group: 'app',
  needs: [appMailCheck],
  reads: [appMailCheck],
  relevant: (s) => s.app.mail,
  // A PTR, its forward lookup and three lists, side by side: a few network steps.
  budgetMs: (s) => s.timeoutMs * 3,
  run: async ({ settings: s, get }): Promise<Outcome | Outcome[]> => {
    const mail = get(appMailCheck);
    if (!mail?.raw) return { status: 'skip', cause: 'prerequisite-failed', params: { check: appMailCheck.id } };
    const { originOutcomes } = await import('../mail/origin.js');
    return originOutcomes(mail.raw, s, { compareSender: true });
  },
};

export const APP_CHECKS = [appWatchCheck, smokeCheck, appMailCheck, appCodeCheck, appVerifyCheck, appOriginCheck] as const;
