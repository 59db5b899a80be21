import type { CauseText } from './causes.js';
type Texts = Record<string, {
    en: CauseText;
    zh: CauseText;
}>;
export declare const NETWORK_CAUSES: Texts;
export {};
