// Every check, in report order: each check module's list.
import type { Check } from '../engine.js';
import { APP_CHECKS } from './app.js';
import { DELIVERABILITY_CHECKS } from './deliverability.js';
import { DELIVERY_CHECKS } from './delivery.js';
import { TRANSPORT_POLICY_CHECKS } from './transport-policy.js';
import { ENV_CHECKS } from './env.js';
import { HEALTH_CHECKS } from './health.js';
import { LINT_CHECKS } from './lint.js';
import { LOGS_CHECKS } from './logs.js';
import { NETWORK_CHECKS } from './network.js';
import { OAUTH2_CHECKS } from './oauth2.js';
import { SEND_CHECKS } from './send.js';
import { SMTP_CHECKS } from './smtp.js';

export const ALL_CHECKS: readonly Check<unknown>[] = [
  ...ENV_CHECKS,
  ...NETWORK_CHECKS,
  ...OAUTH2_CHECKS,
  ...SMTP_CHECKS,
  ...SEND_CHECKS,
  ...DELIVERY_CHECKS,
  ...HEALTH_CHECKS,
  ...APP_CHECKS,
  ...DELIVERABILITY_CHECKS,
  ...TRANSPORT_POLICY_CHECKS,
  ...LOGS_CHECKS,
  ...LINT_CHECKS,
];
