// Sends one alert to every configured channel, side by side, each call bounded like every other peer's (the
// HTTP door: a deadline, a byte cap, no redirect). The outcome of each is reported, never thrown: the verdict
// and the exit code are the mail's.
import { request } from '../net/http.js';
import type { NotifySettings } from '../settings/settings.js';
import { errorText } from '../text.js';
import { CHANNEL_IDS, CHANNELS, isAllowedAddress, type ChannelId } from './channels.js';
import type { AlertMessage } from './message.js';

/** A robot's answer is a line of JSON; anything longer is cut, and still read as a refusal or not. */
const MAX_ANSWER_BYTES = 16 * 1024;

export type ChannelOutcome =
  | { channel: ChannelId; label: string; result: 'sent' }
  | { channel: ChannelId; label: string; result: 'refused' | 'unreachable'; detail: string }
  | { channel: ChannelId; label: string; result: 'insecure' };

const configuredChannels = (s: NotifySettings): ChannelId[] => CHANNEL_IDS.filter((id) => CHANNELS[id].url(s) !== '');

export async function notifyAll(
  message: AlertMessage,
  settings: NotifySettings,
  timeoutMs: number,
  now: () => number = Date.now,
): Promise<ChannelOutcome[]> {
  return Promise.all(
    configuredChannels(settings).map(async (channel): Promise<ChannelOutcome> => {
      const { label, url, build, refusal } = CHANNELS[channel];
      if (!isAllowedAddress(url(settings))) return { channel, label, result: 'insecure' };
      try {
        const req = build(message, settings, now());
        const answer = await request(req.url, {
          method: 'POST',
          headers: req.headers,
          body: req.body,
          timeoutMs,
          maxBytes: MAX_ANSWER_BYTES,
        });
        const refused = refusal(answer.status, answer.body);
        return refused === undefined ? { channel, label, result: 'sent' } : { channel, label, result: 'refused', detail: refused };
      } catch (error) {
        return { channel, label, result: 'unreachable', detail: errorText(error) };
      }
    }),
  );
}
