/*
 * The limit engine proper: evaluates one class's permissions and limits for a transaction (or
 * just its headroom) against usage. Internal to src/limits; the public entry points are
 * checkTransaction, checkTransactionFromHistory and getHeadroom.
 */
import { balanceEffect } from '../classes/balanceEffect';
import { evaluatePermission } from '../classes/evaluatePermission';
import { isCounterChannel } from '../lifecycle/isCounterChannel';
import { LIMIT_WORDS } from '../messages/catalog/limits';
import { formatMessage } from '../messages/formatMessage';
import type { Lang } from '../messages/lang';
import { CHANNEL_WORDS } from '../messages/catalog/channels';
import { list } from '../lifecycle/internal/words';
import { renderMessage } from '../messages/renderMessage';
import { PolicyDecimal } from '../money/decimal';
import { formatMoneyForDisplay } from '../money/formatMoneyForDisplay';
import { formatDuration } from '../time';
import { fixedText } from './fixedText';
import type { CompiledClass, CompiledLimit, CompiledPreset, CompiledWindowLimit } from './compile';
import { instantMs, parseAmount, type ParsedTransaction } from './parse';
import { contentKey, parsedKey } from './memory';
import type {
  LimitAccount,
  LimitStatus,
  LimitViolation,
  LimitViolationKind,
  PermissionViolation,
  Usage,
  Violation,
} from './types';
import { conflicting } from './usage';
import { sliceAt, totalsOf, type WindowSlice } from './windows';
import { ZERO } from './zero';
import { nonReloadableViolation } from './rules/nonReloadable';
import { perTransactionScopeSelects } from './rules/perTransactionScope';
import type { PerTransactionLimit } from '../presets/types/classes';

/** A pending hold that counts at the evaluation instant. */
interface ActiveHold {
  readonly bucket: string;
  readonly atMs: number;
  readonly amount: PolicyDecimal;
  readonly reversal: boolean;
}

/** Per class and window: what is used, per direction, holds included. */
interface WindowUse {
  readonly inflow: PolicyDecimal;
  readonly outflow: PolicyDecimal;
  /** The canonical text of `inflow`/`outflow` when known without formatting, else `null`. */
  readonly inflowText: string | null;
  readonly outflowText: string | null;
  readonly inflowCount: number;
  readonly outflowCount: number;
  readonly resetsAt: string | null;
}

/** Everything about one evaluation instant that does not depend on the class. */
export interface Evaluation {
  readonly compiled: CompiledPreset;
  readonly usage: Usage;
  readonly scale: number;
  /** Zero with the currency's scale, e.g. `"0.00"`. */
  readonly zeroText: string;
  readonly atMs: number;
  /** Booked balance, and its canonical text if the input was canonical (else `null`). */
  readonly balance: PolicyDecimal;
  readonly balanceText: string | null;
  readonly holds: readonly ActiveHold[];
  /** Sums of pending credits and debits (holds), for the balance cap and the frozen amount. */
  readonly pendingCredits: PolicyDecimal;
  readonly pendingDebits: PolicyDecimal;
  /** Per window key, the slice at the instant (a few entries: linear search beats a Map here). */
  readonly slices: { key: string; slice: WindowSlice }[];
  /** Per class and window key, what is used. */
  readonly uses: { cls: CompiledClass; key: string; use: WindowUse }[];
}

/**
 * Prepares an evaluation for a usage that fits the preset (call `assertUsageFits` first): the
 * holds that still count at `atMs` (not expired; the transaction's own hold excluded when its id
 * and content match, a conflict when only the id does).
 *
 * @param compiled - the compiled preset
 * @param usage - the usage
 * @param scale - the currency's scale
 * @param atMs - the instant (epoch ms)
 * @param balance - the booked balance
 * @param balanceText - its canonical text, or null
 * @param self - the transaction checked, or null
 * @returns the evaluation
 * @example
 * ```ts
 * prepareEvaluation(compiled, usage, 2, tx.atMs, balance, '0.00', tx);
 * ```
 */
export function prepareEvaluation(
  compiled: CompiledPreset,
  usage: Usage,
  scale: number,
  atMs: number,
  balance: PolicyDecimal,
  balanceText: string | null,
  self: ParsedTransaction | null,
): Evaluation {
  const holds: ActiveHold[] = [];
  let pendingCredits = ZERO;
  let pendingDebits = ZERO;
  for (let i = 0; i < usage.holds.length; i++) {
    const h = usage.holds[i]!;
    const path = ['usage', 'holds', i];
    if (self !== null && self.id !== undefined && h.id === self.id) {
      if (contentKey(h.transaction) !== parsedKey(self)) conflicting(self.id, 'a pending hold');
      continue;
    }
    if (instantMs(h.expiresAt, [...path, 'expiresAt']) <= atMs) continue;
    const t = h.transaction;
    const amount = parseAmount(h.amount, scale, [...path, 'amount']);
    const reversal = t.reverses !== undefined;
    holds.push({
      bucket: `${t.kind}:${t.counterparty}`,
      atMs: instantMs(t.at, [...path, 'transaction', 'at']),
      amount,
      reversal,
    });
    if (balanceEffect(t.kind, reversal) === 1) pendingCredits = pendingCredits.plus(amount);
    else pendingDebits = pendingDebits.plus(amount);
  }
  return {
    compiled,
    usage,
    scale,
    // The usage fits the preset (assertUsageFits, called first): same currency, same scale.
    zeroText: compiled.zeroText,
    atMs,
    balance,
    balanceText,
    holds,
    pendingCredits,
    pendingDebits,
    slices: [],
    uses: [],
  };
}

function windowUse(ev: Evaluation, cls: CompiledClass, key: string): WindowUse {
  for (const u of ev.uses) if (u.cls === cls && u.key === key) return u.use;
  let slice: WindowSlice | undefined;
  for (const s of ev.slices)
    if (s.key === key) {
      slice = s.slice;
      break;
    }
  if (!slice) {
    slice = sliceAt(key, ev.usage.windows[key]!, ev.atMs, ev.compiled.timeZone);
    ev.slices.push({ key, slice });
  }
  const t = totalsOf(key, slice, cls.directions, ev.scale, ev.zeroText);
  const restore = cls.rules.counting.reversalsRestoreHeadroom;
  let inflowText = t.inflowText;
  let outflowText = t.outflowText;
  let inflow = t.inflow;
  let outflow = t.outflow;
  if (restore && t.inflowReversed !== ZERO) {
    inflow = inflow.minus(t.inflowReversed);
    inflowText = null;
    if (inflow.isNegative()) inflow = ZERO;
  }
  if (restore && t.outflowReversed !== ZERO) {
    outflow = outflow.minus(t.outflowReversed);
    outflowText = null;
    if (outflow.isNegative()) outflow = ZERO;
  }
  let inflowCount = t.inflowCount;
  let outflowCount = t.outflowCount;
  for (const h of ev.holds) {
    if (h.reversal || h.atMs < slice.startMs || h.atMs >= slice.endMs) continue;
    const dir = cls.directions.get(h.bucket);
    if (dir === 'inflow') {
      inflow = inflow.plus(h.amount);
      inflowCount++;
      inflowText = null;
    } else if (dir === 'outflow') {
      outflow = outflow.plus(h.amount);
      outflowCount++;
      outflowText = null;
    }
  }
  const use = {
    inflow,
    outflow,
    inflowText,
    outflowText,
    inflowCount,
    outflowCount,
    resetsAt: slice.resetsAt,
  };
  ev.uses.push({ cls, key, use });
  return use;
}

/**
 * Joins unmet permission conditions, each a sentence of the catalog: Chinese sentences follow one
 * another; English ones become one sentence (`"only after A, and only after B."`).
 */
function joinReasons(reasons: readonly string[], lang: Lang): string {
  if (lang === 'zh-CN') return reasons.join('');
  return reasons.map((r, i) => (i < reasons.length - 1 ? r.replace(/\.$/, '') : r)).join(', and ');
}

function countDecimal(n: number): PolicyDecimal {
  return n === 0 ? ZERO : new PolicyDecimal(n);
}

const UNIT_WORD = { day: 'daily', month: 'monthly', year: 'annual' } as const;

function windowCode(limit: CompiledWindowLimit): LimitViolationKind {
  if (limit.type === 'window_count') return 'count_limit';
  const unit = limit.window.kind === 'calendar' ? UNIT_WORD[limit.window.unit] : 'rolling';
  return `${unit}_${limit.direction}_limit`;
}

/** What one limit of a class looks like at the evaluation instant. */
interface LimitState {
  readonly limit: CompiledLimit;
  readonly used: PolicyDecimal;
  /** `used` as text when known without formatting, else `null`. */
  readonly usedText: string | null;
  readonly remaining: PolicyDecimal;
  /** `limit − used`, not clamped (negative when a lowered limit is already overrun). */
  readonly rest: PolicyDecimal;
  readonly resetsAt: string | null;
  /** Whether the transaction (if any) counts toward this limit. */
  readonly applies: boolean;
}

function limitState(
  ev: Evaluation,
  cls: CompiledClass,
  limit: CompiledLimit,
  tx: ParsedTransaction | null,
  counted: 'inflow' | 'outflow' | null,
  effect: 1 | -1,
): LimitState {
  switch (limit.type) {
    case 'window_amount':
    case 'window_count': {
      const use = windowUse(ev, cls, limit.windowKey);
      const used =
        limit.type === 'window_amount'
          ? limit.direction === 'inflow'
            ? use.inflow
            : use.outflow
          : countDecimal(limit.direction === 'inflow' ? use.inflowCount : use.outflowCount);
      const rest = used === ZERO ? limit.limit : limit.limit.minus(used);
      return {
        limit,
        used,
        usedText:
          limit.type === 'window_amount'
            ? limit.direction === 'inflow'
              ? use.inflowText
              : use.outflowText
            : null,
        remaining: rest.isNegative() ? ZERO : rest,
        rest,
        resetsAt: use.resetsAt,
        applies: tx !== null && counted === limit.direction,
      };
    }
    case 'per_transaction':
      return {
        limit,
        used: ZERO,
        usedText: null,
        remaining: limit.limit,
        rest: limit.limit,
        resetsAt: null,
        applies:
          tx !== null &&
          counted === limit.direction &&
          perTransactionScopeSelects(limit.rule as PerTransactionLimit, tx.kind, tx.channel),
      };
    case 'balance_cap': {
      const used = ev.pendingCredits === ZERO ? ev.balance : ev.balance.plus(ev.pendingCredits);
      const rest = limit.limit.minus(used);
      return {
        limit,
        used,
        usedText: ev.pendingCredits === ZERO ? ev.balanceText : null,
        remaining: rest.isNegative() ? ZERO : rest,
        rest,
        resetsAt: null,
        applies: tx !== null && effect === 1,
      };
    }
  }
}

/** used + requested > limit, i.e. requested > limit − used (one count for count limits). */
function exceeded(state: LimitState, tx: ParsedTransaction): boolean {
  return state.limit.type === 'window_count'
    ? state.rest.lessThan(1)
    : tx.amount.greaterThan(state.rest);
}

function display(ev: Evaluation, amount: PolicyDecimal, lang: Lang): string {
  return formatMoneyForDisplay({ currency: ev.compiled.currency, amount }, lang);
}

function limitViolation(
  ev: Evaluation,
  state: LimitState,
  tx: ParsedTransaction,
  lang: Lang,
): LimitViolation {
  const { limit } = state;
  const isCount = limit.type === 'window_count';
  const code: LimitViolationKind =
    limit.type === 'window_amount' || limit.type === 'window_count'
      ? windowCode(limit)
      : limit.type === 'per_transaction'
        ? 'per_transaction_limit'
        : 'balance_cap';
  const text = (d: PolicyDecimal) => (isCount ? d.toFixed(0) : d.toFixed(ev.scale));
  const shown = (d: PolicyDecimal) => (isCount ? d.toFixed(0) : display(ev, d, lang));
  const requested = isCount ? new PolicyDecimal(1) : tx.amount;
  const balanceAfter = limit.type === 'balance_cap' ? state.used.plus(tx.amount) : null;
  const message = formatMessage(
    code,
    {
      limit: shown(limit.limit),
      used: shown(state.used),
      requested: shown(requested),
      remaining: shown(state.remaining),
      resetsAt: state.resetsAt ?? '—',
      layer: renderMessage(
        limit.layer === 'bank' ? LIMIT_WORDS.layer_bank : LIMIT_WORDS.layer_regulatory,
        {},
        lang,
      ),
      period:
        (limit.type === 'window_amount' || limit.type === 'window_count') &&
        limit.window.kind === 'rolling'
          ? formatDuration(limit.window.duration, lang)
          : undefined,
      balanceAfter: balanceAfter === null ? undefined : display(ev, balanceAfter, lang),
    },
    lang,
  );
  return {
    code,
    limitId: limit.id,
    layer: limit.layer,
    limit: limit.limitText,
    used: text(state.used),
    requested: text(requested),
    remaining: text(state.remaining),
    resetsAt: state.resetsAt,
    ...(balanceAfter === null ? {} : { balanceAfter: balanceAfter.toFixed(ev.scale) }),
    rule: limit.path,
    source: limit.sourceRef,
    sourceKey: limit.sourceKey,
    message,
  };
}

function sourceRef(preset: Evaluation['compiled']['preset'], key: string): string {
  return Object.hasOwn(preset.sources, key) ? preset.sources[key]!.ref : key;
}

function kindText(kind: string, lang: Lang): string {
  const key = `kind_${kind}` as keyof typeof LIMIT_WORDS;
  return Object.hasOwn(LIMIT_WORDS, key) ? LIMIT_WORDS[key][lang] : kind;
}

function permissionViolations(
  ev: Evaluation,
  cls: CompiledClass,
  tx: ParsedTransaction,
  account: LimitAccount,
  lang: Lang,
): PermissionViolation[] {
  const out: PermissionViolation[] = [];
  const rules = cls.rules;
  const preset = ev.compiled.preset;
  if (!tx.reverses) {
    const outcome = evaluatePermission(rules, tx.kind, tx.counterparty, account);
    if (!outcome.permitted) {
      const reasons =
        outcome.why === 'no_rule'
          ? [LIMIT_WORDS.permission_no_rule[lang]]
          : outcome.why === 'forbidden'
            ? [LIMIT_WORDS.permission_forbidden[lang]]
            : outcome.unmet.map((c) => LIMIT_WORDS[`permission_requires_${c}`][lang]);
      const sourceKey = outcome.why === 'no_rule' ? rules.source : outcome.rule.source;
      out.push({
        code: 'kind_not_permitted',
        kind: tx.kind,
        counterparty: tx.counterparty,
        class: rules.id,
        why: outcome.why,
        unmet: outcome.why === 'conditions' ? outcome.unmet : [],
        ...(tx.channel === undefined ? {} : { channel: tx.channel }),
        rule:
          outcome.ruleIndex === null
            ? `classes.${rules.id}.permissions`
            : `classes.${rules.id}.permissions.${outcome.ruleIndex}`,
        source: sourceRef(preset, sourceKey),
        sourceKey,
        message: formatMessage(
          'kind_not_permitted',
          {
            class: rules.title[lang],
            kind: kindText(tx.kind, lang),
            reason: joinReasons(reasons, lang),
          },
          lang,
        ),
      });
    }
  }
  const channels = rules.transactionChannels;
  if (channels !== undefined) {
    const ok =
      tx.channel !== undefined &&
      (isCounterChannel(tx.channel, preset) || channels.includes(tx.channel));
    if (!ok)
      out.push({
        code: 'channel_not_permitted',
        kind: tx.kind,
        counterparty: tx.counterparty,
        class: rules.id,
        why: 'channel',
        unmet: [],
        ...(tx.channel === undefined ? {} : { channel: tx.channel }),
        rule: `classes.${rules.id}.transactionChannels`,
        source: cls.sourceRef,
        sourceKey: rules.source,
        message: formatMessage(
          'channel_not_permitted',
          {
            class: rules.title[lang],
            channel:
              tx.channel === undefined
                ? LIMIT_WORDS.channel_unspecified[lang]
                : CHANNEL_WORDS[tx.channel][lang],
            allowed: list(
              [...preset.lifecycle.counterChannels, ...channels].map((c) => CHANNEL_WORDS[c][lang]),
              lang,
            ),
          },
          lang,
        ),
      });
  }
  return out;
}

function textOf(ev: Evaluation, d: PolicyDecimal, isCount: boolean): string {
  if (d === ZERO) return isCount ? '0' : ev.zeroText;
  return fixedText(d, isCount ? 0 : ev.scale);
}

function statusOf(ev: Evaluation, state: LimitState): LimitStatus {
  const limit = state.limit;
  const used = state.usedText ?? textOf(ev, state.used, limit.type === 'window_count');
  const remaining =
    state.remaining === limit.limit
      ? limit.limitText
      : textOf(ev, state.remaining, limit.type === 'window_count');
  switch (limit.type) {
    case 'window_amount':
    case 'window_count':
      return {
        id: limit.id,
        type: limit.type,
        layer: limit.layer,
        direction: limit.direction,
        window: limit.window.kind === 'calendar' ? limit.window.unit : 'rolling',
        limit: limit.limitText,
        used,
        remaining,
        resetsAt: state.resetsAt,
        rule: limit.path,
        source: limit.sourceRef,
        sourceKey: limit.sourceKey,
      };
    case 'per_transaction':
      return {
        id: limit.id,
        type: limit.type,
        layer: limit.layer,
        direction: limit.direction,
        limit: limit.limitText,
        used,
        remaining,
        resetsAt: state.resetsAt,
        rule: limit.path,
        source: limit.sourceRef,
        sourceKey: limit.sourceKey,
      };
    case 'balance_cap':
      return {
        id: limit.id,
        type: limit.type,
        layer: limit.layer,
        limit: limit.limitText,
        used,
        remaining,
        resetsAt: state.resetsAt,
        rule: limit.path,
        source: limit.sourceRef,
        sourceKey: limit.sourceKey,
      };
  }
}

/** The result of evaluating one class. */
export interface ClassEvaluation {
  readonly violations: Violation[];
  readonly statuses: LimitStatus[] | null;
  readonly counted: 'inflow' | 'outflow' | 'exempt';
  readonly effect: 1 | -1;
}

/**
 * Evaluates the class-dependent rules (permissions, channels, limits) for a transaction, or only
 * the limits' statuses when `tx` is null.
 *
 * @param ev - the evaluation
 * @param cls - the compiled class
 * @param tx - the transaction, or null for headroom only
 * @param account - the account (permission facts)
 * @param lang - the messages' language
 * @param withStatuses - whether to build every limit's status (false: violations only, for hints)
 * @returns the violations, statuses, counting direction and balance effect
 * @example
 * ```ts
 * evaluateClass(ev, cls, tx, account, 'en', true).violations;
 * ```
 */
export function evaluateClass(
  ev: Evaluation,
  cls: CompiledClass,
  tx: ParsedTransaction | null,
  account: LimitAccount,
  lang: Lang,
  withStatuses: boolean,
): ClassEvaluation {
  const violations: Violation[] = [];
  const direction = tx === null ? 'exempt' : (cls.directions.get(tx.bucket) ?? 'exempt');
  const effect = tx === null ? 1 : balanceEffect(tx.kind, tx.reverses !== undefined);
  const counted = tx === null || tx.reverses || direction === 'exempt' ? null : direction;
  if (tx !== null) violations.push(...permissionViolations(ev, cls, tx, account, lang));
  const reload =
    tx === null || cls.rules.nonReloadable === undefined
      ? null
      : nonReloadableViolation(
          cls,
          counted,
          account,
          sourceRef(ev.compiled.preset, cls.rules.nonReloadable.source),
          lang,
        );
  if (reload !== null) violations.push(reload);
  const statuses: LimitStatus[] | null = withStatuses ? [] : null;
  for (const limit of cls.limits) {
    if (!withStatuses && tx !== null) {
      // Hint evaluation: only limits the transaction touches matter.
      const touches =
        limit.type === 'balance_cap'
          ? effect === 1
          : counted !== null && counted === limit.direction;
      if (!touches) continue;
    }
    const state = limitState(ev, cls, limit, tx, counted, effect);
    if (tx !== null && state.applies && exceeded(state, tx))
      violations.push(limitViolation(ev, state, tx, lang));
    if (statuses) statuses.push(statusOf(ev, state));
  }
  return { violations, statuses, counted: direction, effect };
}
