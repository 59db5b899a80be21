// The CLI's own words: its help and its usage errors, in both languages like every other line a person reads.
import type { Words } from './text.js';

/** `{version}`, `{providers}`, `{flags}` are filled in by the CLI. */
export const CLI_HELP: Words = {
  en: `email-deploy-check {version}: prove that this machine can send the app's email.

Usage: email-deploy-check [options]

Reads EMAIL_PROVIDER, EMAIL_USER, EMAIL_PASSWORD, SMTP_HOST, SMTP_PORT, SMTP_SECURE, EMAIL_FROM
from the environment, and from ./.env (or --dotenv) for any not set there.

Options:
  --dotenv <path>       read variables from this file (a regular file under 1 MiB); the real environment
                        wins. (--env-file works too, but Node reads that file itself before we run.)
  --provider <name>     {providers},
                        any nodemailer well-known service, or custom
  --user <address>      SMTP user (EMAIL_USER)
  --host <host>         SMTP host (SMTP_HOST)      --port <n>  SMTP port (SMTP_PORT)
  --secure <mode>       auto | true (implicit TLS) | false (STARTTLS)
  --from <address>      sender (EMAIL_FROM; default: the user)
  --to <address>        send a test mail to this address
  --checks <list>       env,dns,tcp,tls,smtp,send,delivery,health,app,server,deliverability,logs,lint
                        (default: all)
  --imap-host <host>    with IMAP_PASSWORD set and --to: find the test mail in that mailbox (IMAP_HOST;
                        default: the mailbox provider's), --imap-user (default: --to), --imap-port,
                        --imap-secure, --delivery-timeout <seconds> (default 60)
  --logs <globs>        application logs to scan for mail errors (default: ~/.pm2/logs/*.log when present)
  --timeout <seconds>   per network step (default 10)
  --fail-on <level>     critical (default) | warning | never
  --targets <file>      several mail servers, the primary first (YAML or JSON list; EMAIL_TARGETS holds the
                        list itself); --require all fails a chain whose primary or a backup is down
  --lang <en|zh>        language of the report (and of this help: --lang zh --help)
  --json                print the report as JSON
  --verbose             show raw details (SMTP transcript, certificate)
  --no-color            plain output
  --help, --version

Every input as a flag (the action's input names):
{flags}
  TLS: --tls-ca <pem file> (a private CA), --tls-reject-unauthorized false (warn instead of fail),
       --allow-plaintext-auth true (AUTH without TLS, on a trusted network only).
  Passwords are read from EMAIL_PASSWORD and IMAP_PASSWORD only, never from a flag; OAuth2 (XOAUTH2)
  from OAUTH2_CLIENT_ID, OAUTH2_CLIENT_SECRET, OAUTH2_REFRESH_TOKEN (or OAUTH2_ACCESS_TOKEN), with
  --oauth2-token-url for a provider other than Gmail or Microsoft.
  Alerts: NOTIFY_DINGTALK (+ NOTIFY_DINGTALK_SECRET), NOTIFY_FEISHU (+ _SECRET), NOTIFY_WECOM, NOTIFY_SLACK,
  NOTIFY_WEBHOOK (+ _SECRET) are told of every run that does not pass; --notify-test true sends a test message.

Exit codes: 0 pass or warnings, 1 critical problems, 2 usage error.
`,
  zh: `email-deploy-check {version}：验证本机能否发送应用的邮件。

用法：email-deploy-check [选项]

从环境变量读取 EMAIL_PROVIDER、EMAIL_USER、EMAIL_PASSWORD、SMTP_HOST、SMTP_PORT、SMTP_SECURE、
EMAIL_FROM；环境中未设置的，再从 ./.env（或 --dotenv 指定的文件）读取。

选项：
  --dotenv <路径>       从该文件读取变量（小于 1 MiB 的普通文件）；真实环境变量优先。
                        （--env-file 也可用，但 Node 会在本工具运行前自行读取该文件。）
  --provider <名称>     {providers}，
                        任一 nodemailer 内置服务，或 custom
  --user <地址>         SMTP 用户名（EMAIL_USER）
  --host <主机>         SMTP 主机（SMTP_HOST）     --port <端口>  SMTP 端口（SMTP_PORT）
  --secure <模式>       auto | true（直接 TLS）| false（STARTTLS）
  --from <地址>         发件人（EMAIL_FROM；默认与用户名相同）
  --to <地址>           向该地址发送一封测试邮件
  --checks <列表>       env,dns,tcp,tls,smtp,send,delivery,health,app,server,deliverability,logs,lint
                        （默认：全部）
  --imap-host <主机>    设置了 IMAP_PASSWORD 和 --to 时，在该邮箱中查找测试邮件（IMAP_HOST；默认为
                        收件邮箱服务商的服务器），另有 --imap-user（默认同 --to）、--imap-port、
                        --imap-secure、--delivery-timeout <秒>（默认 60）
  --logs <通配符>       要扫描邮件错误的应用日志（默认：存在时为 ~/.pm2/logs/*.log）
  --timeout <秒>        每个网络步骤的超时（默认 10）
  --fail-on <级别>      critical（默认）| warning | never
  --targets <文件>      多个邮件服务器，主服务商在前（YAML 或 JSON 列表；EMAIL_TARGETS 可直接写列表）；
                        --require all 时，主服务商或任一备用服务商不可用即判为失败
  --lang <en|zh>        报告语言（也是本帮助的语言：--lang zh --help）
  --json                以 JSON 输出报告
  --verbose             显示原始细节（SMTP 会话记录、证书）
  --no-color            不使用颜色
  --help, --version

所有输入都可作为选项（名称与 Action 的输入相同）：
{flags}
  TLS：--tls-ca <pem 文件>（私有 CA），--tls-reject-unauthorized false（证书问题只警告不失败），
       --allow-plaintext-auth true（不加密登录，仅限可信网络）。
  密码只从 EMAIL_PASSWORD 和 IMAP_PASSWORD 读取，从不通过选项传入；OAuth2（XOAUTH2）从
  OAUTH2_CLIENT_ID、OAUTH2_CLIENT_SECRET、OAUTH2_REFRESH_TOKEN（或 OAUTH2_ACCESS_TOKEN）读取，
  Gmail 和微软以外的服务商另需 --oauth2-token-url。
  告警：NOTIFY_DINGTALK（及 NOTIFY_DINGTALK_SECRET）、NOTIFY_FEISHU（及 _SECRET）、NOTIFY_WECOM、NOTIFY_SLACK、
  NOTIFY_WEBHOOK（及 _SECRET）会在每次未通过时收到通知；--notify-test true 发送一条测试消息。

退出码：0 通过或仅有警告，1 有严重问题，2 用法错误。
`,
};

export const CLI_USAGE = {
  unknownFlag: { en: 'unknown flag {flag}.', zh: '未知选项 {flag}。' },
  didYouMean: { en: ' Did you mean {flag}?', zh: '是否想用 {flag}？' },
  missingValue: { en: '{flag} needs a value.', zh: '{flag} 需要一个值。' },
  secretFlag: {
    en: '{flag} is not a flag: a secret on the command line shows in `ps` and the shell history. Set {env} in the environment or the .env file.',
    zh: '{flag} 不是选项：命令行中的密钥会出现在 `ps` 和 shell 历史中。请在环境变量或 .env 文件中设置 {env}。',
  },
  unexpectedArgument: { en: 'unexpected argument "{argument}".', zh: '多余的参数 "{argument}"。' },
  seeHelp: { en: 'Run with --help for every flag.', zh: '运行 --help 查看所有选项。' },
  envFileMissing: { en: 'env file {file} does not exist.', zh: '环境变量文件 {file} 不存在。' },
  envFileRefused: { en: 'env file {file} {because}.', zh: '环境变量文件 {file}{because}。' },
} satisfies Record<string, Words>;
