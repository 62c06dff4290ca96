import * as z from 'zod';
import { AccountPolicyError } from '../../errors';
import type { Lang } from '../../messages/lang';
import { CROSS_FIELD_RULES } from '../../schemas/crossFieldRules';
import { INPUT_SCHEMAS } from '../../schemas/inputs';
import { openingFormSchema } from '../../schemas/openingForm';
import { informationChangeFormSchema, lossReportFormSchema } from '../../schemas/serviceForms';
import { transferFormSchema } from '../../schemas/transferForm';
import type { CommandSpec } from '../context';

/** The form schemas, in the chosen language, by the name `schema` takes. */
const FORM_SCHEMAS: { readonly [name: string]: (lang: Lang) => z.core.$ZodType } = {
  'opening-form': (lang) => openingFormSchema(lang),
  'transfer-form': (lang) => transferFormSchema(lang),
  'information-change-form': (lang) => informationChangeFormSchema(lang),
  'loss-report-form': (lang) => lossReportFormSchema(lang),
};

/**
 * `account-policy schema NAME`: the JSON Schema of a command's input or of a form, with the
 * patterns of dates, instants and amounts, and beside it (`x-cross-field-rules`) the rules that
 * JSON Schema cannot express.
 */
export const schemaCommand: CommandSpec = {
  summary:
    'print the JSON Schema of an input (check, transition, eligibility, monitor) or a form (opening-form, …)',
  usage: 'account-policy schema NAME',
  positionals: ['NAME'],
  run: (ctx) => {
    const name = ctx.args[0];
    const names = [...Object.keys(INPUT_SCHEMAS), ...Object.keys(FORM_SCHEMAS)];
    const schema =
      name === undefined
        ? undefined
        : Object.hasOwn(INPUT_SCHEMAS, name)
          ? INPUT_SCHEMAS[name]
          : Object.hasOwn(FORM_SCHEMAS, name)
            ? FORM_SCHEMAS[name]!(ctx.lang)
            : undefined;
    if (name === undefined || schema === undefined)
      throw new AccountPolicyError('invalid_input', `schema needs one of: ${names.join(', ')}`, [
        { path: ['NAME'], message: `expected one of ${names.join(', ')}` },
      ]);
    return {
      kind: 'json',
      value: {
        ...z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }),
        'x-cross-field-rules': CROSS_FIELD_RULES[name] ?? [],
      },
    };
  },
};
