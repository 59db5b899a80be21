// Text for the env checks (checks/env.ts) and the input problems they report.
import { refusedFile, type CauseTexts, type Words } from './text.js';

export const ENV_TITLES = {
  'env.inputs': { en: 'Inputs', zh: '输入参数' },
  'env.provider': { en: 'Provider', zh: '邮件服务商' },
  'env.user': { en: 'SMTP user', zh: 'SMTP 账号' },
  'env.password': { en: 'Password / authorization code', zh: '密码/授权码' },
  'env.from': { en: 'Sender (From)', zh: '发件人' },
  'env.recipient': { en: 'Test recipient', zh: '测试收件人' },
  'env.server': { en: 'Host, port and TLS mode', zh: '主机、端口与加密方式' },
  'env.tls-verify': { en: 'Certificate verification', zh: '证书校验' },
  'env.basic-auth': { en: 'Password login retirement', zh: '密码登录停用' },
  'env.node-env': { en: 'NODE_ENV', zh: 'NODE_ENV' },
} satisfies Record<string, Words>;

const INPUTS_PROVIDER_SENDER_SERVER = {
  // ---- input problems ----
  'inputs-valid': { en: { text: 'Every input is well-formed.' }, zh: { text: '所有输入格式正确。' } },
  'input-not-boolean': {
    en: { text: '`{input}` is `{value}`, not true or false.', fix: 'Set `{input}` to `true` or `false`.' },
    zh: { text: '`{input}` 的值是 `{value}`，不是 true 或 false。', fix: '把 `{input}` 设为 `true` 或 `false`。' },
  },
  'input-not-integer': {
    en: {
      text: '`{input}` is `{value}`, not a whole number from {min} to {max}.',
      fix: 'Set `{input}` to a whole number from {min} to {max}.',
    },
    zh: { text: '`{input}` 的值是 `{value}`，不是 {min} 到 {max} 之间的整数。', fix: '把 `{input}` 设为 {min} 到 {max} 之间的整数。' },
  },
  'input-not-number': {
    en: {
      text: '`{input}` is `{value}`, not a number from {min} to {max}.',
      fix: 'Set `{input}` to a number from {min} to {max} (seconds).',
    },
    zh: {
      text: '`{input}` 的值是 `{value}`，不是 {min} 到 {max} 之间的数字。',
      fix: '把 `{input}` 设为 {min} 到 {max} 之间的数字（秒）。',
    },
  },
  'input-not-enum': {
    en: { text: '`{input}` is `{value}`; it takes one of: {allowed}.', fix: 'Set `{input}` to one of: {allowed}.' },
    zh: { text: '`{input}` 的值是 `{value}`，只能是：{allowed}。', fix: '把 `{input}` 设为以下之一：{allowed}。' },
  },
  'input-unknown-check': {
    en: { text: '`checks` names an unknown group `{value}`.', fix: 'Use `all` or a comma list of: {allowed}.' },
    zh: { text: '`checks` 中有未知的检查组 `{value}`。', fix: '使用 `all`，或用逗号分隔以下组名：{allowed}。' },
  },
  'input-not-regex': {
    en: {
      text: '`{input}` is `{value}`, which is not a regular expression: {error}',
      fix: 'Write it as JavaScript reads it, e.g. `(\\d{6})` for a six-digit code or `/验证码|code/i` with flags.',
    },
    zh: {
      text: '`{input}` 的值 `{value}` 不是正则表达式：{error}',
      fix: '按 JavaScript 的写法填写，例如六位验证码写 `(\\d{6})`，带标志写 `/验证码|code/i`。',
    },
  },
  'input-app-mail-needs-smoke': {
    en: {
      text: '`app-mail: true` looks for the mail the app sends when `smoke-url` is called, and `smoke-url` is not set.',
      fix: "Set `smoke-url` to the app's send-code endpoint (with `smoke-body` naming the test mailbox), or remove `app-mail`.",
    },
    zh: {
      text: '`app-mail: true` 要查找调用 `smoke-url` 后应用发出的邮件，但没有设置 `smoke-url`。',
      fix: '把 `smoke-url` 设为应用的发送验证码接口（`smoke-body` 中写测试邮箱地址），或去掉 `app-mail`。',
    },
  },
  'input-app-mail-needs-mailbox': {
    en: {
      text: "`app-mail: true` reads the app's mail from the test mailbox, and `{input}` is not set.",
      fix: 'Set `imap-user` (the address the app mails) and `imap-password` (its IMAP password, authorization code or app password), from secrets.',
    },
    zh: {
      text: '`app-mail: true` 需要从测试邮箱读取应用的邮件，但没有设置 `{input}`。',
      fix: '设置 `imap-user`（应用发信的目标地址）和 `imap-password`（其 IMAP 密码、授权码或应用专用密码），均从 Secrets 读取。',
    },
  },
  'input-app-mail-off': {
    en: { text: '`{input}` is set but `app-mail` is not `true`: there is no app mail to read it from.', fix: 'Add `app-mail: true`.' },
    zh: { text: '设置了 `{input}`，但 `app-mail` 不是 `true`：没有应用邮件可供读取。', fix: '加上 `app-mail: true`。' },
  },
  'input-verify-needs-code': {
    en: {
      text: '`verify-url` is set without `app-mail-code`: there is no code to post back.',
      fix: 'Set `app-mail-code` to a regular expression that finds the code in the mail, e.g. `(\\d{6})`.',
    },
    zh: {
      text: '设置了 `verify-url` 却没有 `app-mail-code`：没有验证码可以回传。',
      fix: '把 `app-mail-code` 设为能在邮件中找到验证码的正则表达式，例如 `(\\d{6})`。',
    },
  },
  'input-not-url': {
    en: {
      text: '`{input}` is `{value}`, not an http(s) URL.',
      fix: 'Give the full URL, for example `https://example.com/api/email/health`.',
    },
    zh: { text: '`{input}` 的值 `{value}` 不是 http(s) 地址。', fix: '填写完整地址，例如 `https://example.com/api/email/health`。' },
  },
  'input-not-ip': {
    en: {
      text: '`{input}` holds `{value}`, which is not an IP address.',
      fix: 'List resolver IP addresses, optionally with a port: `1.1.1.1, 127.0.0.1:5353`.',
    },
    zh: { text: '`{input}` 中的 `{value}` 不是 IP 地址。', fix: '填写 DNS 服务器的 IP，可带端口：`223.5.5.5, 127.0.0.1:5353`。' },
  },
  'input-bad-selector': {
    en: { text: '`{input}` is `{value}`, not a DKIM selector.', fix: 'Give only the selector, e.g. `s1` for `s1._domainkey.example.com`.' },
    zh: { text: '`{input}` 的值 `{value}` 不是 DKIM 选择器。', fix: '只填写选择器，例如 `s1._domainkey.example.com` 中的 `s1`。' },
  },
  'input-host-has-scheme': {
    en: {
      text: '`smtp-host` is `{value}`: a URL, not a host name.',
      fix: 'Set `smtp-host` to the bare host, `{host}`, and the port in `smtp-port`.',
    },
    zh: { text: '`smtp-host` 的值 `{value}` 是网址，不是主机名。', fix: '`smtp-host` 只填主机名 `{host}`，端口写在 `smtp-port`。' },
  },
  'input-host-has-port': {
    en: { text: '`smtp-host` is `{value}`: it includes a port.', fix: 'Set `smtp-host` to `{host}` and put the port in `smtp-port`.' },
    zh: { text: '`smtp-host` 的值 `{value}` 带了端口。', fix: '`smtp-host` 填 `{host}`，端口写在 `smtp-port`。' },
  },
  'input-not-host': {
    en: {
      text: '`smtp-host` is `{value}`, not a valid host name or IP address.',
      fix: "Use the provider's SMTP host, for example `smtp.qq.com`.",
    },
    zh: { text: '`smtp-host` 的值 `{value}` 不是有效的主机名或 IP。', fix: '填写服务商的 SMTP 主机，例如 `smtp.qq.com`。' },
  },
  ...refusedFile('input-file', (because) => ({
    en: {
      text: `\`{input}\` names \`{value}\`, which ${because.en}.`,
      fix: 'Give the path of a PEM file (a regular file, under 1 MiB) in the workspace.',
    },
    zh: { text: `\`{input}\` 指向 \`{value}\`，该文件${because.zh}。`, fix: '请指定工作区内的 PEM 文件（普通文件，小于 1 MiB）。' },
  })),
  'input-not-pem': {
    en: {
      text: '`{input}` names `{value}`, which holds no PEM certificate.',
      fix: 'The file must contain `-----BEGIN CERTIFICATE-----` blocks.',
    },
    zh: { text: '`{input}` 指定的 `{value}` 中没有 PEM 证书。', fix: '文件需包含 `-----BEGIN CERTIFICATE-----` 证书块。' },
  },
  'input-bad-header': {
    en: {
      text: 'Line {line} of `{input}` is not `Name: value` (its text is not shown: it may hold a secret).',
      fix: 'Write one header per line, e.g. `Authorization: Bearer ${{ secrets.HEALTH_TOKEN }}`.',
    },
    zh: {
      text: '`{input}` 的第 {line} 行不是 `名称: 值` 格式（可能含有密钥，因此不显示内容）。',
      fix: '每行一个请求头，例如 `Authorization: Bearer ${{ secrets.HEALTH_TOKEN }}`。',
    },
  },
  'input-several-recipients': {
    en: {
      text: '`{input}` holds more than one address: `{value}`.',
      fix: 'The test mail goes to one address: give exactly one in `test-recipient`.',
    },
    zh: { text: '`{input}` 含有多个地址：`{value}`。', fix: '测试邮件只发给一个地址：`test-recipient` 中只填一个地址。' },
  },
  'input-body-with-get': {
    en: {
      text: '`smoke-body` is set, but `smoke-method` is {method}, which sends no body.',
      fix: 'Use `smoke-method: POST` (or PUT, PATCH) with a body, or remove `smoke-body`.',
    },
    zh: {
      text: '设置了 `smoke-body`，但 `smoke-method` 为 {method}，不会发送请求体。',
      fix: '带请求体时使用 `smoke-method: POST`（或 PUT、PATCH），否则删除 `smoke-body`。',
    },
  },
  'input-has-newline': {
    en: {
      text: '`{input}` contains a line break; it could inject mail headers.',
      fix: 'Remove the line break from `{input}` (often a trailing newline pasted into a secret).',
    },
    zh: { text: '`{input}` 含有换行符，可能被用来注入邮件头。', fix: '删除 `{input}` 中的换行（常见于粘贴密钥时带入的末尾换行）。' },
  },

  // ---- provider ----
  'provider-custom': {
    en: { text: 'Custom SMTP server (no provider preset).' },
    zh: { text: '自定义 SMTP 服务器（未使用服务商预设）。' },
  },
  'provider-known': {
    en: { text: 'Provider `{provider}`: {host}:{port}.' },
    zh: { text: '服务商 `{provider}`：{host}:{port}。' },
  },
  'provider-inferred': {
    en: { text: 'Provider `{provider}` inferred from the domain {domain}: {host}:{port}.' },
    zh: { text: '根据域名 {domain} 推断服务商为 `{provider}`：{host}:{port}。' },
  },
  'provider-unknown': {
    en: {
      text: 'Unknown provider `{provider}`.',
      fix: 'Use one of {providers}, any nodemailer well-known service, or `custom` with `smtp-host`.',
    },
    zh: {
      text: '未知的服务商 `{provider}`。',
      fix: '使用 {providers} 或 nodemailer 内置服务名之一，或用 `custom` 并设置 `smtp-host`。',
    },
  },
  'provider-unknown-suggest': {
    en: { text: 'Unknown provider `{provider}`. Did you mean `{suggestion}`?', fix: 'Set `email-provider` to `{suggestion}`.' },
    zh: { text: '未知的服务商 `{provider}`，是否想用 `{suggestion}`？', fix: '把 `email-provider` 设为 `{suggestion}`。' },
  },
  'provider-domain-mismatch': {
    en: {
      text: 'Provider `{provider}` does not host addresses at {domain}; that domain belongs to `{expected}`.',
      fix: 'Set `email-provider` to `{expected}`, or use an account of `{provider}`.',
    },
    zh: {
      text: '服务商 `{provider}` 不托管 {domain} 的邮箱，该域名属于 `{expected}`。',
      fix: '把 `email-provider` 改为 `{expected}`，或换用 `{provider}` 的账号。',
    },
  },
  'provider-personal-domain': {
    en: {
      text: '`{provider}` is a personal mailbox service, but the user is at {domain}.',
      fix: 'For a company domain use its business service (for QQ: `exmail`; for Aliyun: `aliyunqiye`) or set `smtp-host`.',
    },
    zh: {
      text: '`{provider}` 是个人邮箱服务，但账号属于 {domain}。',
      fix: '企业域名请使用对应的企业邮箱（QQ 对应 `exmail`，阿里对应 `aliyunqiye`），或直接设置 `smtp-host`。',
    },
  },

  // ---- user / password / from ----
  'user-ok': { en: { text: 'User `{user}`.' }, zh: { text: '账号 `{user}`。' } },
  'user-missing': {
    en: {
      text: '`{input}` is empty.',
      fix: 'Set the `{input}` input or the `{env}` environment variable (usually from a repository secret).',
    },
    zh: { text: '`{input}` 为空。', fix: '设置 `{input}` 输入或 `{env}` 环境变量（通常来自仓库 Secret）。' },
  },
  'user-missing-fork': {
    en: {
      text: '`{input}` is empty: this is a pull request from a fork, where GitHub gives no secrets.',
      fix: 'Expected on fork pull requests; the checks that need secrets run after merge.',
    },
    zh: {
      text: '`{input}` 为空：这是来自 fork 的 Pull Request，GitHub 不向其提供 Secret。',
      fix: 'fork PR 中这是正常的；需要密钥的检查会在合并后运行。',
    },
  },
  'user-not-address': {
    en: {
      text: '`email-user` is `{value}`, not an email address; `{provider}` logs in with the full address.',
      fix: 'Set `email-user` to the full address, e.g. `name@qq.com`.',
    },
    zh: {
      text: '`email-user` 的值 `{value}` 不是邮箱地址，`{provider}` 需要用完整邮箱地址登录。',
      fix: '把 `email-user` 设为完整邮箱地址，例如 `name@qq.com`。',
    },
  },
  'user-not-fixed': {
    en: {
      text: '`{provider}` expects the SMTP user to be `{expected}`.',
      fix: 'Set `email-user` to `{expected}` and put the API key in `email-password`.',
    },
    zh: {
      text: '`{provider}` 要求 SMTP 用户名为 `{expected}`。',
      fix: '把 `email-user` 设为 `{expected}`，API Key 填在 `email-password`。',
    },
  },
  'password-present': { en: { text: 'Password set ({length} characters).' }, zh: { text: '已设置密码（{length} 个字符）。' } },
  'password-missing': {
    en: {
      text: '`{input}` is empty.',
      fix: "Set the `{input}` input or the `{env}` environment variable from a secret: the provider's authorization code or app password, not the login password.",
    },
    zh: {
      text: '`{input}` 为空。',
      fix: '通过 Secret 设置 `{input}` 输入或 `{env}` 环境变量：填写服务商的授权码或应用专用密码，而不是登录密码。',
    },
  },
  'password-missing-fork': {
    en: {
      text: '`{input}` is empty: this is a pull request from a fork, where GitHub gives no secrets.',
      fix: 'Expected on fork pull requests; the checks that need secrets run after merge.',
    },
    zh: {
      text: '`{input}` 为空：这是来自 fork 的 Pull Request，GitHub 不向其提供 Secret。',
      fix: 'fork PR 中这是正常的；需要密钥的检查会在合并后运行。',
    },
  },
  'password-placeholder': {
    en: {
      text: '`email-password` holds a placeholder or an unexpanded variable, not a credential.',
      fix: 'Store the real authorization code / app password as a secret and pass `${{ secrets.EMAIL_PASSWORD }}`.',
    },
    zh: {
      text: '`email-password` 是占位符或未展开的变量，不是真实凭据。',
      fix: '把真实的授权码/应用专用密码存为 Secret，并传入 `${{ secrets.EMAIL_PASSWORD }}`。',
    },
  },
  'password-newline': {
    en: {
      text: '`email-password` contains a line break.',
      fix: 'Re-create the secret without the trailing newline (`printf %s`, not `echo`).',
    },
    zh: { text: '`email-password` 含有换行符。', fix: '重新创建 Secret，去掉末尾换行（用 `printf %s` 而不是 `echo`）。' },
  },
  'password-whitespace': {
    en: { text: '`email-password` starts or ends with spaces.', fix: 'Remove the surrounding spaces from the secret.' },
    zh: { text: '`email-password` 首尾有空格。', fix: '去掉 Secret 首尾的空格。' },
  },
  'password-too-short-to-protect': {
    en: {
      text: '`email-password` is {length} characters long: too short to be a real credential, and too short to hide in any output.',
      fix: 'Store the whole password, authorization code or app password in the secret (at least {min} characters).',
    },
    zh: {
      text: '`email-password` 只有 {length} 个字符：不可能是有效凭据，也无法在输出中隐藏。',
      fix: '在 Secret 中保存完整的密码、授权码或应用专用密码（至少 {min} 个字符）。',
    },
  },
  'password-short': {
    en: { text: '`email-password` is only {length} characters long.', fix: 'Check that the whole credential was copied into the secret.' },
    zh: { text: '`email-password` 只有 {length} 个字符。', fix: '确认凭据已完整复制到 Secret 中。' },
  },
  'password-not-auth-code': {
    en: {
      text: '`email-password` does not look like a `{provider}` authorization code (16 letters); it may be the login password, which SMTP refuses.',
      fix: 'Enable SMTP in the mailbox settings and generate an authorization code (授权码): {help}',
    },
    zh: {
      text: '`email-password` 不像 `{provider}` 的授权码（16 位字母），可能是登录密码，SMTP 会拒绝。',
      fix: '在邮箱设置中开启 SMTP 服务并生成授权码：{help}',
    },
  },
  'password-not-app-password': {
    en: {
      text: '`email-password` does not look like a `{provider}` app password (16 letters); the account password is refused.',
      fix: 'Turn on 2-step verification and create an app password: {help}',
    },
    zh: {
      text: '`email-password` 不像 `{provider}` 的应用专用密码（16 位字母），账号密码会被拒绝。',
      fix: '开启两步验证并创建应用专用密码：{help}',
    },
  },
  'password-not-api-key': {
    en: {
      text: '`email-password` does not look like a `{provider}` API key (`SG.` followed by two parts).',
      fix: 'Create an API key with Mail Send permission: {help}',
    },
    zh: { text: '`email-password` 不像 `{provider}` 的 API Key（以 `SG.` 开头）。', fix: '创建具有 Mail Send 权限的 API Key：{help}' },
  },
  'from-ok': { en: { text: 'From `{from}`.' }, zh: { text: '发件人 `{from}`。' } },
  'from-missing': {
    en: { text: 'No sender: `from` and `email-user` are both empty.', fix: 'Set `from` (or `email-user` when it is an address).' },
    zh: { text: '缺少发件人：`from` 与 `email-user` 都为空。', fix: '设置 `from`（或把 `email-user` 设为邮箱地址）。' },
  },
  'from-invalid': {
    en: {
      text: 'The sender `{value}` (from `{input}`) is not a valid address.',
      fix: 'Set `from` to an address such as `App <noreply@example.com>`.',
    },
    zh: { text: '发件人 `{value}`（来自 `{input}`）不是有效地址。', fix: '把 `from` 设为有效地址，例如 `App <noreply@example.com>`。' },
  },
  'from-not-user': {
    en: {
      text: 'From `{from}` differs from the login `{user}`; `{provider}` rejects that (550/553).',
      fix: 'Send from `{user}`, or use a service that lets you send as other addresses.',
    },
    zh: {
      text: '发件人 `{from}` 与登录账号 `{user}` 不一致，`{provider}` 会拒绝（550/553）。',
      fix: '使用 `{user}` 作为发件人，或改用允许代发的服务。',
    },
  },
  'recipient-ok': { en: { text: 'Test mail goes to `{to}`.' }, zh: { text: '测试邮件将发送到 `{to}`。' } },
  'recipient-invalid': {
    en: { text: '`test-recipient` is `{value}`, not a valid address.', fix: 'Set `test-recipient` to one mailbox address you can read.' },
    zh: { text: '`test-recipient` 的值 `{value}` 不是有效地址。', fix: '把 `test-recipient` 设为一个你能查看的邮箱地址。' },
  },

  // ---- server / port ----
  'server-ok-tls': { en: { text: '{host}:{port} with implicit TLS.' }, zh: { text: '{host}:{port}，直接 TLS（SSL）。' } },
  'server-ok-starttls': { en: { text: '{host}:{port} with STARTTLS.' }, zh: { text: '{host}:{port}，STARTTLS。' } },
  'host-missing': {
    en: {
      text: 'No SMTP host: the provider is custom and `smtp-host` is empty.',
      fix: 'Set `email-provider` (qq, 163, gmail, ...) or `smtp-host` (`SMTP_HOST`).',
    },
    zh: {
      text: '缺少 SMTP 主机：服务商为 custom 且 `smtp-host` 为空。',
      fix: '设置 `email-provider`（qq、163、gmail 等）或 `smtp-host`（`SMTP_HOST`）。',
    },
  },
  'host-unresolved': {
    en: { text: 'No SMTP host could be derived from `{provider}`.', fix: 'Set `smtp-host` explicitly.' },
    zh: { text: '无法从 `{provider}` 得到 SMTP 主机。', fix: '直接设置 `smtp-host`。' },
  },
  'port-secure-mismatch-tls': {
    en: {
      text: 'Port {port} with `smtp-secure: true`: port {port} speaks plain SMTP then STARTTLS, so a TLS handshake fails ("wrong version number").',
      fix: 'Use `smtp-secure: false` with port {port} (STARTTLS), or port 465 with `smtp-secure: true`.',
    },
    zh: {
      text: '端口 {port} 却设置了 `smtp-secure: true`：该端口先明文再 STARTTLS，直接 TLS 握手会失败（"wrong version number"）。',
      fix: '端口 {port} 请用 `smtp-secure: false`（STARTTLS），或改用 465 端口并设 `smtp-secure: true`。',
    },
  },
  'port-secure-mismatch-plain': {
    en: {
      text: 'Port 465 with `smtp-secure: false`: 465 expects TLS from the first byte, so the client waits for a greeting that never comes ("Greeting never received").',
      fix: 'Use `smtp-secure: true` (or `auto`) with port 465, or port 587 with `smtp-secure: false`.',
    },
    zh: {
      text: '465 端口却设置了 `smtp-secure: false`：465 要求一开始就 TLS，客户端会一直等不到欢迎语（"Greeting never received"）。',
      fix: '465 端口请用 `smtp-secure: true`（或 `auto`），或改用 587 端口并设 `smtp-secure: false`。',
    },
  },
  'port-25-blocked': {
    en: {
      text: 'Port 25 is blocked for outbound mail by default on GitHub-hosted runners (Azure), AWS, GCP, Aliyun and Tencent Cloud.',
      fix: 'Use port 465 (implicit TLS) or 587 (STARTTLS) for submission.',
    },
    zh: {
      text: 'GitHub 托管运行器（Azure）、AWS、GCP、阿里云、腾讯云默认封禁出站 25 端口。',
      fix: '改用 465（SSL）或 587（STARTTLS）端口提交邮件。',
    },
  },
  'tls-verify-off': {
    en: {
      text: 'Certificate verification is off (`tls-reject-unauthorized: false`): an untrusted certificate is only a warning.',
      fix: 'Turn it back on once the server has a certificate from a trusted CA, or trust your CA with NODE_EXTRA_CA_CERTS.',
    },
    zh: {
      text: '已关闭证书校验（`tls-reject-unauthorized: false`），不受信任的证书只会警告。',
      fix: '服务器换上受信任 CA 的证书后请重新开启，或通过 NODE_EXTRA_CA_CERTS 信任自有 CA。',
    },
  },
  'exchange-basic-auth-retiring': {
    en: {
      text: 'Exchange Online disables basic SMTP AUTH by default after {date}; then logins answer `550 5.7.30`.',
      fix: 'Move to OAuth2 before {date}: set `oauth2-client-id`, `oauth2-client-secret` and `oauth2-refresh-token` (an app registered in Entra ID with the SMTP.Send permission), or use a relay such as Azure Communication Services.',
    },
    zh: {
      text: 'Exchange Online 将在 {date} 之后默认关闭 SMTP 基本认证，届时登录会返回 `550 5.7.30`。',
      fix: '请在 {date} 之前迁移到 OAuth2：设置 `oauth2-client-id`、`oauth2-client-secret` 和 `oauth2-refresh-token`（在 Entra ID 中注册带 SMTP.Send 权限的应用），或改用其他发信服务（如 Azure Communication Services）。',
    },
  },
  'exchange-basic-auth-disabled': {
    en: {
      text: 'Exchange Online disabled basic SMTP AUTH by default after {date}; password logins answer `550 5.7.30` unless the tenant re-enabled it.',
      fix: 'Move to OAuth2 (`oauth2-client-id`, `oauth2-client-secret`, `oauth2-refresh-token`: an app registered in Entra ID with the SMTP.Send permission) or a relay service.',
    },
    zh: {
      text: 'Exchange Online 已在 {date} 之后默认关闭 SMTP 基本认证，除非租户重新开启，否则密码登录会返回 `550 5.7.30`。',
      fix: '迁移到 OAuth2（`oauth2-client-id`、`oauth2-client-secret`、`oauth2-refresh-token`：在 Entra ID 中注册带 SMTP.Send 权限的应用）或其他发信服务。',
    },
  },
  'outlook-consumer-modern-auth': {
    en: {
      text: 'Outlook.com personal accounts require modern auth (OAuth2) since 2024-09-16; password logins are refused.',
      fix: 'Use OAuth2 (`oauth2-client-id`, `oauth2-client-secret`, `oauth2-refresh-token`), or send through another provider.',
    },
    zh: {
      text: '自 2024-09-16 起 Outlook.com 个人账号只支持现代认证（OAuth2），密码登录会被拒绝。',
      fix: '改用 OAuth2（`oauth2-client-id`、`oauth2-client-secret`、`oauth2-refresh-token`），或换用其他发信服务。',
    },
  },
  'basic-auth-oauth2': {
    en: { text: 'Logging in with OAuth2 (XOAUTH2): the retirement of password logins does not touch this setup.' },
    zh: { text: '使用 OAuth2（XOAUTH2）登录：密码登录的停用不影响当前配置。' },
  },
  'password-oauth2': {
    en: { text: 'OAuth2 login ({source}): `email-password` is not needed.' },
    zh: { text: 'OAuth2 登录（{source}）：不需要 `email-password`。' },
  },
  'oauth2-incomplete': {
    en: {
      text: '`oauth2-refresh-token` is set without `{missing}`: a refresh token is exchanged for an access token with the client id and secret.',
      fix: 'Set `oauth2-client-id` and `oauth2-client-secret` from the app registration (or give `oauth2-access-token` alone).',
    },
    zh: {
      text: '设置了 `oauth2-refresh-token` 但缺少 `{missing}`：刷新令牌需要配合客户端 ID 和密钥才能换取访问令牌。',
      fix: '请从应用注册处设置 `oauth2-client-id` 和 `oauth2-client-secret`（或只提供 `oauth2-access-token`）。',
    },
  },
  'oauth2-no-token-url': {
    en: {
      text: 'No token endpoint is known for this provider.',
      fix: 'Set `oauth2-token-url` (Google: https://oauth2.googleapis.com/token; Microsoft: https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token).',
    },
    zh: {
      text: '不知道该服务商的令牌端点。',
      fix: '请设置 `oauth2-token-url`（Google：https://oauth2.googleapis.com/token；微软：https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token）。',
    },
  },
  'oauth2-token-url-insecure': {
    en: {
      text: '`oauth2-token-url` `{value}` is not HTTPS: the client secret and refresh token would cross the network in the clear.',
      fix: 'Use the https:// token endpoint of the provider.',
    },
    zh: { text: '`oauth2-token-url` `{value}` 不是 HTTPS：客户端密钥和刷新令牌会以明文传输。', fix: '请使用服务商的 https:// 令牌端点。' },
  },
  'node-env-production': { en: { text: 'NODE_ENV is production.' }, zh: { text: 'NODE_ENV 为 production。' } },
  'node-env-unset': {
    en: {
      text: 'NODE_ENV is not set here, so this run may read other settings than the app in production.',
      fix: 'Run the check with the same environment as the app: `NODE_ENV=production`.',
    },
    zh: {
      text: '此处未设置 NODE_ENV，本次检查读取的配置可能与生产环境的应用不同。',
      fix: '用与应用相同的环境运行检查：`NODE_ENV=production`。',
    },
  },
  'node-env-not-production': {
    en: {
      text: 'NODE_ENV is `{value}`, not production.',
      fix: 'Run the check with the same environment as the app: `NODE_ENV=production`.',
    },
    zh: { text: 'NODE_ENV 为 `{value}`，不是 production。', fix: '用与应用相同的环境运行检查：`NODE_ENV=production`。' },
  },
} satisfies CauseTexts;

export const ENV_CAUSES = INPUTS_PROVIDER_SENDER_SERVER;
