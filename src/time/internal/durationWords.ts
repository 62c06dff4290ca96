import type { DurationField } from './duration';
import { deepFreeze } from '../../presets/internal/deepFreeze';

/** English unit words per duration field: singular, plural. @internal */
export const EN: Record<DurationField, readonly [string, string]> = /* @__PURE__ */ deepFreeze({
  years: ['year', 'years'],
  months: ['month', 'months'],
  weeks: ['week', 'weeks'],
  days: ['day', 'days'],
  hours: ['hour', 'hours'],
  minutes: ['minute', 'minutes'],
});
/** Chinese unit words per duration field (with their measure word). @internal */
export const ZH: Record<DurationField, string> = /* @__PURE__ */ deepFreeze({
  years: '年',
  months: '个月',
  weeks: '周',
  days: '天',
  hours: '小时',
  minutes: '分钟',
});
