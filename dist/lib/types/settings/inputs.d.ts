export type InputKind = 
/** One line of text. */
'text'
/** A credential: kept with its whitespace (itself a finding), masked and redacted in every form. */
 | 'secret' | 'boolean' | 'integer' | 'number'
/** One of `values`. */
 | 'enum'
/** Comma or newline separated. */
 | 'list' | 'url'
/** `Name: value` lines; the values are secrets. */
 | 'headers'
/** Free text, may span lines. */
 | 'body'
/** A YAML or JSON list of targets (each a mapping of this table's names): its secrets are found and redacted one by one. */
 | 'targets';
export interface InputSpec {
    kind: InputKind;
    /** The environment variable read when the input is empty. */
    env?: string;
    /** The value when neither the input nor `env` is set. */
    default?: string;
    /** What action.yml declares as default when that differs: a runner expression. */
    actionDefault?: string;
    min?: number;
    max?: number;
    values?: readonly string[];
    /** For a secret: the inputs whose value is the login it belongs to, first set wins (redacted together, as AUTH PLAIN sends them). */
    login?: readonly string[];
    /** For a secret that is a webhook address: the tokens inside it (query values, long path segments) are secrets too. */
    webhook?: true;
}
export declare const INPUTS: {
    readonly 'email-provider': {
        readonly kind: "text";
        readonly env: "EMAIL_PROVIDER";
    };
    readonly 'email-user': {
        readonly kind: "text";
        readonly env: "EMAIL_USER";
    };
    readonly 'email-password': {
        readonly kind: "secret";
        readonly env: "EMAIL_PASSWORD";
        readonly login: readonly ["email-user"];
    };
    readonly 'smtp-host': {
        readonly kind: "text";
        readonly env: "SMTP_HOST";
    };
    readonly 'smtp-port': {
        readonly kind: "integer";
        readonly env: "SMTP_PORT";
        readonly min: 1;
        readonly max: 65535;
    };
    readonly 'smtp-secure': {
        readonly kind: "enum";
        readonly env: "SMTP_SECURE";
        readonly default: "auto";
        readonly values: readonly ["auto", "true", "false"];
    };
    readonly 'tls-reject-unauthorized': InputSpec;
    readonly 'tls-ca': {
        readonly kind: "text";
    };
    readonly 'allow-plaintext-auth': InputSpec;
    readonly from: {
        readonly kind: "text";
        readonly env: "EMAIL_FROM";
    };
    readonly 'test-recipient': {
        readonly kind: "text";
    };
    readonly 'health-url': {
        readonly kind: "url";
    };
    readonly 'health-attempts': {
        readonly kind: "integer";
        readonly default: "1";
        readonly min: 1;
        readonly max: 50;
    };
    readonly 'health-interval': {
        readonly kind: "number";
        readonly default: "3";
        readonly min: 0;
        readonly max: 300;
    };
    readonly 'health-expect': {
        readonly kind: "text";
    };
    readonly 'health-headers': {
        readonly kind: "headers";
    };
    readonly 'smoke-url': {
        readonly kind: "url";
    };
    readonly 'smoke-method': {
        readonly kind: "enum";
        readonly default: "POST";
        readonly values: readonly ["GET", "POST", "PUT", "PATCH"];
    };
    readonly 'smoke-body': {
        readonly kind: "body";
    };
    readonly 'smoke-headers': {
        readonly kind: "headers";
    };
    readonly 'app-mail': InputSpec;
    readonly 'app-mail-subject': {
        readonly kind: "text";
    };
    readonly 'app-mail-code': {
        readonly kind: "text";
    };
    readonly 'verify-url': {
        readonly kind: "url";
    };
    readonly 'verify-method': {
        readonly kind: "enum";
        readonly default: "POST";
        readonly values: readonly ["GET", "POST", "PUT", "PATCH"];
    };
    readonly 'verify-body': {
        readonly kind: "body";
    };
    readonly 'verify-headers': {
        readonly kind: "headers";
    };
    readonly 'log-files': {
        readonly kind: "list";
    };
    readonly timeout: {
        readonly kind: "number";
        readonly default: "10";
        readonly min: 1;
        readonly max: 300;
    };
    readonly 'fail-on': {
        readonly kind: "enum";
        readonly default: "critical";
        readonly values: readonly ["critical", "warning", "never"];
    };
    readonly language: {
        readonly kind: "enum";
        readonly default: "en";
        readonly values: readonly ["en", "zh"];
    };
    readonly checks: {
        readonly kind: "list";
        readonly default: "all";
    };
    readonly 'config-files': {
        readonly kind: "list";
    };
    readonly 'dns-servers': {
        readonly kind: "list";
    };
    readonly 'dkim-selector': {
        readonly kind: "text";
    };
    readonly 'oauth2-client-id': {
        readonly kind: "secret";
        readonly env: "OAUTH2_CLIENT_ID";
    };
    readonly 'oauth2-client-secret': {
        readonly kind: "secret";
        readonly env: "OAUTH2_CLIENT_SECRET";
    };
    readonly 'oauth2-refresh-token': {
        readonly kind: "secret";
        readonly env: "OAUTH2_REFRESH_TOKEN";
    };
    readonly 'oauth2-access-token': {
        readonly kind: "secret";
        readonly env: "OAUTH2_ACCESS_TOKEN";
    };
    readonly 'oauth2-token-url': {
        readonly kind: "url";
        readonly env: "OAUTH2_TOKEN_URL";
    };
    readonly 'imap-host': {
        readonly kind: "text";
        readonly env: "IMAP_HOST";
    };
    readonly 'imap-port': {
        readonly kind: "integer";
        readonly env: "IMAP_PORT";
        readonly min: 1;
        readonly max: 65535;
    };
    readonly 'imap-secure': {
        readonly kind: "enum";
        readonly env: "IMAP_SECURE";
        readonly default: "auto";
        readonly values: readonly ["auto", "true", "false"];
    };
    readonly 'imap-user': {
        readonly kind: "text";
        readonly env: "IMAP_USER";
    };
    readonly 'imap-password': {
        readonly kind: "secret";
        readonly env: "IMAP_PASSWORD";
        readonly login: readonly ["imap-user", "test-recipient"];
    };
    readonly 'delivery-timeout': {
        readonly kind: "number";
        readonly default: "60";
        readonly min: 1;
        readonly max: 600;
    };
    readonly 'delivery-cleanup': InputSpec;
    readonly 'github-token': {
        readonly kind: "secret";
        readonly env: "GITHUB_TOKEN";
        readonly actionDefault: "${{ github.token }}";
    };
    readonly 'pr-comment': InputSpec;
    readonly 'alert-issue': InputSpec;
    readonly targets: {
        readonly kind: "targets";
        readonly env: "EMAIL_TARGETS";
    };
    readonly require: {
        readonly kind: "enum";
        readonly default: "any";
        readonly values: readonly ["any", "all"];
    };
    readonly 'notify-dingtalk': InputSpec;
    readonly 'notify-dingtalk-secret': InputSpec;
    readonly 'notify-feishu': InputSpec;
    readonly 'notify-feishu-secret': InputSpec;
    readonly 'notify-wecom': InputSpec;
    readonly 'notify-slack': InputSpec;
    readonly 'notify-webhook': InputSpec;
    readonly 'notify-webhook-secret': InputSpec;
    readonly 'notify-test': InputSpec;
};
export type InputName = keyof typeof INPUTS;
export declare const INPUT_NAMES: InputName[];
export declare const specOf: (name: InputName) => InputSpec;
/** The inputs that hold a secret: declared here once, by kind; the redactor, the runner's masking and the CLI (which refuses them as flags) read this. */
export declare const SECRET_INPUTS: readonly InputName[];
/** Inputs read with their whitespace intact (a stray space in a secret is itself a finding). */
export declare const isRawInput: (name: InputName) => boolean;
/** Inputs that may span lines; every other value may reach a header or the SMTP envelope and must stay on one line. */
export declare const isMultiline: (name: InputName) => boolean;
/** The default as a number, for the parser's fallback when a value is empty or out of bounds (NaN: none). */
export declare const defaultNumber: (name: InputName) => number;
