import type { CommandSpec } from '../context';

/** `account-policy check` (being built; see the CLI contract). */
export const checkCommand: CommandSpec = {
  summary: 'check (not yet available)',
  usage: 'account-policy check [--input FILE] [--preset ID] [--lang en|zh-CN]',
  run: () => {
    throw new Error('account-policy check is not implemented yet');
  },
};
