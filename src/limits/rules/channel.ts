/*
 * Rule: the class's transaction channels. A class that lists `transactionChannels` allows
 * non-counter business only through those channels; a counter channel is always allowed. A
 * class without the list has no such rule (it is not evaluated).
 */
import { isCounterChannel } from '../../lifecycle/isCounterChannel';
import { list } from '../../lifecycle/internal/words';
import { CHANNEL_WORDS } from '../../messages/catalog/channels';
import { LIMIT_WORDS } from '../../messages/catalog/limits';
import { formatLimitMessage as formatMessage } from '../../messages/areaMessages';
import type { PermissionViolation } from '../types';
import type { RuleInput, RuleResult } from './types';

/**
 * Evaluates the class's channel rule (`input.tx` must not be null, the class must list
 * `transactionChannels`).
 *
 * @param input - the rule input
 * @returns `failed` with a `channel_not_permitted` violation when the channel is absent or not
 *   allowed, else `passed` (values: the channel)
 * @example
 * ```ts
 * channelRule(input).outcome; // 'passed' for a mobile transfer on a class allowing 'mobile'
 * ```
 */
export function channelRule(input: RuleInput): RuleResult<PermissionViolation> {
  const { cls, lang } = input;
  const tx = input.tx!;
  const rules = cls.rules;
  const preset = input.ev.compiled.preset;
  const channels = rules.transactionChannels ?? [];
  const rule = `classes.${rules.id}.transactionChannels`;
  const ok =
    tx.channel !== undefined &&
    (isCounterChannel(tx.channel, preset) || channels.includes(tx.channel));
  if (ok)
    return {
      rule,
      source: cls.sourceRef,
      outcome: 'passed',
      code: 'trace_channel_ok',
      violation: null,
      values: input.trace ? { channel: tx.channel! } : null,
    };
  const params = {
    class: rules.title[lang],
    channel:
      tx.channel === undefined
        ? LIMIT_WORDS.channel_unspecified[lang]
        : CHANNEL_WORDS[tx.channel][lang],
    allowed: list(
      [...preset.lifecycle.counterChannels, ...channels].map((c) => CHANNEL_WORDS[c][lang]),
      lang,
    ),
  };
  const violation: PermissionViolation = {
    code: 'channel_not_permitted',
    kind: tx.kind,
    counterparty: tx.counterparty,
    class: rules.id,
    why: 'channel',
    unmet: [],
    ...(tx.channel === undefined ? {} : { channel: tx.channel }),
    rule,
    source: cls.sourceRef,
    sourceKey: rules.source,
    message: formatMessage('channel_not_permitted', params, lang),
  };
  return {
    rule,
    source: cls.sourceRef,
    outcome: 'failed',
    code: violation.code,
    violation,
    values: input.trace ? params : null,
  };
}
