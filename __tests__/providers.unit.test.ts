import { expect, test } from '@jest/globals';
import { services } from 'nodemailer/lib/well-known/services.js';
import { PROFILES, editDistance, isPublicMailboxDomain, lookupProvider, providerForDomain } from '../src/providers.js';

test('every profile points at a nodemailer well-known service with a host, or names its own server (one nodemailer does not know)', () => {
  for (const profile of PROFILES) {
    const entry = (services as Record<string, { host?: string }>)[profile.service];
    if (profile.server) expect(entry).toBeUndefined();
    expect(profile.server?.host ?? entry?.host).toBeTruthy();
  }
});

test.each([
  ['directmail', 'aliyun-directmail', 'smtpdm.aliyun.com', 465],
  ['邮件推送', 'aliyun-directmail', 'smtpdm.aliyun.com', 465],
  ['tencent-ses', 'tencent-ses', 'smtp.qcloudmail.com', 465],
  ['qcloudmail', 'tencent-ses', 'smtp.qcloudmail.com', 465],
])('the cloud mail services of the backup plan: %s is %s at %s:%i', (name, id, host, port) => {
  const found = lookupProvider(name);
  expect(found.kind === 'known' && [found.provider.id, found.provider.host, found.provider.port, found.provider.secure]).toEqual([
    id,
    host,
    port,
    true,
  ]);
});

test.each([
  ['QQ', 'qq', 'smtp.qq.com', 465, true],
  ['qqmail', 'qq', 'smtp.qq.com', 465, true],
  ['163mail', '163', 'smtp.163.com', 465, true],
  ['126', '126', 'smtp.126.com', 465, true],
  ['Gmail', 'gmail', 'smtp.gmail.com', 465, true],
  ['office365', 'outlook', 'smtp.office365.com', 587, false],
  ['Outlook', 'outlook', 'smtp.office365.com', 587, false],
  ['hotmail', 'hotmail', 'smtp-mail.outlook.com', 587, false],
  ['exmail', 'exmail', 'smtp.exmail.qq.com', 465, true],
  ['aliyun', 'aliyun', 'smtp.aliyun.com', 465, true],
  ['ses', 'ses', 'email-smtp.us-east-1.amazonaws.com', 465, true],
  ['SendGrid', 'sendgrid', 'smtp.sendgrid.net', 587, false],
  // Not in our profiles: straight from nodemailer's table.
  ['Mailgun', 'Mailgun', 'smtp.mailgun.org', 465, true],
  ['SES-EU-WEST-1', 'SES-EU-WEST-1', 'email-smtp.eu-west-1.amazonaws.com', 465, true],
])('%s resolves to %s at %s:%d', (name, id, host, port, secure) => {
  const found = lookupProvider(name);
  expect(found).toMatchObject({ kind: 'known', provider: { id, host, port, secure } });
});

test('custom and typos', () => {
  expect(lookupProvider('custom')).toEqual({ kind: 'custom' });
  expect(lookupProvider('gmial')).toEqual({ kind: 'unknown', suggestion: 'gmail' });
  expect(lookupProvider('qqq')).toEqual({ kind: 'unknown', suggestion: 'qq' });
  expect(lookupProvider('outlok')).toEqual({ kind: 'unknown', suggestion: 'outlook' });
  expect(lookupProvider('zzzzzzzz')).toEqual({ kind: 'unknown', suggestion: undefined });
});

test('public mailbox domains map to their provider', () => {
  expect(providerForDomain('qq.com')?.id).toBe('qq');
  expect(providerForDomain('foxmail.com')?.id).toBe('qq');
  expect(providerForDomain('163.com')?.id).toBe('163');
  expect(providerForDomain('hotmail.com')?.id).toBe('hotmail');
  expect(providerForDomain('example.com')).toBeUndefined();
  expect(isPublicMailboxDomain('gmail.com')).toBe(true);
  expect(isPublicMailboxDomain('mycompany.cn')).toBe(false);
});

test('editDistance', () => {
  expect(editDistance('gmail', 'gmial')).toBe(2);
  expect(editDistance('', 'abc')).toBe(3);
  expect(editDistance('same', 'same')).toBe(0);
});
