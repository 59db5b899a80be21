export declare const DEFAULT_CONFIG_FILES: string[];
export declare function findConfigFiles(root: string, patterns: readonly string[]): Promise<string[]>;
/** Tracked by git; outside a repository (or without git) every file present counts as tracked. */
export declare function isTracked(root: string, file: string): Promise<boolean>;
/** Whether `.gitignore` covers `.env`, by git's own rules, or by reading .gitignore when git cannot tell. */
export declare function isEnvIgnored(root: string): Promise<boolean>;
