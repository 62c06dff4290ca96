import { AccountPolicyError } from '../../errors';
import { isSupportedInstant, SUPPORTED_INSTANTS_RULE } from '../../time/instantRange';
import type { Preset } from '../../presets/types';
import {
  addDuration,
  formatInstant,
  parseInstant,
  safeParseInstant,
  type PolicyDuration,
} from '../../time';
import type { AccountStateView, Freeze, LossReport, Restriction } from '../types';

/** Where each instant of an account is, for the error naming a malformed one. */
const OPENED_AT = ['account', 'openedAt'] as const;
const ACTIVATED_AT = ['account', 'activatedAt'] as const;
const LAST_ACTIVE_AT = ['account', 'lastActiveAt'] as const;
const REACTIVATED_AT = ['account', 'reactivatedAt'] as const;
const IDENTITY_REVERIFIED_AT = ['account', 'identityReverifiedAt'] as const;
const LOSS_REPORT_AT = ['account', 'lossReport', 'at'] as const;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * A duration's shortest possible length in milliseconds on any calendar: a year is at least 365
 * days, a month 28, and a zone may shift by up to a day across the span (hence 2 days' slack).
 * Lets hot paths skip the calendar arithmetic when a period cannot have elapsed yet.
 */
function shortestMs(d: PolicyDuration): number {
  const calendarDays =
    (d.years ?? 0) * 365 + (d.months ?? 0) * 28 + (d.weeks ?? 0) * 7 + (d.days ?? 0);
  const calendar = calendarDays > 0 ? Math.max(0, (calendarDays - 2) * DAY_MS) : 0;
  return calendar + (d.hours ?? 0) * HOUR_MS + (d.minutes ?? 0) * MINUTE_MS;
}

/**
 * Bounded memo tables: the same account is checked again and again on a hot path, and parsing an
 * instant or doing zone arithmetic costs microseconds. Invisible to callers (pure functions of
 * their keys); cleared wholesale when full.
 */
const MEMO_LIMIT = 4096;
const PARSED = new Map<string, number>();
const SHIFTED = new Map<string, number>();
const WRITTEN = new Map<string, string>();

function remember(table: Map<string, number>, key: string, value: number): number {
  if (table.size >= MEMO_LIMIT) table.clear();
  table.set(key, value);
  return value;
}

/**
 * Milliseconds of an ISO instant string, validated and within `SUPPORTED_INSTANTS` (throws
 * `invalid_instant` naming `path`).
 */
export function ms(value: string, path: readonly (string | number)[]): number {
  const known = typeof value === 'string' ? PARSED.get(value) : undefined;
  if (known !== undefined) return known;
  const valueMs = parseInstant(value, [...path]).getTime();
  if (!isSupportedInstant(valueMs))
    throw new AccountPolicyError(
      'invalid_instant',
      `Invalid instant at ${path.join('.')}: ${SUPPORTED_INSTANTS_RULE}`,
      [{ path: [...path], message: SUPPORTED_INSTANTS_RULE }],
    );
  return remember(PARSED, value, valueMs);
}

/**
 * Milliseconds of an ISO instant string as {@link ms}, or `NaN` when `value` is not one (no throw,
 * for checks that collect the problem themselves).
 */
export function instantMsOrNaN(value: unknown): number {
  if (typeof value !== 'string') return Number.NaN;
  const known = PARSED.get(value);
  if (known !== undefined) return known;
  const parsed = safeParseInstant(value);
  return parsed.ok && isSupportedInstant(parsed.value.getTime())
    ? remember(PARSED, value, parsed.value.getTime())
    : Number.NaN;
}

/** `start + duration` on the preset's calendar, in milliseconds. */
export function plus(startMs: number, duration: PolicyDuration, preset: Preset): number {
  const key = `${startMs}|${preset.timeZone}|${duration.years ?? 0}|${duration.months ?? 0}|${duration.weeks ?? 0}|${duration.days ?? 0}|${duration.hours ?? 0}|${duration.minutes ?? 0}`;
  const known = SHIFTED.get(key);
  if (known !== undefined) return known;
  return remember(
    SHIFTED,
    key,
    addDuration(new Date(startMs), duration, preset.timeZone).getTime(),
  );
}

/**
 * Whether `start + duration ≤ now` on the preset's calendar; returns the instant reached (ms) or
 * `null` when it has not been reached. Skips the calendar work when it cannot have been reached.
 */
export function reachedBy(
  startMs: number,
  duration: PolicyDuration,
  nowMs: number,
  preset: Preset,
): number | null {
  if (nowMs - startMs < shortestMs(duration)) return null;
  const end = plus(startMs, duration, preset);
  return end <= nowMs ? end : null;
}

/** Writes an instant (ms) in the preset's zone, e.g. `"2026-11-23T00:00:00+08:00"`. */
export function iso(instantMs: number, preset: Preset): string {
  const key = `${instantMs}|${preset.timeZone}`;
  const known = WRITTEN.get(key);
  if (known !== undefined) return known;
  const text = formatInstant(new Date(instantMs), preset.timeZone);
  if (WRITTEN.size >= MEMO_LIMIT) WRITTEN.clear();
  WRITTEN.set(key, text);
  return text;
}

/** Whether a dated item (`from ≤ now < until`) is in force at `now`. */
export function inForce(
  item: Freeze | Restriction,
  nowMs: number,
  path: readonly (string | number)[],
): boolean {
  if (ms(item.from, [...path, 'from']) > nowMs) return false;
  return item.until === undefined || ms(item.until, [...path, 'until']) > nowMs;
}

/** Whether a dated item has lapsed for good (`until ≤ now`). */
export function lapsed(
  item: Freeze | Restriction,
  nowMs: number,
  path: readonly (string | number)[],
): boolean {
  return item.until !== undefined && ms(item.until, [...path, 'until']) <= nowMs;
}

/** When a loss report lapses (ms): its instant plus the preset's validity. */
export function lossReportEnd(report: LossReport, preset: Preset): number {
  return plus(ms(report.at, LOSS_REPORT_AT), preset.lifecycle.lossReport.validity, preset);
}

/** Whether a loss report is in force at `now` (`at ≤ now < at + validity`). */
export function lossReportInForce(report: LossReport, nowMs: number, preset: Preset): boolean {
  const at = ms(report.at, LOSS_REPORT_AT);
  if (at > nowMs) return false;
  return reachedBy(at, preset.lifecycle.lossReport.validity, nowMs, preset) === null;
}

/**
 * The instant from which inactivity is counted: the latest of opening, activation, the last
 * active transaction and reactivation. `null` without `openedAt`.
 */
export function inactivityBase(account: AccountStateView): number | null {
  if (account.openedAt === undefined) return null;
  let base = ms(account.openedAt, OPENED_AT);
  const { activatedAt, lastActiveAt, reactivatedAt } = account;
  if (activatedAt !== undefined && activatedAt !== null)
    base = Math.max(base, ms(activatedAt, ACTIVATED_AT));
  if (lastActiveAt !== undefined && lastActiveAt !== null)
    base = Math.max(base, ms(lastActiveAt, LAST_ACTIVE_AT));
  if (reactivatedAt !== undefined && reactivatedAt !== null)
    base = Math.max(base, ms(reactivatedAt, REACTIVATED_AT));
  return base;
}

/**
 * When a normal account became dormant by `now` (ms): the end of its inactivity period, or `null`
 * if the period has not run out (or the account is not `normal`).
 */
export function dormantFrom(
  account: AccountStateView,
  nowMs: number,
  preset: Preset,
): number | null {
  if (account.status !== 'normal') return null;
  const base = inactivityBase(account);
  if (base === null) return null;
  return reachedBy(base, preset.lifecycle.dormancy.inactivityPeriod, nowMs, preset);
}

/**
 * When the new-account inactivity rule suspended non-counter business (ms), or `null` if it does
 * not apply at `now`: no active transaction since opening, the period after opening has run out,
 * and identity has not been re-verified since.
 */
export function newAccountSuspensionFrom(
  account: AccountStateView,
  nowMs: number,
  preset: Preset,
): number | null {
  if (account.status === 'closed' || account.openedAt === undefined) return null;
  if (account.lastActiveAt !== undefined && account.lastActiveAt !== null) return null;
  const deadline = reachedBy(
    ms(account.openedAt, OPENED_AT),
    preset.lifecycle.newAccountInactivity.period,
    nowMs,
    preset,
  );
  if (deadline === null) return null;
  if (
    account.identityReverifiedAt !== undefined &&
    ms(account.identityReverifiedAt, IDENTITY_REVERIFIED_AT) >= deadline
  )
    return null;
  return deadline;
}
