import { AccountPolicyError } from '../../errors';
import type { RestrictPersonEvent } from '../events';
import { notice } from '../internal/notice';
import { iso, ms, plus } from '../internal/timing';
import { RESTRICTION_WORDS, WORDS } from '../internal/words';
import { accountSellingPeriodOn } from '../../presets/ruleInForce';
import type { Preset } from '../../presets/types';
import { formatLocalDate, localDateOf } from '../../time';
import type { Restriction } from '../types';
import { passUnless, refusal, type EventContext, type EventUnit, type GuardResult } from './unit';

/** The `restrict_person` event, read once: its period. */
export interface RestrictPersonContext extends EventContext<RestrictPersonEvent> {
  readonly from: string;
  readonly until: string | undefined;
}

/** The length of an account-selling restriction starting at `from`: the regime in force that day. */
function sellingTerm(from: string, preset: Preset) {
  const day = formatLocalDate(
    localDateOf(new Date(ms(from, ['event', 'restriction', 'from'])), preset.timeZone),
  );
  return (
    accountSellingPeriodOn(preset, day)?.duration ??
    preset.lifecycle.restrictions.accountSellingDuration
  );
}

function prepare(ctx: EventContext<RestrictPersonEvent>): RestrictPersonContext {
  const { event, preset, atMs } = ctx;
  const req = event.restriction;
  const from = req.from ?? event.at;
  const sellingEnd = () =>
    plus(ms(from, ['event', 'restriction', 'from']), sellingTerm(from, preset), preset);
  const until =
    req.until ?? (req.reason === 'account_selling' ? iso(sellingEnd(), preset) : undefined);
  if (until !== undefined && ms(until, ['event', 'restriction', 'until']) <= atMs) {
    const message = 'must be later than the event (the restriction would never apply)';
    throw new AccountPolicyError(
      'invalid_input',
      `Invalid event at event.restriction.until: ${message}`,
      [{ path: ['event', 'restriction', 'until'], message }],
    );
  }
  return { ...ctx, from, until };
}

/** Guard: no restriction on the account has the new one's id (`restriction_id_exists`). */
function restrictionIdUnique({ account, event, preset, lang }: RestrictPersonContext): GuardResult {
  const id = event.restriction.id;
  const source = preset.lifecycle.restrictions.source;
  const found = (account.restrictions ?? []).some((r) => r.id === id)
    ? refusal('restriction_id_exists', { restrictionId: id }, { restrictionId: id, source }, lang)
    : null;
  return passUnless(
    found,
    'lifecycle.restrictions.uniqueId',
    source,
    'trace_restriction_id_unique',
    {
      restrictionId: id,
    },
  );
}

/**
 * `restrict_person`: places a restriction on the holder (copied onto this account). Guard: a new id.
 *
 * @example
 * ```ts
 * runUnit(RESTRICT_PERSON, ctx).results[0]!.rule; // 'lifecycle.restrictions.uniqueId'
 * ```
 */
export const RESTRICT_PERSON: EventUnit<RestrictPersonEvent, RestrictPersonContext> = {
  prepare,
  guards: [restrictionIdUnique],
  effect: ({ account, event, from, until, lang }) => {
    const req = event.restriction;
    const placed: Restriction = {
      id: req.id,
      kind: req.kind,
      from,
      ...(until === undefined ? {} : { until }),
      ...(req.reason === undefined ? {} : { reason: req.reason }),
    };
    const params = {
      restrictionKind: RESTRICTION_WORDS[req.kind][lang],
      until: until ?? WORDS.untilLifted[lang],
    };
    return {
      account: { ...account, restrictions: [...(account.restrictions ?? []), placed] },
      effects: [notice('restriction_placed', params, lang)],
    };
  },
};
