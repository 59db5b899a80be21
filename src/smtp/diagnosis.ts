// One table from what went wrong (nodemailer error code, SMTP reply code, enhanced status code, reply text,
// provider, command) to a stable cause code. Text and fixes live in i18n, keyed by cause; each cause's
// family (`category`) lives in categories.ts. Each rule is a family: a code and the words that mark it,
// never one string.
import { clip } from '../text.js';
import type { Cause, Params } from '../types.js';
import { providerInText, vendorOf, type Vendor } from '../providers.js';
import { decodeReply } from './reply.js';
import { SmtpFailure } from './session.js';
import { MAX_REPLY_LINES } from './wire.js';
import { causeFromCodes, enhancedCodeOf } from './status-codes.js';
import { providerIdOf, type Settings } from '../settings/settings.js';

export interface Failure {
  /** nodemailer's error code (EAUTH, ETIMEDOUT, ...), or Node's errno (ECONNREFUSED, ...). */
  code?: string;
  responseCode?: number;
  /** The server's reply text. */
  response?: string;
  /** The SMTP command that failed (AUTH PLAIN, MAIL FROM, RCPT TO, DATA, CONN, ...). */
  command?: string;
  /** Our provider id (qq, 163, gmail, ...). */
  provider?: string;
  message?: string;
  /** Everything else known (a whole log event): hosts and ports in it tell the provider and the TLS mode. */
  context?: string;
  /** Who was sending, when known (the settings): the words of the fix name them. */
  user?: string;
  from?: string;
  to?: string;
}

export interface Diagnosis {
  cause: Cause;
  params: Params;
}

interface Rule {
  cause: Cause;
  /** Only at providers of these companies (from the provider profiles). */
  vendors?: Vendor[];
  /** Only for these provider ids (Tencent's QQ Mail and Exmail answer alike but are fixed apart). */
  providers?: string[];
  replyCodes?: number[];
  /** Matched against the reply and the message. */
  text?: RegExp;
  /** Not when the reply and the message say this (a timeout is not the server's trouble, whatever the code). */
  unless?: RegExp;
  command?: RegExp;
  errorCodes?: string[];
  /** Only when the server gave a reply. */
  hasReply?: boolean;
  /** Matched against the whole event (a port, a host). */
  context?: RegExp;
  /** Not when the server answered one of these (a login that was tried and refused is not a missing one). */
  notReplyCodes?: number[];
}

const DOTNET_BOILERPLATE = /The SMTP server requires a secure connection or the client was not\s+authenticated\.?/gi;

/** Sending-rate, quota and frequency refusals, at every provider. */
const RATE_WORDS =
  /rate limit|max(?:imum)? (?:number of )?(?:messages?|recipients|connections?) (?:per|reached)|per connection reached|unexpected volume|temporarily deferred|ratelimit|too many (?:messages|mails|emails|recipients?|login|auth|bad auth|requests|connections from your|attempts)|too (?:much|many) (?:fail(?:ed)? )?(?:recipient|auth)|error limit exceed|too frequently|frequency limited|frequen(?:cy|tly)|over size|number of rcpts|quota|(?:daily|hourly|sending) limit|limit (?:exceeded|reached)|exceeded (?:\w+ ){0,3}(?:limits?|quota|rate)|rcpts? per|per \d+ hours?|limit of \d+|too many (?:concurrent |simultaneous )?(?:connections|sessions) (?:from|per) (?:your|this|the same|one)|connection (?:limit|rate)|exceeded the maximum number|toomanyrequests|too many requests|slow down|limitexceeded|over the limit|you have reached|sending quota|maximum (?:sending rate|credits)|throttl|send(?:ing)? too (?:fast|frequent|many)|unusual rate|4\.7\.28|5\.4\.5|sender thread limit|message rate|submission rate|credits exceeded|try again in \d+|limited to \d+|\d+ (?:messages?|e?mails?|recipients) (?:per|an?|\/) ?(?:second|minute|hour|day)|(?:messages?|e?mails?) per (?:second|minute|hour|day)|(?:hourly|daily|per[- ]day|per[- ]hour) (?:sending )?(?:limit|cap|maximum|allowance)|(?:sent|sending) too many|too many (?:emails|e-mails)|at a rate that|receiving (?:mail|messages) (?:at a rate|too fast)|on probation|too quickly|too much (?:mail|e?mail|traffic)|exceeded (?:your|its|the) (?:hourly|daily|sending)|reached (?:your|its|the) (?:hourly|daily|sending)|\b(?:HL|MI|RP|RL):[A-Z]{2,4}\b|发送频率|频率/i;

const SIZE_WORDS =
  /message length (?:is )?(?:more|greater|larger) than|more than \d+ bytes|exceeds? (?:the )?maximum (?:message )?size|header section too long|message (?:size )?(?:exceeds|is over)|message (?:size )?too (?:big|large)|size exceeds|exceeds (?:fixed |the )?(?:message )?(?:size )?limit|mailsize|maximum threshold|message (?:is )?too big|5\.3\.4/i;
const SPAM_WORDS =
  /DT:SPM|\bspam\b|垃圾邮件|junk ?mail|virus|malware|message (?:content )?rejected (?:as|for|because)|blocked (?:because|for) (?:its|the) content|policy reasons|outboundspam|inappropriate (?:words|content)|external forwarding|detected as spam|blocked due to|message blocked|\bdmarc\b|does not pass (?:dmarc|spf|dkim)|spf (?:check |validation )?fail|dkim (?:signature |check )?fail|unauthenticated (?:email|mail|message)|suspicious|phishing|policy violation|rejected for policy reasons|reject(?:ed)? for policy|bulk mail|high probability of being|illegal content|prohibited content/i;
const SENDER_WORDS =
  /sender address rejected|from\/sender|(?:from|sender) (?:name|address) is (?:not valid|invalid)|conform with authentication|(?:isn't|is not|not) allowed to send|address in mailbox given|client host rejected|blocked using|\bRBL\b|spamhaus|block ?list|blacklist|5\.7\.708|5\.7\.705|traffic not accepted|tenant has exceeded|relaying disallowed as|sender (?:is )?(?:not allowed|denied|refused|blocked)|from address (?:is )?(?:not|rejected)|DT:SUM\b|unconfigured sending domain|sending domain (?:is )?(?:not|unconfigured|unverified)|domain (?:is )?not (?:verified|configured) (?:for|to) send|reverse dns|reverse lookup|\brdns\b|ptr record|connection refused from|cloudmark|your (?:ip|server|host) (?:address )?(?:is |has been )?(?:blocked|blacklisted|listed|not allowed)|ip (?:address )?(?:is |has been )?(?:blocked|blacklisted|listed)|poor reputation|bad reputation|sender domain|domain of sender|sender verify failed|sender verification failed|unverified sender|banned sender|spam source|source of spam|sending spam|spammer|spam(?:my)? (?:ip|host|server|network)|known spam|(?:your|sending|client) (?:ip|host|server)\b[^.\n]{0,30}\bspam|\breputation\b|\bbanned\b|\bip\b[^.\n]{0,40}(?:blocked|blacklisted|listed|banned)|(?:blocked|blacklisted|listed|banned)[^.\n]{0,40}\bip\b|\b(?:SC|DY|OU)-00\d\b|helo command rejected|badmailfrom|invalid sender|bad sender|sender (?:is )?(?:invalid|not valid|unknown)|not accepted from (?:this|your) ip|mail server has been marked|ip (?:is )?rejected|part of their network|banned sending ip|sending ip|not authori[sz]ed to send (?:from|as|on behalf)|not permitted to send|unauthori[sz]ed sender|sender (?:is )?unauthori[sz]ed|sender (?:policy|reputation)|dnsbl|listed (?:at|in|on|by) |barracuda|spamcop|sorbs|uceprotect|senderscore|envelope sender|sender address (?:is )?(?:invalid|not valid)|sender (?:address )?(?:rejected|refused|denied|blocked)|must match (?:your |the )?(?:authenticated|login|account)|sending (?:is )?paused|sending (?:has been )?(?:disabled|suspended)|sending for this account|sending (?:is )?disabled/i;
const RECIPIENT_WORDS =
  /5\.1\.[13]\b|5\.1\.10|user unknown|unknown user|no such (?:user|recipient|mailbox)|mailbox (?:not found|unavailable|does not exist)|recipient (?:address )?rejected|recipient not\b|not in route list|(?:does not|doesn't|dosn't) exist|invalid recipient|invalid (?:user|rcpt\w*)|invalid ?to ?address|honeypot rcpt|bad recipient|address rejected|relay access denied|relaying denied|relay not permitted|unable to relay|relay(?:ing)? (?:is )?(?:prohibited|not allowed|denied|refused|not permitted)|allowed hosts|rcpthosts|not in my list|to address may not be blank|no recipients? (?:defined|specified|given)|recipients? (?:is |are )?(?:empty|blank|missing)|without (?:computed )?recipients|no mailbox|mailbox (?:is )?(?:disabled|inactive|unknown)|address (?:does not|doesn't) exist|no such address|unknown (?:recipient|address|mailbox)|recipient (?:unknown|not found|invalid)|user not found|account (?:does not|doesn't) exist|not a valid (?:recipient|mailbox)|undeliverable address|resolver\.adr|recipientnotfound|no valid recipients|recipients? refused|invalid addresses|cannot deliver (?:mail )?(?:to|for)|SMTPAddressFailedException|need rcpt|no valid recipients?|inactive (?:recipient|address)/i;
const MISSING_CREDENTIAL_WORDS =
  /missing credentials|no credentials|auth(?:entication)? (?:is )?required|must (?:be )?authenticat|not authenticated|is null|unauthenticated senders not allowed|require(?:s|d)? (?:basic |smtp )?authentication|please (?:authenticate|log ?in) first|please authenticate|authenticate before|auth(?:entication)? first|need (?:ehlo and )?auth|sender not authenticated|not logged in|no (?:password|username) (?:given|set|provided)|missing (?:password|username|user)|(?:username|password|user) (?:is )?(?:empty|missing|not set|required)|all-whitespace username|credentials (?:are )?(?:missing|not (?:set|provided|configured))/i;
const AUTH_METHOD_WORDS =
  /unrecognized authentication type|auth(?:entication)? (?:command used when not advertised|(?:is )?not (?:enabled|available|supported|allowed|permitted|advertised|offered))|(?:does not|doesn't|does't) support (?:smtp |client )?auth|authentication schemes?|no supported authentication protocol|none of the (?:authentication )?(?:methods|mechanisms)|authentication methods? (?:are |is )?not supported|unsupported auth|basic auth(?:entication)? (?:is )?(?:disabled|blocked|turned off|not supported)|smtp service (?:is )?(?:not enabled|disabled)|未开启|未开通|\bmechanism\b[^.\n]{0,30}\b(?:not|un)\w*|\b(?:not|un)\w*[^.\n]{0,30}\bmechanism\b|(?:smtp|pop3?|imap)(?: auth\w*| access| service)?[^.\n]{0,20}(?:disabled|not enabled|not activated|turned off)|enable (?:smtp|pop3|imap)|开启.{0,6}(?:SMTP|POP3|IMAP)|no (?:supported )?authentication (?:methods?|mechanisms?)|no (?:compatible |suitable |acceptable |supported )?(?:authentication |auth |sasl )?mechanisms? (?:available|found|supported|was found)|no worthy mechs|no form of auth(?:entication|orization)|command (?:unrecognized|not recognized|not implemented|not supported)[^\n]{0,12}auth|(?:invalid|unsupported|unknown|unrecognized) (?:authentication |auth |sasl )?mechanism|auth(?:entication)? (?:extension |mechanism )?(?:is )?not supported|auth(?:entication)? (?:is )?disabled|smtp auth (?:is )?(?:disabled|not (?:enabled|allowed))|server does(?: not|n't) support auth|unrecognized command[^\n]*auth|auth[^\n]*command (?:not recognized|unrecognized)/i;
const AUTH_FAILED_WORDS =
  /authentication (?:failed|unsuccessful|failure)|login fail|could not authenticate|invalid login|bad credentials|username and password not accepted|auth(?:entication)? credentials invalid|authenticationfailed|incorrect (?:username|password|authentication data)|(?:username|password|credentials) (?:is |are )?(?:incorrect|invalid|wrong)|invalid (?:username|password|credentials|user name)|wrong (?:username|password|credentials)|login (?:failed|incorrect|denied|refused)|auth(?:entication)? (?:error|rejected|denied|refused)|access denied for user|bad username or password|authentication credentials|login not accepted|logon failure|authentication unsuccessful|sasl authentication failed|auth \w+ failed|login (?:to \S+ )?failed|auth(?:entication)?[ _]failed|credentials could not be validated|authfailure|signaturefailure|bad password|password (?:is )?(?:wrong|incorrect|invalid|rejected|not accepted)|authenticate failed|auth(?:entication)? (?:was )?not successful|could not log ?in|身份验证失败|用户名或密码|账号或密码|Authentifizierung fehlgeschlagen|autenticación fallida|falló la autenticación|ошибка аутентификации|認証に失敗|failed to (?:log ?in|authenticate)|unable to (?:log ?in|authenticate)|invalid (?:login|credentials)|登录失败|认证失败|验证失败|密码错误|anmeldung fehlgeschlagen|échec de l'authentification|invalid api ?key|api (?:key|token) (?:is )?(?:invalid|incorrect|missing|revoked|expired|not valid)|incorrect api token|valid server token|authorization grant is invalid|wrong credentials|unauthorized \(401\)/i;

/** First match wins: provider replies, then families by their words, then standard codes, then transport. */
export const RULES: readonly Rule[] = [
  // ---- provider context ----
  { cause: 'auth-qq-account-blocked', vendors: ['tencent'], text: /account is abnormal|service is not open/i },
  { cause: 'auth-qq-account-blocked', text: /account is abnormal|service is not open.*password is incorrect/i },
  { cause: 'auth-exmail-password', providers: ['exmail'], replyCodes: [535] },
  { cause: 'auth-exmail-password', providers: ['exmail'], replyCodes: [550], text: /login fail|auth|password/i },
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
    text: /(?:email )?address (?:is )?not verified|identities failed the check|verified sender identity|not (?:a )?verified (?:sender|domain)|sender identity|notauthenticatedsender/i,
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
  // Yahoo's reputation deferrals of the sending host (TS01-03, TSS05-09); TSS04 is its rate limit.
  { cause: 'sender-rejected', text: /\[TS0[123]\]|\[TSS0[5-9]\]|due to user complaints/i },
  { cause: 'rate-limited-gmail', vendors: ['google'], text: RATE_WORDS },
  { cause: 'rate-limited-gmail', text: /5\.4\.5 daily (?:user )?sending (?:quota|limit)|4\.7\.28|unusual rate of unsolicited/i },
  { cause: 'rate-limited-ses', vendors: ['amazon'], text: RATE_WORDS },
  { cause: 'rate-limited-ses', text: /throttling failure|maximum sending rate exceeded|daily message quota exceeded/i },
  { cause: 'rate-limited-microsoft', vendors: ['microsoft'], text: RATE_WORDS },
  { cause: 'rate-limited-microsoft', text: /sender thread limit exceeded|recipient rate limit|message rate limit|submission quota/i },

  // A timeout the server reports in a reply (it waited for us, or for the next hop): a timeout still.
  { cause: 'session-timeout', replyCodes: [421, 447, 450, 451, 452, 454], text: /timed? ?out|timeout/i },
  // ---- cloud mail APIs' own error codes (SES, SendGrid, Postmark, Aliyun DirectMail, Tencent Cloud SES) ----
  {
    cause: 'sender-not-verified',
    // Aliyun DirectMail's `MailAddress` is the sender address set up in its console (its status, its domain).
    text: /MailFromDomainNotVerified|NotAuthenticatedSender|sender signature not found|InvalidMailAddress(?:\.NotFound|Status|Domain)\b/i,
  },
  { cause: 'sender-rejected', text: /AccountSendingPaused|SendingPaused(?:Exception)?\b|sending (?:is )?paused/i },
  {
    cause: 'auth-failed',
    text: /InvalidClientTokenId|SignatureDoesNotMatch|UnrecognizedClientException|InvalidAccessKeyId|AuthFailure|ExpiredToken|InvalidApiKey|invalid api ?key/i,
  },
  {
    cause: 'rate-limited',
    text: /\bThrottling\b|TooManyRequests|LimitExceeded|FrequencyLimit|ExceedSendLimit|QuotaExceeded|SendingQuota/i,
  },
  { cause: 'recipient-rejected', text: /EmailAddrInBlacklist|InvalidToAddress|inactive recipient/i },

  // ---- families by their words ----
  { cause: 'rate-limited', text: RATE_WORDS },
  {
    cause: 'tls-version-refused',
    text: /TLS 1\.[01] (?:and 1\.1 )?(?:are|is) not supported|4\.7\.66|unsupported protocol|protocol version|no protocols available|no appropriate protocol|protocol is disabled|version (?:is )?not supported|unsupported (?:tls|ssl) version/i,
  },
  { cause: 'session-tls-wrong-version', text: /command not permitted when TLS active/i },
  {
    cause: 'session-tls-wrong-version',
    text: /remote party has closed the transport stream|handshake failed due to an unexpected packet format|cannot determine the frame size|wrong[ _]version[ _]number|first record does not look like a TLS handshake|unrecognized SSL message/i,
  },
  { cause: 'sender-rejected', text: SENDER_WORDS },
  {
    cause: 'starttls-required',
    text: /must issue a starttls|starttls (?:is )?required|requires? (?:a )?(?:tls|starttls)|encryption required|tls (?:is )?required|requires enforcement|(?:unencrypted|insecure|plain ?text) (?:connection|channel)|over (?:an )?(?:unencrypted|insecure) connection|secure connection (?:is )?required|requires? (?:an? )?(?:secure|encrypted) connection/i,
  },
  { cause: 'tls-required-not-offered', errorCodes: ['ECONNECTION'], text: /starttls|requireTLS/i },
  {
    cause: 'starttls-unavailable',
    text: /starttls extension not supported|tls not available|starttls.*not (?:supported|available|offered|advertised)|starttls command (?:failed|used when not advertised)|upgrading connection with starttls|not support the starttls|start ?tls (?:failed|error|negotiation failed)|(?:does not|doesn't) support (?:starttls|tls|ssl|secure connections?)|(?:starttls|tls) (?:is )?not supported|unable to (?:initiate|initialize|negotiate|start) (?:tls|starttls)|tls negotiation failed|encryption required for requested authentication|failed to (?:start|enable) (?:tls|crypto|starttls)|tls (?:is )?not offered|but was not offered|no starttls/i,
  },
  {
    cause: 'auth-temporary-failure',
    text: /temporary (?:authentication|auth) (?:failure|error|problem)|authentication (?:is )?temporarily/i,
  },
  { cause: 'message-spam', text: SPAM_WORDS },
  {
    cause: 'smtp-dns-error',
    text: /dns (?:query|lookup|resolution) failed|nonexistent ?domain|no mx (?:found|record)|failed to resolve|unable to resolve|could not (?:be )?resolved?|name resolution|no such host|name or service not known|dns resolve|dns (?:resolv\w*|lookup|query)(?: \w+)? (?:error|fail\w*)|dns (?:error|failure)/i,
  },
  { cause: 'auth-required', replyCodes: [530] },
  { cause: 'auth-missing-credentials', text: MISSING_CREDENTIAL_WORDS, notReplyCodes: [534, 535] },
  { cause: 'auth-method-unsupported', text: AUTH_METHOD_WORDS },
  { cause: 'auth-method-unsupported', replyCodes: [503, 504], text: /auth|authentication/i },
  { cause: 'recipient-rejected', text: RECIPIENT_WORDS, command: /^(?!MAIL|AUTH)/ },
  {
    cause: 'message-rejected',
    text: /message (?:was )?rejected|content (?:rejected|presents|filter|denied|blocked|refused|not (?:allowed|accepted))/i,
  },

  // ---- what nodemailer's own codes and a few code-and-word pairs say ----
  { cause: 'starttls-unavailable', replyCodes: [454], text: /tls/i },
  { cause: 'auth-app-password-required', replyCodes: [534], text: /application|app password|specific password/i },
  { cause: 'auth-failed', errorCodes: ['EAUTH'], hasReply: true, notReplyCodes: [421, 454] },
  { cause: 'auth-failed', text: AUTH_FAILED_WORDS },
  { cause: 'auth-missing-credentials', errorCodes: ['EAUTH'], hasReply: false },
  { cause: 'session-auth-not-offered', errorCodes: ['ENOAUTH'] },
  {
    cause: 'sender-rejected',
    text: /sender (?:address )?(?:rejected|refused|denied|not allowed)|from address|mail from/i,
    replyCodes: [550, 553, 554, 501],
    command: /^(?!RCPT|DATA)/i,
  },
  {
    cause: 'server-busy',
    text: /local error|greylist|come back later|closing transmission channel|service (?:is )?(?:not available|unavailable|temporarily)|try (?:again )?later|server (?:is )?(?:too )?busy|overloaded|insufficient system (?:storage|resources)|system resources|temporar(?:il)?y (?:unavailable|rejected|deferred)/i,
    notReplyCodes: [530, 534, 535, 550, 553, 554],
    unless: /timed? ?out|timeout|dns|resolv/i,
  },
  {
    cause: 'server-busy',
    replyCodes: [450, 451, 452],
    text: /try (?:again )?later|temporar|busy|not available|unavailable|local error|error in processing|transient|overload|resources/i,
  },
];

/** Below the words: the network's and the TLS layer's failures, in every runtime's vocabulary. */
const TRANSPORT_RULES: readonly Rule[] = [
  // TLS against a plaintext port, in every runtime's words: OpenSSL (Node, PHP, Python, Ruby), Go, Java, .NET, Rust.
  { cause: 'tls-certificate-rejected', text: /certificate could not be validated|certificate has the following errors/i },
  {
    cause: 'session-tls-wrong-version',
    text: /wrong[ _]version[ _]number|packet length too long|unknown protocol|http request|SSL: WRONG_VERSION|command not permitted when TLS active|first record does not look like a TLS handshake|oversized record received|unrecognized SSL message|plaintext connection\?|unexpected packet format|record overflow|invalid ?content ?type|received corrupt message|record layer failure|tls: (?:received )?(?:record|handshake) (?:overflow|failure)|ssl3_get_record|tls_get_more_records|SSL23_GET_SERVER_HELLO|sslv3 alert handshake failure|tlsv1 alert protocol version|port which does not support SSL/i,
  },
  // The server took the connection and said nothing: a plain-SMTP client on an implicit-TLS port waits for a
  // greeting that port never sends (nodemailer's words; Python's when the TLS port gives up on it).
  {
    cause: 'session-tls-port-mismatch',
    text: /greeting never received|response: -1|connection unexpectedly closed|SMTPServerDisconnected|server disconnected|unexpected EOF|\bEOF\b|transport connection|connection (?:was )?closed/i,
    context: /[:= (]465\b|port[=: ]+465\b/,
  },
  // A plain session on port 465 that waits for a greeting until it times out (JavaMail's `isSSL false`).
  {
    cause: 'session-tls-port-mismatch',
    text: /timed? ?out|timeout/i,
    context: /465[\s\S]*(?:isSSL|secure|ssl|tls)[=: ]+false|(?:isSSL|secure|ssl|tls)[=: ]+false[\s\S]*465/i,
  },
  {
    cause: 'tls-certificate-rejected',
    text: /certificate|self[- ]signed|altnames|unable to verify|unable to get (?:local )?issuer|CERT_|PKIX|unable to find valid certification path|CertPathValidatorException|ValidatorException|CertificateException|no subject alternative|x509|证书|Zertifikat|certificado|certificat|сертификат|証明書|hostname.*(?:mismatch|does not match)|RemoteCertificate|UnknownIssuer|certificate verify failed|peer certificate|did not match expected CN|InvalidCertificate|webpki|verify failed|trust anchor/i,
  },
  { cause: 'tls-upgrade-failed', errorCodes: ['ETLS'] },
  {
    cause: 'smtp-connection-refused',
    text: /ECONNREFUSED|connection refused|积极拒绝|拒绝连接|连接被拒绝|Verbindung verweigerte|Verbindung abgelehnt|conexión rechazada|connexion refusée|отказано|接続が拒否|actively refused|\((?:111|61)\)|\[Errno (?:111|61|113|101|65)\]|no route to host|EHOSTUNREACH|network is unreachable|ENETUNREACH|host is unreachable|\b1006[15]\b|\b10051\b|os error (?:111|113|101)|ConnectException: Connection refused|ConnectionRefused|\bunreachable\b|connection was refused|connect: connection refused|refused the connection|unreachable network/i,
  },
  {
    cause: 'smtp-dns-error',
    text: /ENOTFOUND|EAI_AGAIN|EAI_NONAME|getaddrinfo|不知道这样的主机|无法解析|找不到主机|域名解析|Host ist unbekannt|host desconocido|hôte inconnu|неизвестный хост|ホストが不明|name or service not known|nodename nor servname|unknownhostexception|no such host|name resolution|could not resolve|unable to resolve|failed to resolve|queryA|host (?:or domain name )?not found|name service error|dns resolve error|gaierror|no such host is known|\b11001\b|\[Errno -[235]\]|failed to lookup address|lookup \S+ on \S+|lookup [\w.-]+: |dns (?:query|lookup|resolution) failed|dns error|no address associated|unknown host|nonexistent ?domain|no mx (?:found|record)|resolve host|remote name could not be resolved|dns resolve|name does not resolve|nxdomain|servfail|server misbehaving|requested name is valid|no data of the requested type|non-?existent domain|unknown host|EAI_NODATA|EAI_FAIL|Errno 1100[14]|hostname nor servname/i,
  },
  {
    cause: 'session-timeout',
    text: /timed? ?out(?![\s=:]+-?\d)|超时|没有正确答复|Zeitüberschreitung|Zeitspanne nicht richtig reagiert|tiempo de espera|délai d'attente|время ожидания|タイムアウト|ETIMEDOUT|ESOCKETTIMEDOUT|TimedOut|\((?:110|60)\)|\[Errno (?:110|60)\]|\b10060\b|os error 110|greeting never received|did not properly respond|period of time|deadline exceeded|Net::OpenTimeout|Net::ReadTimeout|would ?block|resource temporarily unavailable/i,
  },
  { cause: 'smtp-connection-closed', errorCodes: ['ECONNECTION'] },
  {
    cause: 'smtp-connection-reset',
    text: /ECONNRESET|socket hang up|强迫关闭|强制关闭|连接被重置|连接已关闭|Verbindung wurde geschlossen|vom Remotehost geschlossen|conexión cerrada|connexion fermée|разорвано|закрыл|接続が切断|EPIPE|connection (?:was )?(?:reset|closed|aborted|dropped)|closed unexpectedly|unexpectedly closed|unexpectedly disconnected|response: -1|disconnected unexpectedly|unexpected socket close|disconnected before secure TLS|SMTPServerDisconnected|broken pipe|ECONNABORTED|connection lost|lost connection|end of stream|end of file|EOFError|unexpected EOF|\bEOF\b|forcibly closed|\b10054\b|\[Errno (?:104|54|32)\]|os error (?:104|32)|server disconnected|remote host closed|closed by (?:the )?(?:remote|peer|server|foreign host)|SocketException: Connection reset|please run connect\(\) first|premature close|stream (?:was )?closed|net_io_connectionclosed|remote end closed|(?:connection|socket|stream|server|remote|peer|channel)\b[^.\n]{0,30}\bclosed\b|\bclosed\b[^.\n]{0,20}\b(?:connection|socket|stream)|\bdisconnect(?:ed|ion)?\b|connection\b[^.\n]{0,20}\blost\b|interrupted|\breset\b|socket (?:is )?closed|underlying connection was closed|connection (?:was )?aborted|\b10053\b|established connection was aborted|peer closed|closed the connection|closed connection|hung up|remote host terminated|transport connection|ConnectionReset|ConnectionAborted|UnexpectedEof|BrokenPipe/i,
  },
  { cause: 'session-timeout', errorCodes: ['ETIMEDOUT'] },
  { cause: 'smtp-socket-error', errorCodes: ['ESOCKET'] },
  { cause: 'smtp-dns-error', errorCodes: ['EDNS'] },
  { cause: 'smtp-protocol-error', errorCodes: ['EPROTOCOL'] },
];

const context = (failure: Failure): string => failure.context ?? `${failure.response ?? ''}\n${failure.message ?? ''}`;

export function diagnose(failure: Failure): Diagnosis {
  const reply = decodeReply((failure.response ?? '').trim());
  const responseCode = failure.responseCode ?? (/^[245]\d\d/.test(reply) ? Number(reply.slice(0, 3)) : undefined);
  // .NET says the same sentence for every refusal: it tells nothing, the server's words after it do.
  const haystack = `${reply}\n${failure.message ?? ''}`.replace(DOTNET_BOILERPLATE, '');
  const provider = failure.provider ?? providerInText(`${context(failure)}\n${haystack}`);
  // Every value a text may name is present: an address the event itself names, else a question mark.
  const addresses = [...`${reply}\n${context(failure)}`.matchAll(/<([^<>\s@]+@[^<>\s]+)>/g)].map((m) => m[1] ?? '');
  const params: Params = {
    reply: clip(reply || decodeReply(failure.message ?? ''), 300),
    code: responseCode ?? '-',
    command: failure.command ?? '-',
    provider: provider ?? '-',
    user: failure.user || '?',
    from: failure.from || addresses[0] || '?',
    to: failure.to || addresses.at(-1) || '?',
  };
  const vendor = vendorOf(provider);
  const whole = context(failure);
  const plain = plainWords(haystack);
  const command = failure.command ?? (failure.code === 'EAUTH' ? 'AUTH' : undefined);
  const matches = (rule: Rule): boolean =>
    !(rule.vendors && (vendor === undefined || !rule.vendors.includes(vendor))) &&
    !(rule.providers && !rule.providers.includes(provider ?? '')) &&
    !(rule.replyCodes && (responseCode === undefined || !rule.replyCodes.includes(responseCode))) &&
    !(rule.notReplyCodes && responseCode !== undefined && rule.notReplyCodes.includes(responseCode)) &&
    !(rule.errorCodes && !rule.errorCodes.includes(failure.code ?? '')) &&
    !(rule.command && !rule.command.test(failure.command ?? '')) &&
    !(rule.hasReply === true && !reply) &&
    !(rule.hasReply === false && reply) &&
    !(rule.text && !rule.text.test(haystack) && !rule.text.test(plain)) &&
    !(rule.unless && (rule.unless.test(haystack) || rule.unless.test(plain))) &&
    !(rule.context && !rule.context.test(whole));
  // The families by their words; then what the codes alone say (status-codes.ts); then the transport's failures.
  const family = RULES.find(matches)?.cause;
  if (family) return { cause: family, params };
  const enhanced = enhancedCodeOf(reply, responseCode);
  const structural = reply || responseCode ? causeFromCodes(responseCode, enhanced, command) : undefined;
  if (structural) return { cause: structural, params };
  const transport = TRANSPORT_RULES.find(matches)?.cause;
  return { cause: transport ?? (responseCode ? 'smtp-reply' : 'smtp-error'), params };
}

/**
 * The words of a reply without case or punctuation (`Try-again LATER!` reads `try again later`), so a family
 * written once holds for every spelling of it; the dots of a status code (`5.7.1`) stay.
 */
export function plainWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/(?<!\d)[.]|[.](?!\d)|[^\p{L}\p{N}.@]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What a session failure says, diagnosed for this provider and this sender. */
export function diagnoseSession(error: unknown, s: Settings, extra: Partial<Failure> = {}): { cause: Cause; params: Params } {
  // A reply past the reader's bounds is the reader's finding, not the server's words.
  if (error instanceof SmtpFailure && error.code === 'ETOOLONG')
    return { cause: 'smtp-reply-too-long', params: { stage: error.command, lines: MAX_REPLY_LINES } };
  if (!(error instanceof SmtpFailure)) throw error;
  return diagnose({
    code: error.code,
    responseCode: error.responseCode,
    response: error.response,
    command: error.command,
    provider: providerIdOf(s),
    message: error.message,
    user: s.user,
    from: s.from,
    ...extra,
  });
}
