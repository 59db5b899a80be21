export interface CauseText {
    text: string;
    fix?: string;
}
export declare const CAUSES: Record<string, {
    en: CauseText;
    zh: CauseText;
}>;
