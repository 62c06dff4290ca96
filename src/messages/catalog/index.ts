import { ERROR_MESSAGES } from './errors';
import { FORM_MESSAGES } from './forms';
import { KYC_MESSAGES } from './kyc';
import { LIFECYCLE_MESSAGES } from './lifecycle';
import { LIMIT_MESSAGES } from './limits';
import { MONITORING_MESSAGES } from './monitoring';
import { REQUIREMENT_MESSAGES } from './requirements';
import { deepFreeze } from '../../presets/internal/deepFreeze';

export { ERROR_MESSAGES } from './errors';
export { FORM_MESSAGES, type FormMessageCode } from './forms';
export { FIELD_MESSAGES, type FieldMessageCode } from './fields';
export { RESIDENT_ID_MESSAGES } from './residentId';
export { KYC_MESSAGES, type KycReasonCode } from './kyc';
export { ACCOUNT_STATE_MESSAGES, type AccountStateMessageCode } from './accountState';
export {
  LIFECYCLE_MESSAGES,
  type LifecycleMessageCode,
  type LifecycleReasonCode,
} from './lifecycle';
export { LIMIT_MESSAGES, type LimitViolationCode } from './limits';
export { MONITORING_MESSAGES } from './monitoring';
export { REQUIREMENT_MESSAGES, type RequirementCode } from './requirements';
export type { MessageTable } from './types';

/** Every message of the library by code, in every language. */
export const MESSAGES = /* @__PURE__ */ deepFreeze(
  // Object.assign, not spreads: a bundler may drop a pure call of plain tables, never a spread.
  // (Two calls: Object.assign is typed for at most three sources.)
  /* @__PURE__ */ Object.assign(
    /* @__PURE__ */ Object.assign(
      /* @__PURE__ */ Object.assign({}, ERROR_MESSAGES, LIMIT_MESSAGES, LIFECYCLE_MESSAGES),
      REQUIREMENT_MESSAGES,
    ),
    KYC_MESSAGES,
    MONITORING_MESSAGES,
    FORM_MESSAGES,
  ),
);

/** Every message code. */
export type MessageCode = keyof typeof MESSAGES;
