/** At most `max` characters, with an ellipsis when cut. */
export declare const clip: (text: string, max: number) => string;
export declare const escapeHtml: (text: string) => string;
