// A whole mail path on loopback, for the delivery tests: the provider's submission server (smtp-server) takes
// the test mail, signs it with DKIM as the provider would, the receiving server judges it with mailauth (SPF for
// the connecting address, DKIM, DMARC, through the local DNS server) and records its verdict in the
// Authentication-Results and Received headers, then hands it to Dovecot's delivery agent: into the inbox, into
// Junk, or nowhere (lost on the way).
import { generateKeyPairSync } from 'node:crypto';
import { Resolver } from 'node:dns/promises';
import { authenticate, dkimSign } from 'mailauth';
import type { Pem } from './certs.js';
import { startDnsServer, type RunningDns } from './dns.js';
import type { RunningDovecot } from './dovecot.js';
import { startSmtpServer, type ReceivedMessage, type RunningSmtpServer } from './servers.js';

export type Route = 'INBOX' | 'Junk' | 'drop';

export interface MailPath {
  smtp: RunningSmtpServer;
  /** The same path behind a relay that offers no AUTH (a local Postfix without SASL). */
  relay: RunningSmtpServer;
  dns: RunningDns;
  /** Where the next messages go. */
  route: Route;
  /** Whether the receiver writes its verdict (Authentication-Results) into the mail; a plain MTA does not. */
  judge: boolean;
  /** Delivery errors (a failing dovecot-lda), so that a test can show them. */
  errors: string[];
  close(): Promise<void>;
}

export const SENDER_DOMAIN = 'demo.example';
export const RECEIVER = 'mx.receiver.test';
const SELECTOR = 'edc2026';

export async function startMailPath(options: { tls: Pem; dovecot: RunningDovecot; users: Record<string, string> }): Promise<MailPath> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const publicDer = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  const dns = await startDnsServer({
    localhost: { A: ['127.0.0.1'] },
    [SENDER_DOMAIN]: { TXT: ['v=spf1 ip4:127.0.0.1 -all'] },
    // A TXT string holds at most 255 bytes: the key is published in chunks, as DNS hosts do.
    [`${SELECTOR}._domainkey.${SENDER_DOMAIN}`]: { TXT: [['v=DKIM1; k=rsa; p=', ...(publicDer.match(/.{1,250}/g) ?? [])]] },
    [`_dmarc.${SENDER_DOMAIN}`]: { TXT: ['v=DMARC1; p=reject'] },
  });
  const resolver = new Resolver({ timeout: 1000, tries: 1 });
  resolver.setServers([dns.server]);
  const resolve = (name: string, rrtype: string): Promise<unknown> => resolver.resolve(name, rrtype);

  const path: MailPath = {
    smtp: undefined as unknown as RunningSmtpServer,
    relay: undefined as unknown as RunningSmtpServer,
    dns,
    route: 'INBOX',
    judge: true,
    errors: [],
    close: async () => {
      await path.smtp.close();
      await path.relay.close();
      await dns.close();
    },
  };

  const deliver = async (message: ReceivedMessage): Promise<void> => {
    const route = path.route;
    if (route === 'drop') return;
    // mailauth reads the keys from `signatureData` (its type declaration shows them flat, which signs nothing).
    const signing = {
      canonicalization: 'relaxed/relaxed',
      signatureData: [
        { signingDomain: SENDER_DOMAIN, selector: SELECTOR, privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }) },
      ],
    };
    const signed = await dkimSign(message.raw, signing as unknown as Parameters<typeof dkimSign>[1]);
    if (!signed.signatures) throw new Error(`DKIM signing failed: ${JSON.stringify(signed.errors)}`);
    const withSignature = signed.signatures + message.raw;
    const verdict = await authenticate(withSignature, {
      ip: '127.0.0.1',
      helo: 'localhost',
      sender: message.from,
      mta: RECEIVER,
      resolver: resolve as never,
      disableArc: true,
      disableBimi: true,
    });
    const received = `Received: from localhost ([127.0.0.1]) by ${RECEIVER} with ESMTPS id T${Date.now()} for <${message.to[0] ?? ''}>; ${new Date().toUTCString()}\r\n`;
    // Final delivery records the envelope sender as Return-Path (RFC 5321 section 4.4); dovecot-lda alone does not.
    const delivered = `Return-Path: <${message.from}>\r\n` + (path.judge ? verdict.headers : '') + received + withSignature;
    for (const to of message.to) await options.dovecot.deliver(to, delivered, route, message.from);
  };

  const onAccepted = (message: ReceivedMessage): void => void deliver(message).catch((error: unknown) => path.errors.push(String(error)));
  path.smtp = await startSmtpServer({ key: options.tls.key, cert: options.tls.cert, users: options.users, onAccepted });
  path.relay = await startSmtpServer({ key: options.tls.key, cert: options.tls.cert, noAuth: true, onAccepted });
  return path;
}
