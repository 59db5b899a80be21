export type CredentialKind = 'auth-code' | 'app-password' | 'password' | 'smtp-credentials' | 'api-key';
/** The company behind a provider: replies (and their fixes) are shared within one. */
export type Vendor = 'tencent' | 'netease' | 'google' | 'microsoft' | 'alibaba' | 'amazon' | 'twilio' | 'yahoo';
export interface ProviderProfile {
    id: string;
    vendor: Vendor;
    /** Key in nodemailer's well-known services table. */
    service: string;
    nameEn: string;
    nameZh: string;
    aliases: string[];
    /** Public mailbox domains owned by the provider. */
    domains: string[];
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
    textMarks: string[];
    basicAuthRetirement?: 'exchange-online' | 'outlook-consumer';
    /** The IMAP host of its mailboxes (port 993, implicit TLS), for the delivery check. Sending-only services have none. */
    imapHost?: string;
    /** The OAuth2 token endpoint for XOAUTH2 logins, where the provider offers them. */
    oauth2TokenUrl?: string;
}
export declare const PROFILES: readonly ProviderProfile[];
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
