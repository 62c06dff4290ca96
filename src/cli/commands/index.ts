import type { CommandSpec } from '../context';
import { checkCommand } from './check';
import { demoCommand } from './demo';
import { diffCommand } from './diff';
import { eligibilityCommand } from './eligibility';
import { explainCommand } from './explain';
import { monitorCommand } from './monitor';
import { presetsCommand } from './presets';
import { schemaCommand } from './schema';
import { transitionCommand } from './transition';

/** Every command of `account-policy`, by name. */
export const COMMANDS: { readonly [name: string]: CommandSpec } = {
  check: checkCommand,
  transition: transitionCommand,
  eligibility: eligibilityCommand,
  monitor: monitorCommand,
  presets: presetsCommand,
  explain: explainCommand,
  diff: diffCommand,
  schema: schemaCommand,
  demo: demoCommand,
};
