export declare function runCli(argv: string[], env: NodeJS.ProcessEnv): Promise<number>;
