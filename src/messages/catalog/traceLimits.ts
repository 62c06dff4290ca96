import type { MessageTable } from './types';
import { deepFreeze } from '../../presets/internal/deepFreeze';

/** Trace sentences (passed / not applicable) for the limits rules, by `trace_…` code. */
export const TRACE_LIMITS_MESSAGES = /* @__PURE__ */ deepFreeze({} satisfies MessageTable);
