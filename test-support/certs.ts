// Certificates made on the spot for tests and the demo: a private CA, leaves for chosen names and
// validity windows, and self-signed ones. Keys come from node:crypto (fast); node-forge signs.
// No relative imports: Node 24 runs this file directly (type stripping) for `npm run demo`.
import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

export interface Pem {
  key: string;
  cert: string;
}

export interface CertificateOptions {
  names?: string[];
  notBefore?: Date;
  notAfter?: Date;
}

const DAY = 86_400_000;

function newKey(): { privatePem: string; forgePrivate: forge.pki.rsa.PrivateKey; forgePublic: forge.pki.rsa.PublicKey } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privatePem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const forgePrivate = forge.pki.privateKeyFromPem(privatePem);
  return { privatePem, forgePrivate, forgePublic: forge.pki.setRsaPublicKey(forgePrivate.n, forgePrivate.e) };
}

let serial = 1;

function build(
  subjectCn: string,
  publicKey: forge.pki.PublicKey,
  signer: { key: forge.pki.PrivateKey; subject: forge.pki.CertificateField[] } | undefined,
  options: CertificateOptions & { ca?: boolean },
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = (serial++).toString(16).padStart(2, '0');
  cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - DAY);
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 365 * DAY);
  const subject = [
    { name: 'commonName', value: subjectCn },
    { name: 'organizationName', value: 'email-deploy-check tests' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(signer?.subject ?? subject);
  const names = options.names ?? [];
  cert.setExtensions([
    { name: 'basicConstraints', cA: options.ca === true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: options.ca === true },
    ...(names.length
      ? [{ name: 'subjectAltName', altNames: names.map((n) => (/^[\d.]+$|:/.test(n) ? { type: 7, ip: n } : { type: 2, value: n })) }]
      : []),
  ]);
  return cert;
}

export interface CertificateAuthority extends Pem {
  issue(options?: CertificateOptions): Pem;
}

export function createCertificateAuthority(name = 'Test Root CA'): CertificateAuthority {
  const key = newKey();
  const cert = build(name, key.forgePublic, undefined, { ca: true, notAfter: new Date(Date.now() + 3650 * DAY) });
  cert.sign(key.forgePrivate, forge.md.sha256.create());
  const subject = cert.subject.attributes;
  return {
    key: key.privatePem,
    cert: forge.pki.certificateToPem(cert),
    issue(options: CertificateOptions = {}): Pem {
      const leafKey = newKey();
      const names = options.names ?? ['localhost', '127.0.0.1'];
      const leaf = build(names[0] ?? 'localhost', leafKey.forgePublic, { key: key.forgePrivate, subject }, { ...options, names });
      leaf.sign(key.forgePrivate, forge.md.sha256.create());
      return { key: leafKey.privatePem, cert: forge.pki.certificateToPem(leaf) };
    },
  };
}

export function selfSigned(options: CertificateOptions = {}): Pem {
  const key = newKey();
  const names = options.names ?? ['localhost', '127.0.0.1'];
  const cert = build(names[0] ?? 'localhost', key.forgePublic, undefined, { ...options, names });
  cert.sign(key.forgePrivate, forge.md.sha256.create());
  return { key: key.privatePem, cert: forge.pki.certificateToPem(cert) };
}

export const days = (n: number): Date => new Date(Date.now() + n * DAY);
