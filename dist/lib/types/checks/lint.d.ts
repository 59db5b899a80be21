import type { Check } from '../engine.js';
export declare const lintCheck: Check;
