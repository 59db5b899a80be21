export declare const ENGINE_CAUSES: {
    'check-timeout': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    internal: {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'prerequisite-failed': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'input-missing': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'secrets-withheld': {
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
