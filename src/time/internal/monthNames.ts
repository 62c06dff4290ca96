import { deepFreeze } from '../../presets/internal/deepFreeze';

/** English month names, January first (index = month − 1), for messages and handbooks. */
export const MONTH_NAMES: readonly string[] = /* @__PURE__ */ deepFreeze([
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);
