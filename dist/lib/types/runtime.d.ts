import type { Runtime } from './settings/settings.js';
export declare function actionRuntime(env: NodeJS.ProcessEnv): Runtime;
/** On a server, the CLI and the health route read PM2's logs when no `log-files` are given. */
export declare function cliRuntime(env: NodeJS.ProcessEnv, mode?: 'cli' | 'route'): Runtime;
