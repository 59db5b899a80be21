export declare const NETWORK_TITLES: {
    'dns.resolve': {
        en: string;
        zh: string;
    };
    'tcp.connect': {
        en: string;
        zh: string;
    };
};
export declare const NETWORK_CAUSES: {
    'tcp-refused-other-ports-open': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tcp-timeout-other-ports-open': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tcp-unreachable-other-ports-open': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tcp-error-other-ports-open': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tcp-refused': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tcp-timeout': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tcp-unreachable': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tcp-error': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tcp-connected': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'dns-ip-literal': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'dns-resolved': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'dns-nxdomain': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'dns-servfail': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'dns-timeout': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'dns-refused': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'dns-no-address': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'dns-error': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'dns-ipv6-only': {
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
