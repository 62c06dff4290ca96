import type { Lang } from '../../../messages/lang';
import type { FreezeKind, FreezeRule, Preset } from '../../../presets/types';
import { formatDuration } from '../../../time';
import { iso } from '../../internal/timing';
import { notApplicable, passUnless, refusal, type GuardResult } from '../unit';

/** What {@link freezeDuration} compares. */
export interface FreezeDurationParams {
  readonly kind: FreezeKind;
  readonly rule: FreezeRule;
  /** The freeze's id, when it is already on the account (a renewal). */
  readonly freezeId?: string;
  /** The requested end, as given; absent: the longest duration is used. */
  readonly until: string | undefined;
  readonly untilMs: number | undefined;
  /** The latest end the kind allows; `null`: no longest duration. */
  readonly maxUntilMs: number | null;
  readonly preset: Preset;
  readonly lang: Lang;
}

/**
 * Guard: a freeze (or its renewal) lasts no longer than its kind's longest duration
 * (`freeze_duration_exceeded`); ending exactly at the limit is allowed, a millisecond later is not.
 *
 * @example
 * ```ts
 * freezeDuration({ kind: 'stop_payment', rule, until: '2026-11-24T10:00:00.001+08:00',
 *   untilMs, maxUntilMs, preset, lang: 'en' }).outcome; // 'failed'
 * ```
 */
export function freezeDuration(p: FreezeDurationParams): GuardResult {
  const { rule, lang } = p;
  const path = `lifecycle.freezes.${p.kind}.maxDuration`;
  const freezeKind = rule.title[lang];
  if (p.maxUntilMs === null || rule.maxDuration === null)
    return notApplicable(path, rule.source, 'trace_freeze_duration_unlimited', { freezeKind });
  const maxUntil = iso(p.maxUntilMs, p.preset);
  const maxDuration = formatDuration(rule.maxDuration, lang);
  if (p.until === undefined || p.untilMs === undefined)
    return notApplicable(path, rule.source, 'trace_freeze_duration_default', {
      freezeKind,
      maxDuration,
      maxUntil,
    });
  const found =
    p.untilMs > p.maxUntilMs
      ? refusal(
          'freeze_duration_exceeded',
          { freezeKind, maxDuration, maxUntil, until: p.until },
          {
            ...(p.freezeId === undefined ? {} : { freezeId: p.freezeId }),
            freezeKind: p.kind,
            until: p.until,
            maxUntil,
            source: rule.source,
          },
          lang,
        )
      : null;
  return passUnless(found, path, rule.source, 'trace_freeze_duration_within', {
    freezeKind,
    maxDuration,
    maxUntil,
    until: p.until,
  });
}
