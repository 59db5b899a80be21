import type { CheckResult, Group, Language, Params } from '../types.js';
type Bilingual = {
    en: string;
    zh: string;
};
export declare const GROUP_TITLES: Record<Group, Bilingual>;
export declare const UI: {
    verdict: {
        pass: {
            en: string;
            zh: string;
        };
        warn: {
            en: string;
            zh: string;
        };
        fail: {
            en: string;
            zh: string;
        };
    };
    status: {
        pass: {
            en: string;
            zh: string;
        };
        warn: {
            en: string;
            zh: string;
        };
        fail: {
            en: string;
            zh: string;
        };
        skip: {
            en: string;
            zh: string;
        };
    };
    heading: {
        en: string;
        zh: string;
    };
    check: {
        en: string;
        zh: string;
    };
    result: {
        en: string;
        zh: string;
    };
    detail: {
        en: string;
        zh: string;
    };
    time: {
        en: string;
        zh: string;
    };
    fixes: {
        en: string;
        zh: string;
    };
    fix: {
        en: string;
        zh: string;
    };
    counts: {
        en: string;
        zh: string;
    };
    raw: {
        en: string;
        zh: string;
    };
    where: {
        en: string;
        zh: string;
    };
    runner: Record<string, Bilingual>;
};
export declare function pick(text: Bilingual, language: Language): string;
/** What the results describe, given where the checks ran. */
export declare function whereText(runner: string, language: Language): string;
export declare function interpolate(template: string, params: Params): string;
export interface Described {
    title: string;
    text: string;
    fix?: string;
}
export declare function describe(result: Pick<CheckResult, 'id' | 'cause' | 'params'>, language: Language): Described;
export declare function hasCauseText(cause: string): boolean;
export {};
