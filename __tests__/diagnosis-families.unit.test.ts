// Families by meaning, not by spelling: each family answers every phrasing of it (case, punctuation, other
// runtimes' words), and when no family's words match, the codes still name the family (status-codes.ts). Every
// case here could fail: each row names the one category its phrasing must get.
import { describe, expect, test } from '@jest/globals';
import { diagnose, plainWords, type Failure } from '../src/smtp/diagnosis.js';
import { categoryOf } from '../src/smtp/categories.js';
import { causeFromCodes, enhancedCodeOf, stageOf } from '../src/smtp/status-codes.js';
import { scanLogText } from '../src/logs/scan.js';

const familyOf = (failure: Failure): string | undefined => categoryOf(diagnose(failure).cause);
const reply = (response: string, command?: string): Failure => ({
  responseCode: Number(response.slice(0, 3)),
  response,
  ...(command ? { command } : {}),
});
const message = (text: string): Failure => ({ message: text });

describe('one family, several phrasings', () => {
  test.each([
    ['server-busy', reply('451 4.3.0 Try later')],
    ['server-busy', reply('451 Please try again later')],
    ['server-busy', reply('450 TRY-AGAIN LATER!')],
    ['server-busy', reply('451 4.7.1 Greylisting in action, please come back later', 'RCPT TO')],
    ['server-busy', message("MailKit.Net.Smtp.SmtpCommandException: 'Local Error, closing transmission channel'")],
    ['rate-limited', reply('550 5.4.5 Daily user sending limit exceeded.')],
    ['rate-limited', reply('554 You have exceeded your hourly limit')],
    ['rate-limited', reply('554 Your account is limited to 100 messages / hour')],
    ['rate-limited', reply('450 User is receiving mail too quickly')],
    ['rate-limited', reply('451 You have exceeded your messaging limits')],
    ['content-rejected', reply('554 DT:SPM 163 smtp10')],
    ['content-rejected', reply('550 Mail Content Denied')],
    ['content-rejected', reply('550 mail content denied')],
    ['content-rejected', reply('550 5.7.509 Access denied, sending domain does not pass DMARC verification')],
    ['tls-mismatch', message('Error: 140736:error:1408F10B:SSL routines:ssl3_get_record:wrong version number')],
    ['tls-mismatch', message('tls: first record does not look like a TLS handshake')],
    ['tls-mismatch', message('javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?')],
    ['tls-mismatch', message('ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1129)')],
    [
      'tls-mismatch',
      message(
        'System.Security.Authentication.AuthenticationException: Authentication failed because the remote party has closed the transport stream.',
      ),
    ],
    ['auth-method-disabled', reply('500 5.5.1 Command unrecognized: AUTH LOGIN', 'AUTH LOGIN')],
    ['auth-method-disabled', reply('503 5.5.1 Error: authentication not enabled', 'AUTH PLAIN')],
    ['auth-method-disabled', message('smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.')],
    ['auth-method-disabled', message('SASL authentication failed; cannot authenticate to server: no mechanism available')],
    ['missing-credentials', reply('503 Error: need EHLO and AUTH first !', 'MAIL FROM')],
    ['missing-credentials', reply('530 5.7.0 Authentication required', 'MAIL FROM')],
    ['missing-credentials', reply('451 please authenticate before sending', 'MAIL FROM')],
    ['recipient-rejected', reply('550 Relay prohibited')],
    ['recipient-rejected', reply("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)")],
    ['sender-rejected', reply('550 5.7.1 Unconfigured Sending Domain <example.org>')],
    ['sender-rejected', reply('421 4.7.0 [TS02] Messages from 192.0.2.1 temporarily deferred due to user complaints')],
    ['dns-failure', message('dial tcp: lookup smtp.example.com: no such host')],
    ['dns-failure', reply('451 4.4.0 DNS resolving error')],
    ['connection-timeout', reply('421 4.4.2 mx.example.com Error: timeout exceeded')],
    ['connection-reset', message('smtp: EOF')],
    ['connection-refused', message('OSError: [Errno 101] Network is unreachable')],
  ] as [string, Failure][])('%s ← %j', (family, failure) => {
    expect(familyOf(failure)).toBe(family);
  });

  test('case and punctuation do not change a family', () => {
    expect(plainWords('Try-again LATER!  (5.7.1)')).toBe('try again later 5.7.1');
    for (const text of ['550 Mail content denied', '550 MAIL CONTENT DENIED', '550 mail-content denied.'])
      expect(familyOf(reply(text))).toBe('content-rejected');
  });
});

describe('the structural fallback: codes when no words match', () => {
  test('the enhanced code is read beside its basic code, never from a version number', () => {
    expect(enhancedCodeOf('550 5.1.1 <x@y>: nope', 550)).toBe('5.1.1');
    expect(enhancedCodeOf('5.7.8 nope')).toBe('5.7.8');
    expect(enhancedCodeOf('550 4.1.1 mismatched class', 550)).toBeUndefined();
    expect(enhancedCodeOf('nodemailer 6.9.1 failed')).toBeUndefined();
  });

  test('the stage of each command', () => {
    expect(['CONN', 'EHLO', 'STARTTLS', 'AUTH PLAIN', 'MAIL FROM', 'RCPT TO', 'DATA', 'NOOP'].map(stageOf)).toEqual([
      'greeting',
      'ehlo',
      'starttls',
      'auth',
      'mail',
      'rcpt',
      'data',
      undefined,
    ]);
  });

  test.each([
    // [reply with words no family knows, command, family]
    ['550 5.1.1 zxq', 'RCPT TO', 'recipient-rejected'],
    ['550 5.1.1 zxq', undefined, 'recipient-rejected'],
    ['553 5.1.8 zxq', undefined, 'sender-rejected'],
    ['550 5.1.0 zxq', 'MAIL FROM', 'sender-rejected'],
    ['552 5.2.2 zxq', undefined, 'recipient-rejected'],
    ['552 5.3.4 zxq', undefined, 'content-rejected'],
    ['451 4.3.2 zxq', undefined, 'server-busy'],
    ['550 5.4.4 zxq', undefined, 'dns-failure'],
    ['452 4.5.3 zxq', undefined, 'rate-limited'],
    ['554 5.6.0 zxq', undefined, 'content-rejected'],
    ['535 5.7.8 zxq', undefined, 'auth-failed'],
    ['504 5.7.9 zxq', undefined, 'auth-method-disabled'],
    ['530 5.7.11 zxq', undefined, 'missing-credentials'],
    ['550 5.7.26 zxq', undefined, 'content-rejected'],
    ['550 5.7.25 zxq', undefined, 'sender-rejected'],
    ['550 5.7.1 zxq', 'MAIL FROM', 'sender-rejected'],
    ['550 5.7.1 zxq', 'RCPT TO', 'recipient-rejected'],
    ['554 5.7.1 zxq', 'DATA', 'content-rejected'],
    ['554 zxq', 'CONN', 'sender-rejected'],
    ['421 zxq', 'CONN', 'server-busy'],
    ['504 zxq', 'AUTH LOGIN', 'auth-failed'],
    ['550 zxq', undefined, 'other'],
  ] as [string, string | undefined, string][])('%s after %s → %s', (response, command, family) => {
    expect(familyOf(reply(response, command))).toBe(family);
  });

  test('a number that is no reply code (a port) says nothing', () => {
    expect(causeFromCodes(465, undefined, undefined)).toBeUndefined();
    expect(causeFromCodes(587, undefined, 'CONN')).toBeUndefined();
  });

  test('a transient code gives the deferred form of a refusal', () => {
    expect(causeFromCodes(452, '4.2.2', 'RCPT TO')).toBe('recipient-deferred');
    expect(causeFromCodes(550, '5.2.2', 'RCPT TO')).toBe('recipient-rejected');
  });
});

describe('the log shapes', () => {
  const families = (log: string): string[] => scanLogText(log).map((f) => categoryOf(f.cause) ?? f.cause);

  test('logfmt: the message and the error are read, the level kept', () => {
    expect(
      families('time=2026-01-01T10:00:00Z level=error msg="failed to send email" err="535 5.7.8 Username and Password not accepted"\n'),
    ).toEqual(['auth-failed']);
  });

  test('JSON: the words at any depth', () => {
    expect(
      families('{"level":"error","ErrorModel":{"Message":"SMTP 5xx error: permanent error (550): Error: content rejected"}}\n'),
    ).toEqual(['content-rejected']);
  });

  test('a code in brackets after a word', () => {
    expect(families('Erreur SMTP (535): authentification échouée\n')).toEqual(['auth-failed']);
  });

  test('a heading beside a named failure is its wrapping, not a second finding', () => {
    expect(
      families('2026-01-01 10:00:00 ERROR Failed to send email:\n2026-01-01 10:00:00 Error: connect ECONNREFUSED 10.0.0.1:587\n'),
    ).toEqual(['connection-refused']);
  });

  test('never a false all-clear: a mail error nothing names is other, with its text', () => {
    const findings = scanLogText('2026-01-01 10:00:00 ERROR sendMail failed for order 42: zxq-unknown-condition\n');
    expect(findings.map((f) => [f.cause, categoryOf(f.cause)])).toEqual([['log-mail-error', 'other']]);
    expect(findings[0]?.text).toContain('zxq-unknown-condition');
  });

  test('an error with no mail context stays out of the report', () => {
    expect(families('2026-01-01 10:00:00 ERROR payment provider answered 500: zxq\n')).toEqual([]);
    expect(families('2026-01-01 10:00:00 ERROR password authentication failed for user "postgres"\n')).toEqual([]);
  });
});
