import type { ClassIdArgument, PbocClassId } from '../presets/shippedClassIds';
import { AccountPolicyError, attempt, type Result } from '../errors';
import { isLang, type Lang } from '../messages/lang';
import { getPreset } from '../presets/registry';
import { ALERT_CODES, type AlertCode } from '../presets/types/monitoring';
import type { Preset } from '../presets/types/preset';
import { MONITORING_DETECTORS } from './detectors';
import { MAX_ALERTS_PER_CODE } from './internal/bounds';
import { createContext, invalid, type RankedAlert } from './internal/context';
import { monitoringIssues } from './monitoringIssues';
import type { Alert, MonitoringReport, MonitorInput, MonitorOptions } from './types';

/** Presets whose monitoring rules were found valid (checked once per preset object). */
const CHECKED = new WeakSet<Preset>();

function checkedPreset(preset: Preset): Preset {
  if (CHECKED.has(preset)) return preset;
  if (typeof preset !== 'object' || preset === null)
    throw new AccountPolicyError('invalid_preset', 'options.preset must be a preset object');
  const issues = monitoringIssues(preset);
  if (issues.length > 0) {
    const first = issues[0]!;
    throw new AccountPolicyError(
      'invalid_preset',
      `Preset ${String(preset.id).slice(0, 60)} has invalid monitoring rules: ${first.path.join('.')} ${first.message}` +
        (issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''),
      issues,
    );
  }
  CHECKED.add(preset);
  return preset;
}

function compareRanked(a: RankedAlert, b: RankedAlert): number {
  const byCode = ALERT_CODES.indexOf(a.code) - ALERT_CODES.indexOf(b.code);
  if (byCode !== 0) return byCode;
  if (a.atMs !== b.atMs) return a.atMs < b.atMs ? -1 : 1;
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.order - b.order;
}

/**
 * Looks for red flags in an account's recent activity (the red flags of 《银行个人账户培训》) and lists every alert: rapid
 * in-and-out, fan-in and fan-out, amounts just under a limit or threshold, large single
 * transactions, night activity, and activity on a dormant account. Every threshold comes from
 * `preset.monitoring` (and, where it says so, the class's limits, `kyc.nonCounterTransfers`,
 * `tiering.reviewThreshold` and `lifecycle.dormancy`); windows are rolling windows and night
 * hours local wall-clock hours, both in the preset's zone.
 *
 * Alerts propose a review; they never change the account, and their messages describe what was
 * seen without suggesting how to split a payment. The result does not depend on the order of
 * `history`: alerts are listed by code (alphabetically), then by instant. Reversals (entries
 * with `reverses`) are not activity of their own and are never flagged.
 *
 * Output is bounded whatever the size of the history: transactions at one instant never raise
 * more than one alert of a code (one episode), each alert's evidence lists at most
 * `MAX_EVIDENCE_ITEMS` transactions and counterparty ids (counts, totals and first/last
 * instants cover them all), and at most `MAX_ALERTS_PER_CODE` alerts of each code are returned
 * — the earliest; the report's `omitted` counts the others and `truncated` says so.
 *
 * @param input - the account, its history (none after `now`) and `now`
 * @param options - the preset (default `cn-pboc-2018`) and the language of the messages
 * @returns `{ alerts, truncated, omitted }`; `alerts` is empty when nothing is suspicious
 * @throws AccountPolicyError `invalid_input`, `invalid_amount` or `invalid_instant` naming the
 *   path of what is wrong (an unknown class, a malformed amount, a transaction after `now`, …);
 *   `invalid_preset` when the preset's monitoring rules are invalid
 * @example
 * ```ts
 * const { alerts } = detectAlerts(
 *   {
 *     account: { class: 'intermediate' },
 *     history: [{ at: '2026-11-22T10:00:00+08:00', amount: '30000.01', kind: 'transfer_out' }],
 *     now: '2026-11-22T12:00:00+08:00',
 *   },
 *   { preset: getPreset('tiered-generic') },
 * );
 * alerts.map((a) => a.code); // ['large_transaction']
 * ```
 */
export function detectAlerts<C extends string = PbocClassId, A extends string = string>(
  input: MonitorInput<ClassIdArgument<A, NoInfer<C>>>,
  options: MonitorOptions<C> = {},
): MonitoringReport {
  if (typeof options !== 'object' || options === null)
    invalid(['options'], 'must be an object { preset?, lang? }');
  const lang: Lang = options.lang ?? 'en';
  if (!isLang(lang)) invalid(['options', 'lang'], 'must be "en" or "zh-CN"');
  const preset = checkedPreset(options.preset ?? getPreset());
  const ctx = createContext(input, preset, lang);
  const ranked = MONITORING_DETECTORS.flatMap((detector) => detector.detect(ctx)).sort(
    compareRanked,
  );
  const alerts: Alert[] = [];
  const omitted: Partial<Record<AlertCode, number>> = {};
  let run = 0;
  ranked.forEach((r, i) => {
    run = i > 0 && ranked[i - 1]!.code === r.code ? run + 1 : 0;
    if (run < MAX_ALERTS_PER_CODE) alerts.push(r.build());
    else omitted[r.code] = (omitted[r.code] ?? 0) + 1;
  });
  return { alerts, truncated: Object.keys(omitted).length > 0, omitted };
}

/**
 * Non-throwing twin of {@link detectAlerts}.
 *
 * @param input - the account, its history and `now`
 * @param options - the preset and the language
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with the error `detectAlerts` would throw
 * @example
 * ```ts
 * safeDetectAlerts({ account: { class: 'IV' }, history: [], now: '2026-11-22T12:00:00Z' }).ok; // false
 * ```
 */
export function safeDetectAlerts<C extends string = PbocClassId, A extends string = string>(
  input: MonitorInput<ClassIdArgument<A, NoInfer<C>>>,
  options?: MonitorOptions<C>,
): Result<MonitoringReport> {
  return attempt(() => detectAlerts(input, options));
}
