import type { CauseText } from './causes.js';
export declare const LINT_CAUSES: Record<string, {
    en: CauseText;
    zh: CauseText;
}>;
