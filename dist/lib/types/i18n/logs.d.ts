export declare const LOGS_TITLES: {
    'logs.scan': {
        en: string;
        zh: string;
    };
};
export declare const LOGS_CAUSES: {
    'log-mail-error': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'logs-none-found': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    "logs-file-not-regular": import("./text.js").CauseWords;
    "logs-file-outside": import("./text.js").CauseWords;
    "logs-file-too-large": import("./text.js").CauseWords;
    "logs-file-unreadable": import("./text.js").CauseWords;
    'logs-clean': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
};
