#!/usr/bin/env node
import { COMMAND_LOADERS } from './commands/load';
import { nodeIo } from './nodeIo';
import { runCommand, type CommandTable } from './run';

/**
 * The command table this run needs: only the named command's module when the first argument
 * names one (and no help is asked), else every command (help, unknown names, errors).
 */
async function commandsFor(argv: readonly string[]): Promise<CommandTable> {
  const name = argv.find((a) => !a.startsWith('-'));
  const asksHelp = argv.includes('--help') || argv.includes('-h');
  if (name !== undefined && !asksHelp && Object.hasOwn(COMMAND_LOADERS, name) && argv[0] === name)
    return { [name]: await COMMAND_LOADERS[name]!() };
  return (await import('./commands')).COMMANDS;
}

const argv = process.argv.slice(2);
void commandsFor(argv)
  .then((commands) => runCommand(argv, nodeIo(), commands))
  .then((status) => {
    process.exitCode = status;
  });
