// Text for the app's own mail (checks/app.ts): the smoke request that asks the app to send, the mailbox watched for
// its mail, the code read from it and posted back.
import { type CauseTexts, type Words } from './text.js';

export const APP_TITLES = {
  'app.watch': { en: "Watching the mailbox for the app's mail", zh: '监视测试邮箱' },
  'health.smoke': { en: 'Smoke request', zh: '冒烟请求' },
  'app.mail': { en: "The app's mail in the mailbox", zh: '应用邮件是否到达' },
  'app.code': { en: 'Verification code in the mail', zh: '邮件中的验证码' },
  'app.verify': { en: 'Code posted back (sign-up works)', zh: '回传验证码（注册流程）' },
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
} satisfies CauseTexts;

export const APP_CAUSES = APP;
