export type CredentialKind = 'auth-code' | 'app-password' | 'password' | 'smtp-credentials' | 'smtp-password' | 'api-key';
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
    server?: {
        host: string;
        port: number;
        secure: boolean;
    };
    /** Ports it also serves that a blocked port's probe should try (DirectMail's 80, for cloud hosts that block 25). */
    alsoPorts?: readonly number[];
}
declare const PROFILE_TABLE: readonly [{
    readonly id: "qq";
    readonly vendor: "tencent";
    readonly service: "QQ";
    readonly nameEn: "QQ Mail";
    readonly nameZh: "QQ 邮箱";
    readonly aliases: readonly ["qq", "qqmail", "qq邮箱", "foxmail"];
    readonly domains: readonly ["qq.com", "vip.qq.com", "foxmail.com"];
    readonly personalOnly: true;
    readonly strictFrom: true;
    readonly credential: "auth-code";
    readonly credentialShape: RegExp;
    readonly textMarks: readonly ["smtp.qq.com", "mail.qq.com", "service.mail.qq.com"];
    readonly imapHost: "imap.qq.com";
    readonly help: "https://service.mail.qq.com/detail/0/75";
}, {
    readonly id: "163";
    readonly vendor: "netease";
    readonly service: "163";
    readonly nameEn: "NetEase 163 Mail";
    readonly nameZh: "网易 163 邮箱";
    readonly aliases: readonly ["163", "163mail", "163.com", "netease", "wangyi", "网易"];
    readonly domains: readonly ["163.com", "vip.163.com"];
    readonly personalOnly: true;
    readonly strictFrom: true;
    readonly credential: "auth-code";
    readonly credentialShape: RegExp;
    readonly textMarks: readonly ["smtp.163.com", "mail.163.com", "dt:spm"];
    readonly imapHost: "imap.163.com";
    readonly help: "https://help.mail.163.com/";
}, {
    readonly id: "126";
    readonly vendor: "netease";
    readonly service: "126";
    readonly nameEn: "NetEase 126 Mail";
    readonly nameZh: "网易 126 邮箱";
    readonly aliases: readonly ["126", "126mail", "126.com"];
    readonly domains: readonly ["126.com", "vip.126.com"];
    readonly personalOnly: true;
    readonly strictFrom: true;
    readonly credential: "auth-code";
    readonly credentialShape: RegExp;
    readonly textMarks: readonly ["smtp.126.com"];
    readonly imapHost: "imap.126.com";
    readonly help: "https://help.mail.163.com/";
}, {
    readonly id: "gmail";
    readonly vendor: "google";
    readonly service: "Gmail";
    readonly nameEn: "Gmail / Google Workspace";
    readonly nameZh: "Gmail / Google Workspace";
    readonly aliases: readonly ["gmail", "googlemail", "google", "gsuite", "googleworkspace", "workspace"];
    readonly domains: readonly ["gmail.com", "googlemail.com"];
    readonly personalOnly: false;
    readonly credential: "app-password";
    readonly credentialShape: RegExp;
    readonly textMarks: readonly ["smtp.gmail.com", "gsmtp", "support.google.com/mail", "aspmx.l.google.com"];
    readonly imapHost: "imap.gmail.com";
    readonly oauth2TokenUrl: "https://oauth2.googleapis.com/token";
    readonly help: "https://support.google.com/accounts/answer/185833";
}, {
    readonly id: "outlook";
    readonly vendor: "microsoft";
    readonly service: "Outlook365";
    readonly nameEn: "Microsoft 365 / Exchange Online";
    readonly nameZh: "Microsoft 365 / Exchange Online";
    readonly aliases: readonly ["outlook", "outlook365", "office365", "o365", "microsoft365", "m365", "exchange", "exchangeonline"];
    readonly domains: readonly [];
    readonly accountFamily: "microsoft";
    readonly personalOnly: false;
    readonly credential: "password";
    readonly basicAuthRetirement: "exchange-online";
    readonly textMarks: readonly ["smtp.office365.com", "outlook.office365.com", "protection.outlook.com", "prod.outlook.com", "storedrv", "smtpclientauthentication"];
    readonly imapHost: "outlook.office365.com";
    readonly oauth2TokenUrl: "https://login.microsoftonline.com/common/oauth2/v2.0/token";
    readonly help: "https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission";
}, {
    readonly id: "hotmail";
    readonly vendor: "microsoft";
    readonly service: "Hotmail";
    readonly nameEn: "Outlook.com / Hotmail";
    readonly nameZh: "Outlook.com / Hotmail";
    readonly aliases: readonly ["hotmail", "outlook.com", "live", "msn"];
    readonly domains: readonly ["outlook.com", "hotmail.com", "live.com", "msn.com"];
    readonly accountFamily: "microsoft";
    readonly personalOnly: true;
    readonly credential: "password";
    readonly basicAuthRetirement: "outlook-consumer";
    readonly textMarks: readonly ["smtp-mail.outlook.com", "smtp.live.com"];
    readonly imapHost: "outlook.office365.com";
    readonly oauth2TokenUrl: "https://login.microsoftonline.com/consumers/oauth2/v2.0/token";
    readonly help: "https://support.microsoft.com/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040";
}, {
    readonly id: "exmail";
    readonly vendor: "tencent";
    readonly service: "QQex";
    readonly nameEn: "Tencent Exmail";
    readonly nameZh: "腾讯企业邮箱";
    readonly aliases: readonly ["exmail", "qqex", "tencentexmail", "qqexmail", "腾讯企业邮", "腾讯企业邮箱"];
    readonly domains: readonly [];
    readonly personalOnly: false;
    readonly credential: "password";
    readonly textMarks: readonly ["smtp.exmail.qq.com", "exmail.qq.com"];
    readonly imapHost: "imap.exmail.qq.com";
    readonly help: "https://open.work.weixin.qq.com/help2/pc/19886";
}, {
    readonly id: "aliyun";
    readonly vendor: "alibaba";
    readonly service: "Aliyun";
    readonly nameEn: "Alibaba Cloud Mail";
    readonly nameZh: "阿里邮箱（个人版）";
    readonly aliases: readonly ["aliyun", "aliyunmail", "alimail"];
    readonly domains: readonly ["aliyun.com"];
    readonly personalOnly: true;
    readonly credential: "password";
    readonly textMarks: readonly ["smtp.aliyun.com"];
    readonly imapHost: "imap.aliyun.com";
    readonly help: "https://help.aliyun.com/product/35466.html";
}, {
    readonly id: "aliyunqiye";
    readonly vendor: "alibaba";
    readonly service: "AliyunQiye";
    readonly nameEn: "Alibaba Cloud Enterprise Mail";
    readonly nameZh: "阿里企业邮箱";
    readonly aliases: readonly ["aliyunqiye", "qiyealiyun", "aliqiye", "阿里企业邮箱"];
    readonly domains: readonly [];
    readonly personalOnly: false;
    readonly credential: "password";
    readonly textMarks: readonly ["smtp.qiye.aliyun.com", "qiye.aliyun.com"];
    readonly imapHost: "imap.qiye.aliyun.com";
    readonly help: "https://help.aliyun.com/product/35466.html";
}, {
    readonly id: "aliyun-directmail";
    readonly vendor: "alibaba-cloud";
    readonly service: "AliyunDirectMail";
    readonly nameEn: "Alibaba Cloud DirectMail";
    readonly nameZh: "阿里云邮件推送";
    readonly aliases: readonly ["directmail", "aliyundirectmail", "aliyundm", "alidm", "alidirectmail", "邮件推送", "阿里云邮件推送"];
    readonly domains: readonly [];
    readonly personalOnly: false;
    readonly credential: "smtp-password";
    readonly server: {
        readonly host: "smtpdm.aliyun.com";
        readonly port: 465;
        readonly secure: true;
    };
    readonly alsoPorts: readonly [80];
    readonly textMarks: readonly ["smtpdm.aliyun.com", "smtpdm-", "directmail", "dm.aliyuncs.com"];
    readonly help: "https://help.aliyun.com/zh/direct-mail/";
}, {
    readonly id: "tencent-ses";
    readonly vendor: "tencent-cloud";
    readonly service: "TencentCloudSES";
    readonly nameEn: "Tencent Cloud SES";
    readonly nameZh: "腾讯云邮件推送";
    readonly aliases: readonly ["tencentses", "tencentcloudses", "qcloudses", "qcloudmail", "腾讯云邮件推送", "腾讯云邮件"];
    readonly domains: readonly [];
    readonly personalOnly: false;
    readonly credential: "smtp-password";
    readonly server: {
        readonly host: "smtp.qcloudmail.com";
        readonly port: 465;
        readonly secure: true;
    };
    readonly textMarks: readonly ["qcloudmail.com", "qcloudmail"];
    readonly help: "https://cloud.tencent.com/document/product/1288";
}, {
    readonly id: "ses";
    readonly vendor: "amazon";
    readonly service: "SES";
    readonly nameEn: "Amazon SES";
    readonly nameZh: "Amazon SES";
    readonly aliases: readonly ["ses", "amazonses", "awsses"];
    readonly domains: readonly [];
    readonly personalOnly: false;
    readonly credential: "smtp-credentials";
    readonly textMarks: readonly ["amazonaws.com", "amazon ses", "email-smtp."];
    readonly help: "https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html";
}, {
    readonly id: "sendgrid";
    readonly vendor: "twilio";
    readonly service: "SendGrid";
    readonly nameEn: "SendGrid";
    readonly nameZh: "SendGrid";
    readonly aliases: readonly ["sendgrid"];
    readonly domains: readonly [];
    readonly personalOnly: false;
    readonly credential: "api-key";
    readonly credentialShape: RegExp;
    readonly fixedUser: "apikey";
    readonly textMarks: readonly ["smtp.sendgrid.net", "sendgrid"];
    readonly help: "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api";
}, {
    readonly id: "yahoo";
    readonly vendor: "yahoo";
    readonly service: "Yahoo";
    readonly nameEn: "Yahoo Mail";
    readonly nameZh: "雅虎邮箱";
    readonly aliases: readonly ["yahoo", "yahoomail"];
    readonly domains: readonly ["yahoo.com"];
    readonly personalOnly: true;
    readonly credential: "app-password";
    readonly credentialShape: RegExp;
    readonly textMarks: readonly ["smtp.mail.yahoo.com"];
    readonly imapHost: "imap.mail.yahoo.com";
    readonly help: "https://help.yahoo.com/kb/SLN15241.html";
}];
/** Every provider profile, as the rest of the code reads them. */
export declare const PROFILES: readonly ProviderProfile[];
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
export type ProviderLookup = {
    kind: 'known';
    provider: ResolvedProvider;
} | {
    kind: 'custom';
} | {
    kind: 'unknown';
    suggestion?: string;
};
/** Ports that start in plain text (then STARTTLS); 465 starts with TLS. Other ports may be either. */
export declare const PLAINTEXT_SUBMISSION_PORTS: number[];
/** A port and TLS mode that cannot work together, or undefined. */
export declare function portModeMismatch(port: number, secure: boolean): 'tls-on-plaintext-port' | 'plaintext-on-465' | undefined;
/** The provider that owns `domain` when it is not `providerId` (nor of its family): a certain login failure. */
export declare function conflictingOwner(providerId: string, domain: string): ResolvedProvider | undefined;
export declare function findProfile(id: string): ProviderProfile | undefined;
/** The vendor of a provider id, for replies that mean the same at every provider of one company. */
export declare function vendorOf(id: string | undefined): Vendor | undefined;
export declare function lookupProvider(name: string): ProviderLookup;
/**
 * The provider a text names by its SMTP host or its wording (a log line that says `smtp.exmail.qq.com`, or
 * `email-smtp.us-east-1.amazonaws.com`), for a diagnosis that has no configured provider. Hosts come from
 * nodemailer's table through the profiles; the most specific mark wins (Exmail's host before QQ's).
 */
export declare function providerInText(text: string): string | undefined;
/** The provider that owns a public mailbox domain, from our profiles or nodemailer's table. */
export declare function providerForDomain(domain: string): ResolvedProvider | undefined;
/** Domains whose DNS belongs to a mailbox provider, not to the sender. */
export declare function isPublicMailboxDomain(domain: string): boolean;
export declare function editDistance(a: string, b: string): number;
/** Every provider id, for the texts that list them (`qq, 163, ...`): derived, never typed out again. */
export declare const PROVIDER_LIST: () => string;
export {};
