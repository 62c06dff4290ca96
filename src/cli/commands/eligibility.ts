import { checkOpeningEligibility } from '../../kyc/eligibility/checkOpeningEligibility';
import { eligibilityInputSchema } from '../../schemas/eligibility';
import { parseInput, resolvePreset, type CommandSpec } from '../context';

/**
 * `account-policy eligibility`: may this person open this class of account? Reads the input of
 * CLI.md, decides with {@link checkOpeningEligibility}, and prints
 * `{ "eligible", "reasons": [{ "code", "message", …facts, "fix"? }], "conditions" }`.
 */
export const eligibilityCommand: CommandSpec = {
  summary: 'may this person open this class of account? (JSON in, JSON out)',
  usage: 'account-policy eligibility [--input FILE] [--preset ID] [--lang en|zh-CN]',
  takesNdjson: true,
  run: (ctx) => {
    const raw = ctx.readInput();
    const input = parseInput(eligibilityInputSchema, raw);
    const preset = resolvePreset(ctx, raw);
    const { preset: _presetId, ...request } = input;
    const decision = checkOpeningEligibility(request, { preset, lang: ctx.lang });
    return {
      kind: 'json',
      value: {
        eligible: decision.eligible,
        reasons: decision.reasons,
        conditions: decision.conditions,
      },
    };
  },
};
