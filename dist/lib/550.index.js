export const id = 550;
export const ids = [550,781];
export const modules = {

/***/ 9550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanLogText: () => (/* binding */ scanLogText)
});

// UNUSED EXPORTS: classifyEvent

;// CONCATENATED MODULE: ./src/logs/events.ts
// A log is events, not lines: one error printed by an app spans a message line, a stack, the properties
// nodemailer attaches (`code`, `response`, `responseCode`, `command`), a Python traceback's last line, a
// Java `Caused by:`. This reads a log's text into events, each with the fields a diagnosis needs.
/** PM2's `pm2 logs` prefix (`0|api  | `), then a timestamp of a common shape, then a level tag. */
const PM2_PREFIX = /^\d+\|[\w.-]+\s*\|\s?/;
const ISO_TIME = /^\[?(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?:? ?/;
const SYSLOG_TIME = /^([A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}) /;
const LEVEL = /^(?:\[?(?:error|err|warn|warning|info|debug|fatal|crit|critical)\]?:?\s+|\[?(?:ERROR|WARN|WARNING|INFO|DEBUG|FATAL)\]?:?\s*)/;
/** A line without what the logger put before it, and the time it carried. */
function stripPrefix(line) {
    let text = line.replace(PM2_PREFIX, '');
    let timestamp;
    // PM2's own time, then the app's (a logger that prints its own): the first is when it was logged.
    for (let round = 0; round < 2; round++) {
        const iso = ISO_TIME.exec(text);
        const syslog = iso ? null : SYSLOG_TIME.exec(text);
        const found = iso ?? syslog;
        if (!found)
            break;
        timestamp ??= iso ? `${iso[1]} ${iso[2]}` : syslog?.[1];
        text = text.slice(found[0].length);
    }
    text = text.replace(PM2_PREFIX, '').replace(LEVEL, '');
    return { text, ...(timestamp ? { timestamp } : {}) };
}
/** `key: 'value',` or `key: 535,` inside a printed error object (Node's util.inspect). */
const PROPERTY = /^\s*['"]?(code|errno|syscall|command|response|responseCode|address|port|hostname|host|reason|message)['"]?\s*:\s*(.*?),?\s*$/;
/** Lines of one SMTP dialogue or one client's trace: PHPMailer's, a transcript's `S:`/`C:`, `<<`/`>>`. */
const DIALOGUE = /^\s*(?:SMTP (?:ERROR|Error|error)\b|SMTP -> (?:ERROR|FROM SERVER|get_lines)|SERVER -> CLIENT:|CLIENT -> SERVER:|Mailer Error:|Connection: |[SC]: |<<|>>|<~\*|~>|\*\*\*? )/;
/** A bare reply line: a failure code and words or an enhanced status code. */
const REPLY_LINE = /^[45]\d\d[ -](?:\d\.\d{1,3}\.\d{1,3}\b|[A-Za-z#"(<])/;
/** A line that belongs to the event above it: a stack frame, a property, a closing brace, an indented line. */
function continues(text, current, depth) {
    const last = current.lines.at(-1) ?? '';
    return (depth > 0 || // inside a printed object: `{ Error: ... code: 'EAUTH' ... }`
        /^\s+\S/.test(text) || // indented: stack frames, properties, traceback lines
        /^\s*[}\])]+[,;]?\s*(?:\{\s*)?$/.test(text) || // closing an object or array (`] {` opens its properties)
        /^Caused by:/.test(text) || // Java
        /^\.\.\. \d+ more$/.test(text) ||
        (DIALOGUE.test(text) && DIALOGUE.test(last)) || // one client's trace
        (/^Traceback \(most recent call last\)/.test(current.lines[0] ?? '') &&
            /^[A-Za-z_][\w.]*(?:Error|Exception|Disconnected|Refused|gaierror|timeout|herror)\b/.test(text)) ||
        /(?:returned|with|by|:|,|\b[45]\d\d)\s*$/.test(last) || // a message wrapped over lines
        (/^\(/.test(text) && !/[.!?)]\s*$/.test(last)) ||
        PROPERTY.test(text) || // `code:"EAUTH"` printed without indentation
        // The reply an exception line announced, printed on the next line (Ruby's Net::SMTPFatalError, Java).
        (REPLY_LINE.test(text) && /(?:Error|Exception|failed|error)\b:?\s*$/.test(last)) ||
        // The next line of a multi-line reply (`550-...` then `550 ...`).
        (/^[45]\d\d[ -]/.test(text) && /^\W*[45]\d\d-/.test(last)));
}
/** How many braces a line leaves open, outside quoted strings (util.inspect's objects). */
function braceBalance(line) {
    let balance = 0;
    let quote = '';
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote) {
            if (c === '\\')
                i++;
            else if (c === quote)
                quote = '';
        }
        else if (c === "'" || c === '"' || c === '`')
            quote = c;
        else if (c === '{')
            balance++;
        else if (c === '}')
            balance--;
    }
    return balance;
}
function unquote(value) {
    const quoted = /^(['"`])([\s\S]*)\1$/.exec(value.trim());
    if (!quoted)
        return value.trim();
    return (quoted[2] ?? '')
        .replace(/\\n/g, '\n')
        .replace(/\\r/g, '')
        .replace(/\\(['"`\\])/g, '$1');
}
/** The fields of a JSON log line (pino, winston, bunyan): the error's own, then the message. */
function jsonFields(text) {
    if (!text.startsWith('{') || !text.endsWith('}'))
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    const record = value;
    const err = [record.err, record.error, record.exception].find((e) => typeof e === 'object' && e !== null);
    const fields = {};
    for (const source of [record, err ?? {}]) {
        for (const key of ['code', 'errno', 'command', 'response', 'responseCode', 'syscall', 'address', 'port', 'hostname']) {
            const v = source[key];
            if (typeof v === 'string' || typeof v === 'number')
                fields[key] = String(v);
        }
    }
    const nested = Array.isArray(record.errors)
        ? record.errors.map((e) => typeof e === 'string' ? e : typeof e === 'object' && e !== null ? e.message : undefined)
        : [];
    const parts = [
        err?.message,
        err?.stack,
        record.msg,
        record.message,
        record.log,
        record.reason,
        typeof record.error === 'string' ? record.error : undefined,
        ...nested,
    ]
        .filter((p) => typeof p === 'string' && p !== '')
        .map((p) => p.split('\n')[0] ?? p);
    for (const key of ['time', 'timestamp', '@timestamp']) {
        const v = record[key];
        if (typeof v === 'string')
            fields.time = v;
        else if (typeof v === 'number')
            fields.time = new Date(v).toISOString();
    }
    return { fields, message: [...new Set(parts)].join(' — ') };
}
/** Reads a log's text into events. Lines that belong to nothing (an access log, a startup line) are events of one line. */
function readEvents(text) {
    const events = [];
    let current;
    let pending;
    let depth = 0;
    for (const raw of text.split(/\r?\n/)) {
        if (raw.trim() === '')
            continue;
        const { text: line, timestamp } = stripPrefix(raw);
        const json = jsonFields(line.trim());
        if (json) {
            const time = json.fields.time ? ISO_TIME.exec(json.fields.time) : null;
            events.push({
                lines: [json.message],
                fields: json.fields,
                ...(time ? { timestamp: `${time[1]} ${time[2]}` } : timestamp ? { timestamp } : {}),
            });
            current = undefined;
            continue;
        }
        // Lines written at another time are another event, whatever they look like (PM2 stamps each write).
        const sameWrite = !timestamp || !current?.timestamp || timestamp === current.timestamp;
        if (current && sameWrite && continues(line, current, depth)) {
            depth = Math.max(0, depth + braceBalance(line));
            current.lines.push(line);
            // util.inspect splits a long string over lines: `response: '535-5.7.8 ...\n' +` then `'535 5.7.8 ...',`.
            if (pending && /^\s*['"`]/.test(line)) {
                const value = line
                    .trim()
                    .replace(/\s*\+$/, '')
                    .replace(/,$/, '');
                current.fields[pending] = `${current.fields[pending] ?? ''}${unquote(value)}`;
                if (!/\+\s*$/.test(line))
                    pending = undefined;
                continue;
            }
            pending = undefined;
            const property = PROPERTY.exec(line);
            if (property?.[1] && property[2] !== undefined && !(property[1] in current.fields)) {
                const value = property[2].replace(/\s*\+$/, '');
                current.fields[property[1]] = unquote(value);
                if (/\+\s*$/.test(property[2]))
                    pending = property[1];
            }
            continue;
        }
        pending = undefined;
        current = { lines: [line], fields: {}, ...(timestamp ? { timestamp } : {}) };
        const headProperty = PROPERTY.exec(line);
        if (headProperty?.[1] && headProperty[2] !== undefined)
            current.fields[headProperty[1]] = unquote(headProperty[2]);
        depth = Math.max(0, braceBalance(line));
        events.push(current);
    }
    return events;
}

// EXTERNAL MODULE: ./src/providers.ts + 1 modules
var providers = __webpack_require__(913);
;// CONCATENATED MODULE: ./src/logs/failure.ts


/** nodemailer's codes, and Node's errno codes that mean a network failure. */
const NODEMAILER_CODE = /\b(EAUTH|ENOAUTH|ECONNECTION|ESOCKET|EENVELOPE|EMESSAGE|ETLS|EDNS|EPROTOCOL|EREQUIRETLS|ESTREAM)\b/;
const ERRNO = /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|ESOCKETTIMEDOUT|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|EPIPE|ECONNABORTED|ConnectionRefusedError|ConnectionResetError|socket\.gaierror|Net::OpenTimeout|Net::ReadTimeout|WinError 100\d\d|Errno -?\d+)\b/;
/** Words that make an event about mail (a network error needs one of them to count). */
const MAIL_CONTEXT = /smtp|nodemailer|mailer|e-?mail|\bmail\b|:(25|465|587|2525)\b|port[=: ]+(25|465|587|2525)\b|greeting never received|invalid login|mail from|rcpt to|starttls|sendmail|postfix|exim|javax\.mail|jakarta\.mail|phpmailer|swift_?mailer|symfony.mailer|imap|ses\b|sendgrid|mailgun|smtplib|zend_mail|horde_smtp|mailkit|net::smtp|mailbox|邮件|邮箱|发信|\b[45]\d\d[ -]#?\d\.\d{1,3}\.\d{1,3}\b|diagnostic-code|\bsaid:|dsn=|relay=|status=(?:bounced|deferred)|server response was|in reply to (?:MAIL|RCPT|DATA|end of)/i;
/** A line that is itself a failure reply: a 4xx/5xx code and words, or an enhanced status code. */
const failure_REPLY_LINE = /^(?:[SC]: |<<\s*|<~\*\s*|!!\s*|Reason:\s*|Error:\s*)?[45]\d\d(?::?[ -]#?\d\.\d{1,3}\.\d{1,3}\b|:? [A-Za-z"(<#]|-)/;
/** A failure reply anywhere in a line: an enhanced status code, or words only mail servers answer with. */
const REPLY_ANYWHERE = /(?:^|[\s:'"(-])[45]\d\d[ -](?:#?\d\.\d{1,3}\.\d{1,3}|[^\n]*\b(?:authenticat|relay|sender|recipient|mailbox|邮件|邮箱|发信|spam|smtp|starttls|quota|credentials|login)\w*)/i;
/** OpenSSL's and Node's TLS failures, which no other kind of error prints. */
const TLS_SIGNATURE = /wrong version number|unknown protocol|SSL23_GET_SERVER_HELLO|ssl3_get_record|disconnected before secure TLS connection|WRONG_VERSION_NUMBER|SELF_SIGNED_CERT|DEPTH_ZERO_SELF_SIGNED_CERT|self[- ]signed certificate|certificate's altnames|CERT_HAS_EXPIRED|certificate has expired|UNABLE_TO_VERIFY_LEAF_SIGNATURE|unable to verify the first certificate|x509: certificate|PKIX path building failed|CERTIFICATE_VERIFY_FAILED/;
/** Words of a mail failure that carry no code: with a mail word beside them, they are one. */
const FAILURE_WORDS = /timed? ?out|timeout|connection (?:refused|reset|closed)|no route to host|network is unreachable|getaddrinfo|name or service not known|host not found|name service error|certificate|x509|handshake|wrong version|authentication (?:failed|unsuccessful|required)|could not authenticate|invalid login|bad credentials|missing credentials|credits exceeded|too many (?:recipients|messages|connections)|rate limit|quota|rejected|denied|not (?:verified|permitted|allowed)|spam|starttls|login fail|login attempts|bad auth attempts|size exceeds|exceeded|application-specific password|password not accepted|authentication unsuccessful|not authenticated|unexpectedly disconnected|authorization code|must (?:be (?:the )?same|equal)|(?:does not|doesn't|dosn't) exist|does not comply|frequen/i;
/** Formats that say outright that they are a mail failure, with the reply they carry (group 1) when they do. */
const MAIL_ERRORS = [
    // nodemailer
    /(?:Invalid login|Mail command failed|Recipient command failed|Data command failed|Message failed|Can't send mail - all recipients were rejected|Command failed|Greeting never received|Connection closed unexpectedly|Connection timeout|Unexpected socket close|Missing credentials for \\?"[A-Z0-9-]+\\?"|Can't upgrade connection|Failed to send email|Message not sent|Sending failed)(?::\s*(.*))?/i,
    // PHPMailer
    /SMTP (?:ERROR|Error):\s*(?:[^:]*?command failed:\s*)?(.*)/i,
    /SERVER -> CLIENT:\s*([245]\d\d[\s-].*)/,
    // Python smtplib
    /smtplib\.SMTP\w*(?:Error|Exception|Refused|Disconnected)\b:?\s*(.*)/,
    // Java / Jakarta mail
    /(?:javax|jakarta|com\.sun)\.mail\.[\w.]*(?:Exception|Error)\b:?\s*(.*)/,
    // .NET
    /(?:System\.Net\.Mail\.)?SmtpException\b:?\s*(.*)/,
    /(?:MailKit|SmtpCommandException|SmtpProtocolException)\b:?\s*(.*)/,
    // Symfony / Laravel
    /Expected response codes? "?[\d, ]+"? but got (?:code|an empty response)(.*)/i,
    /Failed to authenticate on SMTP server with username .*?(?:using \d+ possible authenticators)?\.?\s*(.*)/i,
    /Connection could not be established with host\s*(.*)/i,
    // PHP libraries: Zend, Horde, Swift, Laminas; DokuWiki-style "Expected: 250, Got: 553"
    /(?:Zend_Mail_Protocol_Exception|Horde_Smtp_Exception|Swift_TransportException|Laminas\\Mail\S*)\b[^:]*:?\s*(.*)/,
    /Expected:? \d{3}[^,]*, Got:? (\d{3}.*)/i,
    /SMTP Error \((\d{3})\)\s*-?\s*(.*)/i,
    /smtp_error"?\s*:\s*"?(.*)/i,
    /Diagnostic-Code:\s*(?:smtp|X-Postfix);\s*(.*)/i,
    // Ruby, Go
    /Net::SMTP\w*Error\b:?\s*(.*)/,
    /\bsmtp:\s*(.*)/,
    // Postfix, Exim, sendmail log lines
    /postfix\/[\w/-]+\[\d+\]:.*?(?:said:\s*(.*?)(?:\s*\(in reply to [^)]*\))?\)?$|status=(?:bounced|deferred)\s*\((.*)\)|(?:milter-)?reject:\s*(.*)|connect to \S+: (.*))/,
    /SMTP error from remote mail server after [^:]*:\s*(.*)/,
    /\*\* \S+.*?:\s*(.*)$/,
];
/** A reply somewhere in a text: code, optional enhanced code, words. Not a time, a line number or an HTTP status. */
const REPLY_IN_TEXT = /(?:^|[\s:;'"([{,=>|*：，（])([45]\d\d)(?:([ -])(#?\d\.\d{1,3}\.\d{1,3}))?:?[ -](?!ms\b|bytes\b|\d+\s*ms)(?=\S)(.*)$/m;
const NOT_A_REPLY_BEFORE = /(HTTP\/?[\d.]*|status(?:\s*code)?|line|port|code\s*=?|after|in|took|elapsed|GET|POST|PUT|PATCH|DELETE|HEAD)\s*$/i;
/** A reply that carries only its enhanced status code, at the start of a line or after a colon. */
const ENHANCED_ONLY = /(?:^|[:;]\s*)([45]\.\d{1,3}\.\d{1,3} [A-Z#([].*)$/m;
/** The last line of a Python traceback: the exception and its message. */
const PYTHON_EXCEPTION = /^[A-Za-z_][\w.]*(?:Error|Exception|Disconnected|Refused|gaierror|timeout|herror)\b:?/;
/** Python's `(535, b'5.7.8 ...')` and `{'a@b': (550, b'5.1.1 ...')}`. */
const PYTHON_TUPLE = /\(([45]\d\d),\s*b?(['"])((?:\\.|(?!\2).)*)\2/;
/** Symfony's `got code "535", with message "535-5.7.8 ...".` */
const SYMFONY_CODE = /got code "(\d{3})", with message "((?:\\.|[^"])*)"/;
/** .NET's `The server response was: 5.7.0 Authentication Required`. */
const DOTNET_RESPONSE = /The server response was:\s*(.*)/;
/** The first reply in `text` that reads as a real SMTP reply, as `code rest`. */
function findReply(text) {
    const symfony = SYMFONY_CODE.exec(text);
    if (symfony)
        return `${symfony[1]} ${(symfony[2] ?? '').replace(/^\d{3}[ -]/, '')}`;
    const python = PYTHON_TUPLE.exec(text);
    if (python)
        return `${python[1]} ${(python[3] ?? '').replace(/\\r\\n|\\n/g, ' ')}`;
    for (let start = 0; start < text.length;) {
        const match = REPLY_IN_TEXT.exec(text.slice(start));
        if (!match)
            return undefined;
        const at = start + match.index + match[0].indexOf(match[1] ?? '');
        if (!NOT_A_REPLY_BEFORE.test(text.slice(0, at))) {
            const rest = text.slice(at);
            return rest.split(/\s+at\s+\S+\s+\(/)[0]?.trim();
        }
        start = at + 3;
    }
    return undefined;
}
const firstNumber = (text) => {
    const n = Number(text);
    return Number.isInteger(n) && n >= 200 && n < 600 ? n : undefined;
};
/** The failure an event records, or undefined when it is not about mail. */
function failureOf(event) {
    const text = event.lines.join('\n');
    // What the error says of itself: a traceback's last exception, a Java error with its causes, else its first line.
    const exception = event.lines.findLast((line) => PYTHON_EXCEPTION.test(line));
    const causes = event.lines.filter((line) => /^\s*Caused by:/.test(line));
    const first = event.lines[0] ?? '';
    // The error's own words: every line but stack frames, printed properties (they are fields) and traceback
    // source lines; for a Python traceback, its last exception.
    const words = event.lines.filter((line, i) => i === 0 || !(/^\s*(?:at\s|File "|\.\.\. \d+ more)/.test(line) || PROPERTY.test(line)));
    const head = /^Traceback \(most recent call last\)/.test(first) && exception
        ? exception
        : [...new Set([...words, ...causes])].join(' ').replace(/\s+/g, ' ').trim();
    // A stack frame or a property line cut off from its error (the tail began there) is not an error of its own.
    if (/^\s+at\s/.test(first) || (/^\s/.test(first) && PROPERTY.test(first)) || /^\s*[}\])]/.test(first))
        return undefined;
    const fields = event.fields;
    const explicit = (fields.code && NODEMAILER_CODE.exec(fields.code)?.[1]) || NODEMAILER_CODE.exec(text)?.[1];
    const errno = (fields.errno && ERRNO.exec(fields.errno)?.[1]) || (fields.code && ERRNO.exec(fields.code)?.[1]) || ERRNO.exec(text)?.[1];
    const mailError = MAIL_ERRORS.map((pattern) => pattern.exec(text)).find((m) => m !== null);
    const replyLine = event.lines.some((line) => failure_REPLY_LINE.test(line.trim())) || REPLY_ANYWHERE.test(text);
    const context = MAIL_CONTEXT.test(text) ||
        replyLine ||
        PYTHON_TUPLE.test(text) ||
        ENHANCED_ONLY.test(text) ||
        (0,providers/* providerInText */.Ci)(text) !== undefined ||
        Object.keys(fields).some((k) => k === 'command' || k === 'responseCode');
    // TLS failures name themselves: whatever the client, these words are a mail client's in an app's error log.
    const wordsSay = (context && FAILURE_WORDS.test(text)) || TLS_SIGNATURE.test(text);
    // A network errno that names no address (old Node printed none) is counted; one that names a port that is
    // not a mail port (a database's, say) is not.
    const addressless = !/\b\d{1,3}(?:\.\d{1,3}){3}:\d+|(?:localhost|\.(?:com|net|org|io|cn|local|internal)):\d{2,5}\b|port:?\s*\d+/i.test(head);
    const dotnet = DOTNET_RESPONSE.exec(text)?.[1];
    let response = fields.response?.trim() || undefined;
    response ??= [mailError?.slice(1).find((g) => g && /^\s*[245]\d\d/.test(g)), dotnet].find((r) => r !== undefined)?.trim();
    response ??=
        context || explicit || mailError
            ? (findReply(mailError?.[0] ?? text) ?? findReply(text) ?? findReply(text.replace(/\s*\n\s*/g, ' ')))
            : undefined;
    response ??= dotnet?.trim();
    // An enhanced status code alone (`5.7.0 (#AUTH005) Too many bad auth attempts`): the words that follow are the reply.
    response ??= ENHANCED_ONLY.exec(text)?.[1];
    // A mail word alone is not a failure: an error code, a mail error format, or a reply must be there too.
    if (!explicit && !mailError && !(errno && (context || addressless)) && !(response && context) && !wordsSay)
        return undefined;
    if (!explicit && !errno && !response && !wordsSay && !mailError?.[0].match(/\w{4}/))
        return undefined;
    // The code the reply starts with, else the first one it quotes before an enhanced code (.NET's `... Error: 535 5.7.3 ...`).
    const responseCode = firstNumber(fields.responseCode) ??
        firstNumber(response?.slice(0, 3)) ??
        firstNumber(/\b([45]\d\d)[ -]\d\.\d/.exec(response ?? '')?.[1]);
    return {
        code: explicit ?? errno,
        ...(responseCode ? { responseCode } : {}),
        ...(response ? { response } : {}),
        ...(fields.command ? { command: fields.command } : commandOf(text) ? { command: commandOf(text) } : {}),
        // The errno of a printed object is the failure's words too (`errno: 'ETIMEDOUT'` under `code: 'ESOCKET'`).
        message: errno && !head.includes(errno) ? `${head} (${errno})` : head,
        context: text,
    };
}
/** The command a message names (nodemailer's wording, PHPMailer's, Exim's). */
function commandOf(text) {
    if (/mail command failed|MAIL FROM command failed|after MAIL FROM|SMTPSenderRefused|in reply to MAIL FROM/i.test(text))
        return 'MAIL FROM';
    if (/recipient command failed|all recipients were rejected|RCPT TO command failed|after RCPT TO|SMTPRecipientsRefused|in reply to RCPT TO/i.test(text))
        return 'RCPT TO';
    if (/data command failed|message failed|DATA command failed|after (?:end of )?data|SMTPDataError|in reply to end of DATA/i.test(text))
        return 'DATA';
    if (/invalid login|password command failed|username command failed|AUTH command failed|SMTPAuthenticationError|AuthenticationFailed/i.test(text))
        return 'AUTH';
    return undefined;
}

// EXTERNAL MODULE: ./src/smtp/diagnosis.ts
var diagnosis = __webpack_require__(1781);
// EXTERNAL MODULE: ./src/smtp/reply.ts
var reply = __webpack_require__(8092);
;// CONCATENATED MODULE: ./src/logs/scan.ts
// A log's text as mail failures: its events (logs/events.ts), each one's failure (logs/failure.ts) and its
// diagnosis. The log check loads this module when it has logs to read; the corpus tests call it directly.




const EXAMPLE_CHARS = 600;
/** One event of a log as a mail failure, or undefined when it is not one. */
function classifyEvent(event, context = {}) {
    const failure = failureOf(event);
    if (!failure)
        return undefined;
    const { cause, params } = (0,diagnosis/* diagnose */.h)({ ...failure, ...context });
    const text = (0,reply/* decodeReply */.X)(event.lines.join('\n'));
    return { cause, params, ...(event.timestamp ? { timestamp: event.timestamp } : {}), text: text.slice(0, EXAMPLE_CHARS) };
}
/** Every mail failure in a log's text, one per event. */
function scanLogText(text, context = {}) {
    return readEvents(text).flatMap((event) => classifyEvent(event, context) ?? []);
}


/***/ }),

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
