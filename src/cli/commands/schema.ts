import * as z from 'zod';
import { AccountPolicyError } from '../../errors';
import { INPUT_SCHEMAS } from '../../schemas/inputs';
import type { CommandSpec } from '../context';

/** `account-policy schema NAME`: the JSON Schema of a command's input. */
export const schemaCommand: CommandSpec = {
  summary: 'print the JSON Schema of an input (check, transition, eligibility)',
  usage: 'account-policy schema NAME',
  positionals: ['NAME'],
  run: (ctx) => {
    const name = ctx.args[0];
    const names = Object.keys(INPUT_SCHEMAS);
    if (name === undefined || !Object.hasOwn(INPUT_SCHEMAS, name))
      throw new AccountPolicyError('invalid_input', `schema needs one of: ${names.join(', ')}`, [
        { path: ['NAME'], message: `expected one of ${names.join(', ')}` },
      ]);
    return {
      kind: 'json',
      value: z.toJSONSchema(INPUT_SCHEMAS[name]!, { unrepresentable: 'any', io: 'input' }),
    };
  },
};
