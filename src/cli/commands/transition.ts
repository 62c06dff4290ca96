import type { LifecycleEvent } from '../../lifecycle/events';
import { transition } from '../../lifecycle/transition';
import type { AccountStateInput } from '../../lifecycle/types';
import { transitionInputSchema } from '../../schemas/transition';
import { parseInput, resolvePreset, type CommandSpec } from '../context';

/**
 * `account-policy transition`: applies one lifecycle event to an account (CLI.md). Prints
 * `{"ok": true, "account", "effects"}` or `{"ok": false, "reasons"}`; exit 0 either way.
 */
export const transitionCommand: CommandSpec = {
  summary: 'apply a lifecycle event (activate, freeze, close, advance, …) to an account',
  usage: 'account-policy transition [--input FILE] [--preset ID] [--lang en|zh-CN]',
  takesNdjson: true,
  run: (ctx) => {
    const raw = ctx.readInput();
    const input = parseInput(transitionInputSchema, raw);
    const preset = resolvePreset(ctx, raw);
    const result = transition(
      input.account as AccountStateInput,
      input.event as LifecycleEvent,
      preset,
      {
        lang: ctx.lang,
      },
    );
    return {
      kind: 'json',
      value: result.ok
        ? { ok: true, account: result.account, effects: result.effects }
        : { ok: false, reasons: result.reasons },
    };
  },
};
