import { listPresets } from '../../presets/registry';
import type { CommandSpec } from '../context';

/** `account-policy presets`: the list of shipped presets. */
export const presetsCommand: CommandSpec = {
  summary: 'list the presets (rule sets) with id, title, jurisdiction, effective date',
  usage: 'account-policy presets [--lang en|zh-CN]',
  run: (ctx) => ({
    kind: 'json',
    value: {
      default: listPresets()[0]!.id,
      presets: listPresets().map((p) => ({
        id: p.id,
        title: p.title[ctx.lang],
        jurisdiction: p.jurisdiction,
        currency: p.currency,
        timeZone: p.timeZone,
        effectiveFrom: p.effectiveFrom,
        supersedes: p.supersedes,
        classes: p.classes.map((c) => c.id),
      })),
    },
  }),
};
