export interface AnnotationProperties {
    title?: string;
    file?: string;
    startLine?: number;
}
/** `INPUT_<NAME>` as the runner sets it (upper-cased, spaces as underscores, dashes kept); trimmed unless asked not to. */
export declare function getInput(name: string, env: NodeJS.ProcessEnv, trim?: boolean): string;
export declare const setSecret: (secret: string) => void;
export declare const info: (line: string) => void;
export declare const startGroup: (name: string) => void;
export declare const endGroup: () => void;
export declare const error: (message: string, where?: AnnotationProperties) => void;
export declare const warning: (message: string, where?: AnnotationProperties) => void;
export declare const notice: (message: string, where?: AnnotationProperties) => void;
export declare function setFailed(message: string): void;
/** One output, appended to GITHUB_OUTPUT between random delimiters (the old `::set-output` command without it). */
export declare function setOutput(name: string, value: string, env?: NodeJS.ProcessEnv): void;
/** Appends to the job summary (GITHUB_STEP_SUMMARY), as `core.summary.write()` does. */
export declare function appendSummary(html: string, env?: NodeJS.ProcessEnv): Promise<void>;
