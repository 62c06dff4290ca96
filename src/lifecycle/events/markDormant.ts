import { formatDuration } from '../../time';
import type { MarkDormantEvent } from '../events';
import { inactivityBase, iso, plus } from '../internal/timing';
import {
  passed,
  refusal,
  failed,
  type EventContext,
  type EventUnit,
  type GuardResult,
} from './unit';

/**
 * Guard: the inactivity period has run out (`inactivity_period_not_elapsed`). Time has already
 * passed to the event, so an account whose period ran out by then is dormant already: the guard
 * passes exactly when it is.
 *
 * @example
 * ```ts
 * inactivityElapsed(ctx).outcome; // 'passed' once the period ran out, to the millisecond
 * ```
 */
export function inactivityElapsed({
  account,
  preset,
  lang,
}: EventContext<MarkDormantEvent>): GuardResult {
  const { inactivityPeriod: period, source } = preset.lifecycle.dormancy;
  const rule = 'lifecycle.dormancy.inactivityPeriod';
  const base = inactivityBase(account);
  const dormantFrom = base === null ? null : iso(plus(base, period, preset), preset);
  const words = { period: formatDuration(period, lang), dormantFrom: dormantFrom ?? '' };
  if (account.status === 'dormant')
    return passed(rule, source, 'trace_inactivity_elapsed', {
      period: words.period,
      dormantSince: account.dormantSince ?? dormantFrom,
    });
  const found = refusal(
    'inactivity_period_not_elapsed',
    words,
    { dormantFrom: dormantFrom!, source },
    lang,
  );
  return failed(rule, source, [found]);
}

/**
 * `mark_dormant`: records that the account is dormant. Marking a dormant account again changes
 * nothing.
 *
 * @example
 * ```ts
 * runUnit(MARK_DORMANT, ctx).results[0]!.rule; // 'lifecycle.dormancy.inactivityPeriod'
 * ```
 */
export const MARK_DORMANT: EventUnit<MarkDormantEvent> = {
  prepare: (ctx) => ctx,
  guards: [inactivityElapsed],
  effect: ({ account }) => ({ account, effects: [] }),
};
