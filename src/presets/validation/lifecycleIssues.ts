import { FREEZE_KINDS } from '../types/lifecycle';
import { isList, type PresetChecks } from './presetChecks';

/**
 * The lifecycle rules: every freeze kind (source, maximum duration), and the sources and
 * durations of statuses, postings, loss reports, dormancy, new-account inactivity, closure and
 * restrictions.
 *
 * @param check - the preset and its shared checks
 * @example
 * ```ts
 * lifecycleIssues(presetChecks({ ...getPreset(), lifecycle: undefined }, issues)); // ['lifecycle'] is required
 * ```
 */
export function lifecycleIssues(check: PresetChecks): void {
  const lc = check.preset.lifecycle;
  if (!lc) return check.add(['lifecycle'], 'is required');
  for (const kind of FREEZE_KINDS) {
    const rule = lc.freezes?.[kind];
    if (!rule) {
      check.add(['lifecycle', 'freezes', kind], 'is required');
      continue;
    }
    check.source(['lifecycle', 'freezes', kind], rule.source);
    check.duration(['lifecycle', 'freezes', kind, 'maxDuration'], rule.maxDuration, true);
  }
  check.source(['lifecycle', 'statuses'], lc.statuses?.source);
  check.source(['lifecycle', 'postings'], lc.postings?.source);
  check.source(['lifecycle', 'lossReport'], lc.lossReport?.source);
  check.duration(['lifecycle', 'lossReport', 'validity'], lc.lossReport?.validity);
  check.source(['lifecycle', 'dormancy'], lc.dormancy?.source);
  check.duration(['lifecycle', 'dormancy', 'inactivityPeriod'], lc.dormancy?.inactivityPeriod);
  check.duration(['lifecycle', 'newAccountInactivity', 'period'], lc.newAccountInactivity?.period);
  check.duration(['lifecycle', 'closure', 'recordRetention'], lc.closure?.recordRetention);
  check.duration(
    ['lifecycle', 'restrictions', 'accountSellingDuration'],
    lc.restrictions?.accountSellingDuration,
  );
  const periods = lc.restrictions?.accountSellingPeriods;
  if (periods !== undefined && !isList(periods))
    check.add(['lifecycle', 'restrictions', 'accountSellingPeriods'], 'must be a list');
  else
    (periods ?? []).forEach((period, i) => {
      const path = ['lifecycle', 'restrictions', 'accountSellingPeriods', i];
      check.source(path, period?.source);
      check.duration([...path, 'duration'], period?.duration);
    });
}
