import type { Check } from '../engine.js';
import type { CheckId } from '../i18n/causes.js';
import type { Settings } from '../settings/settings.js';
import type { Outcome } from '../types.js';
import { type ResolveFn } from './resolve.js';
export declare function deliverabilityCheck(id: CheckId, run: (domain: string, resolve: ResolveFn, s: Settings) => Promise<Outcome | Outcome[]>, relevant?: (s: Settings) => boolean): Check;
