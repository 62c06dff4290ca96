import * as z from 'zod/mini';
import { FORM_MESSAGES, type FormMessageCode } from '../messages/catalog/forms';
import { CHANNEL_WORDS } from '../messages/catalog/channels';
import type { Lang } from '../messages/lang';
import { CHANNELS, type Channel } from '../presets/types/common';
import { instantSchema } from './common';
import { formFields, pushIssues, type FormIssue } from './formFields';
import { DEFAULT_FORM_RULES, type FormRules } from './formRules';
import { alternatives, formText } from './formText';

/** Options of the information-change and loss-report forms. */
export interface ServiceFormOptions {
  /** The preset's form rules (default: those of `cn-pboc-2018`); see `formRulesOf`. */
  readonly rules?: FormRules;
}

const channelNames = (list: readonly Channel[], lang: Lang) =>
  alternatives(
    list.map((c) => CHANNEL_WORDS[c][lang]),
    lang,
  );

/** A field's name in a language (its id when the catalog has none). */
function fieldName(field: string, lang: Lang): string {
  const code = `field_${field}`;
  return Object.hasOwn(FORM_MESSAGES, code) ? formText(code as FormMessageCode, {}, lang) : field;
}

/**
 * A zod/mini schema for an information-change form, every message in `lang`: `field` (a field
 * of the preset: key fields such as `name`, `id_number`, and others such as `phone`), `value`,
 * `channel` and `proof`? (the reference of the official proof). A field changed through a
 * channel the preset does not allow for it is an error on `channel` (`channel_not_allowed`); a key
 * field without proof is an error on `proof` (`proof_required`), the codes of `transition`'s
 * refusals. Approval by a second member of staff is the bank's side, decided by `transition`.
 *
 * @param lang - the language of the messages
 * @param options - `rules`
 * @returns the form schema
 * @example
 * ```ts
 * informationChangeFormSchema('en').safeParse({ field: 'name', value: 'Li Lei', channel: 'mobile' });
 * // issues on channel (counter only) and on proof
 * ```
 */
export function informationChangeFormSchema(lang: Lang, options: ServiceFormOptions = {}) {
  const rules = options.rules ?? DEFAULT_FORM_RULES;
  const f = formFields(lang);
  const fields = [...rules.keyFields, ...rules.nonKeyFields];
  return z
    .object({
      field: z.string(f.required).check(
        z.refine((s) => fields.includes(s), {
          error: () =>
            f.t('form_unknown_field', {
              fields: alternatives(
                fields.map((x) => fieldName(x, lang)),
                lang,
              ),
            }),
          params: { code: 'unknown_field' },
        }),
      ),
      value: f.text(500),
      channel: z.enum(CHANNELS, f.required),
      proof: z.optional(
        z.string(f.required).check(z.maxLength(200, f.t('form_too_long', { max: 200 }))),
      ),
    })
    .check(
      z.superRefine(
        (parsed, ctx) => {
          const form = parsed as unknown as Record<string, unknown>;
          const issues: FormIssue[] = [];
          const field = typeof form.field === 'string' ? form.field : '';
          const key = rules.keyFields.includes(field);
          if (!key && !rules.nonKeyFields.includes(field)) return;
          const allowed = key ? rules.keyFieldChannels : rules.nonKeyFieldChannels;
          const channel = form.channel as Channel;
          if ((CHANNELS as readonly string[]).includes(channel) && !allowed.includes(channel))
            issues.push({
              path: 'channel',
              code: 'channel_not_allowed',
              message: f.t('form_field_channel_not_allowed', {
                field: capitalized(fieldName(field, lang)),
                channels: channelNames(allowed, lang),
              }),
            });
          if (key && (typeof form.proof !== 'string' || form.proof.trim() === ''))
            issues.push({
              path: 'proof',
              code: 'proof_required',
              message: f.t('form_proof_required', { field: fieldName(field, lang) }),
            });
          pushIssues(ctx, form, issues);
        },
        { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
      ),
    );
}

/** The parsed information-change form. */
export type InformationChangeForm = z.infer<ReturnType<typeof informationChangeFormSchema>>;

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A zod/mini schema for a loss-report form, every message in `lang`: `channel` and `at`? (when
 * the loss was noticed, an ISO 8601 instant). A channel through which the preset takes no loss
 * report is an error on `channel` (`channel_not_allowed`, the code of `transition`'s refusal).
 *
 * @param lang - the language of the messages
 * @param options - `rules`
 * @returns the form schema
 * @example
 * ```ts
 * lossReportFormSchema('zh-CN').safeParse({ channel: 'atm' }).success; // false: 挂失请通过柜面、…办理。
 * ```
 */
export function lossReportFormSchema(lang: Lang, options: ServiceFormOptions = {}) {
  const rules = options.rules ?? DEFAULT_FORM_RULES;
  const f = formFields(lang);
  return z.object({
    channel: z.enum(CHANNELS, f.required).check(
      z.refine((c) => rules.lossReportChannels.includes(c), {
        error: () =>
          f.t('form_loss_channel_not_allowed', {
            channels: channelNames(rules.lossReportChannels, lang),
          }),
        params: { code: 'channel_not_allowed' },
      }),
    ),
    at: z.optional(instantSchema(lang)),
  });
}

/** The parsed loss-report form. */
export type LossReportForm = z.infer<ReturnType<typeof lossReportFormSchema>>;
