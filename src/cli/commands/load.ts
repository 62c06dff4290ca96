import type { CommandSpec } from '../context';

/**
 * Loads each command's module on demand, by name, so that the program (bin.ts) starts with only
 * the code of the command it runs (issue 18: a `check` starts in ≤ 2× a bare `node`).
 */
export const COMMAND_LOADERS: { readonly [name: string]: () => Promise<CommandSpec> } = {
  check: async () => (await import('./check')).checkCommand,
  transition: async () => (await import('./transition')).transitionCommand,
  eligibility: async () => (await import('./eligibility')).eligibilityCommand,
  monitor: async () => (await import('./monitor')).monitorCommand,
  presets: async () => (await import('./presets')).presetsCommand,
  explain: async () => (await import('./explain')).explainCommand,
  diff: async () => (await import('./diff')).diffCommand,
  schema: async () => (await import('./schema')).schemaCommand,
  demo: async () => (await import('./demo')).demoCommand,
};
