export const id = 781;
export const ids = [781];
export const modules = {

/***/ 1781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diagnoseSession: () => (/* binding */ diagnoseSession),
/* harmony export */   h: () => (/* binding */ diagnose)
/* harmony export */ });
/* unused harmony export RULES */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8992);
/* harmony import */ var _providers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(913);
/* harmony import */ var _reply_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8092);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5524);
/* harmony import */ var _wire_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7327);
/* harmony import */ var _settings_settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7100);
// One table from what went wrong (nodemailer error code, SMTP reply code, enhanced status code, reply text,
// provider, command) to a stable cause code. Text and fixes live in i18n, keyed by cause; each cause's
// family (`category`) lives in categories.ts. Each rule is a family: a code and the words that mark it,
// never one string.






const DOTNET_BOILERPLATE = /The SMTP server requires a secure connection or the client was not authenticated\.?/gi;
const MAIL_FROM = /^MAIL\b/i;
const RCPT_TO = /^RCPT\b/i;
const DATA = /^(DATA|MESSAGE|\.)/i;
/** Sending-rate, quota and frequency refusals, at every provider. */
const RATE_WORDS = /rate limit|max(?:imum)? (?:number of )?(?:messages?|recipients|connections?) (?:per|reached)|per connection reached|unexpected volume|temporarily deferred|ratelimit|too many (?:messages|mails|emails|recipients?|login|auth|bad auth|requests|connections from your|attempts)|too (?:much|many) (?:fail(?:ed)? )?(?:recipient|auth)|error limit exceed|too frequently|frequency limited|frequen(?:cy|tly)|over size|number of rcpts|quota|(?:daily|hourly|sending) limit|limit (?:exceeded|reached)|exceeded (?:the )?(?:\w+ )?(?:limit|quota|rate)|maximum (?:sending rate|credits)|throttl|send(?:ing)? too (?:fast|frequent|many)|unusual rate|4\.7\.28|5\.4\.5|sender thread limit|message rate|submission rate|credits exceeded|try again in \d+|\b(?:HL|MI|RP|RL):[A-Z]{2,4}\b|发送频率|频率/i;
const SIZE_WORDS = /message (?:size )?too (?:big|large)|size exceeds|exceeds (?:fixed |the )?(?:message )?(?:size )?limit|mailsize|maximum threshold|message (?:is )?too big|5\.3\.4/i;
const SPAM_WORDS = /DT:SPM|\bspam\b|垃圾邮件|junk ?mail|virus|malware|message (?:content )?rejected (?:as|for|because)|blocked (?:because|for) (?:its|the) content|policy reasons|outboundspam|inappropriate (?:words|content)|external forwarding/i;
const SENDER_WORDS = /sender address rejected|from\/sender|(?:from|sender) (?:name|address) is (?:not valid|invalid)|conform with authentication|(?:isn't|is not|not) allowed to send|address in mailbox given|client host rejected|blocked using|\bRBL\b|spamhaus|block ?list|blacklist|5\.7\.708|5\.7\.705|traffic not accepted|tenant has exceeded|relaying disallowed as|sender (?:is )?(?:not allowed|denied|refused|blocked)|from address (?:is )?(?:not|rejected)|DT:SUM\b/i;
const RECIPIENT_WORDS = /5\.1\.[13]\b|5\.1\.10|user unknown|unknown user|no such (?:user|recipient|mailbox)|mailbox (?:not found|unavailable|does not exist)|recipient (?:address )?rejected|recipient not\b|not in route list|(?:does not|doesn't|dosn't) exist|invalid recipient|invalid (?:user|rcpt\w*)|invalid ?to ?address|honeypot rcpt|bad recipient|address rejected|relay access denied|relaying denied|relay not permitted|unable to relay/i;
const MISSING_CREDENTIAL_WORDS = /missing credentials|no credentials|auth(?:entication)? (?:is )?required|must (?:be )?authenticat|not authenticated|is null|unauthenticated senders not allowed/i;
const AUTH_METHOD_WORDS = /unrecognized authentication type|auth(?:entication)? (?:command used when not advertised|not (?:enabled|available|supported|advertised))|no (?:supported )?authentication (?:methods?|mechanisms?)/i;
const AUTH_FAILED_WORDS = /authentication (?:failed|unsuccessful|failure)|login fail|could not authenticate|invalid login|bad credentials|username and password not accepted|auth(?:entication)? credentials invalid|authenticationfailed/i;
/** First match wins: provider replies, then families by their words, then standard codes, then transport. */
const RULES = [
    // ---- provider context ----
    { cause: 'auth-qq-account-blocked', vendors: ['tencent'], text: /account is abnormal|service is not open/i },
    { cause: 'auth-qq-account-blocked', text: /account is abnormal|service is not open.*password is incorrect/i },
    { cause: 'auth-exmail-password', providers: ['exmail'], replyCodes: [535, 550], text: /login fail|auth|password|error/i },
    { cause: 'auth-qq-authorization-code', replyCodes: [535], text: /authorization code|授权码/i },
    { cause: 'auth-qq-authorization-code', text: /login fail\. please enter your authorization code/i },
    { cause: 'auth-qq-authorization-code', replyCodes: [535], providers: ['qq'] },
    {
        cause: 'sender-from-header-invalid',
        replyCodes: [550, 501, 554],
        text: /"?from"? header is (?:missing|invalid)|from.*header.*(?:missing|invalid)/i,
    },
    { cause: 'rate-limited-netease', text: /\b(?:RP|MI|HL|RL):[A-Z]{2,4}\b/ },
    { cause: 'auth-netease-authorization-code', replyCodes: [535], vendors: ['netease'] },
    { cause: 'auth-netease-no-permission', replyCodes: [550, 553, 554], text: /user has no permission/i },
    {
        cause: 'sender-must-equal-user',
        text: /mail from must equal authori[sz]ed user|must be (?:the )?same as (?:the )?(?:authori[sz]ation|login) user|sender address rejected: not owned|not owned by (?:the )?(?:auth )?user|envelope from address .* not owned/i,
    },
    {
        cause: 'sender-not-verified',
        text: /(?:email )?address (?:is )?not verified|identities failed the check|verified sender identity|not (?:a )?verified (?:sender|domain)|sender identity/i,
    },
    { cause: 'ses-not-authorized', text: /not authorized to perform .?ses:Send/i },
    { cause: 'auth-gmail-web-login', replyCodes: [534, 535], text: /5\.7\.14|log in (?:via|with) your web browser|please log in via/i },
    { cause: 'auth-gmail-app-password-required', replyCodes: [534], text: /5\.7\.9|application-specific password/i },
    { cause: 'auth-gmail-app-password-required', text: /application-specific password required/i },
    { cause: 'auth-gmail-bad-credentials', replyCodes: [535], text: /5\.7\.8.*(badcredentials|username and password not accepted)/is },
    {
        cause: 'auth-o365-tenant-auth-disabled',
        text: /(?:5\.7\.139|smtpclientauthentication).*(?:for the tenant|basic authentication is disabled)|security defaults/is,
    },
    { cause: 'auth-o365-smtp-auth-disabled', text: /5\.7\.139|smtpclientauthentication is disabled/i },
    { cause: 'auth-o365-basic-auth-disabled', text: /5\.7\.30|basic authentication is not supported/i },
    { cause: 'sender-send-as-denied', text: /sendasdenied|5\.7\.60|not have permissions to send as|send as this sender/i },
    { cause: 'message-too-large', text: SIZE_WORDS },
    { cause: 'message-spam', text: /outboundspam/i },
    // The recipient's own mailbox is full or closed: about the recipient, however much it sounds like a quota.
    {
        cause: 'recipient-rejected',
        notReplyCodes: [450, 451, 452],
        text: /5\.2\.[12]\b|mailbox (?:is )?full|over ?quota|account that you tried to reach is (?:disabled|over quota)|doesn't have a \S+ account/i,
    },
    { cause: 'rate-limited-gmail', vendors: ['google'], text: RATE_WORDS },
    { cause: 'rate-limited-gmail', text: /5\.4\.5 daily (?:user )?sending (?:quota|limit)|4\.7\.28|unusual rate of unsolicited/i },
    { cause: 'rate-limited-ses', vendors: ['amazon'], text: RATE_WORDS },
    { cause: 'rate-limited-ses', text: /throttling failure|maximum sending rate exceeded|daily message quota exceeded/i },
    { cause: 'rate-limited-microsoft', vendors: ['microsoft'], text: RATE_WORDS },
    { cause: 'rate-limited-microsoft', text: /sender thread limit exceeded|recipient rate limit|message rate limit|submission quota/i },
    // ---- families by their words ----
    { cause: 'rate-limited', text: RATE_WORDS },
    {
        cause: 'tls-version-refused',
        text: /TLS 1\.[01] (?:and 1\.1 )?(?:are|is) not supported|4\.7\.66|unsupported protocol|protocol version|no protocols available/i,
    },
    { cause: 'session-tls-wrong-version', text: /command not permitted when TLS active/i },
    { cause: 'sender-rejected', text: SENDER_WORDS },
    {
        cause: 'starttls-required',
        text: /must issue a starttls|starttls (?:is )?required|requires? (?:a )?(?:tls|starttls)|encryption required|tls required|requires enforcement/i,
    },
    { cause: 'tls-required-not-offered', errorCodes: ['ECONNECTION'], text: /starttls|requireTLS/i },
    {
        cause: 'starttls-unavailable',
        text: /starttls extension not supported|tls not available|starttls.*not (?:supported|available|offered|advertised)|starttls command (?:failed|used when not advertised)|upgrading connection with starttls|not support the starttls/i,
    },
    { cause: 'message-spam', text: SPAM_WORDS },
    { cause: 'auth-required', replyCodes: [530] },
    { cause: 'auth-missing-credentials', text: MISSING_CREDENTIAL_WORDS, notReplyCodes: [534, 535] },
    { cause: 'auth-method-unsupported', text: AUTH_METHOD_WORDS },
    { cause: 'auth-method-unsupported', replyCodes: [503, 504], text: /auth|authentication/i },
    { cause: 'recipient-rejected', text: RECIPIENT_WORDS, command: /^(?!MAIL|AUTH)/ },
    { cause: 'message-rejected', text: /message (?:was )?rejected|content (?:rejected|presents|filter)/i },
    // ---- standard reply codes ----
    { cause: 'server-busy', replyCodes: [421] },
    { cause: 'starttls-unavailable', replyCodes: [454], text: /tls/i },
    { cause: 'auth-temporary-failure', replyCodes: [454] },
    { cause: 'auth-app-password-required', replyCodes: [534], text: /application|app password|specific password/i },
    { cause: 'auth-failed', replyCodes: [534, 535] },
    { cause: 'auth-failed', command: /^AUTH\b/i, replyCodes: [550, 554, 501] },
    { cause: 'auth-failed', errorCodes: ['EAUTH'], hasReply: true },
    { cause: 'auth-failed', text: AUTH_FAILED_WORDS },
    { cause: 'auth-missing-credentials', errorCodes: ['EAUTH'] },
    { cause: 'session-auth-not-offered', errorCodes: ['ENOAUTH'] },
    { cause: 'sender-rejected', command: MAIL_FROM, replyCodes: [550, 551, 553, 554, 501, 555] },
    { cause: 'sender-deferred', command: MAIL_FROM, replyCodes: [450, 451, 452] },
    { cause: 'recipient-rejected', command: RCPT_TO, replyCodes: [550, 551, 553, 554, 501] },
    { cause: 'recipient-deferred', command: RCPT_TO, replyCodes: [450, 451, 452] },
    { cause: 'message-rejected', command: DATA, replyCodes: [550, 552, 554] },
    { cause: 'message-deferred', command: DATA, replyCodes: [450, 451, 452] },
    {
        cause: 'server-busy',
        replyCodes: [450, 451, 452],
        text: /try again|temporar|later|busy|not available|unavailable|local error|error in processing|transient/i,
    },
    {
        cause: 'sender-rejected',
        text: /sender (?:address )?(?:rejected|refused|denied|not allowed)|from address|mail from/i,
        replyCodes: [550, 553, 554, 501],
    },
    { cause: 'message-rejected', replyCodes: [552, 554] },
    // ---- transport: TLS mode, certificates, connections, names ----
    {
        cause: 'session-tls-wrong-version',
        text: /wrong[ _]version[ _]number|packet length too long|unknown protocol|http request|SSL: WRONG_VERSION|command not permitted when TLS active|unable to read data from the transport connection/i,
    },
    // The server took the connection and said nothing: a plain-SMTP client on an implicit-TLS port waits for a
    // greeting that port never sends (nodemailer's words; Python's when the TLS port gives up on it).
    {
        cause: 'session-tls-port-mismatch',
        text: /greeting never received/i,
        context: /\b465\b/,
    },
    {
        cause: 'tls-certificate-rejected',
        text: /certificate|self[- ]signed|altnames|unable to verify|unable to get (?:local )?issuer|CERT_|PKIX|SSLHandshakeException|x509|hostname.*(?:mismatch|does not match)/i,
    },
    { cause: 'tls-upgrade-failed', errorCodes: ['ETLS'] },
    {
        cause: 'smtp-connection-refused',
        text: /ECONNREFUSED|connection refused|actively refused|\(111\)|no route to host|EHOSTUNREACH|network is unreachable|ENETUNREACH/i,
    },
    {
        cause: 'smtp-dns-error',
        text: /ENOTFOUND|EAI_AGAIN|EAI_NONAME|getaddrinfo|name or service not known|nodename nor servname|unknownhostexception|no such host|name resolution|could not resolve|queryA|host (?:or domain name )?not found|name service error|dns resolve error|gaierror/i,
    },
    {
        cause: 'session-timeout',
        text: /timed? ?out|ETIMEDOUT|ESOCKETTIMEDOUT|timeout|\(110\)|greeting never received|did not properly respond|period of time/i,
    },
    { cause: 'smtp-connection-closed', errorCodes: ['ECONNECTION'] },
    {
        cause: 'smtp-connection-reset',
        text: /ECONNRESET|socket hang up|EPIPE|connection (?:was )?(?:reset|closed)|closed unexpectedly|unexpectedly closed|unexpectedly disconnected|response: -1|disconnected unexpectedly|unexpected socket close|disconnected before secure TLS|SMTPServerDisconnected|broken pipe|ECONNABORTED|connection lost|end of stream/i,
    },
    { cause: 'session-timeout', errorCodes: ['ETIMEDOUT'] },
    { cause: 'smtp-socket-error', errorCodes: ['ESOCKET'] },
    { cause: 'smtp-dns-error', errorCodes: ['EDNS'] },
    { cause: 'smtp-protocol-error', errorCodes: ['EPROTOCOL'] },
];
const context = (failure) => failure.context ?? `${failure.response ?? ''}\n${failure.message ?? ''}`;
function diagnose(failure) {
    const reply = (0,_reply_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeReply */ .X)((failure.response ?? '').trim());
    const responseCode = failure.responseCode ?? (/^[245]\d\d/.test(reply) ? Number(reply.slice(0, 3)) : undefined);
    // .NET says the same sentence for every refusal: it tells nothing, the server's words after it do.
    const haystack = `${reply}\n${failure.message ?? ''}`.replace(DOTNET_BOILERPLATE, '');
    const provider = failure.provider ?? (0,_providers_js__WEBPACK_IMPORTED_MODULE_0__/* .providerInText */ .Ci)(`${context(failure)}\n${haystack}`);
    // Every value a text may name is present: an address the event itself names, else a question mark.
    const addresses = [...`${reply}\n${context(failure)}`.matchAll(/<([^<>\s@]+@[^<>\s]+)>/g)].map((m) => m[1] ?? '');
    const params = {
        reply: (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$Q)(reply || (0,_reply_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeReply */ .X)(failure.message ?? ''), 300),
        code: responseCode ?? '-',
        command: failure.command ?? '-',
        provider: provider ?? '-',
        user: failure.user || '?',
        from: failure.from || addresses[0] || '?',
        to: failure.to || addresses.at(-1) || '?',
    };
    const vendor = (0,_providers_js__WEBPACK_IMPORTED_MODULE_0__/* .vendorOf */ .AK)(provider);
    const whole = context(failure);
    for (const rule of RULES) {
        if (rule.vendors && (vendor === undefined || !rule.vendors.includes(vendor)))
            continue;
        if (rule.providers && !rule.providers.includes(provider ?? ''))
            continue;
        if (rule.replyCodes && (responseCode === undefined || !rule.replyCodes.includes(responseCode)))
            continue;
        if (rule.notReplyCodes && responseCode !== undefined && rule.notReplyCodes.includes(responseCode))
            continue;
        if (rule.errorCodes && !rule.errorCodes.includes(failure.code ?? ''))
            continue;
        if (rule.command && !rule.command.test(failure.command ?? ''))
            continue;
        if (rule.hasReply && !reply)
            continue;
        if (rule.text && !rule.text.test(haystack))
            continue;
        if (rule.context && !rule.context.test(whole))
            continue;
        return { cause: rule.cause, params };
    }
    return { cause: responseCode ? 'smtp-reply' : 'smtp-error', params };
}
/** What a session failure says, diagnosed for this provider and this sender. */
function diagnoseSession(error, s, extra = {}) {
    // A reply past the reader's bounds is the reader's finding, not the server's words.
    if (error instanceof _session_js__WEBPACK_IMPORTED_MODULE_1__/* .SmtpFailure */ .h0 && error.code === 'ETOOLONG')
        return { cause: 'smtp-reply-too-long', params: { stage: error.command, lines: _wire_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_REPLY_LINES */ .Gh } };
    if (!(error instanceof _session_js__WEBPACK_IMPORTED_MODULE_1__/* .SmtpFailure */ .h0))
        throw error;
    return diagnose({
        code: error.code,
        responseCode: error.responseCode,
        response: error.response,
        command: error.command,
        provider: (0,_settings_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .providerIdOf */ .u)(s),
        message: error.message,
        user: s.user,
        from: s.from,
        ...extra,
    });
}


/***/ }),

/***/ 8092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ decodeReply)
/* harmony export */ });
// Replies from QQ and NetEase servers can arrive in GBK. Read as Latin-1 (as the wire is read) or as UTF-8
// with the bytes lost, they turn into mojibake in every report; decoded first, they match and quote as sent.
/** The text of a reply read byte-for-byte as Latin-1, as UTF-8 if it is valid UTF-8, else as GBK if it is valid GBK. */
function decodeReply(text) {
    // Only a string of byte values above ASCII can be bytes read as Latin-1; anything else is already text.
    if (!/[\u0080-\u00ff]/.test(text) || /[^\t\n\r\u0020-\u00ff]/.test(text))
        return text;
    const bytes = Buffer.from(text, 'latin1');
    for (const encoding of ['utf-8', 'gbk']) {
        try {
            return new TextDecoder(encoding, { fatal: true }).decode(bytes);
        }
        catch {
            // Not this encoding: try the next.
        }
    }
    return text;
}


/***/ })

};
