export declare const DEFAULT_CONFIG_FILES: string[];
export declare function findConfigFiles(root: string, patterns: readonly string[]): Promise<string[]>;
/** Whether `root` is inside a git work tree: outside one (an app's folder on a server) nothing is "committed". */
export declare function inWorkTree(root: string): Promise<boolean>;
/** Tracked by git. Outside a work tree (or without git) nothing is: a server's `.env` is not in any repository. */
export declare function isTracked(root: string, file: string): Promise<boolean>;
/** Whether `.gitignore` covers `.env`, by git's own rules, or by reading .gitignore when git cannot tell. */
export declare function isEnvIgnored(root: string): Promise<boolean>;
