/** A number with one decimal at most (seconds in reports). */
export declare const round1: (n: number) => number;
/** At most `max` characters, with an ellipsis when cut. */
export declare const clip: (text: string, max: number) => string;
export declare const escapeHtml: (text: string) => string;
export declare function errorText(error: unknown): string;
