// Text for the dns and tcp checks (checks/network.ts).
import type { CauseTexts, Words } from './text.js';

export const NETWORK_TITLES = {
  'dns.resolve': { en: 'Host lookup', zh: '主机解析' },
  'tcp.connect': { en: 'TCP connection', zh: 'TCP 连接' },
} satisfies Record<string, Words>;

const DNS = {
  'dns-ip-literal': { en: { text: '{host} is an IP address: no lookup needed.' }, zh: { text: '{host} 是 IP 地址，无需解析。' } },
  'dns-resolved': {
    en: { text: '{host} → {addresses} (resolver: {resolver}).' },
    zh: { text: '{host} → {addresses}（解析器：{resolver}）。' },
  },
  'dns-nxdomain': {
    en: {
      text: '{host} does not exist (NXDOMAIN, resolver: {resolver}).',
      fix: "Check the spelling of the SMTP host; use the provider's host, e.g. `smtp.qq.com`.",
    },
    zh: {
      text: '{host} 不存在（NXDOMAIN，解析器：{resolver}）。',
      fix: '检查 SMTP 主机拼写，使用服务商提供的主机名，例如 `smtp.qq.com`。',
    },
  },
  'dns-servfail': {
    en: {
      text: 'The resolver failed to answer for {host} (SERVFAIL, resolver: {resolver}).',
      fix: "The resolver or the domain's name servers are broken: try another resolver with `dns-servers` (e.g. `223.5.5.5`), or check the host's DNS.",
    },
    zh: {
      text: '解析器无法给出 {host} 的结果（SERVFAIL，解析器：{resolver}）。',
      fix: '解析器或该域名的 DNS 服务器异常：用 `dns-servers` 换一个解析器（如 `223.5.5.5`），或检查域名解析配置。',
    },
  },
  'dns-timeout': {
    en: {
      text: 'No DNS answer for {host} in time (resolver: {resolver}).',
      fix: 'This machine cannot reach its resolver: check /etc/resolv.conf, the firewall for UDP 53, or set `dns-servers`.',
    },
    zh: {
      text: '{host} 的 DNS 查询超时（解析器：{resolver}）。',
      fix: '本机无法访问解析器：检查 /etc/resolv.conf、防火墙的 UDP 53，或设置 `dns-servers`。',
    },
  },
  'dns-refused': {
    en: {
      text: 'The resolver refused the query for {host} (resolver: {resolver}).',
      fix: 'Use a resolver that serves this machine (`dns-servers`).',
    },
    zh: { text: '解析器拒绝了 {host} 的查询（解析器：{resolver}）。', fix: '换用允许本机查询的解析器（`dns-servers`）。' },
  },
  'dns-no-address': {
    en: { text: '{host} exists but has no A or AAAA record.', fix: "That name is not an SMTP host; use the provider's SMTP host." },
    zh: { text: '{host} 存在，但没有 A/AAAA 记录。', fix: '这不是 SMTP 主机名，请使用服务商的 SMTP 主机。' },
  },
  'dns-error': {
    en: { text: 'Looking up {host} failed: {detail}', fix: "Check the host name and this machine's DNS settings." },
    zh: { text: '解析 {host} 失败：{detail}', fix: '检查主机名和本机 DNS 设置。' },
  },
  'dns-ipv6-only': {
    en: {
      text: '{host} has only IPv6 addresses ({addresses}) and this machine has no IPv6 route (GitHub-hosted runners have none).',
      fix: 'Use a host name with an IPv4 (A) record, or run where IPv6 works.',
    },
    zh: {
      text: '{host} 只有 IPv6 地址（{addresses}），本机没有 IPv6 网络（GitHub 托管运行器不支持 IPv6）。',
      fix: '使用带 IPv4（A 记录）的主机名，或在支持 IPv6 的环境运行。',
    },
  },
} satisfies CauseTexts;

const TCP_BASE = {
  'tcp-refused': {
    en: { text: '{address}:{port} refused the connection.', fix: 'Nothing listens there: check `smtp-port` (465 or 587) and `smtp-host`.' },
    zh: { text: '{address}:{port} 拒绝连接。', fix: '该端口没有服务：检查 `smtp-port`（465 或 587）和 `smtp-host`。' },
  },
  'tcp-timeout': {
    en: {
      text: 'No answer from {address}:{port}: the packets are dropped.',
      fix: "A firewall or the cloud provider's security group blocks outbound SMTP. Open the port, or use another submission port.",
    },
    zh: {
      text: '{address}:{port} 没有响应：数据包被丢弃。',
      fix: '防火墙或云服务商安全组拦截了出站 SMTP。请放行该端口，或改用其他提交端口。',
    },
  },
  'tcp-unreachable': {
    en: {
      text: '{address} is unreachable from this machine ({detail}).',
      fix: 'This machine has no route to the server: check its network and proxy settings.',
    },
    zh: { text: '本机无法到达 {address}（{detail}）。', fix: '本机没有到服务器的路由：检查网络和代理设置。' },
  },
  'tcp-error': {
    en: { text: 'Connecting to {address}:{port} failed: {detail}', fix: "Check `smtp-host`, `smtp-port` and this machine's network." },
    zh: { text: '连接 {address}:{port} 失败：{detail}', fix: '检查 `smtp-host`、`smtp-port` 和本机网络。' },
  },
} satisfies CauseTexts;

const TCP = {
  'tcp-connected': { en: { text: 'Connected to {address}:{port} in {ms} ms.' }, zh: { text: '已连接 {address}:{port}，用时 {ms} ms。' } },
  ...TCP_BASE,
  // What the other ports say, from facts: a refusal means nothing listens there; a drop means a filter.
  'tcp-refused-other-ports-open': {
    en: {
      text: 'Nothing listens on port {port} at {address} (refused), while port(s) {open} answer: a wrong port, not a blocked one.',
      fix: 'Use a submission port: 465 with implicit TLS or 587 with STARTTLS (open here: {submission}). Port 25 is for servers, not apps.',
    },
    zh: {
      text: '{address} 的 {port} 端口没有服务（连接被拒绝），而端口 {open} 有响应：端口配置错误，并非被封禁。',
      fix: '改用提交端口：465（直接 TLS）或 587（STARTTLS）（此处可用：{submission}）。25 端口用于服务器之间，不适合应用。',
    },
  },
  'tcp-timeout-other-ports-open': {
    en: {
      text: 'Port {port} at {address} does not answer (packets dropped) while port(s) {open} do: a firewall or the cloud host blocks port {port}.',
      fix: 'Use an open submission port ({submission}: 465 with implicit TLS, 587 with STARTTLS), or ask the host to open port {port}.',
    },
    zh: {
      text: '{address} 的 {port} 端口无响应（数据包被丢弃），而端口 {open} 可以连通：防火墙或云主机封禁了 {port} 端口。',
      fix: '改用可连通的提交端口（{submission}：465 直接 TLS，587 STARTTLS），或请服务商开放 {port} 端口。',
    },
  },
  'tcp-unreachable-other-ports-open': {
    en: {
      text: '{address} is unreachable on port {port} ({detail}) while port(s) {open} answer.',
      fix: 'Use an open submission port ({submission}), and check the route to the server.',
    },
    zh: {
      text: '{address} 的 {port} 端口不可达（{detail}），而端口 {open} 可以连通。',
      fix: '改用可连通的提交端口（{submission}），并检查到服务器的路由。',
    },
  },
  'tcp-error-other-ports-open': {
    en: {
      text: 'Connecting to {address}:{port} failed ({detail}) while port(s) {open} answer.',
      fix: 'Use an open submission port ({submission}): 465 with implicit TLS, 587 with STARTTLS.',
    },
    zh: {
      text: '连接 {address}:{port} 失败（{detail}），而端口 {open} 可以连通。',
      fix: '改用可连通的提交端口（{submission}）：465 直接 TLS，587 STARTTLS。',
    },
  },
} satisfies CauseTexts;

export const NETWORK_CAUSES = { ...DNS, ...TCP };
