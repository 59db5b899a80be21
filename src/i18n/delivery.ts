// Text for the delivery checks (checks/delivery.ts): the test mail looked up in the mailbox over IMAP.
import { type CauseTexts, type Words } from './text.js';

export const DELIVERY_TITLES = {
  'delivery.mailbox': { en: 'Test mailbox (IMAP)', zh: '测试邮箱（IMAP）' },
  'delivery.inbox': { en: 'Test mail in the mailbox', zh: '测试邮件到达邮箱' },
  'delivery.authentication': { en: 'How the receiver judged it', zh: '收件方的验证结果' },
  'delivery.origin': { en: 'Where the test mail came from', zh: '测试邮件的来源' },
} satisfies Record<string, Words>;

const ARRIVAL = {
  'delivery-inbox': {
    en: { text: 'Delivered to `{folder}` of `{user}` {seconds} s after `{host}` accepted it (queue id `{queueId}`).' },
    zh: { text: '`{host}` 接受后 {seconds} 秒，测试邮件已送达 `{user}` 的 `{folder}`（队列号 `{queueId}`）。' },
  },
  'delivery-junk': {
    en: {
      text: 'Delivered {seconds} s after `{host}` accepted it, but filed as spam: it is in `{folder}` of `{user}`, not in the inbox.',
      fix: 'Real recipients will not see it either. Likely causes: SPF, DKIM or DMARC missing or failing for the sender domain (see the results below), a sending domain or address without reputation yet, or a From that does not match the login. Fix the authentication first; marking the test mail as not spam only teaches this one mailbox.',
    },
    zh: {
      text: '`{host}` 接受后 {seconds} 秒已送达，但被判为垃圾邮件：它在 `{user}` 的 `{folder}`，而不在收件箱。',
      fix: '真实收件人同样看不到它。常见原因：发件域名的 SPF、DKIM 或 DMARC 缺失或未通过（见下方结果）、发件域名或地址尚无信誉、From 与登录账号不一致。先修复验证问题；在邮箱里标记“非垃圾邮件”只对这一个邮箱有效。',
    },
  },
  'delivery-not-arrived': {
    en: {
      text: '`{host}` accepted the test mail at {acceptedAt} (queue id `{queueId}`, {messageId}), but it was not in {folders} of `{user}` after {seconds} s.',
      fix: 'Look for a bounce in the sending mailbox (`from`); look the queue id up in the provider’s sending log; make sure `test-recipient` is the mailbox `imap-user` reads; if the provider is just slow, raise `delivery-timeout`.',
    },
    zh: {
      text: '`{host}` 于 {acceptedAt} 接受了测试邮件（队列号 `{queueId}`，{messageId}），但 {seconds} 秒后 `{user}` 的 {folders} 中仍没有它。',
      fix: '查看发件邮箱（`from`）是否收到退信；在服务商的发送日志中按队列号查找；确认 `test-recipient` 正是 `imap-user` 登录的邮箱；如果只是服务商较慢，请调大 `delivery-timeout`。',
    },
  },
  'delivery-no-imap-host': {
    en: {
      text: 'No IMAP host is known for the mailbox `{user}`.',
      fix: 'Set `imap-host` to the IMAP server of the test mailbox (for example imap.qq.com, imap.163.com, imap.gmail.com).',
    },
    zh: {
      text: '不知道邮箱 `{user}` 的 IMAP 服务器。',
      fix: '请把 `imap-host` 设为测试邮箱的 IMAP 服务器（例如 imap.qq.com、imap.163.com、imap.gmail.com）。',
    },
  },
  'delivery-needs-send': {
    en: {
      text: 'The delivery check looks for the test mail this run sends, but `checks` is `{checks}`.',
      fix: 'Use `checks: env,dns,tcp,tls,smtp,send,delivery` (or leave `checks` at `all`).',
    },
    zh: {
      text: '投递检查要查找本次运行发送的测试邮件，但 `checks` 为 `{checks}`。',
      fix: '请使用 `checks: env,dns,tcp,tls,smtp,send,delivery`（或保留 `checks: all`）。',
    },
  },
  'delivery-no-copy': {
    en: { text: 'The delivered copy could not be read, so its authentication results are unknown.' },
    zh: { text: '无法读取已送达的邮件，因此不知道其验证结果。' },
  },
} satisfies CauseTexts;

const LOGIN = {
  'imap-login-ok': {
    en: { text: 'Logged in to `{user}` at `{host}:{port}` ({mode}); new mail is noticed by {idle}.' },
    zh: { text: '已登录 `{host}:{port}`（{mode}）上的 `{user}`；新邮件通过 {idle} 发现。' },
  },
  'imap-login-plaintext': {
    en: {
      text: 'Logged in to `{user}` at `{host}:{port}` WITHOUT encryption: the server offers no STARTTLS, and `allow-plaintext-auth: true` let the password cross the network in clear text.',
      fix: 'Use the IMAPS port (993, `imap-secure: true`) or a server with STARTTLS, and change this mailbox password: anyone on the path could read it.',
    },
    zh: {
      text: '以明文登录了 `{host}:{port}` 上的 `{user}`：服务器不提供 STARTTLS，`allow-plaintext-auth: true` 让密码以明文经过网络。',
      fix: '改用 IMAPS 端口（993，`imap-secure: true`）或支持 STARTTLS 的服务器，并更换此邮箱密码：链路上任何人都可能读到它。',
    },
  },
  'imap-port-mode-mismatch': {
    en: {
      text: 'Port {port} with {mode} at `{host}`: IMAP port 993 is implicit TLS and 143 is STARTTLS.',
      fix: 'Use `imap-secure: true` with port 993, or `imap-secure: false` with port 143 (or leave `imap-secure` at `auto`).',
    },
    zh: {
      text: '`{host}` 的 {port} 端口配了 {mode}：IMAP 的 993 端口为直接 TLS，143 端口为 STARTTLS。',
      fix: '993 端口请设 `imap-secure: true`，143 端口请设 `imap-secure: false`（或保留 `imap-secure: auto`）。',
    },
  },
  'imap-password-too-short': {
    en: {
      text: '`imap-password` is {length} characters long: too short to be kept out of the logs reliably.',
      fix: 'Use the mailbox’s real authorization code or app password; a value this short cannot be a working one.',
    },
    zh: {
      text: '`imap-password` 只有 {length} 个字符，太短，无法可靠地从日志中隐去。',
      fix: '请使用邮箱真正的授权码或应用专用密码；这么短的值不可能有效。',
    },
  },
  'imap-auth-failed': {
    en: {
      text: 'The IMAP server refused the login for `{user}`: {error}',
      fix: 'Check `imap-user` (usually the full address) and `imap-password`. Many providers want an app password or authorization code for IMAP too, and IMAP enabled in the mailbox settings.',
    },
    zh: {
      text: 'IMAP 服务器拒绝了 `{user}` 的登录：{error}',
      fix: '检查 `imap-user`（通常为完整地址）和 `imap-password`。很多服务商的 IMAP 同样要求应用专用密码或授权码，并需在邮箱设置中开启 IMAP。',
    },
  },
  'imap-auth-failed-code': {
    en: {
      text: 'The IMAP server refused the login for `{user}`: {error}',
      fix: 'Turn on the IMAP/SMTP service in the mailbox settings and put its authorization code (授权码) in `imap-password`, not the login password: {help}',
    },
    zh: {
      text: 'IMAP 服务器拒绝了 `{user}` 的登录：{error}',
      fix: '在邮箱设置中开启 IMAP/SMTP 服务，并把授权码（而不是登录密码）填入 `imap-password`：{help}',
    },
  },
  'imap-auth-failed-app-password': {
    en: {
      text: 'The IMAP server refused the login for `{user}`: {error}',
      fix: 'Use an app password in `imap-password` (2-step verification must be on), and make sure IMAP access is enabled for the mailbox: {help}',
    },
    zh: {
      text: 'IMAP 服务器拒绝了 `{user}` 的登录：{error}',
      fix: '请在 `imap-password` 中使用应用专用密码（需开启两步验证），并确认该邮箱已允许 IMAP 访问：{help}',
    },
  },
  'imap-auth-failed-microsoft': {
    en: {
      text: 'The IMAP server refused the login for `{user}`: {error}',
      fix: 'Microsoft has turned off password (basic) logins for IMAP in Exchange Online and Outlook.com; they take OAuth2 only. Read the test mail from a mailbox at a provider that allows IMAP passwords or authorization codes (a dedicated test mailbox).',
    },
    zh: {
      text: 'IMAP 服务器拒绝了 `{user}` 的登录：{error}',
      fix: '微软已在 Exchange Online 和 Outlook.com 关闭 IMAP 的密码（基本身份验证）登录，只接受 OAuth2。请改用允许 IMAP 密码或授权码登录的邮箱（建议专用测试邮箱）接收测试邮件。',
    },
  },
  'imap-unsafe-login': {
    en: {
      text: 'The IMAP server refused access to the mailbox of `{user}` as an unsafe login: {error}',
      fix: 'NetEase asks for the client’s identity (sent) and an authorization code: turn on IMAP/SMTP in the mailbox settings, use its authorization code in `imap-password`, and log in on the web once if the block stays.',
    },
    zh: {
      text: 'IMAP 服务器以“不安全登录”为由拒绝访问 `{user}` 的邮箱：{error}',
      fix: '网易要求客户端表明身份（已发送 ID）并使用授权码：在邮箱设置中开启 IMAP/SMTP，在 `imap-password` 中填写授权码；若仍被拦截，先在网页端登录一次。',
    },
  },
} satisfies CauseTexts;

const CONNECTION = {
  'imap-cert-untrusted': {
    en: {
      text: 'The certificate of `{host}:{port}` is not trusted: {error}',
      fix: 'Use a certificate from a public CA, or trust your private CA with `tls-ca`.',
    },
    zh: { text: '`{host}:{port}` 的证书不受信任：{error}', fix: '使用公共 CA 签发的证书，或用 `tls-ca` 信任私有 CA。' },
  },
  'imap-cert-name': {
    en: {
      text: 'The certificate of `{host}:{port}` is for another name: {error}',
      fix: 'Set `imap-host` to a name the certificate carries (the provider’s IMAP host name, not an address).',
    },
    zh: {
      text: '`{host}:{port}` 的证书属于另一个域名：{error}',
      fix: '把 `imap-host` 设为证书上的域名（服务商的 IMAP 主机名，而不是 IP 地址）。',
    },
  },
  'imap-cert-expired': {
    en: { text: 'The certificate of `{host}:{port}` is expired or not yet valid: {error}', fix: 'Renew the IMAP server’s certificate.' },
    zh: { text: '`{host}:{port}` 的证书已过期或尚未生效：{error}', fix: '请更新 IMAP 服务器的证书。' },
  },
  'imap-tls-mismatch': {
    en: {
      text: 'TLS mode and port do not match at `{host}:{port}` (implicit TLS: {secure}): {error}',
      fix: 'Port 993 is implicit TLS (`imap-secure: true`); port 143 is STARTTLS (`imap-secure: false`).',
    },
    zh: {
      text: '`{host}:{port}` 的 TLS 模式与端口不匹配（直接 TLS：{secure}）：{error}',
      fix: '993 端口为直接 TLS（`imap-secure: true`）；143 端口为 STARTTLS（`imap-secure: false`）。',
    },
  },
  'imap-no-starttls': {
    en: {
      text: '`{host}:{port}` offers no STARTTLS, and the password is not sent in the clear.',
      fix: 'Use port 993 with `imap-secure: true`. Only on a trusted network: `allow-plaintext-auth: true`.',
    },
    zh: {
      text: '`{host}:{port}` 不支持 STARTTLS，密码不会以明文发送。',
      fix: '请改用 993 端口并设 `imap-secure: true`。仅在可信网络中可设 `allow-plaintext-auth: true`。',
    },
  },
  'imap-refused': {
    en: {
      text: 'Nothing accepts connections at `{host}:{port}`.',
      fix: 'Check `imap-host` and `imap-port`, and that IMAP is enabled for the mailbox.',
    },
    zh: { text: '`{host}:{port}` 拒绝连接。', fix: '检查 `imap-host` 和 `imap-port`，并确认邮箱已开启 IMAP。' },
  },
  'imap-timeout': {
    en: {
      text: '`{host}:{port}` did not answer in time: {error}',
      fix: 'A firewall may block outgoing IMAP (993/143) here; check `imap-port` and `imap-secure`.',
    },
    zh: {
      text: '`{host}:{port}` 未及时响应：{error}',
      fix: '可能有防火墙拦截了出站 IMAP（993/143）；请检查 `imap-port` 和 `imap-secure`。',
    },
  },
  'imap-dns': {
    en: { text: 'The IMAP host `{host}` does not resolve: {error}', fix: 'Check the spelling of `imap-host`.' },
    zh: { text: 'IMAP 主机 `{host}` 无法解析：{error}', fix: '检查 `imap-host` 的拼写。' },
  },
  'imap-closed': {
    en: {
      text: '`{host}:{port}` closed the connection: {error}',
      fix: 'The server dropped us: check `imap-port` and `imap-secure`; a provider may also cut connections it finds suspicious or too frequent.',
    },
    zh: {
      text: '`{host}:{port}` 关闭了连接：{error}',
      fix: '服务器断开了连接：检查 `imap-port` 和 `imap-secure`；服务商也可能切断它认为可疑或过于频繁的连接。',
    },
  },
  'imap-too-large': {
    en: {
      text: '`{host}:{port}` sent an answer larger than a test mailbox needs, and the connection was ended: {error}',
      fix: 'The server (or something between us) sent an endless line, a huge literal or a very long search result. Use a dedicated, nearly empty test mailbox, and check that `imap-host` is the mail server you mean.',
    },
    zh: {
      text: '`{host}:{port}` 发来的应答超出测试邮箱所需的大小，连接已中止：{error}',
      fix: '服务器（或中间的设备）发来了无尽的行、巨大的字面量或极长的搜索结果。请使用专用的、几乎为空的测试邮箱，并确认 `imap-host` 确实是你要用的邮件服务器。',
    },
  },
  'imap-error': {
    en: { text: 'Reading the mailbox at `{host}:{port}` failed: {error}', fix: 'Check the IMAP settings of the test mailbox.' },
    zh: { text: '读取 `{host}:{port}` 上的邮箱失败：{error}', fix: '检查测试邮箱的 IMAP 设置。' },
  },
} satisfies CauseTexts;

const JUDGED = '(judged by `{judge}`)';
const JUDGED_ZH = '（由 `{judge}` 判定）';

const AUTHENTICATION = {
  'delivered-auth-temperror': {
    en: {
      title: 'Authentication of the delivered mail',
      text: `{mechanism} could not be evaluated for \`{domain}\` ${JUDGED}: a DNS lookup failed on the way (temperror).`,
      fix: 'Usually passing: run again. If it stays, check that the domain’s name servers answer (and `dns-servers`, when set).',
    },
    zh: {
      title: '送达邮件的验证',
      text: `无法评估 \`{domain}\` 的 {mechanism}${JUDGED_ZH}：查询途中 DNS 失败（temperror）。`,
      fix: '通常是暂时的：请重新运行。若持续出现，请检查该域名的权威 DNS 是否正常应答（以及设置了的 `dns-servers`）。',
    },
  },
  'delivered-spf-pass': {
    en: { title: 'SPF of the delivered mail', text: `SPF {result} for \`{domain}\` ${JUDGED}.` },
    zh: { title: '送达邮件的 SPF', text: `SPF 结果 {result}，域名 \`{domain}\`${JUDGED_ZH}。` },
  },
  'delivered-spf-none': {
    en: {
      title: 'SPF of the delivered mail',
      text: `SPF {result} for \`{domain}\` ${JUDGED}: the domain says nothing about which servers send its mail.`,
      fix: 'Publish an SPF record for the envelope sender’s domain with the provider’s include (for example `v=spf1 include:spf.mail.qq.com ~all`).',
    },
    zh: {
      title: '送达邮件的 SPF',
      text: `SPF 结果 {result}，域名 \`{domain}\`${JUDGED_ZH}：该域名没有声明哪些服务器可以代发邮件。`,
      fix: '为信封发件人的域名发布包含服务商 include 的 SPF 记录（例如 `v=spf1 include:spf.mail.qq.com ~all`）。',
    },
  },
  'delivered-spf-fail': {
    en: {
      title: 'SPF of the delivered mail',
      text: `SPF {result} for \`{domain}\` ${JUDGED}: the server that sent it is not among those the domain allows.`,
      fix: 'Add the sending provider to the SPF record of the envelope sender’s domain (its `include:`), and keep the record under 10 DNS lookups.',
    },
    zh: {
      title: '送达邮件的 SPF',
      text: `SPF 结果 {result}，域名 \`{domain}\`${JUDGED_ZH}：发信服务器不在该域名允许的范围内。`,
      fix: '把发信服务商加入信封发件人域名的 SPF 记录（其 `include:`），并保持 DNS 查询不超过 10 次。',
    },
  },
  'delivered-dkim-pass': {
    en: { title: 'DKIM of the delivered mail', text: `DKIM {result} for \`{domain}\` ${JUDGED}.` },
    zh: { title: '送达邮件的 DKIM', text: `DKIM 结果 {result}，域名 \`{domain}\`${JUDGED_ZH}。` },
  },
  'delivered-dkim-none': {
    en: {
      title: 'DKIM of the delivered mail',
      text: `DKIM {result} ${JUDGED}: the mail arrived without a signature.`,
      fix: 'Turn on DKIM signing for the sender domain at the provider and publish the key it gives you at `<selector>._domainkey.<domain>`.',
    },
    zh: {
      title: '送达邮件的 DKIM',
      text: `DKIM 结果 {result}${JUDGED_ZH}：邮件没有签名。`,
      fix: '在服务商处为发件域名开启 DKIM 签名，并把它给出的公钥发布在 `<selector>._domainkey.<domain>`。',
    },
  },
  'delivered-dkim-fail': {
    en: {
      title: 'DKIM of the delivered mail',
      text: `DKIM {result} for \`{domain}\` ${JUDGED}: the signature does not verify.`,
      fix: 'Publish the provider’s current public key at the selector it signs with (a rotated or mistyped key fails), and make sure nothing rewrites the mail after signing.',
    },
    zh: {
      title: '送达邮件的 DKIM',
      text: `DKIM 结果 {result}，域名 \`{domain}\`${JUDGED_ZH}：签名验证失败。`,
      fix: '在签名所用的 selector 下发布服务商当前的公钥（已轮换或抄错的公钥会失败），并确认签名后没有环节改写邮件。',
    },
  },
  'delivered-dmarc-pass': {
    en: { title: 'DMARC of the delivered mail', text: `DMARC {result} for \`{domain}\` ${JUDGED}.` },
    zh: { title: '送达邮件的 DMARC', text: `DMARC 结果 {result}，域名 \`{domain}\`${JUDGED_ZH}。` },
  },
  'delivered-dmarc-none': {
    en: {
      title: 'DMARC of the delivered mail',
      text: `DMARC {result} for \`{domain}\` ${JUDGED}: the From domain publishes no DMARC policy.`,
      fix: 'Publish `_dmarc.<domain>` (start with `v=DMARC1; p=none; rua=mailto:...`): Gmail and Yahoo require it from bulk senders.',
    },
    zh: {
      title: '送达邮件的 DMARC',
      text: `DMARC 结果 {result}，域名 \`{domain}\`${JUDGED_ZH}：From 域名没有发布 DMARC 策略。`,
      fix: '发布 `_dmarc.<domain>`（可从 `v=DMARC1; p=none; rua=mailto:...` 开始）：Gmail 和 Yahoo 要求批量发件人提供。',
    },
  },
  'delivered-dmarc-fail': {
    en: {
      title: 'DMARC of the delivered mail',
      text: `DMARC {result} for \`{domain}\` ${JUDGED}: neither SPF nor DKIM passed for the From domain.`,
      fix: 'Send with a From at a domain the provider signs for (DKIM `d=` equal to the From domain) or whose SPF covers the provider; under `p=reject` other receivers will refuse this mail.',
    },
    zh: {
      title: '送达邮件的 DMARC',
      text: `DMARC 结果 {result}，域名 \`{domain}\`${JUDGED_ZH}：SPF 和 DKIM 都没有为 From 域名通过。`,
      fix: '使用服务商为其签名（DKIM `d=` 与 From 域名一致）或其 SPF 覆盖服务商的域名作为 From；在 `p=reject` 下其他收件方会拒收此邮件。',
    },
  },
} satisfies CauseTexts;

export const DELIVERY_CAUSES = { ...ARRIVAL, ...LOGIN, ...CONNECTION, ...AUTHENTICATION };
