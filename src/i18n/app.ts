// Text for the app's own mail (checks/app.ts): the smoke request that asks the app to send, the mailbox watched for
// its mail, the code read from it and posted back.
import { type CauseTexts, type Words } from './text.js';

export const APP_TITLES = {
  'app.watch': { en: "Watching the mailbox for the app's mail", zh: '监视测试邮箱' },
  'health.smoke': { en: 'Smoke request', zh: '冒烟请求' },
  'app.mail': { en: "The app's mail in the mailbox", zh: '应用邮件是否到达' },
  'app.code': { en: 'Verification code in the mail', zh: '邮件中的验证码' },
  'app.verify': { en: 'Code posted back (sign-up works)', zh: '回传验证码（注册流程）' },
  'app.origin': { en: "Where the app's mail came from", zh: '应用邮件的来源' },
} satisfies Record<string, Words>;

const APP = {
  'smoke-ok': {
    en: { text: '{method} {url} answered {status} in {ms} ms.' },
    zh: { text: '{method} {url} 返回 {status}，用时 {ms} ms。' },
  },
  'smoke-status': {
    en: {
      text: '{method} {url} answered {status}: `{body}`',
      fix: "The app's mail route fails: read its logs for the nodemailer error (or scan them with `log-files`).",
    },
    zh: {
      text: '{method} {url} 返回 {status}：`{body}`',
      fix: '应用的发信接口失败：查看日志中的 nodemailer 错误（或用 `log-files` 扫描）。',
    },
  },
  'smoke-error': {
    en: { text: '{method} {url} failed ({failure}): {detail}', fix: 'Check `smoke-url` and that the app is up.' },
    zh: { text: '{method} {url} 失败（{failure}）：{detail}', fix: '检查 `smoke-url`，并确认应用已启动。' },
  },
  'smoke-rate-limited': {
    en: {
      text: '{method} {url} answered {status} (rate limited{retry}): the app refused to send, so no mail was looked for.',
      fix: 'Use a test address of its own and raise its limit for that address (or exempt the deploy check): the check calls the endpoint once per run and never retries it.',
    },
    zh: {
      text: '{method} {url} 返回 {status}（频率限制{retry}）：应用拒绝发送，因此未查找邮件。',
      fix: '为部署检查使用专用测试地址，并为它放宽限制（或豁免）：检查每次运行只调用该接口一次，且从不重试。',
    },
  },
  'app-watch': {
    en: { text: "Watching {folders} of `{user}` for the app's mail (from UID {uids})." },
    zh: { text: '正在监视 `{user}` 的 {folders}，等待应用的邮件（从 UID {uids} 起）。' },
  },
  'app-mail-inbox': {
    en: { text: "The app's mail reached {folder} {seconds} s after the request: `{subject}` from `{from}`." },
    zh: { text: '应用的邮件在请求后 {seconds} 秒到达 {folder}：`{subject}`，发件人 `{from}`。' },
  },
  'app-mail-junk': {
    en: {
      text: "The app's mail arrived {seconds} s after the request, but in {folder} (spam): `{subject}` from `{from}`.",
      fix: "Users may never see their code. Check the sender domain's SPF, DKIM and DMARC (the deliverability checks), send from the domain the app's links point to, and keep the text plain.",
    },
    zh: {
      text: '应用的邮件在请求后 {seconds} 秒到达，但进了 {folder}（垃圾邮件）：`{subject}`，发件人 `{from}`。',
      fix: '用户可能看不到验证码。检查发件域名的 SPF、DKIM 和 DMARC（见送达率检查），用应用链接所在的域名发信，内容保持简洁。',
    },
  },
  'app-mail-not-arrived': {
    en: {
      text: 'The app answered {status} at {at}, but no mail reached `{user}` in {seconds} s (searched {folders}). It answered: `{body}`',
      fix: "The app says it sent and nothing came: an unawaited `sendMail` that failed, production secrets that differ from what works elsewhere, or a provider that took the mail and dropped it. Read the app's log around {at} (`log-files` scans it) and check `smoke-body` names `{user}`.",
    },
    zh: {
      text: '应用在 {at} 返回了 {status}，但 {seconds} 秒内 `{user}` 没有收到任何邮件（已查找 {folders}）。应用返回：`{body}`',
      fix: '应用声称已发送却没有收到：可能是未等待的 `sendMail` 失败了，生产环境的密钥与其他环境不同，或服务商收下后丢弃了。查看应用在 {at} 前后的日志（`log-files` 可扫描），并确认 `smoke-body` 中写的是 `{user}`。',
    },
  },
  'app-mail-not-arrived-logged': {
    en: {
      text: 'The app answered {status} at {at}, but its log then recorded a mail failure ({category}): `{logged}`. No mail reached `{user}` in {seconds} s.',
      fix: "The app's send failed after it answered: await `sendMail` and answer an error when it fails (the user is told the code was sent), then fix the failure its log names (run the SMTP checks with the app's own settings to see why).",
    },
    zh: {
      text: '应用在 {at} 返回了 {status}，但随后日志记录了发信失败（{category}）：`{logged}`。{seconds} 秒内 `{user}` 没有收到任何邮件。',
      fix: '应用在返回之后才发信失败：请 await `sendMail`，失败时返回错误（否则用户以为验证码已发出），再修复日志中记录的错误（用应用自己的配置运行 SMTP 检查可查明原因）。',
    },
  },
  'app-mail-not-arrived-server': {
    en: {
      text: "The app answered {status} at {at}, but no mail reached `{user}` in {seconds} s, and the server's own report says: `{serverItem}`.",
      fix: "The app's server cannot send: fix the item its own report names (the route of `checkEmailHealth()` runs the same checks there), then make the send-code route answer an error when the send fails.",
    },
    zh: {
      text: '应用在 {at} 返回了 {status}，但 {seconds} 秒内 `{user}` 没有收到任何邮件；服务器自身的报告显示：`{serverItem}`。',
      fix: '应用所在的服务器无法发信：按其报告中指出的问题修复（`checkEmailHealth()` 接口在服务器上运行同样的检查），并让发送验证码的接口在发送失败时返回错误。',
    },
  },
  'app-code-found': {
    en: { text: 'The mail holds a code ({length} characters); it is masked and never shown.' },
    zh: { text: '邮件中含有验证码（{length} 个字符），已屏蔽，不会显示。' },
  },
  'app-code-missing': {
    en: {
      text: "No code matching `{pattern}` in the app's mail (`{subject}`).",
      fix: "Check `app-mail-code` against the mail's text (the first group, or the whole match, is taken); the template may have changed.",
    },
    zh: {
      text: '应用的邮件（`{subject}`）中没有匹配 `{pattern}` 的验证码。',
      fix: '对照邮件正文检查 `app-mail-code`（取第一个分组，否则取整个匹配）；邮件模板可能已改动。',
    },
  },
  'app-code-too-short': {
    en: {
      text: 'The code found has {length} characters: too short to be hidden in every output, so it is not used.',
      fix: 'Widen `app-mail-code` to the whole code (codes of 4 or more characters are masked).',
    },
    zh: {
      text: '找到的验证码只有 {length} 个字符：太短，无法在所有输出中屏蔽，因此不使用。',
      fix: '扩大 `app-mail-code` 以匹配完整验证码（4 个字符及以上才会被屏蔽）。',
    },
  },
  'app-no-copy': {
    en: {
      text: "The app's mail could not be read back from the mailbox: {error}",
      fix: 'The mailbox dropped the connection or the message changed; run again.',
    },
    zh: { text: '无法从邮箱读回应用的邮件：{error}', fix: '邮箱断开了连接或邮件已变化；请重新运行。' },
  },
  'app-verify-ok': {
    en: { text: '{method} {url} took the code: {status}. Sign-up works end to end.' },
    zh: { text: '{method} {url} 接受了验证码：{status}。注册流程端到端可用。' },
  },
  'app-verify-refused': {
    en: {
      text: '{method} {url} refused the code from the mail: {status} `{body}`',
      fix: 'The app sent one code and accepts another: check that it stores the code it mails (and for the same address), and its expiry.',
    },
    zh: {
      text: '{method} {url} 拒绝了邮件中的验证码：{status} `{body}`',
      fix: '应用发出的验证码与它接受的不一致：检查它保存的是否就是发出的验证码（且针对同一地址），以及有效期。',
    },
  },
  'app-verify-error': {
    en: { text: '{method} {url} failed ({failure}): {detail}', fix: 'Check `verify-url` and that the app is up.' },
    zh: { text: '{method} {url} 失败（{failure}）：{detail}', fix: '检查 `verify-url`，并确认应用已启动。' },
  },
  'origin-ok': {
    en: { text: 'Sent as `{from}` from `{helo}` [{ip}]; the receiver says SPF {spf}, DKIM {dkim}, DMARC {dmarc}.' },
    zh: { text: '发件人 `{from}`，发送主机 `{helo}` [{ip}]；收件方判定 SPF {spf}、DKIM {dkim}、DMARC {dmarc}。' },
  },
  'origin-differs': {
    en: {
      text: 'The app sends as `{from}` from `{helo}` [{ip}]; this run was told `{told}` at `{host}`.',
      fix: "The secrets in this workflow are not the ones production uses: check the production `.env` (or the host's variables), or point this run at the same account.",
    },
    zh: {
      text: '应用以 `{from}` 的身份从 `{helo}` [{ip}] 发信；本次运行配置的是 `{host}` 上的 `{told}`。',
      fix: '工作流中的密钥与生产环境使用的不同：检查生产环境的 `.env`（或主机变量），或让本次运行检查同一账号。',
    },
  },
  'origin-private': {
    en: { text: 'The sending address {ip} is private or local: no public block list or reverse name applies.' },
    zh: { text: '发送地址 {ip} 是内网或本机地址：不适用公共黑名单和反向解析。' },
  },
  'origin-ptr-ok': {
    en: { text: '{ip} has the reverse name `{name}`, which points back to it.' },
    zh: { text: '{ip} 的反向解析为 `{name}`，且正向解析指回该地址。' },
  },
  'origin-ptr-missing': {
    en: {
      text: '{ip}, which sent the mail, has no reverse name (PTR).',
      fix: 'Many receivers distrust a sender without one: ask the host of the sending server (or the provider) for a PTR record that names it.',
    },
    zh: {
      text: '发信地址 {ip} 没有反向解析（PTR）。',
      fix: '许多收件方不信任没有 PTR 的发送方：请发信服务器的托管方（或服务商）为其设置 PTR 记录。',
    },
  },
  'origin-ptr-unconfirmed': {
    en: {
      text: "{ip}'s reverse name `{name}` does not point back to it.",
      fix: 'Make the name resolve to {ip} (forward-confirmed reverse DNS), or set the PTR to a name that does.',
    },
    zh: { text: '{ip} 的反向解析 `{name}` 没有指回该地址。', fix: '让该名称解析到 {ip}（正反向一致），或把 PTR 设为能解析回来的名称。' },
  },
  'origin-ptr-unknown': {
    en: { text: 'The reverse name of {ip} could not be looked up.' },
    zh: { text: '无法查询 {ip} 的反向解析。' },
  },
  'origin-listed': {
    en: {
      text: '{ip}, which sent the mail, is listed on {list} (answer {answer}).',
      fix: "Receivers that use {list} refuse or file this mail as spam. Look the address up on the list's site for the reason and the delisting steps; on a shared provider address, tell the provider.",
    },
    zh: {
      text: '发信地址 {ip} 在 {list} 黑名单中（返回 {answer}）。',
      fix: '使用 {list} 的收件方会拒收或将邮件归为垃圾邮件。到该名单网站查询原因并申请移除；若为服务商的共享地址，请联系服务商。',
    },
  },
  'origin-not-listed': {
    en: { text: '{ip} is not listed on {list}.' },
    zh: { text: '{ip} 不在 {list} 黑名单中。' },
  },
  'origin-list-unknown': {
    en: { text: 'Could not check {ip} on {list}: {why}.' },
    zh: { text: '无法在 {list} 上检查 {ip}：{why}。' },
  },
} satisfies CauseTexts;

export const APP_CAUSES = APP;
