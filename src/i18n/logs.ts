// Text for the log scan (checks/logs.ts); the errors it finds are diagnoses (smtp.ts).
import { refusedFile, type CauseTexts, type Words } from './text.js';

export const LOGS_TITLES = {
  'logs.scan': { en: 'Mail errors in logs', zh: '日志中的邮件错误' },
} satisfies Record<string, Words>;

const LOGS = {
  'logs-clean': {
    en: { text: 'No mail errors in {lines} lines of {files} file(s).' },
    zh: { text: '{files} 个文件的 {lines} 行中没有邮件错误。' },
  },
  ...refusedFile('logs-file', (because) => ({
    en: {
      text: `{file} ${because.en}.`,
      fix: 'Logs are read only when they are regular files inside the folders `log-files` names; point it at the real log files.',
    },
    zh: { text: `{file}${because.zh}。`, fix: '只读取 `log-files` 所指目录内的普通日志文件；请指向真实的日志文件。' },
  })),
  'log-mail-error': {
    en: {
      text: 'A mail error that no rule names: {reply}',
      fix: 'Read the event below: it names mail but no known reply or error; rerun the send with the CLI (`npx email-deploy-check`) to see the server say it.',
    },
    zh: {
      text: '一条无法归类的邮件错误：{reply}',
      fix: '查看下方的日志事件：它与邮件有关，但没有可识别的服务器回复或错误；用命令行（`npx email-deploy-check`）重试发送，看服务器的原话。',
    },
  },
  'logs-none-found': {
    en: { text: 'No log file matches {patterns}.', fix: "Point `log-files` (`--logs`) at the app's logs, e.g. `~/.pm2/logs/*-error.log`." },
    zh: { text: '没有日志文件匹配 {patterns}。', fix: '把 `log-files`（`--logs`）指向应用日志，例如 `~/.pm2/logs/*-error.log`。' },
  },
} satisfies CauseTexts;

export const LOGS_CAUSES = LOGS;
