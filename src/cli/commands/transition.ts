import type { CommandSpec } from '../context';

/** `account-policy transition` (being built; see the CLI contract). */
export const transitionCommand: CommandSpec = {
  summary: 'transition (not yet available)',
  usage: 'account-policy transition [--input FILE] [--preset ID] [--lang en|zh-CN]',
  run: () => {
    throw new Error('account-policy transition is not implemented yet');
  },
};
