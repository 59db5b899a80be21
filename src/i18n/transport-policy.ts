// Text for the sender domain's transport policy (checks/transport-policy.ts): MTA-STS, TLS-RPT, BIMI.
import { type CauseTexts, type Words } from './text.js';

export const TRANSPORT_POLICY_TITLES = {
  'deliverability.mta-sts': { en: 'MTA-STS', zh: 'MTA-STS' },
  'deliverability.tls-rpt': { en: 'TLS reporting (TLS-RPT)', zh: 'TLS 报告（TLS-RPT）' },
  'deliverability.bimi': { en: 'BIMI', zh: 'BIMI' },
} satisfies Record<string, Words>;

export const TRANSPORT_POLICY_CAUSES = {
  'mta-sts-absent': {
    en: { text: '`{domain}` publishes no MTA-STS policy (optional: it makes other servers insist on TLS when they send to it).' },
    zh: { text: '`{domain}` 没有发布 MTA-STS 策略（可选：它让其他服务器向该域名投递时必须使用 TLS）。' },
  },
  'mta-sts-unreachable': {
    en: {
      text: '`{domain}` has an `_mta-sts` record, but its policy could not be read: {error}',
      fix: 'Serve the policy at https://mta-sts.{domain}/.well-known/mta-sts.txt (text/plain, a certificate valid for mta-sts.{domain}), or remove the `_mta-sts` record.',
    },
    zh: {
      text: '`{domain}` 有 `_mta-sts` 记录，但无法读取其策略：{error}',
      fix: '请在 https://mta-sts.{domain}/.well-known/mta-sts.txt 提供策略（text/plain，证书对 mta-sts.{domain} 有效），或删除 `_mta-sts` 记录。',
    },
  },
  'mta-sts-not-enforced': {
    en: {
      text: 'The MTA-STS policy of `{domain}` is in mode `{mode}`: TLS failures are reported, not prevented.',
      fix: 'Once the TLS reports are clean, switch to `mode: enforce` and change the `id` in the `_mta-sts` record.',
    },
    zh: {
      text: '`{domain}` 的 MTA-STS 策略为 `{mode}` 模式：TLS 故障只会被报告，不会被阻止。',
      fix: 'TLS 报告无异常后，改为 `mode: enforce`，并更新 `_mta-sts` 记录中的 `id`。',
    },
  },
  'mta-sts-max-age-short': {
    en: {
      text: 'The MTA-STS policy of `{domain}` has max_age {maxAge} s, under {min} s: senders forget it almost at once.',
      fix: 'Use a max_age of weeks (604800 or more) once the policy is stable.',
    },
    zh: {
      text: '`{domain}` 的 MTA-STS 策略 max_age 为 {maxAge} 秒，少于 {min} 秒：发件方几乎立即就会忘记它。',
      fix: '策略稳定后，请把 max_age 设为数周（604800 或更长）。',
    },
  },
  'mta-sts-mx-mismatch': {
    en: {
      text: 'MX hosts of `{domain}` not covered by its MTA-STS policy (`{patterns}`): {hosts}.',
      fix: 'Add `mx:` lines for them to the policy file and change the `id` in the `_mta-sts` record; in enforce mode, senders refuse to deliver to an MX the policy does not list.',
    },
    zh: {
      text: '`{domain}` 的以下 MX 主机不在其 MTA-STS 策略（`{patterns}`）范围内：{hosts}。',
      fix: '在策略文件中为它们添加 `mx:` 行，并更新 `_mta-sts` 记录中的 `id`；enforce 模式下，发件方会拒绝向策略未列出的 MX 投递。',
    },
  },
  'mta-sts-ok': {
    en: { text: 'MTA-STS `{mode}` for `{domain}`: MX {patterns}, max_age {maxAge} s.' },
    zh: { text: '`{domain}` 的 MTA-STS 为 `{mode}`：MX {patterns}，max_age {maxAge} 秒。' },
  },
  'tls-rpt-absent': {
    en: { text: 'No TLS-RPT record at `{name}` (optional: daily reports of TLS failures from other servers).' },
    zh: { text: '`{name}` 没有 TLS-RPT 记录（可选：其他服务器每天发送 TLS 失败报告）。' },
  },
  'tls-rpt-invalid': {
    en: {
      text: 'The TLS-RPT record at `{name}` is not valid: `{record}`',
      fix: 'Publish one record `v=TLSRPTv1; rua=mailto:tls-reports@your-domain` (or an https:// URI).',
    },
    zh: {
      text: '`{name}` 的 TLS-RPT 记录无效：`{record}`',
      fix: '请只发布一条 `v=TLSRPTv1; rua=mailto:tls-reports@your-domain`（或 https:// 地址）。',
    },
  },
  'tls-rpt-ok': {
    en: { text: 'TLS reports for `{name}` go to {rua}.' },
    zh: { text: '`{name}` 的 TLS 报告发送到 {rua}。' },
  },
  'bimi-absent': {
    en: { text: 'No BIMI record at `{name}` (optional: a brand logo next to your mail in some inboxes).' },
    zh: { text: '`{name}` 没有 BIMI 记录（可选：在部分邮箱中显示品牌标志）。' },
  },
  'bimi-invalid': {
    en: {
      text: 'The BIMI record at `{name}` is not valid: `{record}`',
      fix: 'Publish one record `v=BIMI1; l=https://.../logo.svg; a=https://.../vmc.pem` (an SVG Tiny PS logo over HTTPS).',
    },
    zh: {
      text: '`{name}` 的 BIMI 记录无效：`{record}`',
      fix: '请只发布一条 `v=BIMI1; l=https://.../logo.svg; a=https://.../vmc.pem`（通过 HTTPS 提供 SVG Tiny PS 标志）。',
    },
  },
  'bimi-dmarc-not-enforced': {
    en: {
      text: 'BIMI is published at `{name}`, but DMARC is `p={policy}`: no inbox shows the logo without an enforced DMARC.',
      fix: 'Move DMARC to `p=quarantine` or `p=reject` (at pct=100) once reports show your mail aligned.',
    },
    zh: {
      text: '`{name}` 发布了 BIMI，但 DMARC 为 `p={policy}`：DMARC 未强制时任何邮箱都不会显示标志。',
      fix: '在报告显示邮件已对齐后，把 DMARC 改为 `p=quarantine` 或 `p=reject`（pct=100）。',
    },
  },
  'bimi-ok': {
    en: { text: 'BIMI at `{name}`: logo {logo}, certificate {certificate}.' },
    zh: { text: '`{name}` 的 BIMI：标志 {logo}，证书 {certificate}。' },
  },
} satisfies CauseTexts;
