export declare const SEND_TITLES: {
    'send.mail': {
        en: string;
        zh: string;
    };
};
export declare const SEND_CAUSES: {
    'send-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
};
