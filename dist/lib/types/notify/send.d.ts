import type { NotifySettings } from '../settings/settings.js';
import { type ChannelId } from './channels.js';
import type { AlertMessage } from './message.js';
export type ChannelOutcome = {
    channel: ChannelId;
    label: string;
    result: 'sent';
} | {
    channel: ChannelId;
    label: string;
    result: 'refused' | 'unreachable';
    detail: string;
} | {
    channel: ChannelId;
    label: string;
    result: 'insecure';
};
export declare function notifyAll(message: AlertMessage, settings: NotifySettings, timeoutMs: number, now?: () => number): Promise<ChannelOutcome[]>;
