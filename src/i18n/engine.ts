// Text for what the engine itself decides: timeouts, crashes, skipped checks.
import type { CauseTexts } from './text.js';

export const ENGINE_CAUSES = {
  'check-timeout': {
    en: {
      text: 'Gave up after {seconds} s.',
      fix: 'Something on the path does not answer. Raise `timeout` only if the server is known to be slow.',
    },
    zh: { text: '{seconds} 秒内没有结果，已放弃。', fix: '链路上有环节没有响应。只有确认服务器本身较慢时才调大 `timeout`。' },
  },
  internal: {
    en: { text: 'The check itself failed: {error}', fix: 'This is a bug in email-deploy-check; please report it with this line.' },
    zh: { text: '检查程序自身出错：{error}', fix: '这是 email-deploy-check 的缺陷，请附上此行反馈。' },
  },
  'prerequisite-failed': {
    en: { text: 'Not run: {checkTitle} did not pass.' },
    zh: { text: '未执行：前置检查「{checkTitle}」未通过。' },
  },
  'input-missing': {
    en: { text: 'The `{group}` checks were requested but `{input}` is empty.', fix: 'Set `{input}`, or remove `{group}` from `checks`.' },
    zh: { text: '要求运行 `{group}` 检查，但 `{input}` 为空。', fix: '设置 `{input}`，或从 `checks` 中去掉 `{group}`。' },
  },
  'secrets-withheld': {
    en: {
      text: 'Not run: GitHub gives no secrets to this pull request (a fork, or a bot), so there is nothing to log in with.',
      fix: 'Expected here; these checks run on the base repository after merge. The lint results above need no secrets.',
    },
    zh: {
      text: '未执行：GitHub 不向此 Pull Request（fork 或机器人）提供 Secret，无法登录。',
      fix: '这是预期行为；合并后在主仓库中会运行这些检查。上方的配置检查不需要 Secret。',
    },
  },
} satisfies CauseTexts;
