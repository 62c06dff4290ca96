import { checkOpeningEligibility } from '../../kyc/eligibility/checkOpeningEligibility';
import { explainDecision } from '../../messages/explainDecision';
import { eligibilityInputSchema } from '../../schemas/eligibility';
import { parseInput, resolvePreset, type CommandSpec } from '../context';

/**
 * `account-policy eligibility`: may this person open this class of account? Reads the input of
 * CLI.md, decides with {@link checkOpeningEligibility}, and prints
 * `{ "eligible", "reasons": [{ "code", "message", …facts, "fix"? }], "conditions" }`; with
 * `--trace`, also `"trace": [{ "rule", "source", "outcome", "values", "message" }]`.
 */
export const eligibilityCommand: CommandSpec = {
  summary: 'may this person open this class of account? (JSON in, JSON out)',
  usage: 'account-policy eligibility [--input FILE] [--preset ID] [--lang en|zh-CN] [--trace]',
  takesTrace: true,
  run: (ctx) => {
    const raw = ctx.readInput();
    const input = parseInput(eligibilityInputSchema, raw);
    const preset = resolvePreset(ctx, raw);
    const { preset: _presetId, ...request } = input;
    const options = { preset, lang: ctx.lang };
    const value = (d: ReturnType<typeof checkOpeningEligibility>) => ({
      eligible: d.eligible,
      reasons: d.reasons,
      conditions: d.conditions,
    });
    if (!ctx.trace)
      return { kind: 'json', value: value(checkOpeningEligibility(request, options)) };
    const decision = checkOpeningEligibility(request, { ...options, trace: true });
    const trace = explainDecision(decision, { lang: ctx.lang }).map(
      ({ rule, source, outcome, values, message }) => ({ rule, source, outcome, values, message }),
    );
    return { kind: 'json', value: { ...value(decision), trace } };
  },
};
