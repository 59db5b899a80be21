// Every check, in report order. Groups are added here as they are built.
import type { Check } from '../engine.js';
import { ENV_CHECKS } from './env.js';

export const ALL_CHECKS: readonly Check[] = [...ENV_CHECKS];
