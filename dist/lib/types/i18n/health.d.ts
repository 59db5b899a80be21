export declare const HEALTH_TITLES: {
    'health.endpoint': {
        en: string;
        zh: string;
    };
    'server.report': {
        en: string;
        zh: string;
    };
};
export declare const HEALTH_CAUSES: {
    'health-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'health-ok-after-retries': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'health-report': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'health-status': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'health-redirect': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'health-unauthorized': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'health-body-mismatch': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'health-refused': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'health-timeout': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'health-dns': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'health-tls': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'health-reset': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'health-error': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'server-report-absent': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'server-report-unreadable': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'server-report-failing': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'server-report-cut': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'server-report-cut-failing': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'server-report-target': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'server-report-target-cached': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'server-report-empty': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'server-item-foreign': {
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
