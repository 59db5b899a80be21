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
  'logs-none-found': {
    en: { text: 'No log file matches {patterns}.', fix: "Point `log-files` (`--logs`) at the app's logs, e.g. `~/.pm2/logs/*-error.log`." },
    zh: { text: '没有日志文件匹配 {patterns}。', fix: '把 `log-files`（`--logs`）指向应用日志，例如 `~/.pm2/logs/*-error.log`。' },
  },
} satisfies CauseTexts;

export const LOGS_CAUSES = LOGS;
