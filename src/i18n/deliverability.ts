// Text for the deliverability checks (checks/deliverability.ts).
import { type CauseTexts, type Words } from './text.js';

export const DELIVERABILITY_TITLES = {
  'deliverability.mx': { en: 'MX records', zh: 'MX 记录' },
  'deliverability.spf': { en: 'SPF', zh: 'SPF' },
  'deliverability.dkim': { en: 'DKIM key', zh: 'DKIM 公钥' },
  'deliverability.dmarc': { en: 'DMARC', zh: 'DMARC' },
} satisfies Record<string, Words>;

const DELIVERABILITY = {
  'deliverability-public-domain': {
    en: { text: '{domain} belongs to `{provider}`, which manages its SPF, DKIM and DMARC.' },
    zh: { text: '{domain} 属于 `{provider}`，其 SPF、DKIM、DMARC 由服务商管理。' },
  },
  'deliverability-dns-error': {
    en: { text: 'DNS lookups for {domain} failed: {detail}', fix: "Check the resolver (`dns-servers`) and the domain's name servers." },
    zh: { text: '{domain} 的 DNS 查询失败：{detail}', fix: '检查解析器（`dns-servers`）和域名的 DNS 服务器。' },
  },
  'mx-ok': { en: { text: '{domain} receives mail at {hosts}.' }, zh: { text: '{domain} 的收信服务器：{hosts}。' } },
  'mx-missing': {
    en: {
      text: '{domain} has no MX record: bounces and replies cannot reach it, and some receivers distrust such senders.',
      fix: 'Publish an MX record for {domain} (your provider documents the value).',
    },
    zh: {
      text: '{domain} 没有 MX 记录：退信和回复无法送达，部分收件方也会降低信任。',
      fix: '为 {domain} 添加 MX 记录（值见服务商文档）。',
    },
  },
  'mx-unresolvable': {
    en: { text: 'The MX host(s) {hosts} of {domain} do not resolve.', fix: 'Fix the MX target names or their A/AAAA records.' },
    zh: { text: '{domain} 的 MX 主机 {hosts} 无法解析。', fix: '修正 MX 目标主机名或其 A/AAAA 记录。' },
  },
  'spf-ok': {
    en: { text: '`{record}` ({lookups} DNS lookups; result for the SMTP host: {result}).' },
    zh: { text: '`{record}`（{lookups} 次 DNS 查询；对 SMTP 主机的结果：{result}）。' },
  },
  'spf-missing': {
    en: {
      text: '{domain} publishes no SPF record, so receivers cannot tell your mail from forgery and file it as spam.',
      fix: 'Add one TXT record at {domain}, e.g. `v=spf1 include:<your provider> -all` (QQ Exmail: include:spf.mail.qq.com; Aliyun: include:spf.qiye.aliyun.com).',
    },
    zh: {
      text: '{domain} 没有 SPF 记录，收件方无法区分你的邮件与伪造邮件，会归入垃圾箱。',
      fix: '在 {domain} 添加一条 TXT 记录，例如 `v=spf1 include:<服务商> -all`（腾讯企业邮：include:spf.mail.qq.com；阿里企业邮：include:spf.qiye.aliyun.com）。',
    },
  },
  'spf-multiple': {
    en: {
      text: '{domain} has {count} SPF records; more than one makes SPF fail (permerror) everywhere: {records}',
      fix: 'Merge them into one `v=spf1 ...` record.',
    },
    zh: {
      text: '{domain} 有 {count} 条 SPF 记录；多于一条会导致 SPF 处处失败（permerror）：{records}',
      fix: '合并为一条 `v=spf1 ...` 记录。',
    },
  },
  'spf-pass-all': {
    en: { text: '`{record}` ends in `+all`: anyone may send as {domain}.', fix: 'End the record with `-all` (or `~all`).' },
    zh: { text: '`{record}` 以 `+all` 结尾：任何人都能以 {domain} 名义发信。', fix: '把结尾改为 `-all`（或 `~all`）。' },
  },
  'spf-neutral-all': {
    en: { text: '`{record}` ends in `?all`, which tells receivers nothing.', fix: 'End the record with `-all` or `~all`.' },
    zh: { text: '`{record}` 以 `?all` 结尾，对收件方没有意义。', fix: '把结尾改为 `-all` 或 `~all`。' },
  },
  'spf-no-all': {
    en: { text: '`{record}` has no `all` term, so mail from other hosts is neutral.', fix: 'End the record with `-all` or `~all`.' },
    zh: { text: '`{record}` 没有 `all` 项，其他主机发出的邮件结果为中性。', fix: '在记录末尾加上 `-all` 或 `~all`。' },
  },
  'spf-ptr': {
    en: {
      text: 'The SPF record of {domain} uses `ptr`, which is slow, unreliable and discouraged (RFC 7208).',
      fix: 'Replace `ptr` with `ip4:`/`ip6:` or `include:`.',
    },
    zh: { text: '{domain} 的 SPF 使用了 `ptr`，它慢且不可靠，RFC 7208 不建议使用。', fix: '用 `ip4:`/`ip6:` 或 `include:` 替换 `ptr`。' },
  },
  'spf-too-many-lookups': {
    en: {
      text: 'The SPF record of {domain} needs {lookups} DNS lookups; over {limit} makes SPF fail (permerror).',
      fix: 'Remove unused `include:`s, or replace some with `ip4:` ranges (flattening).',
    },
    zh: {
      text: '{domain} 的 SPF 需要 {lookups} 次 DNS 查询，超过 {limit} 次会导致 SPF 失败（permerror）。',
      fix: '删除无用的 `include:`，或把部分替换为 `ip4:` 网段（扁平化）。',
    },
  },
  'spf-too-many-void-lookups': {
    en: {
      text: 'The SPF record of {domain} has {voids} lookups that find nothing; over {limit} makes SPF fail.',
      fix: 'Remove `include:`/`a:`/`mx:` terms that point at names without records.',
    },
    zh: {
      text: '{domain} 的 SPF 有 {voids} 次查询没有结果；超过 {limit} 次会导致 SPF 失败。',
      fix: '删除指向不存在记录的 `include:`/`a:`/`mx:` 项。',
    },
  },
  'spf-error': {
    en: { text: 'SPF for {domain} cannot be evaluated ({result}): {comment}', fix: "Fix the record's syntax and the domains it includes." },
    zh: { text: '{domain} 的 SPF 无法评估（{result}）：{comment}', fix: '修正记录语法及其包含的域名。' },
  },
  'spf-host-not-listed': {
    en: {
      text: 'SPF of {domain} gives `{result}` for the SMTP host {host} ({ip}).',
      fix: 'If the provider sends from other servers this can be fine; otherwise add its `include:` (see its SPF documentation).',
    },
    zh: {
      text: '{domain} 的 SPF 对 SMTP 主机 {host}（{ip}）的结果为 `{result}`。',
      fix: '若服务商从其他服务器发出可能无碍；否则请按服务商文档加入其 `include:`。',
    },
  },
  'dkim-ok': { en: { text: '{name}: RSA {bits}-bit key.' }, zh: { text: '{name}：RSA {bits} 位密钥。' } },
  'dkim-ok-ed25519': { en: { text: '{name}: Ed25519 key.' }, zh: { text: '{name}：Ed25519 密钥。' } },
  'dkim-missing': {
    en: { text: 'No DKIM key at {name}.', fix: 'Publish the TXT record your provider gives for DKIM, or check `dkim-selector`.' },
    zh: { text: '{name} 没有 DKIM 公钥。', fix: '按服务商提供的值发布 DKIM 的 TXT 记录，或检查 `dkim-selector`。' },
  },
  'dkim-revoked': {
    en: { text: 'The DKIM key at {name} is empty (revoked).', fix: 'Publish the current key from your provider.' },
    zh: { text: '{name} 的 DKIM 公钥为空（已吊销）。', fix: '发布服务商提供的当前公钥。' },
  },
  'dkim-invalid-key': {
    en: { text: 'The DKIM key at {name} does not parse.', fix: 'Copy the `p=` value again, without line breaks or quotes inside it.' },
    zh: { text: '{name} 的 DKIM 公钥无法解析。', fix: '重新复制 `p=` 的值，注意不要夹带换行或引号。' },
  },
  'dkim-weak-key': {
    en: { text: 'The DKIM key at {name} has only {bits} bits; receivers ignore keys under 1024.', fix: 'Rotate to a 2048-bit key.' },
    zh: { text: '{name} 的 DKIM 公钥只有 {bits} 位，收件方会忽略低于 1024 位的密钥。', fix: '更换为 2048 位密钥。' },
  },
  'dkim-short-key': {
    en: { text: 'The DKIM key at {name} has {bits} bits; 2048 is recommended.', fix: 'Rotate to a 2048-bit key when convenient.' },
    zh: { text: '{name} 的 DKIM 公钥为 {bits} 位，建议 2048 位。', fix: '择机更换为 2048 位密钥。' },
  },
  'dmarc-ok': { en: { text: '{name}: p={policy}, reports to {rua}.' }, zh: { text: '{name}：p={policy}，报告发送至 {rua}。' } },
  'dmarc-missing': {
    en: {
      text: 'No DMARC record at {name}; Gmail and Yahoo expect one from bulk senders.',
      fix: 'Start with `v=DMARC1; p=none; rua=mailto:dmarc@{domain}`, then tighten to quarantine or reject.',
    },
    zh: {
      text: '{name} 没有 DMARC 记录；Gmail 和 Yahoo 要求批量发件人配置。',
      fix: '先添加 `v=DMARC1; p=none; rua=mailto:dmarc@{domain}`，再逐步收紧为 quarantine 或 reject。',
    },
  },
  'dmarc-multiple': {
    en: { text: '{name} has {count} DMARC records; receivers then ignore DMARC.', fix: 'Keep exactly one `v=DMARC1` record.' },
    zh: { text: '{name} 有 {count} 条 DMARC 记录，收件方会因此忽略 DMARC。', fix: '只保留一条 `v=DMARC1` 记录。' },
  },
  'dmarc-invalid': {
    en: { text: 'The DMARC record at {name} does not parse: `{record}`', fix: 'Use `v=DMARC1; p=none|quarantine|reject; rua=mailto:...`.' },
    zh: { text: '{name} 的 DMARC 记录无法解析：`{record}`', fix: '格式为 `v=DMARC1; p=none|quarantine|reject; rua=mailto:...`。' },
  },
  'dmarc-p-none': {
    en: {
      text: '{name} has `p=none`: receivers are told to do nothing with forged mail.',
      fix: 'After reading the reports, move to `p=quarantine`, then `p=reject`.',
    },
    zh: { text: '{name} 设置为 `p=none`：收件方对伪造邮件不做任何处理。', fix: '查看报告后改为 `p=quarantine`，再到 `p=reject`。' },
  },
  'dmarc-bad-rua': {
    en: {
      text: 'The `rua` of {name} is not a list of mailto: addresses: `{rua}`',
      fix: 'Write `rua=mailto:dmarc@example.com` (comma-separate several).',
    },
    zh: { text: '{name} 的 `rua` 不是 mailto: 地址列表：`{rua}`', fix: '写成 `rua=mailto:dmarc@example.com`（多个用逗号分隔）。' },
  },
} satisfies CauseTexts;

export const DELIVERABILITY_CAUSES = DELIVERABILITY;
