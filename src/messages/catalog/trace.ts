import type { MessageTable } from './types';
import { deepFreeze } from '../../presets/internal/deepFreeze';

/**
 * Sentences for rules that passed or did not apply, by `trace_…` code. Failed rules use their
 * violation or reason code from the area catalogs. Areas keep their own trace tables
 * (`traceLimits.ts`, `traceLifecycle.ts`, `traceKyc.ts`); this one holds the shared ones.
 */
export const TRACE_MESSAGES = /* @__PURE__ */ deepFreeze({
  trace_not_applicable: {
    en: 'This rule does not apply here.',
    'zh-CN': '此规则不适用。',
  },
} satisfies MessageTable);
