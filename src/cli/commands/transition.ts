import type { LifecycleEvent } from '../../lifecycle/events';
import { transition } from '../../lifecycle/transition';
import type { AccountStateInput } from '../../lifecycle/types';
import { explainDecision } from '../../messages/explainDecision';
import { transitionInputSchema } from '../../schemas/transition';
import { parseInput, resolvePreset, type CommandSpec } from '../context';

/**
 * `account-policy transition`: applies one lifecycle event to an account (CLI.md). Prints
 * `{"ok": true, "account", "effects"}` or `{"ok": false, "reasons"}`; exit 0 either way. With
 * `--trace`, adds `"trace"`: every guard evaluated, in order, with its sentence in `--lang`.
 */
export const transitionCommand: CommandSpec = {
  summary: 'apply a lifecycle event (activate, freeze, close, advance, …) to an account',
  usage:
    'account-policy transition [--input FILE] [--preset ID] [--lang en|zh-CN] [--trace] [--ndjson]',
  takesTrace: true,
  takesNdjson: true,
  run: (ctx) => {
    const raw = ctx.readInput();
    const input = parseInput(transitionInputSchema, raw);
    const preset = resolvePreset(ctx, raw);
    const trace = ctx.trace === true;
    const result = transition(
      input.account as AccountStateInput,
      input.event as LifecycleEvent,
      preset,
      { lang: ctx.lang, trace },
    );
    const value = result.ok
      ? { ok: true, account: result.account, effects: result.effects }
      : { ok: false, reasons: result.reasons };
    if (!trace) return { kind: 'json', value };
    const entries = explainDecision(result as { trace?: never }, { lang: ctx.lang }).map(
      ({ rule, source, outcome, values, message }) => ({ rule, source, outcome, values, message }),
    );
    return { kind: 'json', value: { ...value, trace: entries } };
  },
};
