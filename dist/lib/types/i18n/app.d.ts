export declare const APP_TITLES: {
    'app.watch': {
        en: string;
        zh: string;
    };
    'health.smoke': {
        en: string;
        zh: string;
    };
    'app.mail': {
        en: string;
        zh: string;
    };
    'app.code': {
        en: string;
        zh: string;
    };
    'app.verify': {
        en: string;
        zh: string;
    };
    'app.origin': {
        en: string;
        zh: string;
    };
};
export declare const APP_CAUSES: {
    'smoke-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'smoke-status': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'smoke-error': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'smoke-rate-limited': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'app-watch': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'app-mail-inbox': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'app-mail-junk': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'app-mail-not-arrived': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'app-mail-not-arrived-logged': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'app-mail-not-arrived-server': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'app-code-found': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'app-code-missing': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'app-code-too-short': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'app-no-copy': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'app-verify-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'app-verify-refused': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'app-verify-error': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'origin-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'origin-differs': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'origin-private': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'origin-ptr-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'origin-ptr-missing': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'origin-ptr-unconfirmed': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'origin-ptr-unknown': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'origin-listed': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'origin-not-listed': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'origin-list-unknown': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
};
