import { attempt, type Result } from '../errors';
import { citeSources } from '../presets/citeSources';
import { formatAccountStateMessage as formatMessage } from '../messages/areaMessages';
import type { Lang } from '../messages/lang';
import { minorText } from '../money/amountMinor';
import { getCurrency } from '../money/currencies';
import type { Preset } from '../presets/types';
import { accountReadError, dateArgumentMs, validateAccountView } from './internal/validateView';
import { dormancyRule } from './permissions/dormancy';
import { freezeRule } from './permissions/freeze';
import { lossReportRule } from './permissions/lossReport';
import { pendingRule } from './permissions/pending';
import type { Refused } from './permissions/refused';
import { restrictionRule } from './permissions/restriction';
import { reverificationRule } from './permissions/reverification';
import {
  type AccountPermissions,
  type AccountStateView,
  type InstantArgument,
  type OperationPermission,
  type StateReason,
} from './types';

const ALLOWED: OperationPermission = Object.freeze({ allowed: true });

/** `"0.00"` (or `"0"`, `"0.000"`) by currency, written once per currency. */
const ZERO_TEXT = new Map<string, string>();
function zeroText(currency: string): string {
  let text = ZERO_TEXT.get(currency);
  if (text === undefined) {
    const { scale } = getCurrency(currency);
    text = scale === 0 ? '0' : `0.${'0'.repeat(scale)}`;
    ZERO_TEXT.set(currency, text);
  }
  return text;
}

function permission(reasons: StateReason[]): OperationPermission {
  return reasons.length === 0 ? ALLOWED : { allowed: false, reasons };
}

/** Options of {@link accountPermissions}. */
export interface AccountPermissionsOptions {
  /** Language of the reasons' messages (default `'en'`). */
  readonly lang?: Lang;
}

/**
 * What an account may do at an instant, given its status and what is held beside it: debits,
 * credits and non-counter business, each allowed or refused with every reason, and the amount
 * that freezes keep untouchable.
 *
 * Semantics (time is evaluated at `now`, so the answer does not depend on whether `advance` ran):
 * - `closed` blocks everything (only that reason is given); `pending` blocks everything;
 * - `dormant` — or `normal` with the inactivity period run out — blocks debits and non-counter
 *   business until reactivation with identity verification; credits (incoming transfers,
 *   interest) still land;
 * - a freeze applies while `from ≤ now < until`: scope `all` blocks debits and credits, `debit`
 *   debits, `credit` credits, `amount` adds to `frozenAmount` (a debit must leave the balance
 *   ≥ `frozenAmount`); a freeze never blocks credits unless its scope says so;
 * - a loss report in force (for the preset's validity) blocks debits and non-counter business;
 * - person restrictions in force: `receive_only` blocks debits, `no_non_counter` non-counter
 *   business;
 * - no active transaction within the preset's period after opening (or the
 *   `identityReverificationRequired` flag) blocks non-counter business until re-verification.
 *
 * `nonCounter` lists only channel-specific reasons: a debit the holder makes through a non-counter
 * channel needs both `debit` and `nonCounter` allowed; money arriving (a credit) needs `credit`
 * only, whatever the channel. Which channels count as the counter:
 * `preset.lifecycle.counterChannels` (see {@link isCounterChannel}).
 *
 * It is on the limit engine's hot path, so it checks only what it reads, and cheaply (instants are
 * memoised): structure, types, enumerations, list lengths, instants, `until` after `from`, amounts
 * in the currency's scale. It refuses what it refuses as `accountStateViewSchema` (the shared
 * schema) words it, with every problem; other fields (balance, class, a loss report's channel, …)
 * are not looked at.
 *
 * @param account - the account (status required; freezes, loss report, restrictions, dates optional)
 * @param now - the instant of the operation: an ISO 8601 string with its offset, or a `Date`
 * @param preset - the rule set (loss-report validity, dormancy period, new-account period, zone)
 * @param options - `lang` for the messages
 * @returns the permissions
 * @throws `AccountPolicyError` `invalid_input` when `now` is neither an ISO 8601 instant with its offset nor a valid `Date` (path `now`)
 *   or the account is malformed (every problem, paths from `account`, as
 *   `accountStateViewSchema` says: not an object, an unknown status, a freeze that is `null`, an
 *   instant that does not exist, an amount with more decimals than the account's currency has, …)
 * @example
 * ```ts
 * const p = accountPermissions(
 *   { status: 'normal', freezes: [{ id: 'F1', kind: 'judicial', scope: 'all', from: '2026-11-01T00:00:00+08:00', authority: 'court' }], lossReport: null },
 *   '2026-11-22T10:00:00+08:00',
 *   getPreset('cn-pboc-2018'),
 * );
 * p.debit.allowed; // false — reasons[0].code === 'account_frozen'
 * p.credit.allowed; // false (scope all)
 * ```
 */
export function accountPermissions(
  account: AccountStateView,
  now: InstantArgument,
  preset: Preset,
  options: AccountPermissionsOptions = {},
): AccountPermissions {
  const nowMs = dateArgumentMs(now, 'now');
  const own = validateAccountView(account, preset.currency);
  let permissions: AccountPermissions;
  try {
    permissions = accountPermissionsBody(own, nowMs, preset, options);
  } catch (error) {
    // A malformed instant or amount surfaces where it is read: report it as the shared schema
    // does (every problem, paths from `account`) when the schema sees it.
    throw accountReadError(account, error);
  }
  // The common case (everything allowed) has nothing to cite: keep the hot path allocation-free.
  return permissions.debit.allowed && permissions.credit.allowed && permissions.nonCounter.allowed
    ? permissions
    : citeSources(preset, permissions);
}

function accountPermissionsBody(
  account: AccountStateView,
  nowMs: number,
  preset: Preset,
  options: AccountPermissionsOptions,
): AccountPermissions {
  const lang = options.lang ?? 'en';
  const currency = account.currency ?? preset.currency;
  if (account.status === 'closed') {
    const closed = permission([
      {
        code: 'account_closed',
        status: account.status,
        source: preset.lifecycle.closure.source,
        message: formatMessage('account_closed', {}, lang),
      },
    ]);
    return { debit: closed, credit: closed, nonCounter: closed, frozenAmount: zeroText(currency) };
  }
  const out: Refused = { debit: [], credit: [], nonCounter: [] };
  pendingRule(account, preset, lang, out);
  dormancyRule(account, nowMs, preset, lang, out);
  lossReportRule(account, nowMs, preset, lang, out);
  const scale = getCurrency(currency).scale;
  const frozen = freezeRule(account, nowMs, preset, scale, lang, out);
  restrictionRule(account, nowMs, preset, lang, out);
  reverificationRule(account, nowMs, preset, lang, out);
  return {
    debit: permission(out.debit),
    credit: permission(out.credit),
    nonCounter: permission(out.nonCounter),
    frozenAmount: frozen === null ? zeroText(currency) : minorText(frozen, scale),
  };
}

/**
 * Non-throwing twin of {@link accountPermissions}.
 *
 * @param account - the account
 * @param now - the instant of the operation: an ISO 8601 string with its offset, or a `Date`
 * @param preset - the rule set
 * @param options - `lang` for the messages
 * @returns `{ ok: true, value }` with the permissions, or `{ ok: false, error }`
 * @example
 * ```ts
 * safeAccountPermissions({ status: 'open' } as never, '2026-11-22T10:00:00+08:00', getPreset()).ok; // false
 * ```
 */
export function safeAccountPermissions(
  account: AccountStateView,
  now: InstantArgument,
  preset: Preset,
  options: AccountPermissionsOptions = {},
): Result<AccountPermissions> {
  return attempt(() => accountPermissions(account, now, preset, options));
}
