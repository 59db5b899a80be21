import type { Settings } from '../settings/settings.js';
import type { Outcome } from '../types.js';
import type { ImapFailure } from './connect.js';
/** A delivered copy is read up to this size (a test or verification mail is a few KB). */
export declare const MAX_COPY_BYTES: number;
export declare function imapFailure(failure: ImapFailure, s: Settings): Outcome;
