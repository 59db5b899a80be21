// Every row of the diagnosis table, with the provider replies recorded in FACTS.md.
import { expect, test } from '@jest/globals';
import { diagnose, RULES, type Failure } from '../src/smtp/diagnosis.js';
import { describe as describeResult } from '../src/i18n/index.js';
import { isCause } from '../src/i18n/causes.js';

const cases: [string, Failure, string][] = [
  [
    'QQ 535 authorization code',
    {
      code: 'EAUTH',
      responseCode: 535,
      response:
        '535 Login Fail. Please enter your authorization code to login. More information in https://service.mail.qq.com/detail/0/53',
      command: 'AUTH PLAIN',
      provider: 'qq',
    },
    'auth-qq-authorization-code',
  ],
  [
    "Exmail 535: its own fix, not QQ Mail's",
    { code: 'EAUTH', responseCode: 535, response: '535 Error', command: 'AUTH PLAIN', provider: 'exmail' },
    'auth-exmail-password',
  ],
  [
    'QQ account abnormal',
    {
      code: 'EAUTH',
      responseCode: 535,
      response: '535 Login fail. Account is abnormal, service is not open, password is incorrect, login frequency limited',
      provider: 'qq',
    },
    'auth-qq-account-blocked',
  ],
  [
    'QQ 550 From header',
    { responseCode: 550, response: '550 The "From" header is missing or invalid. Please follow RFC5322', command: 'DATA', provider: 'qq' },
    'sender-from-header-invalid',
  ],
  [
    '163 535 authentication failed',
    { code: 'EAUTH', responseCode: 535, response: '535 Error: authentication failed', command: 'AUTH LOGIN', provider: '163' },
    'auth-netease-authorization-code',
  ],
  [
    '126 535',
    { code: 'EAUTH', responseCode: 535, response: '535 Error: authentication failed', provider: '126' },
    'auth-netease-authorization-code',
  ],
  [
    '163 550 no permission',
    { code: 'EAUTH', responseCode: 550, response: '550 User has no permission', provider: '163' },
    'auth-netease-no-permission',
  ],
  [
    '163 553 from must equal',
    { responseCode: 553, response: '553 Mail from must equal authorized user', command: 'MAIL FROM', provider: '163' },
    'sender-must-equal-user',
  ],
  [
    '163 554 DT:SPM',
    {
      responseCode: 554,
      response: '554 DT:SPM 163 smtp3,GdxpCgAXR2Wh, please see http://mail.163.com/help/help_spam_16.htm?ip=',
      command: 'DATA',
      provider: '163',
    },
    'message-spam',
  ],
  [
    'Gmail 534 5.7.9',
    {
      code: 'EAUTH',
      responseCode: 534,
      response:
        '534-5.7.9 Application-specific password required. For more information, go to\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor',
      provider: 'gmail',
    },
    'auth-gmail-app-password-required',
  ],
  [
    'Gmail 535 5.7.8',
    {
      code: 'EAUTH',
      responseCode: 535,
      response:
        '535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials',
      provider: 'gmail',
    },
    'auth-gmail-bad-credentials',
  ],
  [
    'Office365 5.7.139',
    {
      code: 'EAUTH',
      responseCode: 535,
      response: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
      provider: 'outlook',
    },
    'auth-o365-tenant-auth-disabled',
  ],
  [
    'Office365 5.7.139 for one mailbox',
    {
      code: 'EAUTH',
      responseCode: 535,
      response: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.',
      provider: 'outlook',
    },
    'auth-o365-smtp-auth-disabled',
  ],
  [
    'Office365 5.7.30',
    {
      code: 'EAUTH',
      responseCode: 550,
      response: '550 5.7.30 Basic authentication is not supported for Client Submission.',
      provider: 'outlook',
    },
    'auth-o365-basic-auth-disabled',
  ],
  ['421', { code: 'ECONNECTION', responseCode: 421, response: '421 4.7.0 Try again later, closing connection.' }, 'server-busy'],
  ['454 TLS', { code: 'ETLS', responseCode: 454, response: '454 4.7.0 TLS not available due to temporary reason' }, 'starttls-unavailable'],
  ['454 auth', { code: 'EAUTH', responseCode: 454, response: '454 4.7.0 Temporary authentication failure' }, 'auth-temporary-failure'],
  [
    'Exmail by its host in a log',
    { code: 'EAUTH', response: '535 Error: authentication failed', context: 'connect smtp.exmail.qq.com:465' },
    'auth-exmail-password',
  ],
  [
    'NetEase rate limit code',
    { responseCode: 451, response: '451 MI:SFQ Unspecified mail error', command: 'DATA' },
    'rate-limited-netease',
  ],
  [
    'SES unverified sender',
    {
      code: 'EMESSAGE',
      responseCode: 554,
      response:
        '554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: app@example.com',
      command: 'DATA',
    },
    'sender-not-verified',
  ],
  [
    'Gmail sign in via browser',
    {
      code: 'EAUTH',
      responseCode: 534,
      response: '534-5.7.14 <https://accounts.google.com/signin/continue> Please log in via your web browser and then try again.',
      command: 'AUTH PLAIN',
    },
    'auth-gmail-web-login',
  ],
  [
    'Microsoft SendAsDenied',
    {
      code: 'EMESSAGE',
      responseCode: 554,
      response:
        '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception',
      command: 'DATA',
    },
    'sender-send-as-denied',
  ],
  [
    'Gmail daily quota',
    { code: 'EENVELOPE', responseCode: 550, response: '550-5.4.5 Daily user sending quota exceeded.', command: 'MAIL FROM' },
    'rate-limited-gmail',
  ],
  [
    'SES throttling',
    { code: 'EENVELOPE', responseCode: 454, response: '454 Throttling failure: Maximum sending rate exceeded.', command: 'MAIL FROM' },
    'rate-limited-ses',
  ],
  [
    'Microsoft thread limit',
    { responseCode: 432, response: '432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded', command: 'DATA' },
    'rate-limited-microsoft',
  ],
  [
    'a generic rate limit, not a login failure',
    { code: 'EAUTH', responseCode: 454, response: '454 4.7.0 Too many login attempts, please try again later.', command: 'AUTH LOGIN' },
    'rate-limited',
  ],
  [
    'STARTTLS required is not "authentication required"',
    { code: 'EENVELOPE', responseCode: 530, response: '530 5.7.0 Must issue a STARTTLS command first.', command: 'MAIL FROM' },
    'starttls-required',
  ],
  [
    'message too large',
    { code: 'EMESSAGE', responseCode: 552, response: '552 5.3.4 Message size exceeds fixed limit', command: 'DATA' },
    'message-too-large',
  ],
  [
    'AUTH not enabled',
    { code: 'EAUTH', responseCode: 503, response: '503 5.5.1 Error: authentication not enabled', command: 'AUTH PLAIN' },
    'auth-method-unsupported',
  ],
  [
    'Greeting never received on 465',
    { code: 'ETIMEDOUT', message: 'Greeting never received', context: 'Error: Greeting never received\n  port: 465' },
    'session-tls-port-mismatch',
  ],
  [
    'TLS 1.0/1.1 refused by Microsoft',
    { responseCode: 421, response: '421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2.' },
    'tls-version-refused',
  ],
  [
    'SES IAM user not allowed to send',
    {
      responseCode: 554,
      response:
        "554 Access denied: User `arn:aws:iam::123456789012:user/ses-smtp' is not authorized to perform `ses:SendRawEmail' on resource `arn:aws:ses:eu-west-2:123456789012:identity/example.com'",
      command: 'DATA',
    },
    'ses-not-authorized',
  ],
  [
    'SendGrid unauthenticated',
    { code: 'EENVELOPE', responseCode: 550, response: '550 Unauthenticated senders not allowed', command: 'MAIL FROM' },
    'auth-missing-credentials',
  ],
  ['530', { code: 'EENVELOPE', responseCode: 530, response: '530 5.7.0 Authentication required', command: 'MAIL FROM' }, 'auth-required'],
  ['534 generic', { code: 'EAUTH', responseCode: 534, response: '534 Please log in with an app password' }, 'auth-app-password-required'],
  ['535 generic', { code: 'EAUTH', responseCode: 535, response: '535 5.7.8 Authentication credentials invalid' }, 'auth-failed'],
  ['EAUTH with text but no code', { code: 'EAUTH', response: 'Invalid login' }, 'auth-failed'],
  ['EAUTH missing credentials', { code: 'EAUTH', message: 'Missing credentials for "PLAIN"' }, 'auth-missing-credentials'],
  ['ENOAUTH', { code: 'ENOAUTH', message: 'Authentication info was not provided' }, 'session-auth-not-offered'],
  ['550 at MAIL FROM', { responseCode: 550, response: '550 5.1.0 Sender rejected', command: 'MAIL FROM' }, 'sender-rejected'],
  // A temporary refusal in the server's own words (its mail system, "try later", a local error) is the server's
  // trouble at any stage (the README's labelling rule); a temporary refusal that names nothing goes by the stage.
  ['451 at MAIL FROM', { responseCode: 451, response: '451 4.3.0 Try later', command: 'MAIL FROM' }, 'server-busy'],
  ['450 at MAIL FROM', { responseCode: 450, response: '450 Requested action not taken', command: 'MAIL FROM' }, 'sender-deferred'],
  ['550 at RCPT', { responseCode: 550, response: '550 5.1.1 No such user', command: 'RCPT TO' }, 'recipient-rejected'],
  ['452 at RCPT', { responseCode: 452, response: '452 4.2.2 Mailbox full', command: 'RCPT TO' }, 'recipient-deferred'],
  ['554 at DATA', { code: 'EMESSAGE', responseCode: 554, response: '554 5.6.0 Message rejected', command: 'DATA' }, 'message-rejected'],
  ['451 at DATA', { responseCode: 451, response: '451 Local error', command: 'DATA' }, 'server-busy'],
  ['451 at DATA, no words', { responseCode: 451, response: '451 Requested action aborted', command: 'DATA' }, 'message-deferred'],
  [
    'wrong version number',
    { code: 'ESOCKET', command: 'CONN', message: '40E8F1B5:error:0A00010B:SSL routines:ssl3_get_record:wrong version number' },
    'session-tls-wrong-version',
  ],
  ['self-signed', { code: 'ESOCKET', command: 'CONN', message: 'self-signed certificate' }, 'tls-certificate-rejected'],
  ['greeting never received', { code: 'ETIMEDOUT', command: 'CONN', message: 'Greeting never received' }, 'session-timeout'],
  ['ETLS', { code: 'ETLS', message: 'Error initiating TLS' }, 'tls-upgrade-failed'],
  [
    'requireTLS refused',
    { code: 'ECONNECTION', message: 'Failed to upgrade, STARTTLS not supported by server and requireTLS is set' },
    'tls-required-not-offered',
  ],
  ['closed', { code: 'ECONNECTION', message: 'Connection closed unexpectedly' }, 'smtp-connection-closed'],
  ['socket reset', { code: 'ESOCKET', message: 'read ECONNRESET' }, 'smtp-connection-reset'],
  ['socket', { code: 'ESOCKET', message: 'write EPROTO 140352:error' }, 'smtp-socket-error'],
  ['EDNS', { code: 'EDNS', message: 'getaddrinfo ENOTFOUND smtp.example.invalid' }, 'smtp-dns-error'],
  ['EPROTOCOL', { code: 'EPROTOCOL', response: 'HTTP/1.1 400 Bad Request' }, 'smtp-protocol-error'],
  ['ECONNREFUSED in a log line', { message: 'Error: connect ECONNREFUSED 203.0.113.5:465' }, 'smtp-connection-refused'],
  ['ENOTFOUND in a log line', { message: 'Error: getaddrinfo ENOTFOUND smtp.qq.con' }, 'smtp-dns-error'],
  ['Greeting never received in a log line', { message: 'Error: Greeting never received' }, 'session-timeout'],
  ['unknown reply: quoted', { responseCode: 557, response: '557 Something new' }, 'smtp-reply'],
  ['unknown error', { message: 'something odd' }, 'smtp-error'],
];

test.each(cases)('%s → %s', (_, failure, cause) => {
  const result = diagnose(failure);
  expect(result.cause).toBe(cause);
  expect(isCause(result.cause)).toBe(true);
});

test('every rule is exercised by a case and has text in both languages', () => {
  const covered = new Set(cases.map(([, , cause]) => cause));
  for (const rule of RULES) {
    expect(covered).toContain(rule.cause);
    const params = diagnose({ response: '550 x', responseCode: 550 }).params;
    for (const language of ['en', 'zh'] as const) {
      const words = describeResult({ id: 'smtp.auth', cause: rule.cause, params }, language);
      expect(words.fix?.plain).toBeTruthy();
      expect(words.text.plain).toContain('550 x');
    }
  }
});

test('the server reply is quoted, clipped, with its code', () => {
  const long = `550 ${'x'.repeat(500)}`;
  const { params } = diagnose({ responseCode: 550, response: long, command: 'RCPT TO' });
  expect(params.code).toBe(550);
  expect(String(params.reply).length).toBeLessThanOrEqual(301);
});

test('a NetEase reply in GBK, read off the wire as Latin-1, is decoded before it is matched and quoted', () => {
  // "550 发送频率过高，请稍后再试" ("sending too frequently, try later") in GBK bytes.
  const wire = Buffer.from('35353020b7a2cbcdc6b5c2cab9fdb8dfa3acc7ebc9d4baf3d4d9cad4', 'hex').toString('latin1');
  const { cause, params } = diagnose({ responseCode: 550, response: wire, command: 'MAIL FROM', provider: '163' });
  expect(params.reply).toBe('550 发送频率过高，请稍后再试');
  expect(cause).toBe('rate-limited');
});

test('no placeholder of any diagnosis renders empty, in either language', () => {
  for (const rule of RULES) {
    // The least a failure can carry: a code, nothing else known about sender, recipient or provider.
    const { params } = diagnose({ responseCode: 550, response: '550 x' });
    for (const language of ['en', 'zh'] as const) {
      const words = describeResult({ id: 'smtp.auth', cause: rule.cause, params }, language);
      for (const text of [words.text.plain, words.fix?.plain ?? '']) {
        expect([rule.cause, text]).not.toEqual([rule.cause, expect.stringMatching(/``|\{\w+\}|\(\)|（）/)]);
      }
    }
  }
});
