// Text for the test mail (checks/send.ts); its failures are diagnoses (smtp.ts).
import { type CauseTexts, type Words } from './text.js';

export const SEND_TITLES = {
  'send.mail': { en: 'Test mail', zh: '测试邮件' },
} satisfies Record<string, Words>;

const SEND = {
  'send-ok': {
    en: { text: 'Test mail accepted for `{to}`: `{reply}` (Message-ID {messageId}).' },
    zh: { text: '测试邮件已被接受，收件人 `{to}`：`{reply}`（Message-ID {messageId}）。' },
  },
} satisfies CauseTexts;

export const SEND_CAUSES = SEND;
