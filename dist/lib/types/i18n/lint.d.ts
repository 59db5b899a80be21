export declare const LINT_TITLES: {
    'lint.config': {
        en: string;
        zh: string;
    };
    'lint.code': {
        en: string;
        zh: string;
    };
};
export declare const LINT_CAUSES: {
    'lint-parse-error': {
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
    'lint-env-secret-committed': {
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
    'lint-literal-password': {
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
    'lint-env-not-ignored': {
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
    'lint-port-secure-mismatch': {
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
    'lint-provider-unknown': {
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
    'lint-provider-mismatch': {
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
    'lint-placeholder-production': {
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
    'lint-production-missing-keys': {
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
    'lint-production-node-env': {
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
    'lint-production-node-env-unset': {
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
    'lint-workflow-literal-secret': {
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
    'code-no-files': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'code-no-mail': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'code-clean': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'code-partial': {
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
    'code-send-not-awaited': {
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
    'code-transport-per-request': {
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
    'code-port-secure-mismatch': {
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
    'code-tls-verify-off': {
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
    'code-literal-password': {
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
    'code-send-error-swallowed': {
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
    "lint-file-not-regular": import("./text.js").CauseWords;
    "lint-file-outside": import("./text.js").CauseWords;
    "lint-file-too-large": import("./text.js").CauseWords;
    "lint-file-unreadable": import("./text.js").CauseWords;
    'lint-clean': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'lint-no-files': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
};
