import { COMMANDS } from './commands';
import { runCommand, type CliIo } from './run';

export type { CliIo, CommandTable, StreamingCliIo } from './run';
export { nodeIo } from './nodeIo';

/**
 * Runs the `account-policy` command: JSON in, JSON out, as in the CLI contract, over every
 * command (the program itself, bin.ts, loads only the command it runs).
 *
 * @param argv - the arguments after the program name
 * @param io - where to read and write
 * @returns the exit status: 0 decision made, 2 invalid input, 1 internal error
 * @example
 * ```ts
 * main(['presets'], nodeIo()); // prints the presets as JSON, returns 0
 * ```
 */
export function main(argv: readonly string[], io: CliIo): number {
  // Synchronous: a CliIo does not stream batches (only a StreamingCliIo's streamBatch is async).
  return runCommand(argv, io, COMMANDS) as number;
}
