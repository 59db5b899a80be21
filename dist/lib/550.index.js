export const id = 550;
export const ids = [550];
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
const LEVEL = /^(?:\[?(error|err|warn|warning|info|debug|fatal|crit|critical)\]?:?\s+|\[?(ERROR|WARN|WARNING|INFO|DEBUG|FATAL|CRITICAL|SEVERE)\]?:?\s*|\[(E|W)\]\s*)/;
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
    text = text.replace(PM2_PREFIX, '');
    const level = LEVEL.exec(text);
    if (level)
        text = text.slice(level[0].length);
    const name = (level?.[1] ?? level?.[2] ?? level?.[3])?.toLowerCase();
    return { text, ...(timestamp ? { timestamp } : {}), ...(name ? { level: name } : {}) };
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
        (/^[a-z]/.test(text) && /[a-z,]\s*$/.test(last) && !/^[a-z_][\w.]*[:=]/i.test(text)) || // a sentence wrapped over lines
        /^(?:One|The other|Another) possibility\b/.test(text) || // MailKit's paragraphs of one TLS failure
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
        ...wordsWithin(record),
    ]
        .filter((p) => typeof p === 'string' && p !== '')
        .map((p) => p.split('\n')[0] ?? p);
    const level = [record.level, record.severity, record.levelname, record['log.level'], record.lvl].find((v) => v !== undefined);
    // pino writes levels as numbers: 50 is error, 60 fatal.
    if (typeof level === 'string')
        fields.level = level;
    else if (typeof level === 'number')
        fields.level = level >= 60 ? 'fatal' : level >= 50 ? 'error' : level >= 40 ? 'warn' : 'info';
    for (const key of ['time', 'timestamp', '@timestamp']) {
        const v = record[key];
        if (typeof v === 'string')
            fields.time = v;
        else if (typeof v === 'number')
            fields.time = new Date(v).toISOString();
    }
    return { fields, message: [...new Set(parts)].join(' — ') };
}
/** `key=value` and `key="quoted value"` pairs of a logfmt line (Go's logrus and slog, Heroku, many others). */
const LOGFMT_PAIR = /(?:^|\s)([A-Za-z_][\w.@-]*)=("(?:\\.|[^"\\])*"|[^\s"]*)/g;
const LOGFMT_MESSAGE_KEYS = ['msg', 'message', 'error', 'err', 'reason', 'cause', 'exception', 'error.message', 'detail'];
/** The fields of a logfmt line, with its message and its error as the event's words. */
function logfmtFields(text) {
    const pairs = new Map();
    for (const pair of text.matchAll(LOGFMT_PAIR)) {
        const raw = pair[2] ?? '';
        pairs.set((pair[1] ?? '').toLowerCase(), raw.startsWith('"')
            ? raw
                .slice(1, -1)
                .replace(/\\(["\\])/g, '$1')
                .replace(/\\n/g, '\n')
            : raw);
    }
    // A line is logfmt when most of it is pairs and it names a level or a message.
    if (pairs.size < 2 || !['level', 'lvl', 'msg', 'message', 'err', 'error'].some((k) => pairs.has(k)))
        return undefined;
    const fields = {};
    for (const key of ['code', 'errno', 'command', 'response', 'responsecode', 'syscall', 'address', 'port', 'hostname', 'host']) {
        const v = pairs.get(key);
        if (v)
            fields[key === 'responsecode' ? 'responseCode' : key] = v;
    }
    const level = pairs.get('level') ?? pairs.get('lvl');
    if (level)
        fields.level = level;
    const time = pairs.get('time') ?? pairs.get('ts') ?? pairs.get('t');
    if (time)
        fields.time = time;
    const words = LOGFMT_MESSAGE_KEYS.map((k) => pairs.get(k)).filter((v) => v !== undefined && v !== '');
    // The other values stay in sight (a host, a provider, an address): they are the event's context.
    const rest = [...pairs.entries()]
        .filter(([k]) => !LOGFMT_MESSAGE_KEYS.includes(k) && !['level', 'lvl', 'time', 'ts', 't'].includes(k))
        .map(([k, v]) => `${k}=${v}`);
    if (words.length === 0)
        return undefined;
    return { fields, message: [...new Set(words)].join(' — ') + (rest.length ? ` (${rest.join(' ')})` : '') };
}
/** Keys whose string values are an error's words, at any depth of a JSON log line (`{"ErrorModel":{"Message":...}}`). */
const WORD_KEYS = /^(?:message|msg|error|err|errormessage|error_message|errmsg|reason|details?|description|exc|exc_info|exception|stack|stacktrace|response|cause|event|context|body|title)$/i;
/** The error words a JSON value holds, bounded in depth and count. */
function wordsWithin(value, depth = 0, out = []) {
    if (depth > 4 || out.length >= 16 || typeof value !== 'object' || value === null)
        return out;
    for (const [key, v] of Object.entries(value)) {
        if (out.length >= 16)
            break;
        const worded = WORD_KEYS.test(key);
        if (typeof v === 'string' && worded)
            out.push(v);
        else if (Array.isArray(v) && worded) {
            for (const item of v.slice(0, 8)) {
                if (typeof item === 'string')
                    out.push(item);
                else
                    wordsWithin(item, depth + 1, out);
            }
        }
        else
            wordsWithin(v, depth + 1, out);
    }
    return out;
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
        const { text: line, timestamp, level } = stripPrefix(raw);
        // A blank line behind a prefix is blank: paragraphs of one message stay one event.
        if (line.trim() === '')
            continue;
        const json = jsonFields(line.trim()) ?? logfmtFields(line.trim());
        if (json) {
            const time = json.fields.time ? ISO_TIME.exec(json.fields.time) : null;
            const said = (json.fields.level ?? level)?.toLowerCase();
            events.push({
                lines: [json.message],
                fields: json.fields,
                ...(said ? { level: said } : {}),
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
        current = { lines: [line], fields: {}, ...(timestamp ? { timestamp } : {}), ...(level ? { level } : {}) };
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
const ERRNO = /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|ESOCKETTIMEDOUT|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|EPIPE|ECONNABORTED|ConnectionRefusedError|ConnectionResetError|socket\.gaierror|Net::OpenTimeout|Net::ReadTimeout|WinError 1\d{4}|Errno -?\d+|os error \d+|EOFError|SocketTimeoutException|UnknownHostException|ConnectException|SocketException|ConnectionRefused|ConnectionReset|ConnectionAborted|UnexpectedEof|TimedOut)\b|\b(?:dial|read|write) (?:tcp|udp)\b[^\n]*|\bi\/o timeout\b|connection reset by peer|actively refused|forcibly closed by the remote host|did not properly respond after a period of time|remote name could not be resolved|no such host is known|network is unreachable|no route to host|connection refused|connection timed out|connection reset|getaddrinfo|name or service not known|temporary failure in name resolution|no such host|host not found|server misbehaving|socket hang up|broken pipe|nodename nor servname|no address associated|could not resolve|unknown host|name resolution|:\s*EOF\s*$/im;
/** Node's numeric errnos (Linux and Windows) by name: a printed error may carry only the number. */
const ERRNO_NUMBERS = {
    '-104': 'ECONNRESET',
    '-111': 'ECONNREFUSED',
    '-110': 'ETIMEDOUT',
    '-113': 'EHOSTUNREACH',
    '-101': 'ENETUNREACH',
    '-32': 'EPIPE',
    '-4077': 'ECONNRESET',
    '-4078': 'ECONNREFUSED',
    '-4039': 'ETIMEDOUT',
    '-4047': 'EPIPE',
    '-4062': 'ENETUNREACH',
    '-3008': 'ENOTFOUND',
    '-3001': 'EAI_AGAIN',
};
/** Words that make an event about mail (a network error needs one of them to count). */
const MAIL_CONTEXT = /:1025\b|mailhog|mailpit|maildev|mailcatcher|mail ?address|stream_socket|fsockopen|\bgomail\b|lettre|\bses:|amazonses|recipient|\bsender\b|mailbox|bounce|\bdsn\b|\bspf\b|dkim|dmarc|\brelay\b|\bmx\d*\.|\bmail\.[a-z]|mail server|envelope|\bto=<|\bfrom=<|\brcpt\b|postmaster|mailer-daemon|undeliver|\bstat=|\bhelo\b|\behlo\b|auth(?:entication)? mechanism|\bsasl\b|\b(?:plain|login) auth|from address|sending (?:rate|quota|paused|disabled|suspended)|credits exceeded|sendrawemail|\bmailgun|postmark|mandrill|sparkpost|sendinblue|\bbrevo\b|directmail|qcloudmail|\bmailjet|send(?:ing)? (?:a |the |an )?(?:message|notification|newsletter|campaign|verification|confirmation|password reset|welcome)|\(#[45]\.\d{1,3}\.\d{1,3}\)|smtp|nodemailer|send_?e?mail|send_?message|mail\(\)|\bmail::|mail_?send|mailmessage|transporter|\bcorreo|courriel|\be-mail|письм|почт|メール|mailer|e-?mail|\bmail\b|:(25|465|587|2525)\b|port[=: ]+(25|465|587|2525)\b|greeting never received|invalid login|mail from|rcpt to|starttls|sendmail|postfix|exim|javax\.mail|jakarta\.mail|phpmailer|swift_?mailer|symfony.mailer|imap|ses\b|sendgrid|mailgun|smtplib|zend_mail|horde_smtp|mailkit|net::smtp|mailbox|邮件|邮箱|发信|\b[45]\d\d[ -]#?\d\.\d{1,3}\.\d{1,3}\b|diagnostic-code|\bsaid:|dsn=|relay=|status=(?:bounced|deferred)|server response was|in reply to (?:MAIL|RCPT|DATA|end of)/i;
/** A line that is itself a failure reply: a 4xx/5xx code and words, or an enhanced status code. */
const failure_REPLY_LINE = /^(?:[SC]: |<<\s*|<~\*\s*|!!\s*|Reason:\s*|Error:\s*)?[45]\d\d(?::?[ -]#?\d\.\d{1,3}\.\d{1,3}\b|:? [A-Za-z"(<#]|-)/;
/** A failure reply anywhere in a line: an enhanced status code, or words only mail servers answer with. */
const REPLY_ANYWHERE = /(?:^|[\s:'"([-]|[\u3000-\u9fff])[45]\d\d(?:[ -]|, )(?:#?\d\.\d{1,3}\.\d{1,3}|[^\n]*\b(?:authenticat|relay|sender|recipient|mailbox|邮件|邮箱|发信|spam|smtp|starttls|quota|credentials|login|service not available|transmission channel|requested action|action not taken|bad sequence|syntax error|transaction failed|insufficient system|storage allocation|local error|not local|try (?:again )?later|temporar)\w*)/i;
/** OpenSSL's and Node's TLS failures, which no other kind of error prints. */
const TLS_SIGNATURE = /unable to get (?:local )?issuer certificate|certificate (?:is )?(?:not trusted|untrusted|invalid|revoked)|hostname mismatch|ERR_TLS_CERT|UNABLE_TO_GET_ISSUER|SSL_connect returned|SSL routines|tlsv1 alert|sslv3 alert|first record does not look like a TLS handshake|Unrecognized SSL message|does not match the server certificate|certificate verify failed|SSLCertVerificationError|SSLHandshakeException|SslHandshakeException|RemoteCertificate|SSL certificate|server certificate|establish an SSL or TLS connection|InvalidCertificate|UnknownIssuer|wrong version number|unknown protocol|SSL23_GET_SERVER_HELLO|ssl3_get_record|disconnected before secure TLS connection|WRONG_VERSION_NUMBER|SELF_SIGNED_CERT|DEPTH_ZERO_SELF_SIGNED_CERT|self[- ]signed certificate|certificate's altnames|CERT_HAS_EXPIRED|certificate has expired|UNABLE_TO_VERIFY_LEAF_SIGNATURE|unable to verify the first certificate|x509: certificate|PKIX path building failed|CERTIFICATE_VERIFY_FAILED/;
/** Words of a mail failure that carry no code: with a mail word beside them, they are one. */
const FAILURE_WORDS = /timed? ?out|timeout|connection (?:refused|reset|closed)|no route to host|network is unreachable|getaddrinfo|name or service not known|host not found|name service error|certificate|x509|handshake|wrong version|authentication (?:failed|unsuccessful|required)|could not authenticate|invalid login|bad credentials|missing credentials|credits exceeded|too many (?:recipients|messages|connections)|rate limit|quota|rejected|denied|not (?:verified|permitted|allowed)|spam|starttls|login fail|login attempts|bad auth attempts|size exceeds|exceeded|application-specific password|password not accepted|authentication unsuccessful|not authenticated|unexpectedly disconnected|authorization code|must (?:be (?:the )?same|equal)|(?:does not|doesn't|dosn't) exist|does not comply|frequen|lost connection|connection lost|missing (?:password|username)|must match|spoof|not support|undeliverable|bounced|sending (?:is )?(?:paused|suspended|disabled|blocked)|throttling|toomanyrequests|limitexceeded|notfound|invalidclienttokenid|signaturedoesnotmatch|authfailure|超时|拒绝|失败|Zeitüberschreitung|verweigert|rechazad|refusée|отказано|タイムアウト|拒否|no mx|could not (?:be )?resolved?|api (?:key|token)|unauthorized/i;
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
const REPLY_IN_TEXT = /(?:^|[\s:;'"([{,=>|*：，（\u3000-\u9fff])([45]\d\d)(?:([ -])(#?\d\.\d{1,3}\.\d{1,3}))?:?[ -](?!ms\b|bytes\b|\d+\s*ms)(?=\S)(.*)$/m;
const NOT_A_REPLY_BEFORE = /(HTTP\/?[\d.]*|status(?:\s*code)?|line|port|code\s*=?|after|in|took|elapsed|GET|POST|PUT|PATCH|DELETE|HEAD)\s*$/i;
/** A reply that carries only its enhanced status code, at the start of a line or after a colon. */
const ENHANCED_ONLY = /(?:^|[:;]\s*)([45]\.\d{1,3}\.\d{1,3} [A-Za-z#([<].*)$/m;
/** qmail's and others' `... text. (#5.1.1)`: the words before an enhanced code in parentheses. */
const TRAILING_ENHANCED = /([^\n]*?)\s*\(#([45]\.\d{1,3}\.\d{1,3})\)/;
/** A code in brackets or parentheses after a word (`SMTP (535)`, `Error SMTP: [550]`, lettre's `permanent error (550):`). */
const BRACKETED_CODE = /\b(?:smtp|error|erreur|fehler|fout|errore|ошибка)\b[^\n\d]{0,24}[([]([45]\d\d)[)\]]:?\s*(.*)$/im;
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
    const bracketed = BRACKETED_CODE.exec(text);
    if (bracketed)
        return `${bracketed[1]} ${(bracketed[2] ?? '').replace(/^[45]\d\d[ -]/, '')}`.trim();
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
/** What marks an event as an error, in the logger's level or in its own words (several languages). */
const ERROR_LEVELS = new Set(['error', 'err', 'fatal', 'crit', 'critical', 'severe', 'e', 'alert', 'emerg', 'panic']);
const ERROR_WORDS = /\b(?:error|exception|fail(?:ed|ure|s|ing)?|unable to|could not|couldn't|cannot|can't|refused|rejected|denied|undeliverable|bounced?)\b|失败|错误|异常|出错|Fehler|fehlgeschlagen|erreur|échec|impossible d|error al|no se pudo|fallo|ошибк|не удалось|エラー|失敗|できません/i;
/**
 * An error event with mail context that gives nothing a diagnosis can read (no reply, no code, no known words):
 * still a mail failure in the log, so the scan names it `other` with its text rather than passing. The mail
 * context is a mail word or function, or the SMTP host or user the settings name.
 */
function unnamedMailError(event, known = []) {
    const text = event.lines.join('\n');
    if (/^\s*File "/.test(event.lines[0] ?? ''))
        return undefined;
    const isError = ERROR_LEVELS.has(event.level ?? '') || ERROR_WORDS.test(text) || FAILURE_WORDS.test(text);
    const mail = MAIL_CONTEXT.test(text) || known.some((word) => word.length > 3 && text.toLowerCase().includes(word.toLowerCase()));
    return isError && mail ? wordsOnly(event) : undefined;
}
/** A frame of a stack (JavaScript, Java, .NET, Python): not the error's own words. */
const STACK_LINE = /^\s*(?:at\s|File "|\.\.\. \d+ more)/;
/** An event as a failure of its words alone (stack frames left out); none for a fragment cut off from its error. */
function wordsOnly(event) {
    const first = event.lines[0] ?? '';
    if (/^\s+at\s/.test(first) || /^\s*[}\])]/.test(first))
        return undefined;
    const words = event.lines.filter((line, i) => i === 0 || !STACK_LINE.test(line));
    return { message: words.join(' ').replace(/\s+/g, ' ').trim(), context: event.lines.join('\n') };
}
/** Another service's failure: its words (a login refused, a limit) are not about mail. */
const OTHER_SERVICE = /postgres|mysql|mariadb|redis|mongo|\bldap|database|\bsql|jdbc|rabbitmq|kafka|elasticsearch|oauth2?\/token|github|s3:|bucket/i;
/**
 * An error event with no mail word whose own words still say something only mail servers say (a sender or a
 * recipient refused, a relay denied, STARTTLS): the caller keeps it when the diagnosis names a mail-only family.
 */
function wordedFailure(event) {
    return OTHER_SERVICE.test(event.lines.join('\n')) ? undefined : wordsOnly(event);
}
/** The failure an event records, or undefined when it is not about mail. */
function failureOf(event) {
    const text = event.lines.join('\n');
    // What the error says of itself: a traceback's last exception, a Java error with its causes, else its first line.
    const exception = event.lines.findLast((line) => PYTHON_EXCEPTION.test(line));
    const causes = event.lines.filter((line) => /^\s*Caused by:/.test(line));
    const first = event.lines[0] ?? '';
    // The error's own words: every line but stack frames, printed properties (they are fields) and traceback
    // source lines; for a Python traceback, its last exception.
    const words = event.lines.filter((line, i) => i === 0 || !(STACK_LINE.test(line) || PROPERTY.test(line)));
    const head = /^Traceback \(most recent call last\)/.test(first) && exception
        ? exception
        : [...new Set([...words, ...causes])].join(' ').replace(/\s+/g, ' ').trim();
    // A stack frame or a property line cut off from its error (the tail began there) is not an error of its own.
    if (/^\s+at\s/.test(first) || (/^\s/.test(first) && PROPERTY.test(first)) || /^\s*[}\])]/.test(first))
        return undefined;
    const fields = event.fields;
    const explicit = (fields.code && NODEMAILER_CODE.exec(fields.code)?.[1]) || NODEMAILER_CODE.exec(text)?.[1];
    const errno = (fields.errno && (ERRNO_NUMBERS[fields.errno] ?? ERRNO.exec(fields.errno)?.[1])) ||
        (fields.code && ERRNO.exec(fields.code)?.[1]) ||
        /\berrno:\s*(-\d+)/.exec(text)?.[1]?.replace(/^-\d+$/, (n) => ERRNO_NUMBERS[n] ?? '') ||
        (ERRNO.exec(text) ?? [])
            .slice(0, 2)
            .find((g) => g)
            ?.trim();
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
    const trailing = TRAILING_ENHANCED.exec(text);
    if (trailing)
        response ??= `${trailing[2]} ${trailing[1]?.trim()}`;
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

// EXTERNAL MODULE: ./src/smtp/diagnosis.ts + 1 modules
var smtp_diagnosis = __webpack_require__(9680);
// EXTERNAL MODULE: ./src/smtp/categories.ts
var categories = __webpack_require__(9366);
// EXTERNAL MODULE: ./src/smtp/reply.ts
var reply = __webpack_require__(8092);
;// CONCATENATED MODULE: ./src/logs/scan.ts
// A log's text as mail failures: its events (logs/events.ts), each one's failure (logs/failure.ts) and its
// diagnosis. The log check loads this module when it has logs to read; the corpus tests call it directly.





const EXAMPLE_CHARS = 600;
/** How many events around a named failure are taken as its wrapping lines (a heading, a trailer). */
const NEIGHBOURHOOD = 3;
/** Families whose words only mail servers and mail clients say: they make an event about mail by themselves. */
const MAIL_ONLY = new Set([
    'auth-failed',
    'app-password-required',
    'auth-method-disabled',
    'missing-credentials',
    'sender-rejected',
    'recipient-rejected',
    'content-rejected',
    'starttls-required-or-missing',
]);
/** An event without a mail word whose words name a mail-only family (`Relay access denied`). */
function wordedMailFailure(event, context) {
    const failure = wordedFailure(event);
    if (!failure)
        return undefined;
    const category = (0,categories.categoryOf)((0,smtp_diagnosis.diagnose)({ ...failure, ...context }).cause);
    return category && MAIL_ONLY.has(category) ? failure : undefined;
}
/** One event of a log as a mail failure, or undefined when it is not one. */
function classifyEvent(event, context = {}, around = '') {
    const known = [context.host, context.user, context.from].filter((w) => w !== undefined);
    const failure = failureOf(event) ?? wordedMailFailure(event, context);
    const unnamed = failure ? undefined : unnamedMailError(event, known);
    if (!failure && !unnamed)
        return undefined;
    const found = failure ?? unnamed;
    // The lines written with it (a client's debug line naming the port, a heading) are its context too.
    const diagnosis = (0,smtp_diagnosis.diagnose)({ ...found, ...(around && found?.context ? { context: `${found.context}\n${around}` } : {}), ...context });
    const text = (0,reply/* decodeReply */.X)(event.lines.join('\n')).slice(0, EXAMPLE_CHARS);
    const generic = categories/* GENERIC_CAUSES */.LC.has(diagnosis.cause);
    return {
        cause: unnamed && generic ? 'log-mail-error' : diagnosis.cause,
        params: diagnosis.params,
        ...(event.timestamp ? { timestamp: event.timestamp } : {}),
        text,
        ...(generic ? { unnamed: true } : {}),
    };
}
/** At most this many events make one write: a log without timestamps is read in runs of this length. */
const MAX_WRITE = 8;
/** Consecutive events written at one time (the same timestamp, or none), at most MAX_WRITE each. */
function writes(events) {
    const blocks = [];
    for (const event of events) {
        const block = blocks.at(-1);
        if (block && block.length < MAX_WRITE && block[0]?.timestamp === event.timestamp)
            block.push(event);
        else
            blocks.push([event]);
    }
    return blocks;
}
/**
 * The mail failures of one write. Named failures are the write's findings, and an unnamed one beside them is
 * their wrapping (a heading such as `Failed to send email:`, a trailer). When nothing in the write is named, the
 * write is read as one event: an error's words the reader split over lines still name its family together.
 */
function scanWrite(block, context) {
    const findings = block.map((event, i) => classifyEvent(event, context, block
        .filter((_, j) => j !== i && Math.abs(i - j) <= NEIGHBOURHOOD)
        .map((other) => other.lines.join('\n'))
        .join('\n')));
    const named = findings.filter((f) => f !== undefined && !f.unnamed);
    if (named.length > 0)
        return named;
    const first = block[0];
    if (block.length > 1 && first) {
        const level = block.find((e) => e.level)?.level;
        const whole = classifyEvent({
            lines: block.flatMap((e) => e.lines),
            fields: Object.assign({}, ...block.map((e) => e.fields)),
            ...(first.timestamp ? { timestamp: first.timestamp } : {}),
            ...(level ? { level } : {}),
        }, context);
        if (whole)
            return [whole];
    }
    return findings.filter((f) => f !== undefined).slice(0, 1);
}
/** Every mail failure in a log's text, one per failure a write records. */
function scanLogText(text, context = {}) {
    return writes(readEvents(text)).flatMap((block) => scanWrite(block, context));
}


/***/ })

};
