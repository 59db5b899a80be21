import type { CauseWords, Words } from './text.js';
export declare const CAUSES: {
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
    "lint-file-not-regular": CauseWords;
    "lint-file-outside": CauseWords;
    "lint-file-too-large": CauseWords;
    "lint-file-unreadable": CauseWords;
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
    'log-mail-error': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'logs-none-found': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    "logs-file-not-regular": CauseWords;
    "logs-file-outside": CauseWords;
    "logs-file-too-large": CauseWords;
    "logs-file-unreadable": CauseWords;
    'logs-clean': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
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
    'send-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
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
    'auth-qq-authorization-code': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'auth-qq-account-blocked': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'sender-from-header-invalid': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'auth-netease-authorization-code': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'auth-netease-no-permission': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'sender-must-equal-user': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'message-spam': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'auth-gmail-app-password-required': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'auth-gmail-bad-credentials': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'auth-o365-smtp-auth-disabled': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'auth-o365-basic-auth-disabled': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'server-busy': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'starttls-unavailable': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'auth-temporary-failure': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'auth-required': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'auth-app-password-required': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'auth-failed': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'auth-missing-credentials': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'sender-rejected': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'sender-deferred': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'recipient-rejected': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'recipient-deferred': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'message-rejected': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'message-deferred': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'session-auth-not-offered': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'session-tls-wrong-version': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'session-timeout': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tls-certificate-rejected': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tls-upgrade-failed': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tls-required-not-offered': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'smtp-connection-closed': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'smtp-connection-refused': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'smtp-socket-error': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'smtp-dns-error': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'smtp-protocol-error': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'auth-exmail-password': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'auth-gmail-web-login': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'auth-o365-tenant-auth-disabled': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'auth-method-unsupported': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'sender-not-verified': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'ses-not-authorized': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'sender-send-as-denied': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'rate-limited': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'rate-limited-netease': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'rate-limited-gmail': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'rate-limited-ses': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'rate-limited-microsoft': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'starttls-required': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'message-too-large': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'session-tls-port-mismatch': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tls-version-refused': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'smtp-connection-reset': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'smtp-reply': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'ehlo-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'auth-not-advertised': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'auth-not-advertised-relay': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'auth-relay-no-login': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'auth-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'envelope-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'smtp-error': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tls-version-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'tls-old-protocol': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'starttls-not-offered': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tls-none-allowed': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tls-none': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'tls-cert-ok': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'tls-cert-expiring': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tls-cert-expired': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tls-cert-not-yet-valid': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tls-cert-untrusted': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tls-cert-wrong-host': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'greeting-421': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'greeting-rejected': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'ehlo-rejected': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'starttls-refused': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'smtp-greeting': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'tls-on-plaintext-port': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'plaintext-on-tls-port': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tls-handshake-failed': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'tls-handshake-timeout': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'greeting-timeout': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'greeting-closed': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'greeting-garbage': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'smtp-closed': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'smtp-reply-too-long': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'smtp-timeout': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
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
    "input-file-not-regular": CauseWords;
    "input-file-outside": CauseWords;
    "input-file-too-large": CauseWords;
    "input-file-unreadable": CauseWords;
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
    'check-timeout': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    internal: {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'prerequisite-failed': {
        en: {
            text: string;
        };
        zh: {
            text: string;
        };
    };
    'input-missing': {
        en: {
            text: string;
            fix: string;
        };
        zh: {
            text: string;
            fix: string;
        };
    };
    'secrets-withheld': {
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
export declare const CHECK_TITLES: {
    'lint.config': {
        en: string;
        zh: string;
    };
    'lint.code': {
        en: string;
        zh: string;
    };
    'logs.scan': {
        en: string;
        zh: string;
    };
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
    'health.endpoint': {
        en: string;
        zh: string;
    };
    'server.report': {
        en: string;
        zh: string;
    };
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
    'send.mail': {
        en: string;
        zh: string;
    };
    'smtp.oauth2': {
        en: string;
        zh: string;
    };
    'smtp.greeting': {
        en: string;
        zh: string;
    };
    'smtp.ehlo': {
        en: string;
        zh: string;
    };
    'smtp.auth': {
        en: string;
        zh: string;
    };
    'smtp.envelope': {
        en: string;
        zh: string;
    };
    'tls.version': {
        en: string;
        zh: string;
    };
    'tls.certificate': {
        en: string;
        zh: string;
    };
    'dns.resolve': {
        en: string;
        zh: string;
    };
    'tcp.connect': {
        en: string;
        zh: string;
    };
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
/** A stable cause code: what text, tests and diagnosis key on. */
export type Cause = keyof typeof CAUSES;
/** A check's id, such as `smtp.auth`. */
export type CheckId = keyof typeof CHECK_TITLES;
export declare const causeWords: (cause: Cause) => CauseWords;
export declare const checkTitle: (id: CheckId) => Words;
/** A cause code from outside (a server report of another version): ours when we know it. */
export declare function isCause(code: string): code is Cause;
export declare function isCheckId(id: string): id is CheckId;
