// Text for the config lint rules (checks/lint.ts, lint/rules.ts).
import { refusedFile, type CauseTexts, type Words } from './text.js';

export const LINT_TITLES = {
  'lint.config': { en: 'Config', zh: '配置文件' },
  'lint.code': { en: 'Mail code', zh: '邮件代码' },
} satisfies Record<string, Words>;

const LINT = {
  'lint-clean': { en: { text: 'No problems in {files} file(s): {list}.' }, zh: { text: '{files} 个文件未发现问题：{list}。' } },
  'lint-no-files': { en: { text: 'No config files to lint under {root}.' }, zh: { text: '{root} 下没有可检查的配置文件。' } },
  ...refusedFile('lint-file', (because) => ({
    en: {
      title: 'File not read',
      text: `{file} ${because.en}.`,
      fix: 'Config files are read only when they are regular files under 1 MiB inside the repository; replace the link or special file with the real file.',
    },
    zh: {
      title: '文件未读取',
      text: `{file}${because.zh}。`,
      fix: '只读取仓库内小于 1 MiB 的普通配置文件；请用真实文件替换该链接或特殊文件。',
    },
  })),
  'lint-parse-error': {
    en: {
      title: 'File does not parse',
      text: '{file} could not be parsed: {error}',
      fix: 'Fix the syntax error; the app would fail to read it too.',
    },
    zh: { title: '文件无法解析', text: '{file} 无法解析：{error}', fix: '修正语法错误，否则应用同样无法读取。' },
  },
  'lint-env-secret-committed': {
    en: {
      title: 'Secret committed',
      text: '{file} is committed and holds a value for `{key}`: the secret is in the repository history.',
      fix: 'Rotate the credential now, remove the file from git (`git rm --cached {file}`), add it to .gitignore, and commit a `.env.example` with placeholders.',
    },
    zh: {
      title: '密钥已提交',
      text: '{file} 已提交到仓库且包含 `{key}` 的值：密钥已进入仓库历史。',
      fix: '立即更换该凭据，从 git 中移除文件（`git rm --cached {file}`），加入 .gitignore，并提交带占位符的 `.env.example`。',
    },
  },
  'lint-literal-password': {
    en: {
      title: 'Password written in config',
      text: '`{key}` is written literally in {file} ({block}).',
      fix: 'Read it from the environment (`process.env.EMAIL_PASSWORD`, compose `${EMAIL_PASSWORD}`) and keep the value in a secret store; rotate it if it was committed.',
    },
    zh: {
      title: '配置中写死密码',
      text: '{file}（{block}）中直接写入了 `{key}`。',
      fix: '改为从环境变量读取（`process.env.EMAIL_PASSWORD`、compose 中的 `${EMAIL_PASSWORD}`），把值放在密钥管理中；如已提交请更换。',
    },
  },
  'lint-env-not-ignored': {
    en: {
      title: '.env not ignored',
      text: '`.env` is not ignored by .gitignore: the next `git add .` commits your secrets.',
      fix: 'Add a line `.env` (and `.env.*` with `!.env.example`) to .gitignore.',
    },
    zh: {
      title: '.env 未被忽略',
      text: '.gitignore 没有忽略 `.env`：下一次 `git add .` 就会提交密钥。',
      fix: '在 .gitignore 中加入 `.env`（以及 `.env.*` 和 `!.env.example`）。',
    },
  },
  'lint-port-secure-mismatch': {
    en: {
      title: 'Port and TLS mode disagree',
      text: 'Port {port} with `{key}` = {secure} in {file}: 465 is implicit TLS, 587/25 are STARTTLS.',
      fix: 'Use port 465 with secure true, or port 587 with secure false.',
    },
    zh: {
      title: '端口与 TLS 模式不符',
      text: '{file} 中端口 {port} 搭配 `{key}` = {secure}：465 为直接 TLS，587/25 为 STARTTLS。',
      fix: '465 端口配 secure true，或 587 端口配 secure false。',
    },
  },
  'lint-provider-unknown': {
    en: {
      title: 'Unknown provider',
      text: 'EMAIL_PROVIDER `{value}` is not a known provider.',
      fix: 'Use one of {providers}, or custom. Did you mean `{suggestion}`?',
    },
    zh: {
      title: '未知服务商',
      text: 'EMAIL_PROVIDER `{value}` 不是已知服务商。',
      fix: '使用 {providers} 之一，或 custom。是否想用 `{suggestion}`？',
    },
  },
  'lint-provider-mismatch': {
    en: {
      title: 'Provider does not host the address',
      text: 'EMAIL_PROVIDER `{provider}` does not host {domain}; that is `{expected}`.',
      fix: 'Set EMAIL_PROVIDER to `{expected}`.',
    },
    zh: {
      title: '服务商与邮箱域名不符',
      text: 'EMAIL_PROVIDER `{provider}` 不托管 {domain}，该域名属于 `{expected}`。',
      fix: '把 EMAIL_PROVIDER 设为 `{expected}`。',
    },
  },
  'lint-placeholder-production': {
    en: {
      title: 'Placeholder in production',
      text: '`{key}` in the production configuration ({block}) is a placeholder.',
      fix: "Set the real value through the server's environment or a secret store.",
    },
    zh: {
      title: '生产配置含占位符',
      text: '生产配置（{block}）中的 `{key}` 仍是占位符。',
      fix: '通过服务器环境变量或密钥管理设置真实值。',
    },
  },
  'lint-production-missing-keys': {
    en: {
      title: 'Production lacks keys',
      text: 'env_production does not set {keys}, which the other environments set.',
      fix: 'Add them to env_production (PM2 only applies it with `--env production`), or export them on the server.',
    },
    zh: {
      title: '生产配置缺少变量',
      text: 'env_production 缺少其他环境已设置的 {keys}。',
      fix: '把它们加入 env_production（PM2 仅在 `--env production` 时使用），或在服务器上导出。',
    },
  },
  'lint-production-node-env': {
    en: {
      title: 'NODE_ENV not production',
      text: 'env_production sets NODE_ENV to `{value}`, not production.',
      fix: "Set `NODE_ENV: 'production'` in env_production.",
    },
    zh: {
      title: 'NODE_ENV 不是 production',
      text: 'env_production 中 NODE_ENV 为 `{value}`，不是 production。',
      fix: "在 env_production 中设置 `NODE_ENV: 'production'`。",
    },
  },
  'lint-production-node-env-unset': {
    en: {
      title: 'NODE_ENV not production',
      text: 'env_production does not set NODE_ENV: the app starts as development in production.',
      fix: "Set `NODE_ENV: 'production'` in env_production.",
    },
    zh: {
      title: 'NODE_ENV 不是 production',
      text: 'env_production 没有设置 NODE_ENV：应用在生产环境中以开发模式启动。',
      fix: "在 env_production 中设置 `NODE_ENV: 'production'`。",
    },
  },
  'lint-workflow-literal-secret': {
    en: {
      title: 'Secret written in workflow',
      text: '`{key}` is a literal in the workflow: anyone who can read the repository can read it.',
      fix: 'Store it as a repository secret and pass `${{ secrets.EMAIL_PASSWORD }}`; rotate the exposed value.',
    },
    zh: {
      title: '工作流中写死密钥',
      text: '工作流中 `{key}` 是明文：能读取仓库的人都能看到。',
      fix: '存为仓库 Secret 并传入 `${{ secrets.EMAIL_PASSWORD }}`；同时更换已暴露的值。',
    },
  },
  'code-no-files': {
    en: { text: 'No JavaScript or TypeScript sources under {root}.' },
    zh: { text: '{root} 下没有 JavaScript 或 TypeScript 源文件。' },
  },
  'code-no-mail': {
    en: {
      text: 'Read {files} source file(s): none of them calls nodemailer. Not read: {skipped} (TSX, TypeScript that needs code generation, syntax errors, files over 1 MiB).',
    },
    zh: {
      text: '已读取 {files} 个源文件：没有调用 nodemailer 的代码。未读取：{skipped} 个（TSX、需要代码生成的 TypeScript、语法错误、超过 1 MiB 的文件）。',
    },
  },
  'code-clean': {
    en: {
      text: 'Read {files} source file(s); the {mail} that use nodemailer ({list}) make none of the known mistakes. Not read: {skipped} (TSX, TypeScript that needs code generation, syntax errors, files over 1 MiB).',
    },
    zh: {
      text: '已读取 {files} 个源文件；使用 nodemailer 的 {mail} 个文件（{list}）没有发现已知问题。未读取：{skipped} 个（TSX、需要代码生成的 TypeScript、语法错误、超过 1 MiB 的文件）。',
    },
  },
  'code-partial': {
    en: {
      title: 'Mail code read in part',
      text: 'Only {read} of {files} source file(s) were read (at most {max} files, 32 MiB, within the time budget): mistakes in the rest are not reported.',
      fix: "Run `npx email-deploy-check --checks lint` in the app's own folder (the one with its mail code), not the repository root.",
    },
    zh: {
      title: '邮件代码仅部分读取',
      text: '{files} 个源文件中只读取了 {read} 个（最多 {max} 个文件、32 MiB，且受时间限制）：其余文件中的问题不会报告。',
      fix: '请在应用自己的目录（包含邮件代码的目录）中运行 `npx email-deploy-check --checks lint`，而不是仓库根目录。',
    },
  },
  'code-send-not-awaited': {
    en: {
      title: 'sendMail not awaited',
      text: '`sendMail` in `{function}` is neither awaited, returned nor handled: the function goes on (and the request is answered) before the send fails or succeeds, its error is never seen, and on a serverless platform the send is cut off when the response ends.',
      fix: 'Write `await transporter.sendMail(...)` inside `try`/`catch` and answer an error when it throws (or return the promise to a caller that does).',
    },
    zh: {
      title: 'sendMail 未等待',
      text: '`{function}` 中的 `sendMail` 既没有 await、没有 return，也没有处理结果：函数在发送成功或失败之前就继续执行（并已响应请求），错误永远不会被发现；在 Serverless 平台上，响应结束后发送会被中断。',
      fix: '写成 `await transporter.sendMail(...)` 并放在 `try`/`catch` 中，出错时返回错误响应（或把 promise 返回给会处理它的调用方）。',
    },
  },
  'code-transport-per-request': {
    en: {
      title: 'A transport per mail',
      text: '`createTransport` runs inside `{function}`, once per call: every mail opens a new connection and logs in again, and providers answer with connection and rate limits (421, 432, 454) under load.',
      fix: 'Create the transport once at module level and reuse it (or pass `pool: true` to keep a few connections open).',
    },
    zh: {
      title: '每封邮件新建一个 transport',
      text: '`createTransport` 在 `{function}` 内执行，每次调用都会新建：每封邮件都重新连接并登录一次，负载升高时服务商会以连接数或频率限制拒绝（421、432、454）。',
      fix: '在模块顶层只创建一次 transport 并复用（或设置 `pool: true` 保持少量长连接）。',
    },
  },
  'code-port-secure-mismatch': {
    en: {
      title: 'Port and secure disagree',
      text: '`port: {port}` with `secure: {secure}` in the transport options: 465 starts with TLS (`secure: true`), 587 and 25 start in plain text and upgrade with STARTTLS (`secure: false`). The connection hangs or fails with a TLS error.',
      fix: 'Use `port: 465, secure: true`, or `port: 587, secure: false`.',
    },
    zh: {
      title: '端口与 secure 不匹配',
      text: 'transport 选项中 `port: {port}` 却配置了 `secure: {secure}`：465 端口一开始就是 TLS（`secure: true`），587 和 25 端口先明文再通过 STARTTLS 升级（`secure: false`）。连接会卡住或报 TLS 错误。',
      fix: '使用 `port: 465, secure: true`，或 `port: 587, secure: false`。',
    },
  },
  'code-tls-verify-off': {
    en: {
      title: 'Certificate checks off in code',
      text: '`tls: { rejectUnauthorized: false }` accepts any certificate: anyone on the path can read the login and the mail.',
      fix: 'Remove it; if the server uses a private CA, pass that CA as `tls: { ca }` instead.',
    },
    zh: {
      title: '代码中关闭了证书校验',
      text: '`tls: { rejectUnauthorized: false }` 会接受任何证书：链路上的任何人都能读取登录信息和邮件。',
      fix: '删除该配置；如果服务器使用私有 CA，请改为通过 `tls: { ca }` 传入该 CA。',
    },
  },
  'code-literal-password': {
    en: {
      title: 'Password written in code',
      text: '`auth.pass` is a literal in the code: anyone who can read the repository can send mail as you (the value is not shown here).',
      fix: 'Read it from the environment (`process.env.EMAIL_PASSWORD`) and keep the value in a secret store; rotate it, since it was committed.',
    },
    zh: {
      title: '代码中写死密码',
      text: '代码中的 `auth.pass` 是明文：能读取仓库的人都能以你的身份发信（此处不显示其值）。',
      fix: '改为从环境变量读取（`process.env.EMAIL_PASSWORD`），把值放进密钥管理；它已被提交，请立即更换。',
    },
  },
  'code-send-error-swallowed': {
    en: {
      title: 'Send failure swallowed',
      text: 'The failure of `sendMail` is caught and only logged: the code goes on as if the mail was sent, and the user is told the code is on its way.',
      fix: 'Answer an error (or rethrow) when the send fails, or retry with backoff or a queue, with a backup provider behind it: see the README\'s "The backup plan" and "Mail mistakes in the app\'s code".',
    },
    zh: {
      title: '发送失败被吞掉',
      text: '`sendMail` 的失败被捕获后只记录了日志：代码照常执行，仿佛邮件已发出，用户会被告知验证码已发送。',
      fix: '发送失败时返回错误（或重新抛出），或者带退避地重试、放入队列，并准备备用服务商：见 README 的 "The backup plan" 与 "Mail mistakes in the app\'s code"。',
    },
  },
} satisfies CauseTexts;

export const LINT_CAUSES = LINT;
