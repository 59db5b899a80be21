export declare const DELIVERY_TITLES: {
    'delivery.mailbox': {
        en: string;
        zh: string;
    };
    'delivery.inbox': {
        en: string;
        zh: string;
    };
    'delivery.authentication': {
        en: string;
        zh: string;
    };
    'delivery.origin': {
        en: string;
        zh: string;
    };
};
export declare const DELIVERY_CAUSES: {
    'delivered-auth-temperror': {
        en: {
            title: string;
            text: string;
            fix: string;
        };
        zh: {
            title: string;
            text: string;
            fix: string;
        };
    };
    'delivered-spf-pass': {
        en: {
            title: string;
            text: string;
        };
        zh: {
            title: string;
            text: string;
        };
    };
    'delivered-spf-none': {
        en: {
            title: string;
            text: string;
            fix: string;
        };
        zh: {
            title: string;
            text: string;
            fix: string;
        };
    };
    'delivered-spf-fail': {
        en: {
            title: string;
            text: string;
            fix: string;
        };
        zh: {
            title: string;
            text: string;
            fix: string;
        };
    };
    'delivered-dkim-pass': {
        en: {
            title: string;
            text: string;
        };
        zh: {
            title: string;
            text: string;
        };
    };
    'delivered-dkim-none': {
        en: {
            title: string;
            text: string;
            fix: string;
        };
        zh: {
            title: string;
            text: string;
            fix: string;
        };
    };
    'delivered-dkim-fail': {
        en: {
            title: string;
            text: string;
            fix: string;
        };
        zh: {
            title: string;
            text: string;
            fix: string;
        };
    };
    'delivered-dmarc-pass': {
        en: {
            title: string;
            text: string;
        };
        zh: {
            title: string;
            text: string;
        };
    };
    'delivered-dmarc-none': {
        en: {
            title: string;
            text: string;
            fix: string;
        };
        zh: {
            title: string;
            text: string;
            fix: string;
        };
    };
    'delivered-dmarc-fail': {
        en: {
            title: string;
            text: string;
            fix: string;
        };
        zh: {
            title: string;
            text: string;
            fix: string;
        };
    };
    'imap-cert-untrusted': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'imap-cert-name': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'imap-cert-expired': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'imap-tls-mismatch': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'imap-no-starttls': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'imap-refused': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'imap-timeout': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'imap-dns': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'imap-closed': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'imap-too-large': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'imap-error': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'imap-login-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'imap-login-plaintext': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'imap-port-mode-mismatch': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'imap-password-too-short': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'imap-auth-failed': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'imap-auth-failed-code': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'imap-auth-failed-app-password': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'imap-auth-failed-microsoft': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'imap-unsafe-login': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'delivery-inbox': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'delivery-junk': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'delivery-not-arrived': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'delivery-no-imap-host': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'delivery-needs-send': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'delivery-no-copy': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
};
