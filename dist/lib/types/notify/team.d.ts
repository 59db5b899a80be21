import type { AlertAction } from '../github/alert-issue.js';
import type { ReportView } from '../report/model.js';
import type { NotifySettings } from '../settings/settings.js';
import { Text } from '../untrusted.js';
export interface NotifyLine {
    level: 'info' | 'warning';
    text: Text;
}
export declare function notifyTeam(view: ReportView, notify: NotifySettings, options: {
    repository: string;
    timeoutMs: number;
    redact: (text: string) => string;
    runUrl?: string;
    alerted?: AlertAction;
}): Promise<NotifyLine[]>;
