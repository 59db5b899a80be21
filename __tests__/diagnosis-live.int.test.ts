// The live path keeps up with the log scan: a sample of the corpus's SMTP replies is answered by a scripted
// server at the stage each reply belongs to (the greeting, AUTH, MAIL, RCPT, the end of DATA), and the live
// check that meets it must name the same family as the log scan names for the entry.
import { afterAll, expect, test } from '@jest/globals';
import { readEvents } from '../src/logs/events.js';
import { failureOf } from '../src/logs/failure.js';
import { categoryOf } from '../src/smtp/categories.js';
import { REPLY_CODES, stageOf, type Stage } from '../src/smtp/status-codes.js';
import { scanLogText } from '../src/logs/scan.js';
import { startRawServer, type RunningServer } from '../test-support/servers.js';
import { asPm2Log, CORPUS, type CorpusEntry } from './helpers/corpus.js';
import { runAll } from './helpers/network.js';

const USER = 'app@demo.example';
const servers: RunningServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

/** Where a reply of each family is met when the log does not say which command it answered. */
const STAGE_OF_CATEGORY: Partial<Record<string, Stage>> = {
  'auth-failed': 'auth',
  'app-password-required': 'auth',
  'auth-method-disabled': 'auth',
  'missing-credentials': 'mail',
  'sender-rejected': 'mail',
  'recipient-rejected': 'rcpt',
  'content-rejected': 'data',
  'rate-limited': 'mail',
  'starttls-required-or-missing': 'mail',
  'server-busy': 'greeting',
};
/** The live check that meets a reply at each stage. */
const CHECK_AT: Record<Stage, string> = {
  greeting: 'smtp.greeting',
  ehlo: 'smtp.ehlo',
  starttls: 'smtp.ehlo',
  auth: 'smtp.auth',
  mail: 'smtp.envelope',
  rcpt: 'smtp.envelope',
  data: 'send.mail',
};

interface Replay {
  entry: CorpusEntry;
  reply: string;
  stage: Stage;
  logCategory: string;
}

/** Entries whose single log finding carries a real reply; at most four per family, from both halves. */
function sample(): Replay[] {
  const perCategory = new Map<string, number>();
  const replays: Replay[] = [];
  for (const entry of CORPUS) {
    const events = readEvents(asPm2Log(entry.text));
    const failures = events.map((e) => failureOf(e)).filter((f) => f?.responseCode !== undefined);
    const findings = scanLogText(asPm2Log(entry.text));
    const failure = failures[0];
    if (failures.length !== 1 || findings.length !== 1 || !failure?.response || !REPLY_CODES.has(failure.responseCode ?? 0)) continue;
    const logCategory = categoryOf(findings[0]?.cause ?? '') ?? 'none';
    if (logCategory !== entry.category) continue; // parity is about what the log scan gets right
    const stage = stageOf(failure.command) ?? STAGE_OF_CATEGORY[entry.category];
    if (!stage || stage === 'ehlo' || stage === 'starttls') continue;
    // A greeting must be a refusal the client reads as one: 4xx/5xx; our scripted greeting is one line.
    const reply = failure.response.replace(/\s*[\r\n]+\s*/g, ' ').slice(0, 400);
    if (!/^[45]\d\d[ -]/.test(reply)) continue;
    const taken = perCategory.get(entry.category) ?? 0;
    if (taken >= 4) continue;
    perCategory.set(entry.category, taken + 1);
    replays.push({ entry, reply: `${reply.slice(0, 3)} ${reply.slice(4)}`, stage, logCategory });
  }
  return replays;
}

/** A server that follows the session and answers the replay's reply at its stage, `250` elsewhere. */
function script(replay: Replay): Parameters<typeof startRawServer>[0] {
  const at = (stage: Stage, otherwise: string): string => (replay.stage === stage ? replay.reply : otherwise);
  const answers: [RegExp, string][] = [
    [/^EHLO/i, '250-replay.test\r\n250-8BITMIME\r\n250 AUTH PLAIN LOGIN'],
    [/^AUTH/i, at('auth', '235 2.7.0 ok')],
    [/^MAIL/i, at('mail', '250 ok')],
    [/^RCPT/i, at('rcpt', '250 ok')],
    [/^DATA/i, '354 go ahead'],
    [/^QUIT/i, '221 bye'],
  ];
  return (socket) => {
    socket.write(`${replay.stage === 'greeting' ? replay.reply : '220 replay ESMTP'}\r\n`);
    let buffer = '';
    let inData = false;
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline).replace(/\r$/, '');
        buffer = buffer.slice(newline + 1);
        if (inData) {
          // The message is read without answers until its end; the end of DATA gets the reply.
          if (line === '.') {
            inData = false;
            socket.write(`${at('data', '250 queued')}\r\n`);
          }
          continue;
        }
        const answer = answers.find(([pattern]) => pattern.test(line))?.[1] ?? '250 ok';
        if (/^DATA/i.test(line)) inData = true;
        socket.write(`${answer}\r\n`);
      }
    });
  };
}

test('a sample of the corpus answered live at its stage is named the family the log scan names', async () => {
  const replays = sample();
  expect(replays.length).toBeGreaterThanOrEqual(30);
  const disagreements: string[] = [];
  for (const replay of replays) {
    const server = await startRawServer(script(replay));
    servers.push(server);
    const run = await runAll({
      checks: `smtp${replay.stage === 'data' ? ',send' : ''}`,
      'smtp-host': '127.0.0.1',
      'smtp-port': String(server.port),
      'smtp-secure': 'false',
      'allow-plaintext-auth': 'true',
      'email-user': USER,
      'email-password': 'pw-for-replay',
      ...(replay.stage === 'data' ? { 'test-recipient': USER } : {}),
      timeout: '3',
    });
    const result = run.results.find((r) => r.id === CHECK_AT[replay.stage]);
    const live = categoryOf(result?.cause ?? '') ?? `none (${result?.status}: ${result?.cause})`;
    if (live !== replay.logCategory)
      disagreements.push(`${replay.stage} ${JSON.stringify(replay.reply)}: log ${replay.logCategory}, live ${live}`);
  }
  // Every reply the log scan names, the live path names alike.
  expect(disagreements).toEqual([]);
}, 120_000);
