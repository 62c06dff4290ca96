import { balanceEffect } from '../../classes/balanceEffect';
import {
  addMoney,
  compareMoney,
  formatMoney,
  isNegativeMoney,
  isZeroMoney,
  parseMoney,
  subtractMoney,
  type Money,
} from '../../money';
import { accountPermissions } from '../accountPermissions';
import type { RecordActivityEvent } from '../events';
import { ms } from '../internal/timing';
import type { AccountPermissions } from '../types';
import {
  passUnless,
  refusal,
  notApplicable,
  type EventContext,
  type EventUnit,
  type GuardResult,
} from './unit';
import { statePermits } from './guards/statePermits';

/** The `record_activity` event, read once: the amounts, its direction and the permissions. */
export interface RecordActivityContext extends EventContext<RecordActivityEvent> {
  readonly amount: Money;
  readonly balance: Money;
  readonly after: Money;
  readonly debit: boolean;
  readonly customerInitiated: boolean;
  readonly permissions: AccountPermissions;
}

function prepare(ctx: EventContext<RecordActivityEvent>): RecordActivityContext {
  const { account, event, preset, lang, atMs } = ctx;
  const currency = account.currency ?? preset.currency;
  const amount = parseMoney(event.amount, currency, { path: ['event', 'amount'] });
  const balance = parseMoney(account.balance, currency, { path: ['account', 'balance'] });
  const debit = balanceEffect(event.kind) === -1;
  const customerInitiated = preset.lifecycle.dormancy.activeKinds.includes(event.kind);
  const permissions = accountPermissions(account, new Date(atMs), preset, { lang });
  const after = debit ? subtractMoney(balance, amount) : addMoney(balance, amount);
  return { ...ctx, amount, balance, after, debit, customerInitiated, permissions };
}

/** Guard: a debit does not take the balance below zero (`insufficient_balance`). */
function noOverdraft(c: RecordActivityContext): GuardResult {
  const source = c.preset.lifecycle.postings.source;
  const rule = 'lifecycle.postings.noOverdraft';
  const money = { balance: formatMoney(c.balance), amount: formatMoney(c.amount) };
  if (!c.debit) return notApplicable(rule, source, 'trace_credit_no_overdraft', money);
  const found = isNegativeMoney(c.after)
    ? refusal('insufficient_balance', money, { ...money, source }, c.lang)
    : null;
  return passUnless(found, rule, source, 'trace_balance_sufficient', money);
}

/** Guard: a debit leaves at least the amount frozen on the account (`frozen_amount`). */
function frozenAmountKept(c: RecordActivityContext): GuardResult {
  const source = c.preset.lifecycle.postings.source;
  const rule = 'lifecycle.postings.frozenAmount';
  const currency = c.account.currency ?? c.preset.currency;
  const frozen = parseMoney(c.permissions.frozenAmount, currency);
  const fields = { balanceAfter: formatMoney(c.after), frozenAmount: formatMoney(frozen) };
  if (!c.debit || isZeroMoney(frozen))
    return notApplicable(rule, source, 'trace_no_frozen_amount', fields);
  const found =
    compareMoney(c.after, frozen) < 0
      ? refusal('frozen_amount', fields, { ...fields, source }, c.lang)
      : null;
  return passUnless(found, rule, source, 'trace_frozen_amount_kept', fields);
}

function effect(c: RecordActivityContext) {
  const { account, event, preset, atMs, customerInitiated } = c;
  const last = account.lastActiveAt;
  const moved =
    customerInitiated &&
    (last === undefined || last === null || ms(last, ['account', 'lastActiveAt']) < atMs);
  const source = preset.lifecycle.dormancy.source;
  return {
    account: {
      ...account,
      balance: formatMoney(c.after),
      ...(moved ? { lastActiveAt: event.at } : {}),
    },
    effects:
      account.status === 'dormant' && customerInitiated
        ? [
            {
              type: 'monitoring_alert' as const,
              code: 'dormant_account_activity' as const,
              at: event.at,
              source,
            },
          ]
        : [],
  };
}

/**
 * `record_activity`: posts a transaction. Guards: the account's state permits it (freezes,
 * dormancy for what the customer does, loss report, restrictions, non-counter suspensions for a
 * debit away from the counter), no overdraft, the frozen amount kept.
 *
 * @example
 * ```ts
 * runUnit(RECORD_ACTIVITY, ctx).results.map((r) => r.rule);
 * ```
 */
export const RECORD_ACTIVITY: EventUnit<RecordActivityEvent, RecordActivityContext> = {
  prepare,
  guards: [statePermits, noOverdraft, frozenAmountKept],
  effect,
};
