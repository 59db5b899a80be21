// Text for the config lint rules (checks/lint.ts, lint/rules.ts).
import { refusedFile, type CauseTexts, type Words } from './text.js';

export const LINT_TITLES = {
  'lint.config': { en: 'Config', zh: '配置文件' },
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
} satisfies CauseTexts;

export const LINT_CAUSES = LINT;
