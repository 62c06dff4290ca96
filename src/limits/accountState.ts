/*
 * The one place the limit engine asks what the account's state permits: the lifecycle module's
 * `accountPermissions` (the single source of truth for status, freezes, loss reports and
 * restrictions), plus the amount-scope freeze it reports as `frozenAmount`.
 */
import { sourceRef } from '../presets/citeSources';
import { accountPermissions } from '../lifecycle/accountPermissions';
import { isCounterChannel } from '../lifecycle/isCounterChannel';
import { inForce } from '../lifecycle/internal/timing';
import type { AccountStateView, OperationPermission, StateReason } from '../lifecycle/types';
import { renderMessage } from '../messages/renderMessage';
import { formatLimitMessage as formatMessage } from '../messages/areaMessages';
import { LIMIT_WORDS } from '../messages/catalog/limits';
import type { Lang } from '../messages/lang';
import { formatAmountTextForDisplay } from '../money/formatMoneyForDisplay';
import type { Channel } from '../presets/types/common';
import type { Preset } from '../presets/types/preset';
import { minorText, parseAmountMinor } from '../money/amountMinor';
import type { AccountStateViolation, LimitAccount } from './types';

/** The preset rule behind a state reason, e.g. `lifecycle.freezes.judicial`. */
function rulePath(r: StateReason): string {
  switch (r.code) {
    case 'account_frozen':
      return r.freezeKind === undefined ? 'lifecycle.freezes' : `lifecycle.freezes.${r.freezeKind}`;
    case 'loss_reported':
      return 'lifecycle.lossReport';
    case 'account_dormant':
      return 'lifecycle.dormancy';
    case 'person_restricted':
      return 'lifecycle.restrictions';
    case 'identity_reverification_required':
      return 'lifecycle.newAccountInactivity';
    case 'account_closed':
      return 'lifecycle.closure';
    default:
      return 'account.status';
  }
}

function fromReasons(
  permission: OperationPermission,
  operation: AccountStateViolation['operation'],
  preset: Preset,
  lang: Lang,
  out: AccountStateViolation[],
  reasons: string[] | undefined,
): void {
  if (permission.allowed) return;
  for (const r of permission.reasons) {
    const { code, message, source, sourceKey, ...facts } = r as StateReason;
    out.push({
      code: 'account_state',
      operation,
      reason: code,
      details: facts as { readonly [field: string]: string | undefined },
      rule: rulePath(r),
      source: sourceRef(preset, sourceKey ?? source),
      sourceKey: sourceKey ?? source ?? '',
      message: formatMessage('account_state', { reason: message }, lang),
    });
    reasons?.push(message);
  }
}

/**
 * Every state field, as a record typed by the lifecycle's `AccountStateView`: a field added there
 * and missing here is a compile error, so the shortcut below can never skip a field it should read.
 */
const STATE_FIELD_RECORD: { readonly [K in keyof Required<AccountStateView>]: true } = {
  status: true,
  freezes: true,
  lossReport: true,
  restrictions: true,
  openedAt: true,
  lastActiveAt: true,
  activatedAt: true,
  reactivatedAt: true,
  dormantSince: true,
  identityReverificationRequired: true,
  identityReverifiedAt: true,
  currency: true,
};

/**
 * The account fields the lifecycle reads (the state fields of a limit account): with none of
 * them, the account is in plain `normal` state.
 *
 * @example
 * ```ts
 * ACCOUNT_STATE_FIELDS.includes('freezes'); // true
 * ```
 */
export const ACCOUNT_STATE_FIELDS = Object.keys(
  STATE_FIELD_RECORD,
) as readonly (keyof AccountStateView)[];

/**
 * Whether an account gives no lifecycle state at all (the common case for a service that keeps
 * state elsewhere): then it is `normal` with nothing held, and every operation is permitted
 * (a property test holds this equal to asking accountPermissions).
 */
function holdsNoState(account: LimitAccount): boolean {
  const fields = account as unknown as Readonly<Record<string, unknown>>;
  for (const key of ACCOUNT_STATE_FIELDS) if (fields[key] !== undefined) return false;
  return true;
}

/**
 * The state view of a limit account (status defaults to `normal`). The view's type lists every
 * key of the lifecycle module's `AccountStateView` (a key it adds is a compile error here until
 * it is passed on), so whatever the lifecycle module reads reaches it.
 */
function stateView(account: LimitAccount): AccountStateView {
  if (account.status !== undefined) return account as AccountStateView;
  const view: Record<keyof AccountStateView, unknown> = {
    status: 'normal',
    freezes: account.freezes,
    lossReport: account.lossReport,
    restrictions: account.restrictions,
    openedAt: account.openedAt,
    lastActiveAt: account.lastActiveAt,
    activatedAt: account.activatedAt,
    reactivatedAt: account.reactivatedAt,
    dormantSince: account.dormantSince,
    identityReverificationRequired: account.identityReverificationRequired,
    identityReverifiedAt: account.identityReverifiedAt,
    currency: account.currency,
  };
  return view as unknown as AccountStateView;
}

/** A debit's booked balance, pending debits (holds) and amount, in minor units. */
export interface DebitMinor {
  readonly balanceMinor: bigint;
  readonly pendingMinor: bigint;
  readonly amountMinor: bigint;
}

/**
 * Every `account_state` violation of a transaction: debits need `debit`, credits `credit`,
 * anything not through a counter channel also `nonCounter`; a debit must leave the balance
 * (pending debits included) at least at the frozen amount.
 *
 * @param account - the account (state fields optional)
 * @param at - the transaction's instant
 * @param effect - `1` credit, `-1` debit
 * @param channel - the transaction's channel (absent: non-counter)
 * @param debit - for a debit: the booked balance, the pending debits and the amount (the balance it
 *   would leave, pending debits included, must stay at least at the frozen amount)
 * @param preset - the preset
 * @param scale - the currency's scale
 * @param lang - the messages' language
 * @param reasons - when given, receives each violation's `{reason}` sentence, in order (traces)
 * @returns the violations, empty when the state permits the transaction
 * @example
 * ```ts
 * accountStateViolations({ class: 'II', balance: '0.00', status: 'closed' }, at, -1, 'counter', null, getPreset(), 2, 'en')[0].reason; // 'account_closed'
 * ```
 */
export function accountStateViolations(
  account: LimitAccount,
  at: Date,
  effect: 1 | -1,
  channel: Channel | undefined,
  debit: DebitMinor | null,
  preset: Preset,
  scale: number,
  lang: Lang,
  reasons?: string[],
): AccountStateViolation[] {
  // Plain `normal` with nothing held: accountPermissions would permit everything (and its
  // validation of an empty state was a sixth of a check).
  if (holdsNoState(account)) return [];
  const permissions = accountPermissions(stateView(account), at, preset, { lang });
  const out: AccountStateViolation[] = [];
  fromReasons(
    effect === -1 ? permissions.debit : permissions.credit,
    effect === -1 ? 'debit' : 'credit',
    preset,
    lang,
    out,
    reasons,
  );
  if (channel === undefined || !isCounterChannel(channel, preset))
    fromReasons(permissions.nonCounter, 'non_counter', preset, lang, out, reasons);
  if (effect === -1 && debit !== null && !/^0(?:\.0*)?$/.test(permissions.frozenAmount)) {
    const frozen = parseAmountMinor(permissions.frozenAmount, scale, ['account', 'freezes']);
    const after = debit.balanceMinor - debit.pendingMinor - debit.amountMinor;
    if (after < frozen) {
      const currency = preset.currency;
      const frozenAmount = minorText(frozen, scale);
      const balanceAfter = minorText(after, scale);
      const reason = renderMessage(
        LIMIT_WORDS.frozen_amount,
        {
          frozenAmount: formatAmountTextForDisplay(frozenAmount, currency, lang),
          balanceAfter: formatAmountTextForDisplay(balanceAfter, currency, lang),
        },
        lang,
      );
      // Cite the rule of the account's own amount-scope freeze (the first in force; the frozen
      // amount is the sum of all of them).
      const atMs = at.getTime();
      const freezes = account.freezes ?? [];
      const own = freezes.find(
        (f, i) => f.scope === 'amount' && inForce(f, atMs, ['account', 'freezes', i]),
      );
      const rule = own === undefined ? undefined : preset.lifecycle.freezes[own.kind];
      out.push({
        code: 'account_state',
        operation: 'frozen_amount',
        reason: 'frozen_amount',
        details: {},
        frozenAmount,
        balanceAfter,
        rule: rule ? `lifecycle.freezes.${rule.kind}` : 'lifecycle.freezes',
        source: sourceRef(preset, rule?.source),
        sourceKey: rule?.source ?? '',
        message: formatMessage('account_state', { reason }, lang),
      });
      reasons?.push(reason);
    }
  }
  return out;
}
