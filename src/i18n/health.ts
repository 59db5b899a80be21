// Text for the health and server-report checks (checks/health.ts).
import { type CauseTexts, type Words } from './text.js';

export const HEALTH_TITLES = {
  'health.endpoint': { en: 'Health endpoint', zh: '健康检查接口' },
  'server.report': { en: 'Server report', zh: '服务器报告' },
} satisfies Record<string, Words>;

const HEALTH = {
  'health-ok': { en: { text: '{url} answered {status} in {ms} ms.' }, zh: { text: '{url} 返回 {status}，用时 {ms} ms。' } },
  'health-ok-after-retries': {
    en: { text: '{url} answered {status} on attempt {attempts}.' },
    zh: { text: '{url} 在第 {attempts} 次尝试时返回 {status}。' },
  },
  'health-report': {
    en: { text: '{url} returned a server report (HTTP {status}, verdict {verdict}); see "From your server".' },
    zh: { text: '{url} 返回了服务器报告（HTTP {status}，结论 {verdict}），见"来自你的服务器"。' },
  },
  'health-status': {
    en: {
      text: '{url} answered {status} after {attempts} attempt(s) (deadline {deadline} s).',
      fix: 'The app is not healthy after the deploy: read its logs; raise `health-attempts` if it needs longer to start.',
    },
    zh: {
      text: '{url} 在 {attempts} 次尝试后仍返回 {status}（时限 {deadline} 秒）。',
      fix: '部署后应用不健康：查看应用日志；若启动较慢可调大 `health-attempts`。',
    },
  },
  'health-redirect': {
    en: {
      text: '{url} redirects ({status}) to `{location}`: a login page answering 200 is not a healthy app.',
      fix: 'Point `health-url` at the final URL, and let the health route answer without a login (or send `health-headers`).',
    },
    zh: {
      text: '{url} 重定向（{status}）到 `{location}`：登录页返回 200 并不代表应用健康。',
      fix: '把 `health-url` 设为最终地址，并让健康检查接口无需登录（或通过 `health-headers` 传递认证）。',
    },
  },
  'health-unauthorized': {
    en: {
      text: '{url} answered {status}: the route wants credentials.',
      fix: 'Send them with `health-headers` (e.g. `Authorization: Bearer ${{ secrets.HEALTH_TOKEN }}`).',
    },
    zh: {
      text: '{url} 返回 {status}：该接口需要认证。',
      fix: '通过 `health-headers` 传递（如 `Authorization: Bearer ${{ secrets.HEALTH_TOKEN }}`）。',
    },
  },
  'health-body-mismatch': {
    en: {
      text: 'The body of {url} does not contain `{expect}`.',
      fix: 'The app answers but not as expected; check the route, or `health-expect`.',
    },
    zh: { text: '{url} 的响应内容不包含 `{expect}`。', fix: '应用有响应但内容不符：检查接口或 `health-expect`。' },
  },
  'health-refused': {
    en: {
      text: '{url} refused the connection on all {attempts} attempt(s) (deadline {deadline} s).',
      fix: 'The app is not listening: check that it started, its port, and the proxy in front of it.',
    },
    zh: {
      text: '{url} 在全部 {attempts} 次尝试中都拒绝连接（时限 {deadline} 秒）。',
      fix: '应用没有在监听：确认已启动、端口正确以及前置代理配置。',
    },
  },
  'health-timeout': {
    en: {
      text: '{url} did not answer in time on all {attempts} attempt(s) (deadline {deadline} s).',
      fix: 'The app hangs or the route does slow work; keep the health route fast (checkEmailHealth caches its result).',
    },
    zh: {
      text: '{url} 在全部 {attempts} 次尝试中都超时（时限 {deadline} 秒）。',
      fix: '应用卡住或接口执行了耗时操作；保持健康检查接口快速（checkEmailHealth 会缓存结果）。',
    },
  },
  'health-dns': {
    en: { text: 'The host of {url} does not resolve: {detail}', fix: 'Check the domain in `health-url` and its DNS.' },
    zh: { text: '{url} 的主机无法解析：{detail}', fix: '检查 `health-url` 中的域名及其解析。' },
  },
  'health-tls': {
    en: { text: 'TLS to {url} failed: {detail}', fix: "Fix the site's certificate (expired, wrong name, untrusted chain)." },
    zh: { text: '访问 {url} 的 TLS 失败：{detail}', fix: '修复站点证书（过期、名称不符或证书链不受信任）。' },
  },
  'health-reset': {
    en: {
      text: 'The connection to {url} was reset: {detail}',
      fix: 'The app or its proxy crashed or closed the connection; read its logs.',
    },
    zh: { text: '到 {url} 的连接被重置：{detail}', fix: '应用或代理崩溃或主动断开，请查看日志。' },
  },
  'health-error': {
    en: { text: 'Requesting {url} failed: {detail}', fix: 'Check `health-url`.' },
    zh: { text: '请求 {url} 失败：{detail}', fix: '检查 `health-url`。' },
  },
  'server-report-absent': {
    en: {
      text: "{url} does not return an email-deploy-check report, so the server's own view is not shown.",
      fix: 'Return checkEmailHealth() from the route (README: "The server\'s view") to see the production host\'s email path here.',
    },
    zh: {
      text: '{url} 没有返回 email-deploy-check 报告，因此无法展示服务器自身的检查结果。',
      fix: '在接口中返回 checkEmailHealth() 的结果（见 README："服务器视角"），即可在此看到生产主机的邮件链路。',
    },
  },
  'server-report-unreadable': {
    en: {
      text: '{url} returned a report that cannot be fully read ({problem}; {count} item(s) unreadable).',
      fix: "Return `checkEmailHealth()`'s report unchanged from the route, with the same email-deploy-check version; a report that cannot be read counts as failing.",
    },
    zh: {
      text: '{url} 返回的报告无法完整读取（{problem}；{count} 项无法读取）。',
      fix: '在接口中原样返回 `checkEmailHealth()` 的报告，并使用相同版本的 email-deploy-check；无法读取的报告按失败处理。',
    },
  },
  'server-report-failing': {
    en: {
      text: 'The server reports a failure (HTTP {status}, verdict {verdict}), but no item it lists says which.',
      fix: 'Open the route in a browser on the server, or run `npx email-deploy-check` there, to see the failing item.',
    },
    zh: {
      text: '服务器报告失败（HTTP {status}，结论 {verdict}），但列出的项目中没有说明原因。',
      fix: '在服务器上打开该接口，或运行 `npx email-deploy-check`，查看失败的具体项目。',
    },
  },
  'server-report-cut': {
    en: { text: '{left} more item(s) not shown; none of them failing.' },
    zh: { text: '另有 {left} 项未显示，均未失败。' },
  },
  'server-report-cut-failing': {
    en: {
      text: '{left} more item(s) not shown, {failing} of them failing.',
      fix: 'Run `npx email-deploy-check` on the server to see every item.',
    },
    zh: { text: '另有 {left} 项未显示，其中 {failing} 项失败。', fix: '在服务器上运行 `npx email-deploy-check` 查看全部项目。' },
  },
  'server-report-target': {
    en: { text: 'Your server checked {provider} at {host}:{port} ({mode}) just now.' },
    zh: { text: '你的服务器刚刚检查了 {provider}（{host}:{port}，{mode}）。' },
  },
  'server-report-target-cached': {
    en: {
      text: "Your server checked {provider} at {host}:{port} ({mode}); this report is {age} old, from the route's cache.",
    },
    zh: { text: '你的服务器检查了 {provider}（{host}:{port}，{mode}）；该报告来自接口缓存，生成于 {age} 前。' },
  },
  'server-report-empty': {
    en: { text: '{url} returned a passing report with no items.' },
    zh: { text: '{url} 返回了通过的报告，但没有任何检查项。' },
  },
  // An item of the server's report whose cause this version does not know: the server's own words.
  'server-item-foreign': { en: { text: '{message}', fix: '{fix}' }, zh: { text: '{message}', fix: '{fix}' } },
} satisfies CauseTexts;

export const HEALTH_CAUSES = HEALTH;
