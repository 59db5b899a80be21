// The five channels: each turns an alert into its own request (format, signature) and reads its own answer.
// Robots answer a refusal inside HTTP 200 (`errcode`, `code`); Slack answers with a 4xx and a word. Untrusted
// text reaches each body only through its channel's encoder; JSON is made by toJson.
import { createHmac } from 'node:crypto';
import { NOTIFY_WORDS } from '../i18n/notify.js';
import { UI, interpolate, pick } from '../i18n/index.js';
import { forChatMarkdown, forChatText, forSlack, toJson } from '../report/encode.js';
import type { NotifySettings } from '../settings/settings.js';
import type { Text } from '../untrusted.js';
import type { AlertItem, AlertMessage } from './message.js';

export const CHANNEL_IDS = ['dingtalk', 'feishu', 'wecom', 'slack', 'webhook'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export interface ChannelRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
}

export interface Channel {
  /** How the channel is named in our messages. */
  label: string;
  url: (s: NotifySettings) => string;
  build: (message: AlertMessage, s: NotifySettings, now: number) => ChannelRequest;
  /** The channel's refusal in its own words, or undefined when it took the message. */
  refusal: (status: number, body: string) => string | undefined;
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };
const hmac = (key: string, message: string): Buffer => createHmac('sha256', key).update(message, 'utf8').digest();

/** WeCom takes at most 4096 bytes of markdown; the others more, but a chat alert is read on a phone. */
const MAX_MARKDOWN_BYTES = 4000;

/** The lines of a markdown alert (DingTalk, WeCom), cut whole to the byte budget. */
function markdownLines(m: AlertMessage, encode: (t: Text) => string, bold: (s: string) => string): string {
  const fix = pick(UI.fix, m.language);
  const item = (i: AlertItem): string[] => [
    `- ${bold(encode(i.title))}: ${encode(i.message)}`,
    ...(i.fix ? [`  ${interpolate(pick(UI.labelled, m.language), { label: fix, text: encode(i.fix) })}`] : []),
  ];
  const head = [`### ${m.title}`, '', bold(m.label), '', encode(m.headline), ''];
  const tail = [
    ...(m.more ? ['', interpolate(pick(NOTIFY_WORDS.more, m.language), { count: m.more })] : []),
    ...(m.runUrl ? ['', `[${pick(NOTIFY_WORDS.run, m.language)}](${m.runUrl})`] : []),
  ];
  const lines = [...head];
  for (const i of m.items) {
    const next = item(i);
    if (Buffer.byteLength([...lines, ...next, ...tail].join('\n')) > MAX_MARKDOWN_BYTES) break;
    lines.push(...next);
  }
  return [...lines, ...tail].join('\n');
}

/** `{"errcode":0}` (DingTalk, WeCom) or `{"code":0}` (Feishu): anything else is the robot's refusal, said as it said it. */
function robotRefusal(status: number, body: string, field: 'errcode' | 'code'): string | undefined {
  let answer: Record<string, unknown>;
  try {
    answer = JSON.parse(body) as Record<string, unknown>;
  } catch {
    return status >= 200 && status < 300 ? `HTTP ${status}: ${body.slice(0, 200)}` : `HTTP ${status}`;
  }
  // Feishu's older answers say `StatusCode`.
  const code = answer[field] ?? (field === 'code' ? answer.StatusCode : undefined);
  if (status >= 200 && status < 300 && code === 0) return undefined;
  const scalar = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
  const words = scalar(answer.errmsg) || scalar(answer.msg) || scalar(answer.StatusMessage);
  return `${field} ${scalar(code) || '?'}${words ? ` ${words.slice(0, 300)}` : ''} (HTTP ${status})`;
}

export const CHANNELS: Record<ChannelId, Channel> = {
  dingtalk: {
    label: 'DingTalk',
    url: (s) => s.dingtalk.url,
    build: (m, s, now) => {
      const url = new URL(s.dingtalk.url);
      if (s.dingtalk.secret) {
        // 加签: timestamp in milliseconds, sign = Base64(HMAC-SHA256(key = secret, timestamp + "\n" + secret)).
        const timestamp = String(now);
        url.searchParams.set('timestamp', timestamp);
        url.searchParams.set('sign', hmac(s.dingtalk.secret, `${timestamp}\n${s.dingtalk.secret}`).toString('base64'));
      }
      const text = markdownLines(m, forChatMarkdown, (x) => `**${x}**`);
      return { url: url.toString(), headers: JSON_HEADERS, body: toJson({ msgtype: 'markdown', markdown: { title: m.label, text } }) };
    },
    refusal: (status, body) => robotRefusal(status, body, 'errcode'),
  },
  feishu: {
    label: 'Feishu',
    url: (s) => s.feishu.url,
    build: (m, s, now) => {
      const line = (text: string): { tag: 'text'; text: string }[] => [{ tag: 'text', text }];
      const content = [
        line(m.label),
        line(forChatText(m.headline)),
        ...m.items.flatMap((i) => [
          line(`• ${forChatText(i.title)}: ${forChatText(i.message)}`),
          ...(i.fix ? [line(`  ${pick(UI.fix, m.language)}: ${forChatText(i.fix)}`)] : []),
        ]),
        ...(m.more ? [line(interpolate(pick(NOTIFY_WORDS.more, m.language), { count: m.more }))] : []),
        ...(m.runUrl ? [[{ tag: 'a', text: pick(NOTIFY_WORDS.run, m.language), href: m.runUrl }]] : []),
      ];
      // 签名校验: timestamp in seconds, sign = Base64(HMAC-SHA256(key = timestamp + "\n" + secret, empty message)).
      const timestamp = String(Math.floor(now / 1000));
      const signed = s.feishu.secret ? { timestamp, sign: hmac(`${timestamp}\n${s.feishu.secret}`, '').toString('base64') } : {};
      const post = { [m.language === 'zh' ? 'zh_cn' : 'en_us']: { title: m.title, content } };
      return { url: s.feishu.url, headers: JSON_HEADERS, body: toJson({ ...signed, msg_type: 'post', content: { post } }) };
    },
    refusal: (status, body) => robotRefusal(status, body, 'code'),
  },
  wecom: {
    label: 'WeCom',
    url: (s) => s.wecom.url,
    build: (m, s) => ({
      url: s.wecom.url,
      headers: JSON_HEADERS,
      body: toJson({ msgtype: 'markdown', markdown: { content: markdownLines(m, forChatMarkdown, (x) => `**${x}**`) } }),
    }),
    refusal: (status, body) => robotRefusal(status, body, 'errcode'),
  },
  slack: {
    label: 'Slack',
    url: (s) => s.slack.url,
    build: (m, s) => {
      const fix = pick(UI.fix, m.language);
      const lines = [
        `*${m.title}*`,
        `*${m.label}*`,
        forSlack(m.headline),
        ...m.items.flatMap((i) => [
          `• *${forSlack(i.title)}*: ${forSlack(i.message)}`,
          ...(i.fix ? [`    _${fix}_: ${forSlack(i.fix)}`] : []),
        ]),
        ...(m.more ? [interpolate(pick(NOTIFY_WORDS.more, m.language), { count: m.more })] : []),
        ...(m.runUrl ? [`<${m.runUrl}|${pick(NOTIFY_WORDS.run, m.language)}>`] : []),
      ];
      return {
        url: s.slack.url,
        headers: JSON_HEADERS,
        body: toJson({ text: lines.join('\n'), unfurl_links: false, unfurl_media: false }),
      };
    },
    // Slack answers `ok`, or a 4xx with one word (invalid_token, invalid_payload, no_service, channel_is_archived).
    refusal: (status, body) => (status >= 200 && status < 300 ? undefined : `HTTP ${status} ${body.trim().slice(0, 200)}`.trim()),
  },
  webhook: {
    label: 'webhook',
    url: (s) => s.webhook.url,
    build: (m, s) => {
      const body = toJson({
        tool: 'email-deploy-check',
        event: m.event,
        status: m.status,
        title: m.title,
        label: m.label,
        headline: m.headline.plain,
        items: m.items.map((i) => ({
          id: i.id,
          status: i.status,
          cause: i.cause,
          ...(i.target ? { target: i.target } : {}),
          title: i.title.plain,
          message: i.message.plain,
          ...(i.fix ? { fix: i.fix.plain } : {}),
        })),
        more: m.more,
        ...(m.runUrl ? { run: m.runUrl } : {}),
      });
      // GitHub's convention: the hex HMAC-SHA256 of the raw body, keyed by the shared secret.
      const signature: Record<string, string> = s.webhook.secret
        ? { 'x-signature-256': `sha256=${hmac(s.webhook.secret, body).toString('hex')}` }
        : {};
      return { url: s.webhook.url, headers: { ...JSON_HEADERS, ...signature }, body };
    },
    refusal: (status, body) => (status >= 200 && status < 300 ? undefined : `HTTP ${status} ${body.trim().slice(0, 200)}`.trim()),
  },
};

/** HTTPS, or plain HTTP to this machine only (a stand-in, a local relay). */
export function isAllowedAddress(text: string): boolean {
  try {
    const url = new URL(text);
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}
