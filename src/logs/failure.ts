// From a log event to the failure it records, in the shape the diagnosis reads: the server's reply and its
// code, the client's error code, the command, the port. The formats are those real apps print: nodemailer's
// messages and error objects, PHPMailer, Python's smtplib, Java and .NET mail exceptions, Symfony/Laravel,
// Postfix and Exim log lines, JSON loggers. A timestamp, a line number or an HTTP status is never a reply code.
import type { Failure } from '../smtp/diagnosis.js';
import { providerInText } from '../providers.js';
import { PROPERTY, type LogEvent } from './events.js';

/** nodemailer's codes, and Node's errno codes that mean a network failure. */
const NODEMAILER_CODE = /\b(EAUTH|ENOAUTH|ECONNECTION|ESOCKET|EENVELOPE|EMESSAGE|ETLS|EDNS|EPROTOCOL|EREQUIRETLS|ESTREAM)\b/;
const ERRNO =
  /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|ESOCKETTIMEDOUT|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|EPIPE|ECONNABORTED|ConnectionRefusedError|ConnectionResetError|socket\.gaierror|Net::OpenTimeout|Net::ReadTimeout|WinError 1\d{4}|Errno -?\d+|os error \d+|EOFError|SocketTimeoutException|UnknownHostException|ConnectException|SocketException|ConnectionRefused|ConnectionReset|ConnectionAborted|UnexpectedEof|TimedOut)\b|\b(?:dial|read|write) (?:tcp|udp)\b[^\n]*|\bi\/o timeout\b|connection reset by peer|actively refused|forcibly closed by the remote host|did not properly respond after a period of time|remote name could not be resolved|no such host is known|network is unreachable|no route to host|connection refused|connection timed out|connection reset|getaddrinfo|name or service not known|temporary failure in name resolution|no such host|host not found|server misbehaving|socket hang up|broken pipe|nodename nor servname|no address associated|could not resolve|unknown host|name resolution|:\s*EOF\s*$/im;

/** Node's numeric errnos (Linux and Windows) by name: a printed error may carry only the number. */
const ERRNO_NUMBERS: Record<string, string> = {
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
const MAIL_CONTEXT =
  /:1025\b|mailhog|mailpit|maildev|mailcatcher|mail ?address|stream_socket|fsockopen|\bgomail\b|lettre|\bses:|amazonses|recipient|\bsender\b|mailbox|bounce|\bdsn\b|\bspf\b|dkim|dmarc|\brelay\b|\bmx\d*\.|\bmail\.[a-z]|mail server|envelope|\bto=<|\bfrom=<|\brcpt\b|postmaster|mailer-daemon|undeliver|\bstat=|\bhelo\b|\behlo\b|auth(?:entication)? mechanism|\bsasl\b|\b(?:plain|login) auth|from address|sending (?:rate|quota|paused|disabled|suspended)|credits exceeded|sendrawemail|\bmailgun|postmark|mandrill|sparkpost|sendinblue|\bbrevo\b|directmail|qcloudmail|\bmailjet|send(?:ing)? (?:a |the |an )?(?:message|notification|newsletter|campaign|verification|confirmation|password reset|welcome)|\(#[45]\.\d{1,3}\.\d{1,3}\)|smtp|nodemailer|send_?e?mail|send_?message|mail\(\)|\bmail::|mail_?send|mailmessage|transporter|\bcorreo|courriel|\be-mail|письм|почт|メール|mailer|e-?mail|\bmail\b|:(25|465|587|2525)\b|port[=: ]+(25|465|587|2525)\b|greeting never received|invalid login|mail from|rcpt to|starttls|sendmail|postfix|exim|javax\.mail|jakarta\.mail|phpmailer|swift_?mailer|symfony.mailer|imap|ses\b|sendgrid|mailgun|smtplib|zend_mail|horde_smtp|mailkit|net::smtp|mailbox|邮件|邮箱|发信|\b[45]\d\d[ -]#?\d\.\d{1,3}\.\d{1,3}\b|diagnostic-code|\bsaid:|dsn=|relay=|status=(?:bounced|deferred)|server response was|in reply to (?:MAIL|RCPT|DATA|end of)/i;

/** A line that is itself a failure reply: a 4xx/5xx code and words, or an enhanced status code. */
const REPLY_LINE = /^(?:[SC]: |<<\s*|<~\*\s*|!!\s*|Reason:\s*|Error:\s*)?[45]\d\d(?::?[ -]#?\d\.\d{1,3}\.\d{1,3}\b|:? [A-Za-z"(<#]|-)/;
/** A failure reply anywhere in a line: an enhanced status code, or words only mail servers answer with. */
const REPLY_ANYWHERE =
  /(?:^|[\s:'"([-]|[\u3000-\u9fff])[45]\d\d(?:[ -]|, )(?:#?\d\.\d{1,3}\.\d{1,3}|[^\n]*\b(?:authenticat|relay|sender|recipient|mailbox|邮件|邮箱|发信|spam|smtp|starttls|quota|credentials|login|service not available|transmission channel|requested action|action not taken|bad sequence|syntax error|transaction failed|insufficient system|storage allocation|local error|not local|try (?:again )?later|temporar)\w*)/i;
/** OpenSSL's and Node's TLS failures, which no other kind of error prints. */
const TLS_SIGNATURE =
  /unable to get (?:local )?issuer certificate|certificate (?:is )?(?:not trusted|untrusted|invalid|revoked)|hostname mismatch|ERR_TLS_CERT|UNABLE_TO_GET_ISSUER|SSL_connect returned|SSL routines|tlsv1 alert|sslv3 alert|first record does not look like a TLS handshake|Unrecognized SSL message|does not match the server certificate|certificate verify failed|SSLCertVerificationError|SSLHandshakeException|SslHandshakeException|RemoteCertificate|SSL certificate|server certificate|establish an SSL or TLS connection|InvalidCertificate|UnknownIssuer|wrong version number|unknown protocol|SSL23_GET_SERVER_HELLO|ssl3_get_record|disconnected before secure TLS connection|WRONG_VERSION_NUMBER|SELF_SIGNED_CERT|DEPTH_ZERO_SELF_SIGNED_CERT|self[- ]signed certificate|certificate's altnames|CERT_HAS_EXPIRED|certificate has expired|UNABLE_TO_VERIFY_LEAF_SIGNATURE|unable to verify the first certificate|x509: certificate|PKIX path building failed|CERTIFICATE_VERIFY_FAILED/;
/** Words of a mail failure that carry no code: with a mail word beside them, they are one. */
const FAILURE_WORDS =
  /timed? ?out|timeout|connection (?:refused|reset|closed)|no route to host|network is unreachable|getaddrinfo|name or service not known|host not found|name service error|certificate|x509|handshake|wrong version|authentication (?:failed|unsuccessful|required)|could not authenticate|invalid login|bad credentials|missing credentials|credits exceeded|too many (?:recipients|messages|connections)|rate limit|quota|rejected|denied|not (?:verified|permitted|allowed)|spam|starttls|login fail|login attempts|bad auth attempts|size exceeds|exceeded|application-specific password|password not accepted|authentication unsuccessful|not authenticated|unexpectedly disconnected|authorization code|must (?:be (?:the )?same|equal)|(?:does not|doesn't|dosn't) exist|does not comply|frequen|lost connection|connection lost|missing (?:password|username)|must match|spoof|not support|undeliverable|bounced|sending (?:is )?(?:paused|suspended|disabled|blocked)|throttling|toomanyrequests|limitexceeded|notfound|invalidclienttokenid|signaturedoesnotmatch|authfailure|超时|拒绝|失败|Zeitüberschreitung|verweigert|rechazad|refusée|отказано|タイムアウト|拒否|no mx|could not (?:be )?resolved?|api (?:key|token)|unauthorized/i;

/** Formats that say outright that they are a mail failure, with the reply they carry (group 1) when they do. */
const MAIL_ERRORS: RegExp[] = [
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
const REPLY_IN_TEXT =
  /(?:^|[\s:;'"([{,=>|*：，（\u3000-\u9fff])([45]\d\d)(?:([ -])(#?\d\.\d{1,3}\.\d{1,3}))?:?[ -](?!ms\b|bytes\b|\d+\s*ms)(?=\S)(.*)$/m;
const NOT_A_REPLY_BEFORE =
  /(HTTP\/?[\d.]*|status(?:\s*code)?|line|port|code\s*=?|after|in|took|elapsed|GET|POST|PUT|PATCH|DELETE|HEAD)\s*$/i;

/** A reply that carries only its enhanced status code, at the start of a line or after a colon. */
const ENHANCED_ONLY = /(?:^|[:;]\s*)([45]\.\d{1,3}\.\d{1,3} [A-Za-z#([<].*)$/m;
/** qmail's and others' `... text. (#5.1.1)`: the words before an enhanced code in parentheses. */
const TRAILING_ENHANCED = /([^\n]*?)\s*\(#([45]\.\d{1,3}\.\d{1,3})\)/;
/** A code in brackets or parentheses after a word (`SMTP (535)`, `Error SMTP: [550]`, lettre's `permanent error (550):`). */
const BRACKETED_CODE = /\b(?:smtp|error|erreur|fehler|fout|errore|ошибка)\b[^\n\d]{0,24}[([]([45]\d\d)[)\]]:?\s*(.*)$/im;
/** The last line of a Python traceback: the exception and its message. */
export const PYTHON_EXCEPTION = /^[A-Za-z_][\w.]*(?:Error|Exception|Disconnected|Refused|gaierror|timeout|herror)\b:?/;
/** Python's `(535, b'5.7.8 ...')` and `{'a@b': (550, b'5.1.1 ...')}`. */
const PYTHON_TUPLE = /\(([45]\d\d),\s*b?(['"])((?:\\.|(?!\2).)*)\2/;
/** Symfony's `got code "535", with message "535-5.7.8 ...".` */
const SYMFONY_CODE = /got code "(\d{3})", with message "((?:\\.|[^"])*)"/;
/** .NET's `The server response was: 5.7.0 Authentication Required`. */
const DOTNET_RESPONSE = /The server response was:\s*(.*)/;

/** The first reply in `text` that reads as a real SMTP reply, as `code rest`. */
export function findReply(text: string): string | undefined {
  const symfony = SYMFONY_CODE.exec(text);
  if (symfony) return `${symfony[1]} ${(symfony[2] ?? '').replace(/^\d{3}[ -]/, '')}`;
  const python = PYTHON_TUPLE.exec(text);
  if (python) return `${python[1]} ${(python[3] ?? '').replace(/\\r\\n|\\n/g, ' ')}`;
  const bracketed = BRACKETED_CODE.exec(text);
  if (bracketed) return `${bracketed[1]} ${(bracketed[2] ?? '').replace(/^[45]\d\d[ -]/, '')}`.trim();
  for (let start = 0; start < text.length;) {
    const match = REPLY_IN_TEXT.exec(text.slice(start));
    if (!match) return undefined;
    const at = start + match.index + match[0].indexOf(match[1] ?? '');
    if (!NOT_A_REPLY_BEFORE.test(text.slice(0, at))) {
      const rest = text.slice(at);
      return rest.split(/\s+at\s+\S+\s+\(/)[0]?.trim();
    }
    start = at + 3;
  }
  return undefined;
}

const firstNumber = (text: string | undefined): number | undefined => {
  const n = Number(text);
  return Number.isInteger(n) && n >= 200 && n < 600 ? n : undefined;
};

/** What marks an event as an error, in the logger's level or in its own words (several languages). */
const ERROR_LEVELS = new Set(['error', 'err', 'fatal', 'crit', 'critical', 'severe', 'e', 'alert', 'emerg', 'panic']);
const ERROR_WORDS =
  /\b(?:error|exception|fail(?:ed|ure|s|ing)?|unable to|could not|couldn't|cannot|can't|refused|rejected|denied|undeliverable|bounced?)\b|失败|错误|异常|出错|Fehler|fehlgeschlagen|erreur|échec|impossible d|error al|no se pudo|fallo|ошибк|не удалось|エラー|失敗|できません/i;

/**
 * An error event with mail context that gives nothing a diagnosis can read (no reply, no code, no known words):
 * still a mail failure in the log, so the scan names it `other` with its text rather than passing. The mail
 * context is a mail word or function, or the SMTP host or user the settings name.
 */
export function unnamedMailError(event: LogEvent, known: readonly string[] = []): Failure | undefined {
  const text = event.lines.join('\n');
  if (/^\s*File "/.test(event.lines[0] ?? '')) return undefined;
  const isError = ERROR_LEVELS.has(event.level ?? '') || ERROR_WORDS.test(text) || FAILURE_WORDS.test(text);
  const mail = MAIL_CONTEXT.test(text) || known.some((word) => word.length > 3 && text.toLowerCase().includes(word.toLowerCase()));
  return isError && mail ? wordsOnly(event) : undefined;
}

/** A frame of a stack (JavaScript, Java, .NET, Python): not the error's own words. */
const STACK_LINE = /^\s*(?:at\s|File "|\.\.\. \d+ more)/;

/** An event as a failure of its words alone (stack frames left out); none for a fragment cut off from its error. */
function wordsOnly(event: LogEvent): Failure | undefined {
  const first = event.lines[0] ?? '';
  if (/^\s+at\s/.test(first) || /^\s*[}\])]/.test(first)) return undefined;
  const words = event.lines.filter((line, i) => i === 0 || !STACK_LINE.test(line));
  return { message: words.join(' ').replace(/\s+/g, ' ').trim(), context: event.lines.join('\n') };
}

/** Another service's failure: its words (a login refused, a limit) are not about mail. */
const OTHER_SERVICE =
  /postgres|mysql|mariadb|redis|mongo|\bldap|database|\bsql|jdbc|rabbitmq|kafka|elasticsearch|oauth2?\/token|github|s3:|bucket/i;

/**
 * An error event with no mail word whose own words still say something only mail servers say (a sender or a
 * recipient refused, a relay denied, STARTTLS): the caller keeps it when the diagnosis names a mail-only family.
 */
export function wordedFailure(event: LogEvent): Failure | undefined {
  return OTHER_SERVICE.test(event.lines.join('\n')) ? undefined : wordsOnly(event);
}

/** The failure an event records, or undefined when it is not about mail. */
export function failureOf(event: LogEvent): Failure | undefined {
  const text = event.lines.join('\n');
  // What the error says of itself: a traceback's last exception, a Java error with its causes, else its first line.
  const exception = event.lines.findLast((line) => PYTHON_EXCEPTION.test(line));
  const causes = event.lines.filter((line) => /^\s*Caused by:/.test(line));
  const first = event.lines[0] ?? '';
  // The error's own words: every line but stack frames, printed properties (they are fields) and traceback
  // source lines; for a Python traceback, its last exception.
  const words = event.lines.filter((line, i) => i === 0 || !(STACK_LINE.test(line) || PROPERTY.test(line)));
  const head =
    /^Traceback \(most recent call last\)/.test(first) && exception
      ? exception
      : [...new Set([...words, ...causes])].join(' ').replace(/\s+/g, ' ').trim();
  // A stack frame or a property line cut off from its error (the tail began there) is not an error of its own.
  if (/^\s+at\s/.test(first) || (/^\s/.test(first) && PROPERTY.test(first)) || /^\s*[}\])]/.test(first)) return undefined;
  const fields = event.fields;
  const explicit = (fields.code && NODEMAILER_CODE.exec(fields.code)?.[1]) || NODEMAILER_CODE.exec(text)?.[1];
  const errno =
    (fields.errno && (ERRNO_NUMBERS[fields.errno] ?? ERRNO.exec(fields.errno)?.[1])) ||
    (fields.code && ERRNO.exec(fields.code)?.[1]) ||
    /\berrno:\s*(-\d+)/.exec(text)?.[1]?.replace(/^-\d+$/, (n) => ERRNO_NUMBERS[n] ?? '') ||
    (ERRNO.exec(text) ?? [])
      .slice(0, 2)
      .find((g) => g)
      ?.trim();
  const mailError = MAIL_ERRORS.map((pattern) => pattern.exec(text)).find((m) => m !== null);
  const replyLine = event.lines.some((line) => REPLY_LINE.test(line.trim())) || REPLY_ANYWHERE.test(text);
  const context =
    MAIL_CONTEXT.test(text) ||
    replyLine ||
    PYTHON_TUPLE.test(text) ||
    ENHANCED_ONLY.test(text) ||
    providerInText(text) !== undefined ||
    Object.keys(fields).some((k) => k === 'command' || k === 'responseCode');
  // TLS failures name themselves: whatever the client, these words are a mail client's in an app's error log.
  const wordsSay = (context && FAILURE_WORDS.test(text)) || TLS_SIGNATURE.test(text);
  // A network errno that names no address (old Node printed none) is counted; one that names a port that is
  // not a mail port (a database's, say) is not.
  const addressless = !/\b\d{1,3}(?:\.\d{1,3}){3}:\d+|(?:localhost|\.(?:com|net|org|io|cn|local|internal)):\d{2,5}\b|port:?\s*\d+/i.test(
    head,
  );
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
  if (trailing) response ??= `${trailing[2]} ${trailing[1]?.trim()}`;

  // A mail word alone is not a failure: an error code, a mail error format, or a reply must be there too.
  if (!explicit && !mailError && !(errno && (context || addressless)) && !(response && context) && !wordsSay) return undefined;
  if (!explicit && !errno && !response && !wordsSay && !mailError?.[0].match(/\w{4}/)) return undefined;
  // The code the reply starts with, else the first one it quotes before an enhanced code (.NET's `... Error: 535 5.7.3 ...`).
  const responseCode =
    firstNumber(fields.responseCode) ??
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
function commandOf(text: string): string | undefined {
  if (/mail command failed|MAIL FROM command failed|after MAIL FROM|SMTPSenderRefused|in reply to MAIL FROM/i.test(text))
    return 'MAIL FROM';
  if (
    /recipient command failed|all recipients were rejected|RCPT TO command failed|after RCPT TO|SMTPRecipientsRefused|in reply to RCPT TO/i.test(
      text,
    )
  )
    return 'RCPT TO';
  if (/data command failed|message failed|DATA command failed|after (?:end of )?data|SMTPDataError|in reply to end of DATA/i.test(text))
    return 'DATA';
  if (
    /invalid login|password command failed|username command failed|AUTH command failed|SMTPAuthenticationError|AuthenticationFailed/i.test(
      text,
    )
  )
    return 'AUTH';
  return undefined;
}
