export declare const TRANSPORT_POLICY_TITLES: {
    'deliverability.mta-sts': {
        en: string;
        zh: string;
    };
    'deliverability.tls-rpt': {
        en: string;
        zh: string;
    };
    'deliverability.bimi': {
        en: string;
        zh: string;
    };
};
export declare const TRANSPORT_POLICY_CAUSES: {
    'mta-sts-absent': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'mta-sts-unreachable': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'mta-sts-not-enforced': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'mta-sts-max-age-short': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'mta-sts-mx-mismatch': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'mta-sts-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'tls-rpt-absent': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'tls-rpt-invalid': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tls-rpt-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'bimi-absent': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'bimi-invalid': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'bimi-dmarc-not-enforced': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'bimi-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
};
