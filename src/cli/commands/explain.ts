import { renderPresetMarkdown } from '../../presets/renderPresetMarkdown';
import { resolvePreset, type CommandSpec } from '../context';

/** `account-policy explain`: the preset as a readable Markdown handbook. */
export const explainCommand: CommandSpec = {
  summary: 'print the preset as a Markdown handbook, every rule with its source',
  usage: 'account-policy explain [--preset ID] [--lang en|zh-CN]',
  run: (ctx) => ({ kind: 'text', value: renderPresetMarkdown(resolvePreset(ctx), ctx.lang) }),
};
