// The words of the reports themselves (headings, verdicts, columns, the action's own messages), not of any cause.
import type { Group, Status, Verdict } from '../types.js';
import type { Words } from './text.js';

export const GROUP_TITLES = {
  env: { en: 'Configuration', zh: '配置' },
  dns: { en: 'DNS', zh: 'DNS 解析' },
  tcp: { en: 'Network (TCP)', zh: '网络连接（TCP）' },
  tls: { en: 'TLS', zh: 'TLS 加密' },
  smtp: { en: 'SMTP', zh: 'SMTP 会话' },
  send: { en: 'Test mail', zh: '测试邮件' },
  delivery: { en: 'Delivery to the mailbox', zh: '投递到邮箱' },
  health: { en: 'Deployed app', zh: '已部署的应用' },
  app: { en: "The app's own mail", zh: '应用自己发出的邮件' },
  server: { en: 'From your server', zh: '来自你的服务器' },
  deliverability: { en: 'Deliverability (SPF, DKIM, DMARC)', zh: '送达率（SPF、DKIM、DMARC）' },
  logs: { en: 'Application logs', zh: '应用日志' },
  lint: { en: 'Repository config', zh: '仓库配置文件' },
} satisfies Record<Group, Words>;

export const UI = {
  verdict: {
    pass: { en: 'Email is ready: every check passed.', zh: '邮件配置就绪：所有检查均通过。' },
    warn: { en: 'Email should work, with warnings to review.', zh: '邮件基本可用，但有需要关注的警告。' },
    fail: { en: 'Email will fail: fix the critical items below.', zh: '邮件将会发送失败：请修复下面的严重问题。' },
  } satisfies Record<Verdict, Words>,
  /** What is wrong, said first: one line for each area that failed or warned. */
  area: {
    mail: {
      fail: { en: 'Mail will not send', zh: '邮件无法发送' },
      warn: { en: 'Mail should send, with warnings', zh: '邮件可以发送，但有警告' },
    },
    delivery: {
      fail: { en: 'The test mail did not arrive', zh: '测试邮件没有送达' },
      warn: { en: 'The test mail arrived, with warnings', zh: '测试邮件已送达，但有警告' },
    },
    app: {
      fail: { en: "The app's own mail does not work", zh: '应用自己的邮件没有送达或无法验证' },
      warn: { en: "The app's own mail works, with warnings", zh: '应用自己的邮件可以送达，但有警告' },
    },
    deployment: {
      fail: { en: 'The deployed app is not healthy', zh: '已部署的应用不健康' },
      warn: { en: 'The deployed app answered with warnings', zh: '已部署的应用有警告' },
    },
    deliverability: {
      fail: { en: 'Mail may land in spam', zh: '邮件可能进入垃圾箱' },
      warn: { en: 'Deliverability can be improved', zh: '送达率有待改进' },
    },
    logs: {
      fail: { en: 'The app logged mail failures', zh: '应用日志中有邮件发送失败' },
      warn: { en: 'The application logs need a look', zh: '应用日志需要关注' },
    },
    lint: {
      fail: { en: 'A security problem in the repository', zh: '仓库中有安全问题' },
      warn: { en: 'Repository config to review', zh: '仓库配置需要检查' },
    },
  } satisfies Record<string, Record<'fail' | 'warn', Words>>,
  headline: { en: '{heading}: {verdict}', zh: '{heading}：{verdict}' },
  labelled: { en: '{label}: {text}', zh: '{label}：{text}' },
  /** Between the items of a list in running text. */
  listSeparator: { en: ', ', zh: '、' },
  /** Between a message and its fix on one line (an annotation). */
  thenFix: { en: ' ', zh: '' },
  fixFirst: { en: 'Fix first', zh: '优先修复' },
  deliveryPath: {
    en: 'Test mail: accepted by {host} (queue id {queueId}) → in {folder} after {seconds} s → {judged}',
    zh: '测试邮件：{host} 已接受（队列号 {queueId}）→ {seconds} 秒后到达 {folder} → {judged}',
  },
  deliveryPathJunk: {
    en: 'Test mail: accepted by {host} (queue id {queueId}) → in {folder} (spam) after {seconds} s → {judged}',
    zh: '测试邮件：{host} 已接受（队列号 {queueId}）→ {seconds} 秒后进入 {folder}（垃圾邮件）→ {judged}',
  },
  waitingFor: { en: '… {title}: waiting for {target}, up to {seconds} s', zh: '…… {title}：正在等待 {target}，最多 {seconds} 秒' },
  thenReview: { en: 'Then review', zh: '其次检查' },
  passedFold: { en: '{title}: {count} passed', zh: '{title}：{count} 项通过' },
  skippedFold: { en: '{title}: skipped', zh: '{title}：已跳过' },
  status: {
    pass: { en: 'pass', zh: '通过' },
    warn: { en: 'warning', zh: '警告' },
    fail: { en: 'critical', zh: '严重' },
    skip: { en: 'skipped', zh: '跳过' },
  } satisfies Record<Status, Words>,
  actionStopped: { en: 'email-deploy-check stopped: {error}', zh: 'email-deploy-check 意外停止：{error}' },
  secretsWithheldNotice: {
    en: 'GitHub gives no secrets to this pull request (a fork or a bot): the checks that log in are skipped, the config lint still runs.',
    zh: 'GitHub 不向此 Pull Request（fork 或机器人）提供 Secret：需要登录的检查已跳过，配置检查照常运行。',
  },
  summaryFailed: { en: 'Could not write the job summary: {error}', zh: '无法写入作业摘要：{error}' },
  failedCritical: {
    en: 'Email check failed: {count} critical ({titles}). See the job summary for the fixes.',
    zh: '邮件检查失败：{count} 个严重问题（{titles}）。修复方法见作业摘要。',
  },
  failedWarnings: {
    en: 'Email check reported warnings and fail-on is "warning". See the job summary.',
    zh: '邮件检查有警告，且 fail-on 为 "warning"。详见作业摘要。',
  },
  details: { en: '{group}: details', zh: '{group}：详情' },
  moreRows: {
    en: '… and {count} more results in this group (see the report output).',
    zh: '……本组另有 {count} 项结果（见 report 输出）。',
  },
  summaryCut: {
    en: "The summary was cut here to stay under GitHub's 1 MiB limit; the full report is in the `report` output.",
    zh: '摘要在此截断，以免超过 GitHub 的 1 MiB 上限；完整报告见 `report` 输出。',
  },
  detailsCut: { en: '{count} more raw details left out to stay under the size limit.', zh: '为控制大小，另有 {count} 项原始详情未显示。' },
  commentNotPullRequest: { en: 'pr-comment: not a pull_request event; no comment.', zh: 'pr-comment：不是 pull_request 事件，不发评论。' },
  commentNoToken: { en: 'pr-comment: no github-token; no comment.', zh: 'pr-comment：没有 github-token，不发评论。' },
  commentDone: { en: 'pr-comment: {action} the comment on #{number}.', zh: 'pr-comment：已{action} #{number} 上的评论。' },
  commentCreated: { en: 'created', zh: '创建' },
  commentUpdated: { en: 'updated', zh: '更新' },
  commentReadOnly: {
    en: 'Could not comment on the pull request: the token is read-only here (a fork pull request, or the workflow lacks `permissions: pull-requests: write`).',
    zh: '无法在 Pull Request 上评论：此处的 token 只读（fork 的 Pull Request，或工作流缺少 `permissions: pull-requests: write`）。',
  },
  commentFailed: { en: 'Could not comment on the pull request: {error}', zh: '无法在 Pull Request 上评论：{error}' },
  commentRunLink: { en: 'run', zh: '查看运行' },
  alertTitle: { en: 'Email is failing: {provider} {host} ({domain})', zh: '邮件发送失败：{provider} {host}（{domain}）' },
  alertTitleChain: { en: 'Email failover chain is broken: {names}', zh: '邮件故障切换链异常：{names}' },
  alertChanged: { en: 'The failing checks changed:', zh: '失败的检查项有变化：' },
  alertRecovered: { en: '✅ Email works again: {run} passed. Closing.', zh: '✅ 邮件已恢复：{run} 通过。关闭此 issue。' },
  alertThisRun: { en: 'this run', zh: '本次运行' },
  alertDone: { en: 'alert-issue: {action}.', zh: 'alert-issue：{action}。' },
  alertLookAlike: {
    en: "alert-issue: issue #{number} carries this target's label, key and marker but was written by `{author}`, not by this token's identity: it was left alone. Close it if it is not yours.",
    zh: 'alert-issue：issue #{number} 带有本目标的标签、键和标记，但作者是 `{author}` 而不是本令牌的身份，已保持不动。如非你所建，请关闭它。',
  },
  commentLookAlike: {
    en: "pr-comment: comment {id} carries this target's marker but was written by `{author}`, not by this token's identity: it was left alone.",
    zh: 'pr-comment：评论 {id} 带有本目标的标记，但作者是 `{author}` 而不是本令牌的身份，已保持不动。',
  },
  alertActions: {
    opened: { en: 'opened an issue', zh: '已创建 issue' },
    unchanged: { en: 'the same checks still fail; the issue stays as it is', zh: '失败的检查项未变，issue 保持不变' },
    commented: { en: 'the failing checks changed; commented on the issue', zh: '失败的检查项有变化，已在 issue 中评论' },
    closed: { en: 'mail works again; closed the issue', zh: '邮件已恢复，已关闭 issue' },
    none: { en: 'mail works; no issue open', zh: '邮件正常，没有未关闭的 issue' },
  },
  alertNoToken: { en: 'alert-issue: no github-token; no issue.', zh: 'alert-issue：没有 github-token，不创建 issue。' },
  alertNoRepository: {
    en: 'alert-issue: not running in a repository (GITHUB_REPOSITORY); no issue.',
    zh: 'alert-issue：不在仓库中运行（无 GITHUB_REPOSITORY），不创建 issue。',
  },
  alertReadOnly: {
    en: 'alert-issue: the token may not write issues here. Give the job `permissions: issues: write` (a fork pull request never can).',
    zh: 'alert-issue：此处的 token 无权写 issue。请为该 job 设置 `permissions: issues: write`（fork 的 Pull Request 无法获得）。',
  },
  alertFailed: { en: 'alert-issue: could not update the issue: {error}', zh: 'alert-issue：无法更新 issue：{error}' },
  commentMore: { en: '… {count} more in the job summary.', zh: '……另有 {count} 项，见作业摘要。' },
  chainPass: { en: 'All {count} mail servers work.', zh: '全部 {count} 个邮件服务器均可用。' },
  chainFail: { en: 'No mail server works: {names}.', zh: '没有可用的邮件服务器：{names}。' },
  chainPrimaryDown: {
    en: 'Degraded: the primary {primary} fails ({problem}); mail goes through the backup {carrier}.',
    zh: '降级运行：主服务商 {primary} 失败（{problem}）；邮件改由备用服务商 {carrier} 发送。',
  },
  chainPrimaryDownRequired: {
    en: 'The primary {primary} fails ({problem}); the backup {carrier} works, but `require: all` wants every mail server.',
    zh: '主服务商 {primary} 失败（{problem}）；备用服务商 {carrier} 可用，但 `require: all` 要求所有邮件服务器都可用。',
  },
  chainBackupDown: {
    en: 'Degraded: the backup {names} fails ({problem}); the primary {carrier} carries the mail, with no working fallback behind it.',
    zh: '降级运行：备用服务商 {names} 失败（{problem}）；主服务商 {carrier} 仍在发送，但身后没有可用的备份。',
  },
  chainBackupDownRequired: {
    en: 'The backup {names} fails ({problem}); `require: all` wants every mail server to work.',
    zh: '备用服务商 {names} 失败（{problem}）；`require: all` 要求所有邮件服务器都可用。',
  },
  targetsUnusedInputs: {
    en: "`targets` is set, so these inputs of the step are not used: {inputs}. Each item of the list names its own mail server and credentials (a backup never logs in with another server's secret).",
    zh: '已设置 `targets`，因此步骤本身的这些输入不会被使用：{inputs}。列表中每一项都各自指定邮件服务器和凭据（备用服务商绝不会使用其他服务器的密钥登录）。',
  },
  chainHeading: { en: 'Mail servers, in failover order', zh: '邮件服务器（按故障切换顺序）' },
  chainLine: {
    en: '{role} {name} · {provider} · {where}: {verdict}',
    zh: '{role} {name} · {provider} · {where}：{verdict}',
  },
  chainPrimary: { en: 'Primary', zh: '主' },
  chainBackup: { en: 'Backup', zh: '备用' },
  chainStatusWord: {
    pass: { en: 'works', zh: '可用' },
    warn: { en: 'works, with warnings', zh: '可用，有警告' },
    fail: { en: 'fails', zh: '失败' },
  } satisfies Record<Verdict, Words>,
  chainProblem: { en: ' ({problem})', zh: '（{problem}）' },
  chainTargetSection: { en: '{role} {name}: {provider} · {where}', zh: '{role} {name}：{provider} · {where}' },
  chainAppSection: { en: 'The app (checked once)', zh: '应用本身（只检查一次）' },
  heading: { en: 'Email deploy check', zh: '邮件部署检查' },
  check: { en: 'Check', zh: '检查项' },
  result: { en: 'Result', zh: '结果' },
  detail: { en: 'Detail', zh: '详情' },
  time: { en: 'Time', zh: '耗时' },
  fixes: { en: 'How to fix', zh: '修复方法' },
  fix: { en: 'Fix', zh: '修复' },
  counts: {
    en: '{pass} passed, {warn} warnings, {fail} critical, {skip} skipped',
    zh: '通过 {pass}，警告 {warn}，严重 {fail}，跳过 {skip}',
  },
  raw: { en: 'Raw details', zh: '原始详情' },
  where: { en: 'Where the checks ran', zh: '检查运行位置' },
  runner: {
    'github-hosted': {
      en: 'A GitHub-hosted runner (Azure, outside mainland China). Network results describe that network, not your server: port 25 is blocked there, and Chinese providers may treat the login as unusual. Run `npx email-deploy-check` on the server, or expose a health endpoint, to see your production path.',
      zh: 'GitHub 托管运行器（Azure，位于中国大陆以外）。网络结果反映的是运行器的网络，而非你的服务器：那里封禁 25 端口，国内服务商也可能把该登录视为异地登录。请在服务器上运行 `npx email-deploy-check`，或提供健康检查接口，以验证生产环境链路。',
    },
    'self-hosted': {
      en: "A self-hosted runner: network results describe that machine's network.",
      zh: '自托管运行器：网络结果反映该机器所在的网络。',
    },
    server: {
      en: "This machine (CLI): network results describe this host's own path to the mail server.",
      zh: '本机（命令行）：网络结果反映本机到邮件服务器的实际链路。',
    },
  } satisfies Record<string, Words>,
} satisfies Record<string, Words | Record<string, Words> | Record<string, Record<string, Words>>>;
