import { AccountPolicyError } from '../../errors';
import { diffPresets, renderPresetDiffMarkdown } from '../../presets/diffPresets';
import { getPreset, type ShippedPresetId } from '../../presets/registry';
import type { CommandSpec } from '../context';

/** `account-policy diff FROM TO`: what changed between two presets, value by value. */
export const diffCommand: CommandSpec = {
  summary: 'list what changed between two presets, value by value, with both sources',
  usage: 'account-policy diff FROM TO [--lang en|zh-CN] [--format json|markdown]',
  positionals: ['FROM', 'TO'],
  takesFormat: true,
  run: (ctx) => {
    const [fromId, toId] = ctx.args;
    if (fromId === undefined || toId === undefined)
      throw new AccountPolicyError('invalid_input', 'diff needs two preset ids: FROM TO', [
        { path: [fromId === undefined ? 'FROM' : 'TO'], message: 'missing preset id' },
      ]);
    const from = getPreset(fromId as ShippedPresetId);
    const to = getPreset(toId as ShippedPresetId);
    if (ctx.format === 'markdown')
      return { kind: 'text', value: renderPresetDiffMarkdown(from, to, ctx.lang) };
    const diff = diffPresets(from, to, { lang: ctx.lang });
    return {
      kind: 'json',
      value: {
        from: diff.from,
        to: diff.to,
        changes: diff.changes,
        ...(diff.discrepancies.length ? { discrepancies: diff.discrepancies } : {}),
      },
    };
  },
};
