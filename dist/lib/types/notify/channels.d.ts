import type { NotifySettings } from '../settings/settings.js';
import type { AlertMessage } from './message.js';
export declare const CHANNEL_IDS: readonly ["dingtalk", "feishu", "wecom", "slack", "webhook"];
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
export declare const CHANNELS: Record<ChannelId, Channel>;
/** HTTPS, or plain HTTP to this machine only (a stand-in, a local relay). */
export declare function isAllowedAddress(text: string): boolean;
