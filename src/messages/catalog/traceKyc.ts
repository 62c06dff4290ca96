import type { MessageTable } from './types';
import { deepFreeze } from '../../presets/internal/deepFreeze';

/** Trace sentences (passed / not applicable) for the kyc rules, by `trace_…` code. */
export const TRACE_KYC_MESSAGES = /* @__PURE__ */ deepFreeze({} satisfies MessageTable);
