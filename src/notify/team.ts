// Telling the team, for both doors: which events this run sends (the alert issue's transition, or a run that does
// not pass, and the test message), each sent to every channel, and what each channel answered, in words the door
// prints (the action as log lines and warnings, the CLI on stderr).
import type { AlertAction } from '../github/alert-issue.js';
import { say } from '../i18n/index.js';
import { NOTIFY_WORDS, type NotifyEvent } from '../i18n/notify.js';
import type { ReportView } from '../report/model.js';
import type { NotifySettings } from '../settings/settings.js';
import { Text } from '../untrusted.js';
import { alertMessage } from './message.js';
import { notifyAll, type ChannelOutcome } from './send.js';

export interface NotifyLine {
  level: 'info' | 'warning';
  text: Text;
}

/**
 * With the alert issue (`alerted` is what it did), the channels hear what it heard: opened (a failure, or a degraded
 * chain), changed, recovered; nothing while it is unchanged. Without it (or when it could not be synced), every run
 * that does not pass. `notify.test` adds one test message.
 */
function eventsOf(view: Pick<ReportView, 'status'>, test: boolean, alerted?: AlertAction): NotifyEvent[] {
  const trouble: NotifyEvent = view.status === 'fail' ? 'failure' : 'degraded';
  const events: NotifyEvent[] = test ? ['test'] : [];
  if (alerted === undefined) return view.status === 'pass' ? events : [...events, trouble];
  const byAction: Partial<Record<AlertAction, NotifyEvent>> = { opened: trouble, commented: 'changed', closed: 'recovered' };
  const event = byAction[alerted];
  return event ? [...events, event] : events;
}

export async function notifyTeam(
  view: ReportView,
  notify: NotifySettings,
  options: { repository: string; timeoutMs: number; redact: (text: string) => string; runUrl?: string; alerted?: AlertAction },
): Promise<NotifyLine[]> {
  const lang = view.language;
  const lines: NotifyLine[] = options.alerted === 'unchanged' ? [{ level: 'info', text: Text.ours(say(NOTIFY_WORDS.quiet, lang)) }] : [];
  for (const event of eventsOf(view, notify.test, options.alerted)) {
    const outcomes = await notifyAll(alertMessage(view, event, options.repository, options.runUrl), notify, options.timeoutMs);
    lines.push(...outcomes.map((o) => outcomeLine(o, event, view, options.redact)));
  }
  return lines;
}

/** A channel's answer: sent (a log line), or refused, unreachable, not HTTPS (a warning with its reply, redacted). */
function outcomeLine(o: ChannelOutcome, event: NotifyEvent, view: ReportView, redact: (text: string) => string): NotifyLine {
  const lang = view.language;
  if (o.result === 'sent')
    return { level: 'info', text: Text.ours(say(NOTIFY_WORDS.sent, lang, { channel: o.label, event: say(NOTIFY_WORDS[event], lang) })) };
  if (o.result === 'insecure') return { level: 'warning', text: Text.ours(say(NOTIFY_WORDS.insecure, lang, { channel: o.label })) };
  const detail = redact(o.detail);
  return { level: 'warning', text: Text.fill(NOTIFY_WORDS[o.result][lang], { channel: o.label, reply: detail, error: detail }) };
}
