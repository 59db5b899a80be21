export declare const OAUTH2_TITLES: {
    'smtp.oauth2': {
        en: string;
        zh: string;
    };
};
export declare const OAUTH2_CAUSES: {
    'oauth2-token-given': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'oauth2-token-fetched': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'oauth2-not-configured': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'oauth2-invalid-grant': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'oauth2-refresh-token-inactive': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'oauth2-invalid-client': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'oauth2-scope': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'oauth2-endpoint-unreachable': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'oauth2-token-error': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'auth-xoauth2-not-offered': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'auth-xoauth2-rejected': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'oauth2-access-token-expired': {
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
