export declare const ENV_TITLES: {
    'env.inputs': {
        en: string;
        zh: string;
    };
    'env.provider': {
        en: string;
        zh: string;
    };
    'env.user': {
        en: string;
        zh: string;
    };
    'env.password': {
        en: string;
        zh: string;
    };
    'env.from': {
        en: string;
        zh: string;
    };
    'env.recipient': {
        en: string;
        zh: string;
    };
    'env.server': {
        en: string;
        zh: string;
    };
    'env.tls-verify': {
        en: string;
        zh: string;
    };
    'env.basic-auth': {
        en: string;
        zh: string;
    };
    'env.node-env': {
        en: string;
        zh: string;
    };
};
export declare const ENV_CAUSES: {
    'input-not-pem': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'input-bad-header': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'input-several-recipients': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'input-body-with-get': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'input-has-newline': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'provider-custom': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'provider-known': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'provider-inferred': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'provider-unknown': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'provider-unknown-suggest': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'provider-domain-mismatch': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'provider-personal-domain': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'user-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'user-missing': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'user-missing-fork': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'user-not-address': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'user-not-fixed': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'password-present': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'password-missing': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'password-missing-fork': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'password-placeholder': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'password-newline': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'password-whitespace': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'password-too-short-to-protect': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'password-short': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'password-not-auth-code': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'password-not-app-password': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'password-not-api-key': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'from-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'from-missing': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'from-invalid': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'from-not-user': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'recipient-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'recipient-invalid': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'server-ok-tls': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'server-ok-starttls': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'host-missing': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'host-unresolved': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'port-secure-mismatch-tls': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'port-secure-mismatch-plain': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'port-25-blocked': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tls-verify-off': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'exchange-basic-auth-retiring': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'exchange-basic-auth-disabled': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'outlook-consumer-modern-auth': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'basic-auth-oauth2': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'password-oauth2': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'oauth2-incomplete': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'oauth2-no-token-url': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'oauth2-token-url-insecure': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'node-env-production': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'node-env-unset': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'node-env-not-production': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    "input-file-not-regular": import("./text.js").CauseWords;
    "input-file-outside": import("./text.js").CauseWords;
    "input-file-too-large": import("./text.js").CauseWords;
    "input-file-unreadable": import("./text.js").CauseWords;
    'inputs-valid': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'input-not-boolean': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'input-not-integer': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'input-not-number': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'input-not-enum': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'input-unknown-check': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'input-not-regex': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'input-app-mail-needs-smoke': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'input-app-mail-needs-mailbox': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'input-app-mail-off': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'input-verify-needs-code': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'input-not-url': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'input-not-ip': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'input-bad-selector': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'input-host-has-scheme': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'input-host-has-port': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'input-not-host': {
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
