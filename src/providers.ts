// Provider knowledge. Hosts and ports come from nodemailer's well-known services table;
// this module adds what people type, which domains a provider owns, and which credential it wants.
import { services } from 'nodemailer/lib/well-known/services.js';
import type { WellKnownServiceDefinition } from 'nodemailer/lib/well-known/index.js';

export type CredentialKind =
  | 'auth-code' // 授权码: a provider-issued code, not the login password
  | 'app-password' // 16 letters, needs 2-step verification
  | 'password' // the account password or a client-specific password
  | 'smtp-credentials' // generated SMTP user + secret (SES)
  | 'smtp-password' // the sender address + an SMTP password set for it in the console (DirectMail, Tencent Cloud SES)
  | 'api-key'; // user is a fixed word, password an API key (SendGrid)

export interface ProviderProfile {
  id: string;
  /** The company behind a provider: replies (and their fixes) are shared within one. */
  vendor: string;
  /** Key in nodemailer's well-known services table. */
  service: string;
  nameEn: string;
  nameZh: string;
  aliases: readonly string[];
  /** Public mailbox domains owned by the provider. */
  domains: readonly string[];
  /** A personal mailbox provider only sends as its own domains. */
  personalOnly: boolean;
  /** Refuses a From other than the login outright (QQ 550, NetEase 553), not just rewrites it. */
  strictFrom?: boolean;
  /** Providers of one family share accounts: choosing one for the other's domain is not a mistake. */
  accountFamily?: string;
  credential: CredentialKind;
  /** What the credential looks like when issued by the provider (spaces removed). */
  credentialShape?: RegExp;
  /** Fixed SMTP user name, when the provider has one. */
  fixedUser?: string;
  help: string;
  /** Words in an error that only this provider's servers write (hosts besides the SMTP host, reply tags). */
  textMarks: readonly string[];
  basicAuthRetirement?: 'exchange-online' | 'outlook-consumer';
  /** The IMAP host of its mailboxes (port 993, implicit TLS), for the delivery check. Sending-only services have none. */
  imapHost?: string;
  /** The OAuth2 token endpoint for XOAUTH2 logins, where the provider offers them. */
  oauth2TokenUrl?: string;
  /** The SMTP server, for a provider nodemailer's table does not know (its `service` is then ours). */
  server?: { host: string; port: number; secure: boolean };
  /** Ports it also serves that a blocked port's probe should try (DirectMail's 80, for cloud hosts that block 25). */
  alsoPorts?: readonly number[];
}

const SIXTEEN_LETTERS = /^[A-Za-z]{16}$/;

const PROFILE_TABLE = [
  {
    id: 'qq',
    vendor: 'tencent',
    service: 'QQ',
    nameEn: 'QQ Mail',
    nameZh: 'QQ 邮箱',
    aliases: ['qq', 'qqmail', 'qq邮箱', 'foxmail'],
    domains: ['qq.com', 'vip.qq.com', 'foxmail.com'],
    personalOnly: true,
    strictFrom: true,
    credential: 'auth-code',
    credentialShape: SIXTEEN_LETTERS,
    textMarks: ['smtp.qq.com', 'mail.qq.com', 'service.mail.qq.com'],
    imapHost: 'imap.qq.com',
    help: 'https://service.mail.qq.com/detail/0/75',
  },
  {
    id: '163',
    vendor: 'netease',
    service: '163',
    nameEn: 'NetEase 163 Mail',
    nameZh: '网易 163 邮箱',
    aliases: ['163', '163mail', '163.com', 'netease', 'wangyi', '网易'],
    domains: ['163.com', 'vip.163.com'],
    personalOnly: true,
    strictFrom: true,
    credential: 'auth-code',
    credentialShape: SIXTEEN_LETTERS,
    textMarks: ['smtp.163.com', 'mail.163.com', 'dt:spm'],
    imapHost: 'imap.163.com',
    help: 'https://help.mail.163.com/',
  },
  {
    id: '126',
    vendor: 'netease',
    service: '126',
    nameEn: 'NetEase 126 Mail',
    nameZh: '网易 126 邮箱',
    aliases: ['126', '126mail', '126.com'],
    domains: ['126.com', 'vip.126.com'],
    personalOnly: true,
    strictFrom: true,
    credential: 'auth-code',
    credentialShape: SIXTEEN_LETTERS,
    textMarks: ['smtp.126.com'],
    imapHost: 'imap.126.com',
    help: 'https://help.mail.163.com/',
  },
  {
    id: 'gmail',
    vendor: 'google',
    service: 'Gmail',
    nameEn: 'Gmail / Google Workspace',
    nameZh: 'Gmail / Google Workspace',
    aliases: ['gmail', 'googlemail', 'google', 'gsuite', 'googleworkspace', 'workspace'],
    domains: ['gmail.com', 'googlemail.com'],
    personalOnly: false,
    credential: 'app-password',
    credentialShape: SIXTEEN_LETTERS,
    textMarks: ['smtp.gmail.com', 'gsmtp', 'support.google.com/mail', 'aspmx.l.google.com'],
    imapHost: 'imap.gmail.com',
    oauth2TokenUrl: 'https://oauth2.googleapis.com/token',
    help: 'https://support.google.com/accounts/answer/185833',
  },
  {
    id: 'outlook',
    vendor: 'microsoft',
    service: 'Outlook365',
    nameEn: 'Microsoft 365 / Exchange Online',
    nameZh: 'Microsoft 365 / Exchange Online',
    aliases: ['outlook', 'outlook365', 'office365', 'o365', 'microsoft365', 'm365', 'exchange', 'exchangeonline'],
    domains: [],
    accountFamily: 'microsoft',
    personalOnly: false,
    credential: 'password',
    basicAuthRetirement: 'exchange-online',
    textMarks: [
      'smtp.office365.com',
      'outlook.office365.com',
      'protection.outlook.com',
      'prod.outlook.com',
      'storedrv',
      'smtpclientauthentication',
    ],
    imapHost: 'outlook.office365.com',
    oauth2TokenUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
    help: 'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
  },
  {
    id: 'hotmail',
    vendor: 'microsoft',
    service: 'Hotmail',
    nameEn: 'Outlook.com / Hotmail',
    nameZh: 'Outlook.com / Hotmail',
    aliases: ['hotmail', 'outlook.com', 'live', 'msn'],
    domains: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com'],
    accountFamily: 'microsoft',
    personalOnly: true,
    credential: 'password',
    basicAuthRetirement: 'outlook-consumer',
    textMarks: ['smtp-mail.outlook.com', 'smtp.live.com'],
    imapHost: 'outlook.office365.com',
    oauth2TokenUrl: 'https://login.microsoftonline.com/consumers/oauth2/v2.0/token',
    help: 'https://support.microsoft.com/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040',
  },
  {
    id: 'exmail',
    vendor: 'tencent',
    service: 'QQex',
    nameEn: 'Tencent Exmail',
    nameZh: '腾讯企业邮箱',
    aliases: ['exmail', 'qqex', 'tencentexmail', 'qqexmail', '腾讯企业邮', '腾讯企业邮箱'],
    domains: [],
    personalOnly: false,
    credential: 'password',
    textMarks: ['smtp.exmail.qq.com', 'exmail.qq.com'],
    imapHost: 'imap.exmail.qq.com',
    help: 'https://open.work.weixin.qq.com/help2/pc/19886',
  },
  {
    id: 'aliyun',
    vendor: 'alibaba',
    service: 'Aliyun',
    nameEn: 'Alibaba Cloud Mail',
    nameZh: '阿里邮箱（个人版）',
    aliases: ['aliyun', 'aliyunmail', 'alimail'],
    domains: ['aliyun.com'],
    personalOnly: true,
    credential: 'password',
    textMarks: ['smtp.aliyun.com'],
    imapHost: 'imap.aliyun.com',
    help: 'https://help.aliyun.com/product/35466.html',
  },
  {
    id: 'aliyunqiye',
    vendor: 'alibaba',
    service: 'AliyunQiye',
    nameEn: 'Alibaba Cloud Enterprise Mail',
    nameZh: '阿里企业邮箱',
    aliases: ['aliyunqiye', 'qiyealiyun', 'aliqiye', '阿里企业邮箱'],
    domains: [],
    personalOnly: false,
    credential: 'password',
    textMarks: ['smtp.qiye.aliyun.com', 'qiye.aliyun.com'],
    imapHost: 'imap.qiye.aliyun.com',
    help: 'https://help.aliyun.com/product/35466.html',
  },
  {
    id: 'aliyun-directmail',
    vendor: 'alibaba-cloud',
    service: 'AliyunDirectMail',
    nameEn: 'Alibaba Cloud DirectMail',
    nameZh: '阿里云邮件推送',
    aliases: ['directmail', 'aliyundirectmail', 'aliyundm', 'alidm', 'alidirectmail', '邮件推送', '阿里云邮件推送'],
    domains: [],
    personalOnly: false,
    credential: 'smtp-password',
    // Implicit TLS on 465; 25 and 80 also answer (plain, then STARTTLS): cloud servers block 25, so 80 or 465.
    server: { host: 'smtpdm.aliyun.com', port: 465, secure: true },
    alsoPorts: [80],
    textMarks: ['smtpdm.aliyun.com', 'smtpdm-', 'directmail', 'dm.aliyuncs.com'],
    help: 'https://help.aliyun.com/zh/direct-mail/',
  },
  {
    id: 'tencent-ses',
    vendor: 'tencent-cloud',
    service: 'TencentCloudSES',
    nameEn: 'Tencent Cloud SES',
    nameZh: '腾讯云邮件推送',
    aliases: ['tencentses', 'tencentcloudses', 'qcloudses', 'qcloudmail', '腾讯云邮件推送', '腾讯云邮件'],
    domains: [],
    personalOnly: false,
    credential: 'smtp-password',
    // 465 only: Tencent Cloud disables 25.
    server: { host: 'smtp.qcloudmail.com', port: 465, secure: true },
    textMarks: ['qcloudmail.com', 'qcloudmail'],
    help: 'https://cloud.tencent.com/document/product/1288',
  },
  {
    id: 'ses',
    vendor: 'amazon',
    service: 'SES',
    nameEn: 'Amazon SES',
    nameZh: 'Amazon SES',
    aliases: ['ses', 'amazonses', 'awsses'],
    domains: [],
    personalOnly: false,
    credential: 'smtp-credentials',
    textMarks: ['amazonaws.com', 'amazon ses', 'email-smtp.'],
    help: 'https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html',
  },
  {
    id: 'sendgrid',
    vendor: 'twilio',
    service: 'SendGrid',
    nameEn: 'SendGrid',
    nameZh: 'SendGrid',
    aliases: ['sendgrid'],
    domains: [],
    personalOnly: false,
    credential: 'api-key',
    credentialShape: /^SG\.[\w-]{10,}\.[\w-]{10,}$/,
    fixedUser: 'apikey',
    textMarks: ['smtp.sendgrid.net', 'sendgrid'],
    help: 'https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api',
  },
  {
    id: 'yahoo',
    vendor: 'yahoo',
    service: 'Yahoo',
    nameEn: 'Yahoo Mail',
    nameZh: '雅虎邮箱',
    aliases: ['yahoo', 'yahoomail'],
    domains: ['yahoo.com'],
    personalOnly: true,
    credential: 'app-password',
    credentialShape: SIXTEEN_LETTERS,
    textMarks: ['smtp.mail.yahoo.com'],
    imapHost: 'imap.mail.yahoo.com',
    help: 'https://help.yahoo.com/kb/SLN15241.html',
  },
] as const satisfies readonly ProviderProfile[];

/** Every provider profile, as the rest of the code reads them. */
export const PROFILES: readonly ProviderProfile[] = PROFILE_TABLE;

/** The companies behind the providers, drawn from the profiles: a new profile's vendor needs no second edit. */
export type Vendor = (typeof PROFILE_TABLE)[number]['vendor'];

/** The connection settings a provider name resolves to. */
export interface ResolvedProvider {
  /** Our profile id, or the nodemailer service key when we have no profile. */
  id: string;
  service: string;
  host: string;
  port: number;
  secure: boolean;
  profile?: ProviderProfile;
}

export type ProviderLookup = { kind: 'known'; provider: ResolvedProvider } | { kind: 'custom' } | { kind: 'unknown'; suggestion?: string };

const normalize = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

const serviceKeys = Object.keys(services);

function serviceEntry(key: string): WellKnownServiceDefinition | undefined {
  return services[key];
}

function findServiceKey(name: string): string | undefined {
  const wanted = normalize(name);
  return serviceKeys.find((key) => {
    const entry = serviceEntry(key);
    return normalize(key) === wanted || (entry?.aliases ?? []).some((alias) => normalize(alias) === wanted);
  });
}

function toResolved(serviceKey: string, profile?: ProviderProfile): ResolvedProvider | undefined {
  if (profile?.server) return { id: profile.id, service: serviceKey, ...profile.server, profile };
  const entry = serviceEntry(serviceKey);
  if (!entry?.host) return undefined;
  const port = Number(entry.port ?? (entry.secure ? 465 : 587));
  return { id: profile?.id ?? serviceKey, service: serviceKey, host: entry.host, port, secure: entry.secure ?? port === 465, profile };
}

/** Ports that start in plain text (then STARTTLS); 465 starts with TLS. Other ports may be either. */
export const PLAINTEXT_SUBMISSION_PORTS = [25, 587, 2525];

/** A port and TLS mode that cannot work together, or undefined. */
export function portModeMismatch(port: number, secure: boolean): 'tls-on-plaintext-port' | 'plaintext-on-465' | undefined {
  if (secure && PLAINTEXT_SUBMISSION_PORTS.includes(port)) return 'tls-on-plaintext-port';
  if (!secure && port === 465) return 'plaintext-on-465';
  return undefined;
}

/** The provider that owns `domain` when it is not `providerId` (nor of its family): a certain login failure. */
export function conflictingOwner(providerId: string, domain: string): ResolvedProvider | undefined {
  const owner = providerForDomain(domain);
  if (!owner || owner.id === providerId) return undefined;
  const family = findProfile(providerId)?.accountFamily;
  return family !== undefined && owner.profile?.accountFamily === family ? undefined : owner;
}

export function findProfile(id: string): ProviderProfile | undefined {
  return PROFILES.find((p) => p.id === id);
}

/** The vendor of a provider id, for replies that mean the same at every provider of one company. */
export function vendorOf(id: string | undefined): Vendor | undefined {
  return id === undefined ? undefined : PROFILE_TABLE.find((p) => p.id === id)?.vendor;
}

export function lookupProvider(name: string): ProviderLookup {
  const wanted = normalize(name);
  if (wanted === 'custom' || wanted === 'smtp') return { kind: 'custom' };
  const profile = PROFILES.find((p) => p.id === wanted || p.aliases.some((a) => normalize(a) === wanted));
  const serviceKey = profile?.service ?? findServiceKey(name);
  const resolved = serviceKey ? toResolved(serviceKey, profile ?? PROFILES.find((p) => p.service === serviceKey)) : undefined;
  if (resolved) return { kind: 'known', provider: resolved };
  return { kind: 'unknown', suggestion: suggestProvider(wanted) };
}

/**
 * The provider a text names by its SMTP host or its wording (a log line that says `smtp.exmail.qq.com`, or
 * `email-smtp.us-east-1.amazonaws.com`), for a diagnosis that has no configured provider. Hosts come from
 * nodemailer's table through the profiles; the most specific mark wins (Exmail's host before QQ's).
 */
export function providerInText(text: string): string | undefined {
  const lower = text.toLowerCase();
  const marks = PROFILES.flatMap((p) => {
    const host = toResolved(p.service, p)?.host ?? '';
    return [...(host ? [host] : []), ...p.textMarks].map((mark) => [mark.toLowerCase(), p.id] as const);
  }).sort(([a], [b]) => b.length - a.length);
  return marks.find(([mark]) => lower.includes(mark))?.[1];
}

/** The provider that owns a public mailbox domain, from our profiles or nodemailer's table. */
export function providerForDomain(domain: string): ResolvedProvider | undefined {
  const wanted = domain.trim().toLowerCase();
  if (!wanted) return undefined;
  const profile = PROFILES.find((p) => p.domains.includes(wanted));
  if (profile) return toResolved(profile.service, profile);
  const key = serviceKeys.find((k) => (serviceEntry(k)?.domains ?? []).some((d) => d.toLowerCase() === wanted));
  return key
    ? toResolved(
        key,
        PROFILES.find((p) => p.service === key),
      )
    : undefined;
}

/** Domains whose DNS belongs to a mailbox provider, not to the sender. */
export function isPublicMailboxDomain(domain: string): boolean {
  return providerForDomain(domain) !== undefined;
}

function suggestProvider(wanted: string): string | undefined {
  const candidates = [...PROFILES.flatMap((p) => [p.id, ...p.aliases]), ...serviceKeys].map((c) => [c, normalize(c)] as const);
  let best: { name: string; distance: number } | undefined;
  for (const [name, norm] of candidates) {
    const distance = editDistance(wanted, norm);
    if (!best || distance < best.distance) best = { name, distance };
  }
  const limit = wanted.length <= 4 ? 1 : 2;
  if (!best || best.distance > limit) return undefined;
  const profile = PROFILES.find((p) => p.id === best.name || p.aliases.includes(best.name));
  return profile?.id ?? best.name;
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Every provider id, for the texts that list them (`qq, 163, ...`): derived, never typed out again. */
export const PROVIDER_LIST = (): string => PROFILES.map((p) => p.id).join(', ');
