import type { Check } from '../engine.js';
import type { Settings } from '../settings/settings.js';
export declare function testMessage(s: Settings, now?: Date): {
    messageId: string;
    subject: string;
    text: string;
    html: string;
};
export declare const sendCheck: Check;
