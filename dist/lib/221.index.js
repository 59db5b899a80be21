export const id = 221;
export const ids = [221];
export const modules = {

/***/ 7221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   classifyImapError: () => (/* binding */ classifyImapError),
/* harmony export */   encrypted: () => (/* binding */ encrypted),
/* harmony export */   failureOf: () => (/* binding */ failureOf),
/* harmony export */   openMailbox: () => (/* binding */ openMailbox)
/* harmony export */ });
/* unused harmony exports ImapFailure, IMAP_LIMITS */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8992);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
// Opening the test mailbox with imapflow: TLS verified like the SMTP connection, STARTTLS required unless
// plaintext was allowed explicitly, the IMAP ID command sent (NetEase refuses mailbox access without it),
// and every failure classified here, where it happens, into one reason the delivery check reports.



/** Why the mailbox could not be read; `detail` is the library's or the server's words (untrusted). */
class ImapFailure extends Error {
    reason;
    detail;
    constructor(reason, detail) {
        super(detail);
        this.reason = reason;
        this.detail = detail;
    }
}
const UNTRUSTED = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_GET_ISSUER_CERT',
    'CERT_UNTRUSTED',
]);
/**
 * What a test mailbox needs, and no more: the server's answers are bounded so a hostile or broken one cannot take the
 * process's memory (imapflow's own defaults are a gigabyte per line and per literal). A literal holds at most our
 * fetched copy (MAX_COPY_BYTES) with room for its framing; a line holds a SEARCH answer of about two hundred
 * thousand UIDs; a response holds both.
 */
const IMAP_LIMITS = {
    maxLiteralSize: 1024 * 1024 + 64 * 1024,
    maxLineLength: 2 * 1024 * 1024,
    maxResponseSize: 4 * 1024 * 1024,
    maxResponseTokens: 100_000,
};
/** imapflow's codes for an answer past those limits (the connection ends with them). */
const TOO_LARGE = new Set(['LineTooLarge', 'LiteralTooLarge', 'ResponseTooLarge', 'TooManyTokens']);
function classifyImapError(error) {
    if (error instanceof ImapFailure)
        return error;
    const e = (typeof error === 'object' && error !== null ? error : {});
    const text = [(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(error), e.responseText].filter(Boolean).join(': ');
    const code = e.code ?? '';
    if (/unsafe login/i.test(text))
        return new ImapFailure('imap-unsafe-login', text);
    if (e.authenticationFailed || e.serverResponseCode === 'AUTHENTICATIONFAILED' || code === 'AUTHENTICATIONFAILED')
        return new ImapFailure('imap-auth-failed', e.responseText || text);
    if (UNTRUSTED.has(code))
        return new ImapFailure('imap-cert-untrusted', text);
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID')
        return new ImapFailure('imap-cert-name', text);
    if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID')
        return new ImapFailure('imap-cert-expired', text);
    if (TOO_LARGE.has(code))
        return new ImapFailure('imap-too-large', text);
    if (/does not support STARTTLS|STARTTLS is not possible|can not start TLS/i.test(text))
        return new ImapFailure('imap-no-starttls', text);
    if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' ||
        /wrong version number|packet length too long/i.test(text) ||
        (code === 'GREETING_TIMEOUT' && /use TLS/i.test(text)))
        return new ImapFailure('imap-tls-mismatch', text);
    if (code === 'ECONNREFUSED')
        return new ImapFailure('imap-refused', text);
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return new ImapFailure('imap-dns', text);
    if (['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'ETIMEOUT', 'ETIMEDOUT', 'UPGRADE_TIMEOUT'].includes(code))
        return new ImapFailure('imap-timeout', text);
    if (['NoConnection', 'EConnectionClosed', 'ECONNRESET', 'EPIPE'].includes(code) || /^ClosedAfterConnect/.test(code) || e.tlsFailed)
        return new ImapFailure('imap-closed', text);
    return new ImapFailure('imap-error', text);
}
const ended = new WeakMap();
/** Why a command on this client failed: the error that ended the connection, when one did, else the command's own. */
function failureOf(client, error) {
    return ended.get(client) ?? classifyImapError(error);
}
/** Whether the session is encrypted (implicit TLS, or after STARTTLS): a login without it went in the clear. */
const encrypted = (client) => client.secureConnection;
/** A logged-in client. The caller logs out (or closes on abort). */
async function openMailbox(access, signal) {
    const { ImapFlow } = await Promise.all(/* import() */[__webpack_require__.e(135), __webpack_require__.e(469), __webpack_require__.e(879)]).then(__webpack_require__.bind(__webpack_require__, 5469));
    // SNI carries host names only (RFC 6066): an address is checked against the certificate's IP names instead.
    const name = access.servername ?? access.host;
    const servername = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(name) ? undefined : name;
    const client = new ImapFlow({
        host: access.host,
        port: access.port,
        secure: access.secure,
        // Required, not opportunistic: the password never crosses the network in the clear unless allowed.
        ...(access.secure ? {} : { doSTARTTLS: access.allowPlaintext ? undefined : true }),
        ...(servername ? { servername } : {}),
        tls: {
            rejectUnauthorized: access.rejectUnauthorized,
            ...(access.ca.length ? { ca: [...access.ca] } : {}),
            ...(servername ? { servername } : {}),
        },
        auth: { user: access.user, pass: access.password },
        clientInfo: { name: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL */ .j, version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x, vendor: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL */ .j },
        logger: false,
        disableAutoIdle: true,
        connectionTimeout: access.timeoutMs,
        greetingTimeout: access.timeoutMs,
        socketTimeout: access.timeoutMs * 3,
        ...IMAP_LIMITS,
    });
    // Errors after connect arrive as events (an unhandled one would crash the process). The first is kept: a command
    // that fails because the connection ended (an answer past the limits) reports it, not "connection not available".
    client.on('error', (error) => {
        ended.set(client, ended.get(client) ?? classifyImapError(error));
    });
    const onAbort = () => client.close();
    signal.addEventListener('abort', onAbort, { once: true });
    try {
        await client.connect();
        return client;
    }
    catch (error) {
        client.close();
        throw classifyImapError(error);
    }
    finally {
        signal.removeEventListener('abort', onAbort);
    }
}


/***/ })

};
