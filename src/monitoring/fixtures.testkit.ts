/*
 * Shared fixtures of the monitoring tests: presets, a transaction builder, a runner.
 */
import type { TransactionInput } from '../limits/types';
import type { Lang } from '../messages/lang';
import { getPreset } from '../presets/registry';
import type { TransactionKind } from '../presets/types/common';
import type { AlertCode, MonitoringRules } from '../presets/types/monitoring';
import type { Preset } from '../presets/types/preset';
import { detectAlerts } from './detectAlerts';
import type { Alert, AlertOf, MonitorAccount } from './types';

export const PBOC = getPreset('cn-pboc-2018');
export const PBOC_2016 = getPreset('cn-pboc-2016');
export const TIERED = getPreset('tiered-generic');

/** A far-enough `now` for every fixture (all fixtures are in 2025–2026). */
export const NOW = '2027-01-01T00:00:00+08:00';

/**
 * A transaction in Shanghai time: `day` `YYYY-MM-DD`, `time` `HH:MM:SS`, counterparty `other`
 * unless `extra` says otherwise.
 */
export function tx(
  day: string,
  time: string,
  amount: string,
  kind: TransactionKind,
  extra: Partial<TransactionInput> = {},
): TransactionInput {
  return { at: `${day}T${time}+08:00`, amount, kind, ...extra };
}

/** Runs detectAlerts and returns every alert. */
export function run(
  history: readonly TransactionInput[],
  options: {
    account?: Partial<MonitorAccount>;
    preset?: Preset;
    now?: string;
    lang?: Lang;
  } = {},
): readonly Alert[] {
  return detectAlerts(
    {
      account: { class: 'II', ...options.account },
      history,
      now: options.now ?? NOW,
    },
    { preset: options.preset ?? PBOC, lang: options.lang ?? 'en' },
  ).alerts;
}

/** The alerts of one code. */
export function only<C extends AlertCode>(alerts: readonly Alert[], code: C): AlertOf<C>[] {
  return alerts.filter((a): a is AlertOf<C> => a.code === code);
}

/** A copy of a preset with some monitoring rules replaced (and other fields, e.g. the zone). */
export function withMonitoring(
  base: Preset,
  patch: Partial<MonitoringRules>,
  extra: Partial<Preset> = {},
): Preset {
  return { ...base, ...extra, id: `${base.id}-test`, monitoring: { ...base.monitoring, ...patch } };
}
