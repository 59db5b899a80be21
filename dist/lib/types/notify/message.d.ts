import { type NotifyEvent } from '../i18n/notify.js';
import { type ReportView } from '../report/model.js';
import type { Language, Verdict } from '../types.js';
import { Text } from '../untrusted.js';
/** Items a message lists; the rest are counted. A chat message is read on a phone. */
export declare const MAX_ITEMS = 5;
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
export declare function alertMessage(view: ReportView, event: NotifyEvent, repository: string, runUrl?: string): AlertMessage;
