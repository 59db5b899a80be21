// Mail addresses: what From and the login look like, and whose domain they are.
import { domainToASCII } from 'node:url';

/** The bare address of `Name <addr>` or `addr`. */
export function extractAddress(header: string): string {
  const angle = /<([^<>]*)>\s*$/.exec(header);
  return (angle?.[1] ?? header).trim();
}

/** A practical check for an addr-spec: one @, a dotted domain, no spaces or header syntax. */
export function isEmailAddress(text: string): boolean {
  if (text.length > 254 || /[\s<>(),;:"\\[\]]/.test(text)) return false;
  const at = text.lastIndexOf('@');
  if (at < 1 || at !== text.indexOf('@')) return false;
  const local = text.slice(0, at);
  if (/[/?#]/.test(text.slice(at + 1))) return false;
  const domain = domainToASCII(text.slice(at + 1));
  if (local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((l) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(l)) && /[a-z]/i.test(labels.at(-1) ?? '');
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at >= 0 ? address.slice(at + 1).toLowerCase() : '';
}
