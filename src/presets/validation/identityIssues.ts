import { attempt } from '../../errors';
import { CURRENCIES } from '../../money/currencies';
import { isTimeZone, validateDuration } from '../../time';
import { maxReachMs } from '../../time/internal/duration';
import { showValue } from '../internal/issueHelpers';
import { isList, type PresetChecks } from './presetChecks';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_IDEMPOTENCY_MS = 31 * 86_400_000;

/**
 * The preset's own fields: `id`, `title`, `description`, `currency`, `timeZone`,
 * `effectiveFrom`, `supersedes`, `idempotencyPeriod` and the shape of `sources`.
 *
 * @param check - the preset and its shared checks
 * @example
 * ```ts
 * identityIssues(presetChecks({ ...getPreset(), id: 'Bad Id' }, issues)); // issues: [{ path: ['id'], … }]
 * ```
 */
export function identityIssues(check: PresetChecks): void {
  const { preset, add } = check;
  if (typeof preset.id !== 'string' || !ID.test(preset.id))
    add(['id'], 'must be lowercase letters, digits and dashes (1–64 characters)');
  for (const key of ['title', 'description'] as const) {
    const text = preset[key] as unknown as Record<string, unknown> | undefined;
    if (!text || typeof text.en !== 'string' || typeof text['zh-CN'] !== 'string')
      add([key], 'must have an "en" and a "zh-CN" text');
  }
  const currency = preset.currency;
  if (typeof currency !== 'string' || !Object.hasOwn(CURRENCIES, currency))
    add(['currency'], `is not a known ISO 4217 currency: ${showValue(currency)}`);
  if (typeof preset.timeZone !== 'string' || !isTimeZone(preset.timeZone))
    add(['timeZone'], `is not an IANA time zone: ${showValue(preset.timeZone)}`);
  if (typeof preset.effectiveFrom !== 'string' || !DATE.test(preset.effectiveFrom))
    add(['effectiveFrom'], 'must be a date YYYY-MM-DD');
  if (!isList(preset.supersedes)) add(['supersedes'], 'must be a list of preset ids');
  if (preset.idempotencyPeriod !== undefined) {
    const r = attempt(() => validateDuration(preset.idempotencyPeriod, ['idempotencyPeriod']));
    if (!r.ok) for (const i of r.error.issues) add(i.path, i.message);
    else if (maxReachMs(r.value) === 0 || maxReachMs(r.value) > MAX_IDEMPOTENCY_MS)
      add(['idempotencyPeriod'], 'must be longer than zero and at most 31 days');
  }
  if (typeof (preset.sources ?? {}) !== 'object')
    add(['sources'], 'must be an object of source documents');
}
