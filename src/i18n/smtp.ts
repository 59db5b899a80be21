// Text for the greeting, tls and smtp checks (checks/smtp.ts), and every diagnosis of a server reply (smtp/diagnosis.ts).
import { withReply, type CauseTexts, type Words } from './text.js';

export const SMTP_TITLES = {
  'smtp.greeting': { en: 'Greeting', zh: '欢迎语' },
  'smtp.ehlo': { en: 'Capabilities (EHLO)', zh: '服务能力（EHLO）' },
  'smtp.auth': { en: 'Login (AUTH)', zh: '登录（AUTH）' },
  'smtp.envelope': { en: 'Sender and recipient', zh: '发件人与收件人' },
  'tls.version': { en: 'TLS version', zh: 'TLS 版本' },
  'tls.certificate': { en: 'Certificate', zh: '证书' },
} satisfies Record<string, Words>;

const PROBE = {
  'smtp-greeting': { en: { text: 'Greeting `{banner}` after {ms} ms.' }, zh: { text: '{ms} ms 后收到欢迎语 `{banner}`。' } },
  'tls-on-plaintext-port': {
    en: {
      text: 'Port {port} speaks plain SMTP, but implicit TLS was used (`smtp-secure: true`): the TLS handshake fails with "wrong version number".',
      fix: 'Set `smtp-secure: false` for port {port} (STARTTLS), or use port 465 with `smtp-secure: true`.',
    },
    zh: {
      text: '端口 {port} 是明文 SMTP，却按直接 TLS（`smtp-secure: true`）连接，TLS 握手报 "wrong version number"。',
      fix: '端口 {port} 请设 `smtp-secure: false`（STARTTLS），或改用 465 端口并设 `smtp-secure: true`。',
    },
  },
  'plaintext-on-tls-port': {
    en: {
      text: 'Port {port} expects TLS from the first byte (implicit TLS), but a plain connection was used (`smtp-secure: false`): nodemailer would wait for a greeting that never comes.',
      fix: 'Set `smtp-secure: true` (or `auto`) for port {port}, or use port 587 with `smtp-secure: false`.',
    },
    zh: {
      text: '端口 {port} 要求一开始就 TLS（直接 TLS），却用明文连接（`smtp-secure: false`），nodemailer 会一直等不到欢迎语。',
      fix: '端口 {port} 请设 `smtp-secure: true`（或 `auto`），或改用 587 端口并设 `smtp-secure: false`。',
    },
  },
  'tls-handshake-failed': {
    en: {
      text: 'The TLS handshake failed: {error}',
      fix: "The server's TLS setup is broken or too old for this client; check the port and the server's TLS configuration.",
    },
    zh: { text: 'TLS 握手失败：{error}', fix: '服务器 TLS 配置有误或过旧：检查端口和服务器的 TLS 设置。' },
  },
  'tls-handshake-timeout': {
    en: {
      text: 'The TLS handshake did not finish within {seconds} s.',
      fix: 'Something between here and the server swallows TLS: check proxies and firewalls, and that the port is right.',
    },
    zh: { text: 'TLS 握手在 {seconds} 秒内未完成。', fix: '链路上有设备拦截了 TLS：检查代理和防火墙，以及端口是否正确。' },
  },
  'greeting-timeout': {
    en: {
      text: 'Connected, but the server sent no greeting within {seconds} s.',
      fix: 'The server is overloaded or something intercepts SMTP. If this is port 465, set `smtp-secure: true`.',
    },
    zh: {
      text: '已连接，但服务器在 {seconds} 秒内没有发送欢迎语。',
      fix: '服务器过载或 SMTP 被拦截。如果是 465 端口，请设 `smtp-secure: true`。',
    },
  },
  'greeting-closed': {
    en: {
      text: 'The server closed the connection before greeting.',
      fix: 'The server refuses this client (IP blocklist, connection limit) or is not an SMTP server.',
    },
    zh: { text: '服务器在发送欢迎语前关闭了连接。', fix: '服务器拒绝了本机（IP 黑名单、连接数限制），或这不是 SMTP 服务器。' },
  },
  'greeting-garbage': {
    en: { text: 'This is not an SMTP server; it said `{line}`.', fix: 'Check `smtp-host` and `smtp-port`: they point at another service.' },
    zh: { text: '这不是 SMTP 服务器，它返回了 `{line}`。', fix: '检查 `smtp-host` 和 `smtp-port`：它们指向了别的服务。' },
  },
  'smtp-closed': {
    en: {
      text: 'The server closed the connection at {stage}.',
      fix: 'The server dropped this client after greeting: it may block this IP or limit connections; retry later or ask the provider.',
    },
    zh: {
      text: '服务器在 {stage} 阶段关闭了连接。',
      fix: '服务器在欢迎语后断开了本机：可能封禁了该 IP 或限制了连接数，稍后重试或联系服务商。',
    },
  },
  'smtp-reply-too-long': {
    en: {
      text: "The server's reply to {stage} exceeded {lines} lines (or 64 KiB): the connection was ended.",
      fix: 'A mail server answers in a few lines: this one is broken, or something between us (a proxy, a captive portal) answers instead. Check `smtp-host` and `smtp-port`.',
    },
    zh: {
      text: '服务器对 {stage} 的应答超过了 {lines} 行（或 64 KiB），连接已中止。',
      fix: '邮件服务器的应答只有几行：这台服务器有问题，或中间有代理、认证网关在代答。检查 `smtp-host` 和 `smtp-port`。',
    },
  },
  'smtp-timeout': {
    en: {
      text: 'No reply to {stage} within {seconds} s.',
      fix: 'The server or the network stalls mid-session; retry, and check for a proxy that inspects SMTP.',
    },
    zh: { text: '{stage} 在 {seconds} 秒内没有回应。', fix: '服务器或网络在会话中途停滞：请重试，并检查是否有代理在检查 SMTP 流量。' },
  },
} satisfies CauseTexts;

const PROBE_REPLIES = withReply({
  'greeting-421': {
    en: {
      text: 'The server is refusing connections now (421).',
      fix: 'Too many connections or a temporary block of this IP: retry later, lower the sending rate, or ask the provider.',
    },
    zh: { text: '服务器暂时拒绝连接（421）。', fix: '连接过多或本机 IP 被临时限制：稍后重试、降低发送频率，或联系服务商。' },
  },
  'greeting-rejected': {
    en: {
      text: 'The server refused this client at greeting ({code}).',
      fix: "This IP is on a blocklist or not allowed to relay: use the provider's submission host, or ask them to allow this IP.",
    },
    zh: { text: '服务器在欢迎阶段拒绝了本机（{code}）。', fix: '本机 IP 在黑名单中或不被允许：使用服务商的提交服务器，或请其放行该 IP。' },
  },
  'ehlo-rejected': {
    en: { text: 'The server rejected EHLO.', fix: "The server refuses this client's name or address; ask the provider." },
    zh: { text: '服务器拒绝了 EHLO。', fix: '服务器不接受本机名称或地址，请联系服务商。' },
  },
  'starttls-refused': {
    en: {
      text: 'The server advertised STARTTLS but refused it.',
      fix: "The server's TLS is misconfigured; use port 465 with `smtp-secure: true` if it offers it.",
    },
    zh: { text: '服务器声明支持 STARTTLS 却拒绝执行。', fix: '服务器 TLS 配置有误；如支持，改用 465 端口并设 `smtp-secure: true`。' },
  },
});

const TLS = {
  'tls-version-ok': { en: { text: '{protocol} ({cipher}).' }, zh: { text: '{protocol}（{cipher}）。' } },
  'tls-old-protocol': {
    en: {
      text: 'The server negotiates {protocol}, below TLS 1.2.',
      fix: 'Node.js refuses TLS below 1.2 by default, so the app cannot connect; the server must enable TLS 1.2 or later.',
    },
    zh: {
      text: '服务器使用 {protocol}，低于 TLS 1.2。',
      fix: 'Node.js 默认拒绝 TLS 1.2 以下版本，应用将无法连接；服务器需启用 TLS 1.2 及以上。',
    },
  },
  'starttls-not-offered': {
    en: {
      text: 'The server on port {port} offers no STARTTLS: AUTH would send the password in plain text, so it was not attempted.',
      fix: "Use the provider's TLS port (465 with `smtp-secure: true`, or 587 with STARTTLS). Only for a server on a trusted network: `allow-plaintext-auth: true`.",
    },
    zh: {
      text: '端口 {port} 的服务器不支持 STARTTLS：AUTH 会明文发送密码，因此未尝试登录。',
      fix: '使用服务商的加密端口（465 配 `smtp-secure: true`，或 587 STARTTLS）。仅限可信内网服务器：`allow-plaintext-auth: true`。',
    },
  },
  'tls-none-allowed': {
    en: {
      text: 'No TLS on port {port}; plaintext AUTH allowed by `allow-plaintext-auth`.',
      fix: 'Credentials cross the network in clear text; enable TLS on the server.',
    },
    zh: { text: '端口 {port} 没有 TLS；已通过 `allow-plaintext-auth` 允许明文认证。', fix: '凭据会以明文传输，请在服务器上启用 TLS。' },
  },
  'tls-none': { en: { text: 'No TLS session to inspect.' }, zh: { text: '没有可检查的 TLS 会话。' } },
  'tls-cert-ok': {
    en: { text: 'Trusted, matches the host, valid until {date} ({days} days); issuer {issuer}.' },
    zh: { text: '证书受信任、与主机匹配，有效期至 {date}（剩 {days} 天）；签发者 {issuer}。' },
  },
  'tls-cert-expiring': {
    en: {
      text: 'The certificate expires on {date}, in {days} days.',
      fix: 'Renew the server certificate before {date}; after that, every TLS connection fails.',
    },
    zh: { text: '证书将于 {date} 过期（剩 {days} 天）。', fix: '请在 {date} 前更新服务器证书，过期后所有 TLS 连接都会失败。' },
  },
  'tls-cert-expired': {
    en: {
      text: 'The server certificate expired on {date}.',
      fix: 'Renew the server certificate (or ask the provider). `tls-reject-unauthorized: false` only hides the problem.',
    },
    zh: { text: '服务器证书已于 {date} 过期。', fix: '更新服务器证书（或联系服务商）。`tls-reject-unauthorized: false` 只会掩盖问题。' },
  },
  'tls-cert-not-yet-valid': {
    en: { text: 'The server certificate is valid only from {date}.', fix: "Check this machine's clock, and the certificate's start date." },
    zh: { text: '服务器证书从 {date} 才生效。', fix: '检查本机时间和证书的生效日期。' },
  },
  'tls-cert-untrusted': {
    en: {
      text: 'The certificate is not trusted ({error}); issuer {issuer}.',
      fix: 'Use a certificate from a public CA, or trust your private CA with `tls-ca` (or NODE_EXTRA_CA_CERTS). `tls-reject-unauthorized: false` makes this a warning.',
    },
    zh: {
      text: '证书不受信任（{error}）；签发者 {issuer}。',
      fix: '使用公共 CA 签发的证书，或用 `tls-ca`（或 NODE_EXTRA_CA_CERTS）信任私有 CA。设 `tls-reject-unauthorized: false` 可降为警告。',
    },
  },
  'tls-cert-wrong-host': {
    en: {
      text: 'The certificate is not for {host}; it names {names}.',
      fix: "Set `smtp-host` to a name the certificate covers (the provider's documented host), not an IP or alias.",
    },
    zh: {
      text: '证书不属于 {host}，证书上的名称是 {names}。',
      fix: '把 `smtp-host` 设为证书包含的名称（服务商文档中的主机名），不要用 IP 或别名。',
    },
  },
} satisfies CauseTexts;

const SMTP = {
  'ehlo-ok': { en: { text: 'AUTH {auth}; extensions: {extensions}.' }, zh: { text: '认证方式 {auth}；扩展：{extensions}。' } },
  'auth-not-advertised': {
    en: {
      text: "The server does not offer AUTH, so the credentials cannot be checked (nodemailer's verify() would still report success). Extensions: {extensions}.",
      fix: "This is not a submission server for your account: use the provider's submission host and port (465/587).",
    },
    zh: {
      text: '服务器未提供 AUTH，无法验证凭据（nodemailer 的 verify() 此时仍会报告成功）。扩展：{extensions}。',
      fix: '这不是你账号的提交服务器：请使用服务商的提交主机和端口（465/587）。',
    },
  },
  'auth-not-advertised-relay': {
    en: {
      text: 'The server offers no AUTH: it is a relay that takes mail without a login (nodemailer then skips the login), so the credentials are not checked here. Extensions: {extensions}.',
      fix: 'Fine for a local or internal relay (the envelope check below says whether it relays for this sender). If you meant a provider’s submission server, use its host and port (465/587) and `email-provider`.',
    },
    zh: {
      text: '服务器未提供 AUTH：它是无需登录即可转发邮件的中继（nodemailer 此时会跳过登录），因此这里无法验证凭据。扩展：{extensions}。',
      fix: '对本机或内网中继来说没有问题（下方的发件人/收件人检查会说明它是否为该发件人转发）。如果你要用的是服务商的提交服务器，请使用其主机和端口（465/587）并设置 `email-provider`。',
    },
  },
  'auth-relay-no-login': {
    en: { text: 'No login: the server is a relay without AUTH (as nodemailer would send).' },
    zh: { text: '未登录：服务器是不需要 AUTH 的中继（与 nodemailer 的发送方式一致）。' },
  },
  'auth-ok': { en: { text: 'Logged in as `{user}` ({method}).' }, zh: { text: '已以 `{user}` 登录（{method}）。' } },
  'envelope-ok': {
    en: { text: 'The server accepts mail from `{from}` to `{to}` (checked with MAIL FROM/RCPT TO, then RSET: nothing sent).' },
    zh: { text: '服务器接受从 `{from}` 发往 `{to}` 的邮件（用 MAIL FROM/RCPT TO 检查后 RSET，未实际发送）。' },
  },
  'smtp-error': {
    en: {
      text: 'The SMTP session failed: {reply}',
      fix: 'Check the host, port and TLS mode; rerun with `--verbose` (CLI) or open the raw details for the transcript.',
    },
    zh: { text: 'SMTP 会话失败：{reply}', fix: '检查主机、端口和加密方式；用 `--verbose`（命令行）或展开原始详情查看会话记录。' },
  },
} satisfies CauseTexts;

const DIAGNOSES = withReply({
  'auth-qq-authorization-code': {
    en: {
      text: 'QQ Mail refused the login: it accepts only the 16-letter authorization code (授权码), never the QQ password.',
      fix: 'QQ Mail → Settings → Account → enable POP3/SMTP, generate an authorization code, and store it as `EMAIL_PASSWORD`.',
    },
    zh: {
      text: 'QQ 邮箱拒绝登录：只接受 16 位授权码，不接受 QQ 密码。',
      fix: 'QQ 邮箱 → 设置 → 账户 → 开启 POP3/SMTP 服务并生成授权码，保存为 `EMAIL_PASSWORD`。',
    },
  },
  'auth-qq-account-blocked': {
    en: {
      text: 'QQ Mail refused the login because of the account state (abnormal, SMTP off, or too many logins; logins from overseas runners are often flagged).',
      fix: 'Log in on the web to clear the warning, check that SMTP is on, and verify from your server with `npx email-deploy-check` instead of an overseas runner.',
    },
    zh: {
      text: 'QQ 邮箱因账号状态拒绝登录（账号异常、未开启 SMTP 或登录过于频繁；海外运行器的登录常被判为异地）。',
      fix: '先在网页端登录解除提示，确认已开启 SMTP，并在服务器上用 `npx email-deploy-check` 验证，而非海外运行器。',
    },
  },
  'sender-from-header-invalid': {
    en: {
      text: 'The provider rejects the From header: it must be the logged-in address.',
      fix: 'Set `from` to the login address (`email-user`), optionally with a display name.',
    },
    zh: { text: '服务商拒绝了 From 头：必须是登录账号本身。', fix: '把 `from` 设为登录账号（`email-user`），可带显示名称。' },
  },
  'auth-netease-authorization-code': {
    en: {
      text: 'NetEase Mail refused the login: SMTP is off, or the password is not the client authorization code.',
      fix: 'Mailbox settings → POP3/SMTP/IMAP → enable SMTP and create an authorization code (授权码); use it as `EMAIL_PASSWORD`.',
    },
    zh: {
      text: '网易邮箱拒绝登录：未开启 SMTP，或密码不是客户端授权码。',
      fix: '邮箱设置 → POP3/SMTP/IMAP → 开启 SMTP 并新增授权码，作为 `EMAIL_PASSWORD`。',
    },
  },
  'auth-netease-no-permission': {
    en: {
      text: 'NetEase refuses this account: no client authorization code is set, or sending is banned for it.',
      fix: 'Set a client authorization code in the mailbox settings; if it is set, the account may be restricted: log in on the web.',
    },
    zh: {
      text: '网易拒绝该账号：未设置客户端授权码，或该账号被禁止发信。',
      fix: '在邮箱设置中设置客户端授权码；若已设置，账号可能受限，请登录网页端查看。',
    },
  },
  'sender-must-equal-user': {
    en: { text: 'The sender must be the logged-in account.', fix: 'Set `from` (EMAIL_FROM) to the `email-user` address.' },
    zh: { text: '发件人必须与登录账号一致。', fix: '把 `from`（EMAIL_FROM）设为 `email-user` 的地址。' },
  },
  'message-spam': {
    en: {
      text: 'The provider classed the message as spam.',
      fix: 'Change the content (fewer links, a real subject, a plain-text part), and check SPF/DKIM of the sender domain.',
    },
    zh: { text: '服务商把邮件判定为垃圾邮件。', fix: '调整内容（减少链接、使用正常主题、包含纯文本部分），并检查发件域名的 SPF/DKIM。' },
  },
  'auth-gmail-app-password-required': {
    en: {
      text: 'Gmail wants an app password, not the account password.',
      fix: 'Turn on 2-step verification, create an app password (https://support.google.com/accounts/answer/185833) and use it as `EMAIL_PASSWORD`.',
    },
    zh: {
      text: 'Gmail 需要应用专用密码，而不是账号密码。',
      fix: '开启两步验证，创建应用专用密码（https://support.google.com/accounts/answer/185833），作为 `EMAIL_PASSWORD`。',
    },
  },
  'auth-gmail-bad-credentials': {
    en: {
      text: 'Gmail did not accept the user name and password.',
      fix: 'Use the full address and a current app password (16 letters; revoked if you changed the Google password).',
    },
    zh: { text: 'Gmail 不接受该用户名和密码。', fix: '使用完整邮箱地址和有效的应用专用密码（16 位字母；修改 Google 密码后会失效）。' },
  },
  'auth-o365-smtp-auth-disabled': {
    en: {
      text: 'Microsoft 365 has SMTP AUTH turned off for this tenant or mailbox.',
      fix: 'An admin enables "Authenticated SMTP" for the mailbox (Microsoft 365 admin center → user → Mail → Manage email apps), or move to OAuth2.',
    },
    zh: {
      text: 'Microsoft 365 在该租户或邮箱上关闭了 SMTP AUTH。',
      fix: '由管理员为邮箱开启"经过身份验证的 SMTP"（Microsoft 365 管理中心 → 用户 → 邮件 → 管理电子邮件应用），或改用 OAuth2。',
    },
  },
  'auth-o365-basic-auth-disabled': {
    en: {
      text: 'Exchange Online no longer accepts password (basic) authentication for client submission.',
      fix: 'Move to OAuth2, or send through a relay service.',
    },
    zh: { text: 'Exchange Online 已不再接受密码（基本）认证提交邮件。', fix: '改用 OAuth2，或通过其他发信服务发送。' },
  },
  'server-busy': {
    en: {
      text: 'The server is temporarily refusing service (421).',
      fix: 'Retry later; lower the sending rate or the number of connections.',
    },
    zh: { text: '服务器暂时拒绝服务（421）。', fix: '稍后重试；降低发送频率或并发连接数。' },
  },
  'starttls-unavailable': {
    en: {
      text: 'The server cannot start TLS right now (454).',
      fix: 'A temporary server problem; retry, or use port 465 with `smtp-secure: true`.',
    },
    zh: { text: '服务器暂时无法启动 TLS（454）。', fix: '服务器临时故障：稍后重试，或改用 465 端口并设 `smtp-secure: true`。' },
  },
  'auth-temporary-failure': {
    en: {
      text: 'Authentication failed temporarily (454).',
      fix: 'Retry later; if it persists, the provider has a problem with this account.',
    },
    zh: { text: '认证临时失败（454）。', fix: '稍后重试；若持续出现，说明服务商对该账号有限制。' },
  },
  'auth-required': {
    en: {
      text: 'The server requires authentication (or TLS first) before this command (530).',
      fix: 'Set `email-user`/`email-password`; use STARTTLS on 587 or implicit TLS on 465.',
    },
    zh: {
      text: '服务器要求先认证（或先建立 TLS）（530）。',
      fix: '设置 `email-user`/`email-password`；587 端口用 STARTTLS，465 端口用直接 TLS。',
    },
  },
  'auth-app-password-required': {
    en: {
      text: 'The provider wants an app-specific password (534).',
      fix: "Create an app password or authorization code in the account's security settings.",
    },
    zh: { text: '服务商要求使用应用专用密码（534）。', fix: '在账号安全设置中创建应用专用密码或授权码。' },
  },
  'auth-failed': {
    en: {
      text: 'The server rejected the login for `{user}`.',
      fix: 'Check `email-user` (full address) and `email-password`: most providers want an authorization code or app password, not the login password.',
    },
    zh: {
      text: '服务器拒绝了 `{user}` 的登录。',
      fix: '检查 `email-user`（完整地址）和 `email-password`：大多数服务商需要授权码或应用专用密码，而不是登录密码。',
    },
  },
  'auth-missing-credentials': {
    en: { text: 'No credentials to log in with.', fix: 'Set `email-user` and `email-password`.' },
    zh: { text: '没有用于登录的凭据。', fix: '设置 `email-user` 和 `email-password`。' },
  },
  'sender-rejected': {
    en: {
      text: 'The server refused the sender `{from}` (MAIL FROM).',
      fix: 'Send from the logged-in address or a sender the provider has verified for this account.',
    },
    zh: { text: '服务器拒绝了发件人 `{from}`（MAIL FROM）。', fix: '使用登录账号或服务商已为该账号验证的发件地址。' },
  },
  'sender-deferred': {
    en: {
      text: 'The server deferred the sender `{from}` (temporary).',
      fix: 'Retry later; a rate limit or a temporary check is in place.',
    },
    zh: { text: '服务器暂缓接受发件人 `{from}`（临时）。', fix: '稍后重试，可能触发了频率限制或临时检查。' },
  },
  'recipient-rejected': {
    en: {
      text: 'The server refused the recipient `{to}` (RCPT TO).',
      fix: 'Check the recipient address; if it is right, the provider does not let this account send to it (quota, relay rules).',
    },
    zh: {
      text: '服务器拒绝了收件人 `{to}`（RCPT TO）。',
      fix: '检查收件地址；如果无误，说明服务商不允许该账号向其发送（额度或转发规则）。',
    },
  },
  'recipient-deferred': {
    en: {
      text: 'The server deferred the recipient `{to}` (temporary).',
      fix: "Retry later; the recipient's mailbox or a rate limit is the cause.",
    },
    zh: { text: '服务器暂缓接受收件人 `{to}`（临时）。', fix: '稍后重试，原因可能是收件箱或频率限制。' },
  },
  'message-rejected': {
    en: {
      text: 'The server refused the message after DATA.',
      fix: 'Content or headers were rejected (spam filter, From header, size): check the reply.',
    },
    zh: { text: '服务器在 DATA 之后拒收了邮件。', fix: '内容或邮件头被拒（垃圾过滤、From 头、大小）：请查看服务器返回。' },
  },
  'message-deferred': {
    en: { text: 'The server deferred the message (temporary).', fix: 'Retry later.' },
    zh: { text: '服务器暂缓接收邮件（临时）。', fix: '稍后重试。' },
  },
  'session-auth-not-offered': {
    en: { text: 'The server offered no AUTH to log in with.', fix: "Use the provider's submission host and port (465/587)." },
    zh: { text: '服务器没有提供可用的 AUTH 登录方式。', fix: '使用服务商的提交主机和端口（465/587）。' },
  },
  'session-tls-wrong-version': {
    en: {
      text: 'TLS was attempted on a port that speaks plain SMTP ("wrong version number").',
      fix: 'Use `smtp-secure: false` on 587/25 (STARTTLS), or port 465 with `smtp-secure: true`.',
    },
    zh: {
      text: '在明文 SMTP 端口上尝试了 TLS（"wrong version number"）。',
      fix: '587/25 端口用 `smtp-secure: false`（STARTTLS），或 465 端口配 `smtp-secure: true`。',
    },
  },
  'session-timeout': {
    en: {
      text: 'The SMTP session timed out.',
      fix: 'The server or network stalls; on port 465 make sure `smtp-secure` is `true` ("Greeting never received").',
    },
    zh: { text: 'SMTP 会话超时。', fix: '服务器或网络停滞；如果是 465 端口，确认 `smtp-secure` 为 `true`（"Greeting never received"）。' },
  },
  'tls-certificate-rejected': {
    en: { text: 'The TLS certificate was rejected.', fix: 'See the certificate check above; trust a private CA with `tls-ca`.' },
    zh: { text: 'TLS 证书被拒绝。', fix: '参见上面的证书检查；私有 CA 可通过 `tls-ca` 信任。' },
  },
  'tls-upgrade-failed': {
    en: {
      text: 'STARTTLS or the TLS handshake failed.',
      fix: 'Check the TLS mode for the port (465 implicit, 587 STARTTLS) and the server certificate.',
    },
    zh: { text: 'STARTTLS 或 TLS 握手失败。', fix: '检查端口对应的加密方式（465 直接 TLS，587 STARTTLS）和服务器证书。' },
  },
  'tls-required-not-offered': {
    en: {
      text: 'TLS was required but the server did not offer STARTTLS, so no credentials were sent.',
      fix: "Use the provider's TLS port (465 or 587).",
    },
    zh: { text: '要求 TLS 但服务器不支持 STARTTLS，因此未发送凭据。', fix: '使用服务商的加密端口（465 或 587）。' },
  },
  'smtp-connection-closed': {
    en: {
      text: 'The server closed the connection unexpectedly.',
      fix: 'The server dropped the session (often after a refused login or a blocked IP); retry and check the transcript.',
    },
    zh: { text: '服务器意外关闭了连接。', fix: '服务器中断了会话（常见于登录被拒或 IP 被封）：重试并查看会话记录。' },
  },
  'smtp-connection-refused': {
    en: {
      text: 'The SMTP server refused the connection.',
      fix: 'Check `smtp-host` and `smtp-port`, and that the host may reach it (firewall, security group).',
    },
    zh: { text: 'SMTP 服务器拒绝连接。', fix: '检查 `smtp-host` 和 `smtp-port`，以及本机能否访问（防火墙、安全组）。' },
  },
  'smtp-socket-error': {
    en: { text: 'A network error ended the SMTP session.', fix: 'Check the network path to the server and the port/TLS mode.' },
    zh: { text: '网络错误中断了 SMTP 会话。', fix: '检查到服务器的网络和端口/加密方式。' },
  },
  'smtp-dns-error': {
    en: { text: 'The SMTP client could not resolve the host.', fix: 'See the DNS check.' },
    zh: { text: 'SMTP 客户端无法解析主机。', fix: '参见 DNS 检查。' },
  },
  'smtp-protocol-error': {
    en: {
      text: 'The server answered outside the SMTP protocol.',
      fix: 'Check that `smtp-host`/`smtp-port` point at an SMTP submission service.',
    },
    zh: { text: '服务器的回应不符合 SMTP 协议。', fix: '确认 `smtp-host`/`smtp-port` 指向 SMTP 提交服务。' },
  },
  'auth-exmail-password': {
    en: {
      text: 'Tencent Exmail refused the login: the password is wrong, SMTP is off for this mailbox, or a client-specific password is required (secure login on).',
      fix: 'Exmail (exmail.qq.com) → Settings → Client settings: enable IMAP/SMTP; with secure login (安全登录) on, create a client-specific password and use it as the password. An administrator may have turned SMTP off for the domain.',
    },
    zh: {
      text: '腾讯企业邮箱拒绝登录：密码错误、该邮箱未开启 SMTP，或开启了安全登录需要客户端专用密码。',
      fix: '企业邮箱（exmail.qq.com）→ 设置 → 客户端设置：开启 IMAP/SMTP 服务；若开启了安全登录，请生成客户端专用密码作为密码使用。管理员也可能为整个域关闭了 SMTP。',
    },
  },
  'auth-gmail-web-login': {
    en: {
      text: 'Google refused the login and asks for a sign-in in a browser (534 5.7.14): it saw a login it does not trust.',
      fix: 'Sign in to the account in a browser from the same network, confirm the activity, then use an app password (2-Step Verification on) as the password.',
    },
    zh: {
      text: 'Google 拒绝登录，要求先在浏览器中登录（534 5.7.14）：它认为这次登录不可信。',
      fix: '在同一网络的浏览器中登录该账号并确认活动，然后开启两步验证并使用应用专用密码。',
    },
  },
  'auth-o365-tenant-auth-disabled': {
    en: {
      text: 'Microsoft 365 refused the login: SMTP AUTH (or basic authentication) is turned off for the whole tenant, not just this mailbox.',
      fix: 'A tenant administrator must allow SMTP AUTH (Exchange admin center → Settings → Mail flow, or Set-TransportConfig -SmtpClientAuthenticationDisabled $false; security defaults block it too), or move to OAuth2. Enabling it on the mailbox alone does not help.',
    },
    zh: {
      text: 'Microsoft 365 拒绝登录：整个租户关闭了 SMTP AUTH（或基本认证），而不只是这个邮箱。',
      fix: '需要租户管理员允许 SMTP AUTH（Exchange 管理中心 → 设置 → 邮件流，或 Set-TransportConfig -SmtpClientAuthenticationDisabled $false；"安全默认值"也会阻止），或改用 OAuth2。只在邮箱上开启无效。',
    },
  },
  'auth-method-unsupported': {
    en: {
      text: 'The server does not accept this login method, or has authentication turned off ({code}).',
      fix: "Use the provider's submission host and port (465/587), where AUTH is offered; check that SMTP is enabled for the account.",
    },
    zh: {
      text: '服务器不接受该登录方式，或未开启认证（{code}）。',
      fix: '使用服务商的提交服务器和端口（465/587），并确认账号已开启 SMTP。',
    },
  },
  'sender-not-verified': {
    en: {
      text: 'The service refused the sender: the From address or its domain is not a verified identity.',
      fix: 'Verify the sender address or domain with the provider (Amazon SES: Verified identities, and leave the sandbox to send to anyone; SendGrid: Sender Authentication; Alibaba Cloud DirectMail and Tencent Cloud SES: the sender domain and sender address in the console, DNS records verified), or send from an address that is verified.',
    },
    zh: {
      text: '服务拒绝了发件人：发件地址或其域名未经过验证。',
      fix: '在服务商处验证发件地址或域名（Amazon SES：已验证身份，并申请移出沙箱；SendGrid：Sender Authentication；阿里云邮件推送、腾讯云邮件推送：在控制台配置发信域名与发信地址，并通过 DNS 验证），或改用已验证的地址发件。',
    },
  },
  'ses-not-authorized': {
    en: {
      text: 'Amazon SES refused: the IAM user behind the SMTP credentials may not send from this identity (ses:SendRawEmail).',
      fix: "Give the IAM user `ses:SendRawEmail` on the sender's identity (or regenerate SMTP credentials for a user that has it), and send from a verified identity in the same region.",
    },
    zh: {
      text: 'Amazon SES 拒绝：SMTP 凭据对应的 IAM 用户无权以该身份发送（ses:SendRawEmail）。',
      fix: '为该 IAM 用户授予发件身份上的 `ses:SendRawEmail` 权限（或为有权限的用户重新生成 SMTP 凭据），并在同一区域使用已验证的身份发件。',
    },
  },
  'sender-send-as-denied': {
    en: {
      text: 'Microsoft refused the sender: this mailbox may not send as `{from}` (SendAsDenied / 5.7.60).',
      fix: 'Send from the logged-in address, or have an administrator grant this mailbox Send As permission for that address.',
    },
    zh: {
      text: 'Microsoft 拒绝了发件人：该邮箱无权以 `{from}` 的身份发送（SendAsDenied / 5.7.60）。',
      fix: '用登录账号本身发件，或请管理员为该邮箱授予此地址的"代理发送"（Send As）权限。',
    },
  },
  'rate-limited': {
    en: {
      text: 'The server refused because of a sending limit: too many messages, recipients or logins in a period.',
      fix: "Slow down: send in batches, retry later with backoff, and check the provider's sending limits for your account.",
    },
    zh: {
      text: '服务器因发送限制而拒绝：一段时间内邮件、收件人或登录次数过多。',
      fix: '降低发送速度：分批发送、稍后退避重试，并查看服务商对该账号的发送限额。',
    },
  },
  'rate-limited-netease': {
    en: {
      text: 'NetEase refused because of its sending limits (the RP:/MI: code in the reply names which one).',
      fix: 'Send fewer messages and recipients per hour from this account; wait before retrying. For bulk mail, use a transactional mail service.',
    },
    zh: {
      text: '网易因发送频率或数量限制而拒绝（回复中的 RP:/MI: 代码说明具体原因）。',
      fix: '降低该账号每小时的邮件和收件人数量，等待一段时间再试；群发请改用专门的邮件推送服务。',
    },
  },
  'rate-limited-gmail': {
    en: {
      text: 'Google refused because of a sending limit (the daily quota, or an unusual rate).',
      fix: 'Wait until the quota resets (a rolling 24 hours), send less per day, or move bulk sending to a mail service; Workspace accounts have higher limits than consumer Gmail.',
    },
    zh: {
      text: 'Google 因发送限额拒绝（每日配额或异常频率）。',
      fix: '等待配额恢复（滚动 24 小时），减少每日发送量，或把群发迁移到专门的邮件服务；Workspace 账号的限额高于个人 Gmail。',
    },
  },
  'rate-limited-ses': {
    en: {
      text: "Amazon SES throttled the message: the account's sending rate or daily quota is used up.",
      fix: 'Retry with backoff and keep under the maximum send rate; request a quota increase in the SES console (an account still in the sandbox has very low limits).',
    },
    zh: {
      text: 'Amazon SES 限制了发送：账号的发送速率或每日配额已用完。',
      fix: '退避重试并控制在最大发送速率以内；在 SES 控制台申请提高配额（仍在沙箱中的账号限额很低）。',
    },
  },
  'rate-limited-microsoft': {
    en: {
      text: 'Microsoft refused because of a sending limit (recipient or message rate, or concurrent submissions).',
      fix: 'Send fewer messages at once (one connection at a time) and fewer recipients per day; Exchange Online limits are per mailbox.',
    },
    zh: {
      text: 'Microsoft 因发送限制拒绝（收件人或邮件速率，或并发提交）。',
      fix: '减少同时发送的邮件（一次一个连接）和每日收件人数；Exchange Online 的限额按邮箱计算。',
    },
  },
  'starttls-required': {
    en: {
      text: 'The server requires TLS (STARTTLS) before it accepts this command.',
      fix: 'On port 587 use STARTTLS (`smtp-secure: false`, with TLS required), or port 465 with `smtp-secure: true`; in nodemailer set `requireTLS: true` or `secure: true` to match the port.',
    },
    zh: {
      text: '服务器要求先建立 TLS（STARTTLS）才接受该命令。',
      fix: '587 端口使用 STARTTLS（`smtp-secure: false`，并要求 TLS），或 465 端口设 `smtp-secure: true`；nodemailer 中按端口设置 `requireTLS: true` 或 `secure: true`。',
    },
  },
  'message-too-large': {
    en: {
      text: 'The server refused the message for its size ({code}).',
      fix: 'Send smaller messages: link to large attachments instead of attaching them.',
    },
    zh: { text: '服务器因邮件过大而拒绝（{code}）。', fix: '减小邮件大小：大附件改为链接。' },
  },
  'session-tls-port-mismatch': {
    en: {
      text: 'The connection to port 465 went silent or closed before any greeting: port 465 speaks TLS from the first byte, and the client spoke plain SMTP.',
      fix: 'For port 465 set `smtp-secure: true` (nodemailer `secure: true`); for STARTTLS use port 587 with `smtp-secure: false`.',
    },
    zh: {
      text: '连接 465 端口后没有欢迎语就中断或关闭：465 端口从第一个字节起就是 TLS，而客户端使用了明文 SMTP。',
      fix: '465 端口请设 `smtp-secure: true`（nodemailer 为 `secure: true`）；使用 STARTTLS 请改用 587 端口并设 `smtp-secure: false`。',
    },
  },
  'tls-version-refused': {
    en: {
      text: 'The server refuses the TLS version the client offered (TLS 1.0 and 1.1 are retired).',
      fix: 'Update the runtime or mail library so that it speaks TLS 1.2 or later (Node 12+, .NET 4.7+, Java 8u261+, OpenSSL 1.0.1+), and do not pin an old `minVersion`.',
    },
    zh: {
      text: '服务器拒绝客户端提供的 TLS 版本（TLS 1.0 和 1.1 已停用）。',
      fix: '升级运行环境或邮件库以支持 TLS 1.2 及以上（Node 12+、.NET 4.7+、Java 8u261+、OpenSSL 1.0.1+），不要固定旧的 `minVersion`。',
    },
  },
  'smtp-connection-reset': {
    en: {
      text: 'The connection was reset or closed in the middle of the session.',
      fix: 'Often a TLS-mode mismatch (465 needs `smtp-secure: true`), a firewall or proxy cutting SMTP, or the server dropping an idle or untrusted client; check the port and TLS mode first.',
    },
    zh: {
      text: '会话中连接被重置或关闭。',
      fix: '常见原因：加密方式不匹配（465 端口需 `smtp-secure: true`）、防火墙或代理切断 SMTP、服务器断开空闲或不受信任的客户端；先检查端口和加密方式。',
    },
  },
  'smtp-reply': {
    en: {
      text: 'The server refused ({code}).',
      fix: "Read the server's reply: it names the reason; search the provider's help for the code.",
    },
    zh: { text: '服务器拒绝（{code}）。', fix: '查看服务器返回的原因，并在服务商帮助中搜索该代码。' },
  },
});

export const SMTP_CAUSES = { ...PROBE, ...PROBE_REPLIES, ...TLS, ...SMTP, ...DIAGNOSES };
