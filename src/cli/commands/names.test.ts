import { describe, expect, it } from 'vitest';
import { COMMANDS } from '.';
import { COMMAND_LOADERS } from './load';
import { CLI_COMMANDS } from './names';

describe('the command names the build bundles apart', () => {
  it('are those of the command table and of the loaders, in the same order', () => {
    expect(Object.keys(COMMANDS)).toEqual(CLI_COMMANDS);
    expect(Object.keys(COMMAND_LOADERS)).toEqual(CLI_COMMANDS);
  });
});
