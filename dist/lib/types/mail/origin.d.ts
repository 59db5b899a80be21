import type { Settings } from '../settings/settings.js';
import type { Outcome } from '../types.js';
export interface Origin {
    /** The From header's address (lower-cased), or '' when it has none. */
    from: string;
    /** The name the sending host gave (HELO/EHLO), or ''. */
    helo: string;
    /** The sending host's address, or ''. */
    ip: string;
    /** The receiver that wrote the Received header, or ''. */
    by: string;
}
export declare function originOf(raw: Buffer): Promise<Origin>;
/**
 * What a delivered copy says of where it came from, as findings: its sender and sending host with the receiver's
 * verdict (and, for the app's mail, whether that is the sender this run was told), then the sending address's
 * reverse name and block-list listings through `dns-servers`. Shared by the app's mail and our own test mail.
 */
export declare function originOutcomes(raw: Buffer, s: Settings, options: {
    compareSender: boolean;
}): Promise<Outcome[]>;
