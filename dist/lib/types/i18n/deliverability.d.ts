export declare const DELIVERABILITY_TITLES: {
    'deliverability.mx': {
        en: string;
        zh: string;
    };
    'deliverability.spf': {
        en: string;
        zh: string;
    };
    'deliverability.dkim': {
        en: string;
        zh: string;
    };
    'deliverability.dmarc': {
        en: string;
        zh: string;
    };
};
export declare const DELIVERABILITY_CAUSES: {
    'deliverability-public-domain': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'deliverability-dns-error': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'mx-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'mx-missing': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'mx-unresolvable': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'spf-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'spf-missing': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'spf-multiple': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'spf-pass-all': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'spf-neutral-all': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'spf-no-all': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'spf-ptr': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'spf-too-many-lookups': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'spf-too-many-void-lookups': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'spf-error': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'spf-host-not-listed': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'dkim-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'dkim-ok-ed25519': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'dkim-missing': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'dkim-revoked': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'dkim-invalid-key': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'dkim-weak-key': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'dkim-short-key': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'dmarc-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'dmarc-missing': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'dmarc-multiple': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'dmarc-invalid': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'dmarc-p-none': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'dmarc-bad-rua': {
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
