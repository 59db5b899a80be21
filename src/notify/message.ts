// What a team-chat alert says, before any channel's format: the event, the verdict's headline, each failing
// item with its fix (in a chain, which mail server), and the run's page. Every word of theirs stays a Text.
import { NOTIFY_WORDS, type NotifyEvent } from '../i18n/notify.js';
import { UI, interpolate, pick } from '../i18n/index.js';
import { chainHeadline } from '../report/chain.js';
import { bySeverity, titleInContext, type ReportView } from '../report/model.js';
import type { Language, Verdict } from '../types.js';
import { Text } from '../untrusted.js';

/** Items a message lists; the rest are counted. A chat message is read on a phone. */
export const MAX_ITEMS = 5;

export interface AlertItem {
  /** Title in context: a chain's item names its mail server first. */
  title: Text;
  message: Text;
  fix?: Text;
  /** For the signed webhook's JSON. */
  id: string;
  cause: string;
  status: 'fail' | 'warn';
  target?: string;
}

export interface AlertMessage {
  event: NotifyEvent;
  language: Language;
  status: Verdict;
  /** Ours: the tool and the repository. */
  title: string;
  /** The event in a few words (ours). */
  label: string;
  /** The verdict's own headline: a chain's names the broken server and the one carrying the mail. */
  headline: Text;
  items: AlertItem[];
  /** Items left out past MAX_ITEMS. */
  more: number;
  runUrl?: string;
}

export function alertMessage(view: ReportView, event: NotifyEvent, repository: string, runUrl?: string): AlertMessage {
  const lang = view.language;
  const problems = event === 'recovered' || event === 'test' ? [] : bySeverity(view.results).filter((r) => r.status === 'fail');
  const shown = (problems.length ? problems : bySeverity(view.results).filter((r) => r.status === 'warn')).filter(
    (r): r is typeof r & { status: 'fail' | 'warn' } => r.status === 'fail' || r.status === 'warn',
  );
  const items = event === 'recovered' || event === 'test' ? [] : shown;
  return {
    event,
    language: lang,
    status: view.status,
    title: interpolate(pick(NOTIFY_WORDS.title, lang), { repository: repository || '-' }),
    label: pick(NOTIFY_WORDS[event], lang),
    headline: headlineOf(view, event),
    items: items.slice(0, MAX_ITEMS).map((r) => ({
      title: titleInContext(r, lang),
      message: r.message,
      ...(r.fix ? { fix: r.fix } : {}),
      id: r.id,
      cause: r.cause,
      status: r.status,
      ...(r.target ? { target: r.target.plain } : {}),
    })),
    more: Math.max(0, items.length - MAX_ITEMS),
    ...(runUrl ? { runUrl } : {}),
  };
}

function headlineOf(view: ReportView, event: NotifyEvent): Text {
  const lang = view.language;
  if (event === 'test') return Text.ours(pick(NOTIFY_WORDS.test, lang));
  if (view.chain) return chainHeadline(view.chain, lang);
  return Text.ours(pick(UI.verdict[view.status], lang));
}
