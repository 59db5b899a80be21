// Every cause and every check title, gathered from the text module of each check module.
// The types below come from these tables: a cause or check id without English and Chinese text
// does not compile.
import { DELIVERABILITY_CAUSES, DELIVERABILITY_TITLES } from './deliverability.js';
import { DELIVERY_CAUSES, DELIVERY_TITLES } from './delivery.js';
import { TRANSPORT_POLICY_CAUSES, TRANSPORT_POLICY_TITLES } from './transport-policy.js';
import { ENGINE_CAUSES } from './engine.js';
import { ENV_CAUSES, ENV_TITLES } from './env.js';
import { APP_CAUSES, APP_TITLES } from './app.js';
import { HEALTH_CAUSES, HEALTH_TITLES } from './health.js';
import { LINT_CAUSES, LINT_TITLES } from './lint.js';
import { LOGS_CAUSES, LOGS_TITLES } from './logs.js';
import { NETWORK_CAUSES, NETWORK_TITLES } from './network.js';
import { OAUTH2_CAUSES, OAUTH2_TITLES } from './oauth2.js';
import { SEND_CAUSES, SEND_TITLES } from './send.js';
import { SMTP_CAUSES, SMTP_TITLES } from './smtp.js';
import type { CauseWords, Words } from './text.js';

export const CAUSES = {
  ...ENGINE_CAUSES,
  ...ENV_CAUSES,
  ...NETWORK_CAUSES,
  ...SMTP_CAUSES,
  ...OAUTH2_CAUSES,
  ...SEND_CAUSES,
  ...DELIVERY_CAUSES,
  ...HEALTH_CAUSES,
  ...APP_CAUSES,
  ...DELIVERABILITY_CAUSES,
  ...TRANSPORT_POLICY_CAUSES,
  ...LOGS_CAUSES,
  ...LINT_CAUSES,
};

export const CHECK_TITLES = {
  ...ENV_TITLES,
  ...NETWORK_TITLES,
  ...SMTP_TITLES,
  ...OAUTH2_TITLES,
  ...SEND_TITLES,
  ...DELIVERY_TITLES,
  ...HEALTH_TITLES,
  ...APP_TITLES,
  ...DELIVERABILITY_TITLES,
  ...TRANSPORT_POLICY_TITLES,
  ...LOGS_TITLES,
  ...LINT_TITLES,
};

/** A stable cause code: what text, tests and diagnosis key on. */
export type Cause = keyof typeof CAUSES;
/** A check's id, such as `smtp.auth`. */
export type CheckId = keyof typeof CHECK_TITLES;

export const causeWords = (cause: Cause): CauseWords => CAUSES[cause];
export const checkTitle = (id: CheckId): Words => CHECK_TITLES[id];

/** A cause code from outside (a server report of another version): ours when we know it. */
export function isCause(code: string): code is Cause {
  return Object.hasOwn(CAUSES, code);
}

export function isCheckId(id: string): id is CheckId {
  return Object.hasOwn(CHECK_TITLES, id);
}
