/** The bare address of `Name <addr>` or `addr`. */
export declare function extractAddress(header: string): string;
/** A practical check for an addr-spec: one @, a dotted domain, no spaces or header syntax. */
export declare function isEmailAddress(text: string): boolean;
export declare function domainOf(address: string): string;
