// The words of the team-chat alerts (DingTalk, Feishu, WeCom, Slack, a signed webhook) and of their delivery.
import type { Words } from './text.js';

export const NOTIFY_WORDS = {
  title: { en: 'Email deploy check · {repository}', zh: '邮件部署检查 · {repository}' },
  failure: { en: 'Mail is broken', zh: '邮件发送故障' },
  degraded: { en: 'Mail still flows, through a backup or with a problem', zh: '邮件仍可发送，但依赖备用服务商或存在问题' },
  changed: { en: 'Mail is still broken, in a different way', zh: '邮件故障仍在，且情况有变化' },
  recovered: { en: 'Mail works again', zh: '邮件已恢复正常' },
  test: {
    en: 'Test message: this channel receives the alerts of email-deploy-check.',
    zh: '测试消息：此频道可以收到 email-deploy-check 的告警。',
  },
  more: { en: '… and {count} more in the run.', zh: '……另有 {count} 项，见运行详情。' },
  run: { en: 'Open the run', zh: '查看本次运行' },
  sent: { en: 'notify: {channel} told ({event}).', zh: 'notify：已通知 {channel}（{event}）。' },
  refused: {
    en: "notify: {channel} refused the message: {reply}. The verdict is the mail's and stays as it is; check the robot's address and its signing secret.",
    zh: 'notify：{channel} 拒收消息：{reply}。结论以邮件检查为准，不受影响；请检查机器人地址及其签名密钥。',
  },
  unreachable: {
    en: "notify: {channel} could not be reached: {error}. The verdict is the mail's and stays as it is.",
    zh: 'notify：无法连接 {channel}：{error}。结论以邮件检查为准，不受影响。',
  },
  insecure: {
    en: 'notify: the {channel} address is not HTTPS (plain HTTP only to this machine): nothing was sent.',
    zh: 'notify：{channel} 的地址不是 HTTPS（仅本机允许 HTTP）：未发送任何消息。',
  },
  quiet: {
    en: 'notify: nothing changed since the alert issue last said so: the channels stay quiet.',
    zh: 'notify：自告警 issue 上次更新以来没有变化：不再通知各频道。',
  },
} as const satisfies Record<string, Words>;

export type NotifyEvent = 'failure' | 'degraded' | 'changed' | 'recovered' | 'test';
