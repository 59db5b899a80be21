import type { CauseText } from './causes.js';
type Texts = Record<string, {
    en: CauseText;
    zh: CauseText;
}>;
export declare const POST_DEPLOY_CAUSES: Texts;
export {};
