// Renders results into words. Reporters call describe(); checks never do.
import type { CheckResult, Group, Language, Params, Status, Verdict } from '../types.js';
import { CAUSES } from './causes.js';

type Bilingual = { en: string; zh: string };

export const GROUP_TITLES: Record<Group, Bilingual> = {
  env: { en: 'Configuration', zh: '配置' },
  dns: { en: 'DNS', zh: 'DNS 解析' },
  tcp: { en: 'Network (TCP)', zh: '网络连接（TCP）' },
  tls: { en: 'TLS', zh: 'TLS 加密' },
  smtp: { en: 'SMTP', zh: 'SMTP 会话' },
  send: { en: 'Test mail', zh: '测试邮件' },
  health: { en: 'Deployed app', zh: '已部署的应用' },
  server: { en: 'From your server', zh: '来自你的服务器' },
  deliverability: { en: 'Deliverability (SPF, DKIM, DMARC)', zh: '送达率（SPF、DKIM、DMARC）' },
  logs: { en: 'Application logs', zh: '应用日志' },
  lint: { en: 'Repository config', zh: '仓库配置文件' },
};

const CHECK_TITLES: Record<string, Bilingual> = {
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
  'dns.resolve': { en: 'Host lookup', zh: '主机解析' },
  'tcp.connect': { en: 'TCP connection', zh: 'TCP 连接' },
  'smtp.greeting': { en: 'Greeting', zh: '欢迎语' },
  'tls.version': { en: 'TLS version', zh: 'TLS 版本' },
  'tls.certificate': { en: 'Certificate', zh: '证书' },
  'smtp.ehlo': { en: 'Capabilities (EHLO)', zh: '服务能力（EHLO）' },
  'smtp.auth': { en: 'Login (AUTH)', zh: '登录（AUTH）' },
  'smtp.envelope': { en: 'Sender and recipient', zh: '发件人与收件人' },
  'send.mail': { en: 'Test mail', zh: '测试邮件' },
  'health.endpoint': { en: 'Health endpoint', zh: '健康检查接口' },
  'health.smoke': { en: 'Smoke request', zh: '冒烟请求' },
  'server.report': { en: 'Server report', zh: '服务器报告' },
  'deliverability.mx': { en: 'MX records', zh: 'MX 记录' },
  'deliverability.spf': { en: 'SPF', zh: 'SPF' },
  'deliverability.dkim': { en: 'DKIM key', zh: 'DKIM 公钥' },
  'deliverability.dmarc': { en: 'DMARC', zh: 'DMARC' },
  'logs.scan': { en: 'Mail errors in logs', zh: '日志中的邮件错误' },
  'lint.config': { en: 'Config', zh: '配置文件' },
};

export const UI = {
  verdict: {
    pass: { en: 'Email is ready: every check passed.', zh: '邮件配置就绪：所有检查均通过。' },
    warn: { en: 'Email should work, with warnings to review.', zh: '邮件基本可用，但有需要关注的警告。' },
    fail: { en: 'Email will fail: fix the critical items below.', zh: '邮件将会发送失败：请修复下面的严重问题。' },
  } satisfies Record<Verdict, Bilingual>,
  status: {
    pass: { en: 'pass', zh: '通过' },
    warn: { en: 'warning', zh: '警告' },
    fail: { en: 'critical', zh: '严重' },
    skip: { en: 'skipped', zh: '跳过' },
  } satisfies Record<Status, Bilingual>,
  heading: { en: 'Email deploy check', zh: '邮件部署检查' },
  check: { en: 'Check', zh: '检查项' },
  result: { en: 'Result', zh: '结果' },
  detail: { en: 'Detail', zh: '详情' },
  time: { en: 'Time', zh: '耗时' },
  fixes: { en: 'How to fix', zh: '修复方法' },
  fix: { en: 'Fix', zh: '修复' },
  counts: { en: '{pass} passed, {warn} warnings, {fail} critical, {skip} skipped', zh: '通过 {pass}，警告 {warn}，严重 {fail}，跳过 {skip}' },
  raw: { en: 'Raw details', zh: '原始详情' },
  where: { en: 'Where the checks ran', zh: '检查运行位置' },
  runner: {
    'github-hosted': {
      en: 'A GitHub-hosted runner (Azure, outside mainland China). Network results describe that network, not your server: port 25 is blocked there, and Chinese providers may treat the login as unusual. Run `npx email-deploy-check` on the server, or expose a health endpoint, to see your production path.',
      zh: 'GitHub 托管运行器（Azure，位于中国大陆以外）。网络结果反映的是运行器的网络，而非你的服务器：那里封禁 25 端口，国内服务商也可能把该登录视为异地登录。请在服务器上运行 `npx email-deploy-check`，或提供健康检查接口，以验证生产环境链路。',
    },
    'self-hosted': {
      en: 'A self-hosted runner: network results describe that machine\'s network.',
      zh: '自托管运行器：网络结果反映该机器所在的网络。',
    },
    server: {
      en: 'This machine (CLI): network results describe this host\'s own path to the mail server.',
      zh: '本机（命令行）：网络结果反映本机到邮件服务器的实际链路。',
    },
  } as Record<string, Bilingual>,
};

export function pick(text: Bilingual, language: Language): string {
  return text[language];
}

/** What the results describe, given where the checks ran. */
export function whereText(runner: string, language: Language): string {
  return pick(UI.runner[runner] ?? UI.runner['self-hosted']!, language);
}

export function interpolate(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (params[name] === undefined ? '' : String(params[name])));
}

export interface Described {
  title: string;
  text: string;
  fix?: string;
}

export function describe(result: Pick<CheckResult, 'id' | 'cause' | 'params'>, language: Language): Described {
  const baseId = result.id.split(':')[0] ?? result.id;
  const subjectId = result.id.includes(':') ? result.id.slice(baseId.length + 1) : '';
  const title =
    baseId === 'server.report' && subjectId
      ? `${GROUP_TITLES.server[language]}: ${CHECK_TITLES[subjectId.split(':')[0] ?? '']?.[language] ?? subjectId}`
      : (CHECK_TITLES[baseId]?.[language] ?? baseId) + (subjectId ? ` (${subjectId})` : '');
  const cause = CAUSES[result.cause]?.[language];
  // A report from another version may carry causes we do not know: show its own words.
  if (!cause) return { title, text: String(result.params.message ?? `${result.cause} ${JSON.stringify(result.params)}`), fix: result.params.fix === undefined ? undefined : String(result.params.fix) };
  return {
    title,
    text: interpolate(cause.text, result.params),
    fix: cause.fix === undefined ? undefined : interpolate(cause.fix, result.params),
  };
}

export function hasCauseText(cause: string): boolean {
  return cause in CAUSES;
}
