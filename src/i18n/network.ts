// Text for the dns and tcp checks (checks/network.ts).
import { derive, type CauseTexts, type Words } from './text.js';

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

const blocked = {
  en: ' Port {open} answers, so the network blocks port {port} (cloud hosts and GitHub runners block 25; some block 465/587).',
  zh: ' 但端口 {open} 可以连通，说明网络封禁了端口 {port}（云主机和 GitHub 运行器封禁 25，部分也封 465/587）。',
};
const switchPort = {
  en: 'Switch to port {open}: 465 with `smtp-secure: true`, or 587 with `smtp-secure: false`; or ask the host to open port {port}.',
  zh: '改用端口 {open}：465 配 `smtp-secure: true`，或 587 配 `smtp-secure: false`；或让云服务商开放端口 {port}。',
};

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
  ...derive(TCP_BASE, '-other-ports-open', (t) => ({
    en: { text: t.en.text + blocked.en, fix: switchPort.en },
    zh: { text: t.zh.text + blocked.zh, fix: switchPort.zh },
  })),
} satisfies CauseTexts;

export const NETWORK_CAUSES = { ...DNS, ...TCP };
