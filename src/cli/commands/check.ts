import { checkTransactionFromHistory } from '../../limits/checkTransaction';
import { checkInputSchema } from '../../schemas/check';
import { parseInput, resolvePreset, type CommandSpec } from '../context';

/**
 * `account-policy check`: may this transaction go through? Reads the CLI.md input, checks the
 * transaction against the account's history with `checkTransactionFromHistory`, and prints the
 * decision: `allowed`, every violation, the headroom of every limit (and when each resets), the
 * limits' full status, and an upgrade hint when refused.
 */
export const checkCommand: CommandSpec = {
  summary: 'may this transaction go through on this account? (every violation, headroom)',
  usage: 'account-policy check [--input FILE] [--preset ID] [--lang en|zh-CN]',
  takesNdjson: true,
  run: (ctx) => {
    const raw = ctx.readInput();
    const input = parseInput(checkInputSchema, raw);
    const preset = resolvePreset(ctx, raw);
    const decision = checkTransactionFromHistory(
      input.account,
      input.transaction,
      input.history ?? [],
      preset,
      { lang: ctx.lang },
    );
    return { kind: 'json', value: { preset: preset.id, ...decision } };
  },
};
