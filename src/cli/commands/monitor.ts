import { detectAlerts } from '../../monitoring/detectAlerts';
import { monitorInputSchema } from '../../schemas/monitor';
import { parseInput, resolvePreset, type CommandSpec } from '../context';

/**
 * `account-policy monitor`: red flags in an account's recent activity. Reads the CLI.md input,
 * runs `detectAlerts` with the preset and language chosen, and prints `{ preset, alerts }` —
 * every alert with its code, severity, structured evidence, rule, source and message; `[]` when
 * nothing is suspicious. When `detectAlerts` left alerts out (more than `MAX_ALERTS_PER_CODE` of
 * one code), the output adds `"truncated": true` and `"omitted"` (counts by code). Alerts
 * propose a review: the account is never changed.
 */
export const monitorCommand: CommandSpec = {
  summary: "red flags in an account's recent activity (alerts for review, never changes)",
  usage: 'account-policy monitor [--input FILE] [--preset ID] [--lang en|zh-CN] [--ndjson]',
  takesNdjson: true,
  run: (ctx) => {
    const raw = ctx.readInput();
    const input = parseInput(monitorInputSchema, raw);
    const preset = resolvePreset(ctx, raw);
    const report = detectAlerts(
      { account: input.account, history: input.history, now: input.now },
      { preset, lang: ctx.lang },
    );
    const value = report.truncated
      ? { preset: preset.id, alerts: report.alerts, truncated: true, omitted: report.omitted }
      : { preset: preset.id, alerts: report.alerts };
    return { kind: 'json', value };
  },
};
