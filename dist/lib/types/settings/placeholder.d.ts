export declare function isPlaceholder(value: string): boolean;
