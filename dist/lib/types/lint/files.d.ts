export declare const DEFAULT_CONFIG_FILES: string[];
export declare function findConfigFiles(root: string, patterns: readonly string[]): Promise<string[]>;
/** Whether `root` is inside a git work tree: outside one (an app's folder on a server) nothing is "committed". */
export declare function inWorkTree(root: string): Promise<boolean>;
/** Tracked by git. Outside a work tree (or without git) nothing is: a server's `.env` is not in any repository. */
export declare function isTracked(root: string, file: string): Promise<boolean>;
/** Whether `.gitignore` covers `.env`, by git's own rules, or by reading .gitignore when git cannot tell. */
export declare function isEnvIgnored(root: string): Promise<boolean>;
export declare const MAX_SOURCE_FILES = 2000;
/**
 * JavaScript and TypeScript sources under `root`: inside a git work tree, the files git would commit (tracked, or
 * new and not ignored: `.gitignore` is git's to read); elsewhere every source file. Dependencies and build output
 * are left out either way; at most MAX_SOURCE_FILES, and `truncated` says when there were more.
 */
export declare function findSourceFiles(root: string): Promise<{
    files: string[];
    truncated: boolean;
}>;
