// Delivery proof through the built action and CLI, run as the runner and a shell run them, against Dovecot.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { Report } from '../src/report/model.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSignupApp } from '../test-support/signup-app.js';
import {
  appMailInputs,
  BOX,
  BOX_PASSWORD,
  deliveryInputs,
  mailboxSuite,
  SENDER,
  SENDER_PASSWORD,
  startMailboxWorld,
  type MailboxWorld,
} from './helpers/mailbox.js';
import { leakedForms, runAction, runCliProcess } from './helpers/run-dist.js';

let world: MailboxWorld;
const reportOf = (outputs: Record<string, string>) => JSON.parse(outputs.report ?? '{}') as Report;

mailboxSuite()('delivery through the built action and CLI', () => {
  beforeAll(async () => {
    world = await startMailboxWorld();
  }, 30_000);
  afterAll(async () => {
    await world?.close();
  });

  test('the action finds the mail over implicit TLS and over STARTTLS: outputs, summary path, and the same Message-ID', async () => {
    world.path.route = 'INBOX';
    for (const tls of [
      { 'imap-port': String(world.dovecot.imapsPort), 'imap-secure': 'true' },
      { 'imap-port': String(world.dovecot.imapPort), 'imap-secure': 'false' },
    ]) {
      const run = await runAction(deliveryInputs(world, tls));
      expect(run.code).toBe(0);
      const report = reportOf(run.outputs);
      expect(run.outputs.status).toBe('pass');
      expect(Number(run.outputs['delivery-seconds'])).toBeGreaterThanOrEqual(0);
      expect(run.outputs['delivery-seconds']).toMatch(/^\d+(\.\d)?$/);
      expect(report.delivery).toMatchObject({
        folder: 'INBOX',
        junk: false,
        queueId: 'TESTQUEUE1',
        authentication: { spf: 'pass', dkim: 'pass', dmarc: 'pass' },
      });
      const inbox = report.results.find((r) => r.id === 'delivery.inbox');
      expect(inbox?.params.messageId).toBe(run.outputs['message-id']);
      expect(run.summary).toMatch(
        /<p>Test mail: accepted by localhost \(queue id TESTQUEUE1\) → in INBOX after [\d.]+ s → SPF pass, DKIM pass, DMARC pass<\/p>/,
      );
      for (const form of leakedForms(BOX_PASSWORD, 'box@receiver.test')) {
        expect(run.visibleStdout).not.toContain(form);
        expect(run.summary).not.toContain(form);
        expect(run.outputs.report).not.toContain(form);
      }
    }
  });

  test('a wrong IMAP password is critical in the action and never printed; the password is masked', async () => {
    const wrong = 'Wrong-Imap-Canary-5521';
    const run = await runAction(deliveryInputs(world, { 'imap-password': wrong }));
    expect(run.code).toBe(1);
    const mailbox = reportOf(run.outputs).results.find((r) => r.id === 'delivery.mailbox');
    expect(mailbox).toMatchObject({ status: 'fail', cause: 'imap-auth-failed' });
    expect(run.stdout).toContain(`::add-mask::${wrong}`);
    for (const form of leakedForms(wrong, 'box@receiver.test')) {
      expect(run.visibleStdout).not.toContain(form);
      expect(run.summary).not.toContain(form);
      expect(JSON.stringify(run.outputs)).not.toContain(form);
    }
  });

  test('a mailbox that never receives the mail fails within delivery-timeout plus a few seconds', async () => {
    world.path.route = 'drop';
    try {
      const run = await runAction(deliveryInputs(world, { 'delivery-timeout': '3' }));
      expect(run.code).toBe(1);
      expect(reportOf(run.outputs).results.find((r) => r.id === 'delivery.inbox')).toMatchObject({
        status: 'fail',
        cause: 'delivery-not-arrived',
      });
      expect(run.outputs['delivery-seconds']).toBe('');
      expect(run.elapsedMs).toBeLessThan(3000 + 5000);
    } finally {
      world.path.route = 'INBOX';
    }
  });

  test('the CLI reads IMAP_PASSWORD from the environment and shows the path on the terminal', async () => {
    world.path.route = 'Junk';
    try {
      const inputs = deliveryInputs(world);
      const flags = Object.entries(inputs)
        .filter(([name]) => name !== 'email-password' && name !== 'imap-password')
        .flatMap(([name, value]) => [`--${name}`, value]);
      const run = await runCliProcess([...flags, '--no-color'], { EMAIL_PASSWORD: inputs['email-password'], IMAP_PASSWORD: BOX_PASSWORD });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(
        /Test mail: accepted by localhost \(queue id TESTQUEUE1\) → in Junk \(spam\) after [\d.]+ s → SPF pass, DKIM pass, DMARC pass/,
      );
      expect(run.stdout).toContain('filed as spam');
      expect(run.stdout).not.toContain(BOX_PASSWORD);
    } finally {
      world.path.route = 'INBOX';
    }
  });

  test("the app's own mail through the built action, with only smoke, app-mail, verify and imap inputs: the code verified and never shown", async () => {
    world.path.route = 'INBOX';
    const app = await startSignupApp({
      smtpPort: world.path.smtp.port,
      ca: world.ca.cert,
      user: SENDER,
      password: SENDER_PASSWORD,
      logFile: join(mkdtempSync(join(tmpdir(), 'edc-app-')), 'api.log'),
    });
    try {
      const run = await runAction(appMailInputs(world, app.url));
      const code = app.codes.get(BOX) ?? '';
      const report = reportOf(run.outputs);
      expect(report.results.filter((r) => r.status === 'fail').map((r) => [r.id, r.message])).toEqual([]);
      expect(code).toMatch(/^\d{6}$/);
      expect(report.results.filter((r) => r.group === 'app').map((r) => [r.id, r.status])).toEqual([
        ['app.watch', 'pass'],
        ['app.mail', 'pass'],
        ['app.code', 'pass'],
        ['app.verify', 'pass'],
        ['app.origin', 'pass'],
        ['app.origin:reputation', 'skip'],
      ]);
      expect(run.code).toBe(0);
      expect(run.outputs['app-mail-seconds']).toMatch(/^\d+(\.\d)?$/);
      // Masked with the runner as soon as it was read, and in no channel in any encoding.
      expect(run.stdout).toContain(`::add-mask::${code}`);
      for (const form of leakedForms(code, BOX)) {
        expect(run.visibleStdout).not.toContain(form);
        expect(run.stderr).not.toContain(form);
        expect(run.summary).not.toContain(form);
        expect(JSON.stringify(run.outputs)).not.toContain(form);
      }
    } finally {
      await app.close();
    }
  });
});
