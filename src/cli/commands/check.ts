import { checkTransactionFromHistory } from '../../limits/checkTransactionFromHistory';
import type { CheckInput } from '../../schemas/check';
import { checkInputIssues } from '../../schemas/checkInputIssues';
import { explainDecision } from '../../messages/explainDecision';
import { parsePlainInput, resolvePreset, type CommandSpec } from '../context';

/**
 * `account-policy check`: may this transaction go through? Reads the CLI.md input, checks the
 * transaction against the account's history with `checkTransactionFromHistory`, and prints the
 * decision: `allowed`, every violation, the headroom of every limit (and when each resets), the
 * limits' full status, and an upgrade hint when refused. With `--trace`, also `trace`: every rule
 * evaluated, in order, as `{ rule, source, outcome, values, message }` (message in `--lang`).
 */
export const checkCommand: CommandSpec = {
  summary: 'may this transaction go through on this account? (every violation, headroom)',
  usage: 'account-policy check [--input FILE] [--preset ID] [--lang en|zh-CN] [--trace] [--ndjson]',
  takesTrace: true,
  takesNdjson: true,
  run: (ctx) => {
    const raw = ctx.readInput();
    // Checked as checkInputSchema checks it, with the same errors, without loading zod.
    const input = parsePlainInput<CheckInput>(checkInputIssues, raw);
    const preset = resolvePreset(ctx, raw);
    const args = [input.account, input.transaction, input.history ?? [], preset] as const;
    if (ctx.trace !== true) {
      const decision = checkTransactionFromHistory(...args, { lang: ctx.lang });
      return { kind: 'json', value: { preset: preset.id, ...decision } };
    }
    const decision = checkTransactionFromHistory(...args, { lang: ctx.lang, trace: true });
    const trace = explainDecision(decision, { lang: ctx.lang }).map(
      ({ rule, source, outcome, values, message }) => ({ rule, source, outcome, values, message }),
    );
    return { kind: 'json', value: { preset: preset.id, ...decision, trace } };
  },
};
