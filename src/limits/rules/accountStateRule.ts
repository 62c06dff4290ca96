/*
 * Rule: the account's state (status, freezes, loss report, restrictions, the frozen amount), as
 * the lifecycle module says (`accountStateViolations`). It fails once per reason, each with the
 * reason's own rule path (`lifecycle.freezes.judicial`); it passes as `account.status`.
 */
import { STATUS_WORDS } from '../../lifecycle/internal/words';
import { TRACE_LIMIT_WORDS } from '../../messages/catalog/traceLimits';
import type { Lang } from '../../messages/lang';
import { sourceRef } from '../../presets/citeSources';
import type { Channel } from '../../presets/types/common';
import type { Preset } from '../../presets/types/preset';
import { accountStateViolations, type DebitMinor } from '../accountState';
import type { AccountStateViolation, LimitAccount } from '../types';
import type { RuleResult } from './types';

/** What the account-state rule reads about the transaction. */
export interface AccountStateInput {
  readonly account: LimitAccount;
  readonly at: Date;
  readonly effect: 1 | -1;
  readonly channel: Channel | undefined;
  /** For a debit: the booked balance, pending debits and the amount in minor units; else null. */
  readonly debit: DebitMinor | null;
  readonly preset: Preset;
  readonly scale: number;
  readonly lang: Lang;
  readonly trace: boolean;
}

/**
 * Evaluates the account's state for the transaction.
 *
 * @param input - the account, the transaction's instant, effect and channel, the preset
 * @returns one `failed` result per `account_state` violation, or one `passed` result
 * @example
 * ```ts
 * accountStateRule({ account, at, effect: -1, channel: 'mobile', debit: null, preset, scale: 2, lang: 'en', trace: true })[0].outcome;
 * ```
 */
export function accountStateRule(input: AccountStateInput): RuleResult<AccountStateViolation>[] {
  const reasons: string[] | undefined = input.trace ? [] : undefined;
  const violations = accountStateViolations(
    input.account,
    input.at,
    input.effect,
    input.channel,
    input.debit,
    input.preset,
    input.scale,
    input.lang,
    reasons,
  );
  if (violations.length === 0) {
    const statuses = input.preset.lifecycle.statuses;
    return [
      {
        rule: 'account.status',
        source: sourceRef(input.preset, statuses.source),
        outcome: 'passed',
        code: 'trace_account_state_ok',
        violation: null,
        values: input.trace
          ? {
              status: STATUS_WORDS[input.account.status ?? 'normal'][input.lang],
              operation:
                TRACE_LIMIT_WORDS[input.effect === -1 ? 'operation_debit' : 'operation_credit'][
                  input.lang
                ],
            }
          : null,
      },
    ];
  }
  return violations.map((v, i) => ({
    rule: v.rule,
    source: v.source,
    outcome: 'failed',
    code: v.code,
    violation: v,
    values: reasons ? { reason: reasons[i]!, operation: v.operation } : null,
  }));
}
