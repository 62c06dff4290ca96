import type { CommandSpec } from '../context';

/** `account-policy eligibility` (being built; see the CLI contract). */
export const eligibilityCommand: CommandSpec = {
  summary: 'eligibility (not yet available)',
  usage: 'account-policy eligibility [--input FILE] [--preset ID] [--lang en|zh-CN]',
  run: () => {
    throw new Error('account-policy eligibility is not implemented yet');
  },
};
