import { buildDemo } from '../demo';
import type { CommandSpec } from '../context';

/** `account-policy demo`: the main job on the embedded default preset, as a readable timeline. */
export const demoCommand: CommandSpec = {
  summary: "a short story of one customer's accounts on the default preset, as a timeline",
  usage: 'account-policy demo [--lang en|zh-CN]',
  run: (ctx) => ({ kind: 'text', value: buildDemo(ctx.lang) }),
};
