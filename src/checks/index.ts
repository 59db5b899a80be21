// Every check, in report order.
import type { Check } from '../engine.js';
import { DELIVERABILITY_CHECKS } from './deliverability.js';
import { DELIVERY_CHECKS } from './delivery.js';
import { TRANSPORT_POLICY_CHECKS } from './transport-policy.js';
import { ENV_CHECKS } from './env.js';
import { HEALTH_CHECKS } from './health.js';
import { lintCheck } from './lint.js';
import { logsCheck } from './logs.js';
import { NETWORK_CHECKS } from './network.js';
import { sendCheck } from './send.js';
import { SMTP_CHECKS } from './smtp.js';

export const ALL_CHECKS: readonly Check<unknown>[] = [
  ...ENV_CHECKS,
  ...NETWORK_CHECKS,
  ...SMTP_CHECKS,
  sendCheck,
  ...DELIVERY_CHECKS,
  ...HEALTH_CHECKS,
  ...DELIVERABILITY_CHECKS,
  ...TRANSPORT_POLICY_CHECKS,
  logsCheck,
  lintCheck,
];
