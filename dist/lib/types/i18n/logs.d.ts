export declare const LOGS_TITLES: {
    'logs.scan': {
        en: string;
        zh: string;
    };
};
export declare const LOGS_CAUSES: {
    'logs-clean': {
        en: {
            text: string;
        };
        zh: {
            text: string;
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
};
