import type { Words } from './text.js';
/** `{version}`, `{providers}`, `{flags}` are filled in by the CLI. */
export declare const CLI_HELP: Words;
export declare const CLI_USAGE: {
    unknownFlag: {
        en: string;
        zh: string;
    };
    didYouMean: {
        en: string;
        zh: string;
    };
    missingValue: {
        en: string;
        zh: string;
    };
    secretFlag: {
        en: string;
        zh: string;
    };
    unexpectedArgument: {
        en: string;
        zh: string;
    };
    seeHelp: {
        en: string;
        zh: string;
    };
    envFileMissing: {
        en: string;
        zh: string;
    };
    envFileRefused: {
        en: string;
        zh: string;
    };
};
