/**
 * The names of the commands of `account-policy`, in the order `--help` lists them; each is the
 * module `./NAME.ts` beside this one (commands/load.ts loads them, the build bundles each apart).
 */
export const CLI_COMMANDS: readonly string[] = [
  'check',
  'transition',
  'eligibility',
  'monitor',
  'presets',
  'explain',
  'diff',
  'schema',
  'demo',
];
