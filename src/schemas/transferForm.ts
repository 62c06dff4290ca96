import * as z from 'zod/mini';
import { CHANNEL_WORDS } from '../messages/catalog/channels';
import type { Lang } from '../messages/lang';
import { CURRENCIES } from '../money/currencies';
import { CHANNELS, COUNTERPARTIES, type Channel } from '../presets/types/common';
import { amountSchema } from './common';
import { formFields, pushIssues, type FormIssue } from './formFields';
import { DEFAULT_FORM_RULES, type FormRules } from './formRules';
import { alternatives, compareAmounts, formText, showInstant } from './formText';

/**
 * The headroom the backend returned for the account, as `maxTransactionAmount` gives it (an
 * `Allowance` fits as it is): the largest amount allowed now, the limit that binds it and when
 * that limit resets.
 */
export interface TransferHeadroom {
  /** The largest amount allowed now (decimal string); `null`: no limit caps it. */
  readonly maxAmount: string | null;
  /** When the binding limit resets (an ISO 8601 instant); `null`: not by time. */
  readonly resetsAt: string | null;
  /** The id of the binding limit, e.g. `"dailyOutflow"`. */
  readonly limitedBy?: string | null;
  /** The decision beside it, whose `limits` say what kind of limit binds (for the code). */
  readonly decision?: {
    readonly limits: readonly {
      readonly id: string;
      readonly type?: string;
      readonly window?: string;
      readonly direction?: string;
    }[];
  };
}

/** Options of {@link transferFormSchema}. */
export interface TransferFormOptions {
  /** ISO 4217 code of the account (default: the preset's currency); decides the amount's scale. */
  readonly currency?: string;
  /** The remaining headroom from the backend; an amount above it is an error on `amount`. */
  readonly headroom?: TransferHeadroom;
  /** Channels the account may use (default: every channel). */
  readonly channels?: readonly Channel[];
  /** The preset's form rules (default: those of `cn-pboc-2018`). */
  readonly rules?: FormRules;
}

const WINDOW_WORDS: { readonly [w: string]: string } = {
  day: 'daily',
  month: 'monthly',
  year: 'annual',
  rolling: 'rolling',
};

/** The violation code `checkTransaction` gives for going over the binding limit. */
export function headroomCode(headroom: TransferHeadroom): string {
  const status = headroom.decision?.limits.find((l) => l.id === headroom.limitedBy);
  if (status?.window !== undefined && status.direction !== undefined)
    return `${WINDOW_WORDS[status.window] ?? status.window}_${status.direction}_limit`;
  if (status?.type === 'balance_cap') return 'balance_cap';
  return 'per_transaction_limit';
}

/**
 * What remains of the headroom and when it resets, as a sentence for the page.
 *
 * @param headroom - from the backend
 * @param lang - the language
 * @param currency - the account's currency (default `CNY`)
 * @returns e.g. `"You can send up to 4000.00 CNY now; the limit resets at 2026-11-23 00:00 (+08:00)."`
 */
export function describeHeadroom(headroom: TransferHeadroom, lang: Lang, currency = 'CNY'): string {
  if (headroom.maxAmount === null) return formText('form_headroom_unlimited', {}, lang);
  const params = {
    remaining: headroom.maxAmount,
    currency,
    resetsAt: headroom.resetsAt === null ? '' : showInstant(headroom.resetsAt),
  };
  return formText(
    headroom.resetsAt === null ? 'form_headroom_no_reset' : 'form_headroom',
    params,
    lang,
  );
}

/**
 * A zod/mini schema for a transfer form, every message in `lang`: `amount` (a decimal string at
 * the currency's scale, above zero), `counterparty` (`bound`, `own`, `other`), `channel`. Given the
 * headroom the backend returned, an amount above it is an error on `amount` that says how much
 * remains and when it resets, with the limit's violation code (e.g. `daily_outflow_limit`) in
 * `params.code`; a channel outside `channels` is an error on `channel` (`channel_not_permitted`).
 *
 * @param lang - the language of the messages
 * @param options - `currency`, `headroom`, `channels`, `rules`
 * @returns the form schema
 * @example
 * ```ts
 * const headroom = { maxAmount: '4000.00', resetsAt: '2026-11-23T00:00:00+08:00' };
 * transferFormSchema('en', { headroom }).safeParse({ amount: '5000', counterparty: 'other', channel: 'mobile' });
 * // issue on amount: 'At most 4000.00 CNY can be sent now; the limit resets at 2026-11-23 00:00 (+08:00).'
 * ```
 */
export function transferFormSchema(lang: Lang, options: TransferFormOptions = {}) {
  const f = formFields(lang);
  const currency = options.currency ?? (options.rules ?? DEFAULT_FORM_RULES).currency;
  const scale = CURRENCIES[currency]?.scale ?? 2;
  return z
    .object({
      amount: amountSchema(scale, lang).check(
        z.refine((s) => /[1-9]/.test(s), {
          error: () => f.t('form_amount_zero'),
          params: { code: 'amount_not_positive' },
        }),
      ),
      counterparty: z.enum(COUNTERPARTIES, f.required),
      channel: z.enum(CHANNELS, f.required),
    })
    .check(
      z.superRefine(
        (parsed, ctx) => {
          const form = parsed as unknown as Record<string, unknown>;
          pushIssues(ctx, form, transferIssues(form, lang, options, currency, scale));
        },
        { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
      ),
    );
}

/** The parsed transfer form. */
export type TransferForm = z.infer<ReturnType<typeof transferFormSchema>>;

function transferIssues(
  form: Record<string, unknown>,
  lang: Lang,
  options: TransferFormOptions,
  currency: string,
  scale: number,
): FormIssue[] {
  const issues: FormIssue[] = [];
  const { headroom, channels } = options;
  const amount = form.amount;
  const valid =
    typeof amount === 'string' &&
    new RegExp(`^(0|[1-9]\\d*)${scale > 0 ? `(\\.\\d{1,${scale}})?` : ''}$`).test(amount);
  if (
    valid &&
    headroom &&
    headroom.maxAmount !== null &&
    compareAmounts(amount, headroom.maxAmount) > 0
  ) {
    const params = {
      remaining: headroom.maxAmount,
      currency,
      resetsAt: headroom.resetsAt === null ? '' : showInstant(headroom.resetsAt),
    };
    issues.push({
      path: 'amount',
      code: headroomCode(headroom),
      message: formText(
        headroom.resetsAt === null ? 'form_over_headroom_no_reset' : 'form_over_headroom',
        params,
        lang,
      ),
    });
  }
  const channel = form.channel as Channel;
  if (channels && (CHANNELS as readonly string[]).includes(channel) && !channels.includes(channel))
    issues.push({
      path: 'channel',
      code: 'channel_not_permitted',
      message: formText(
        'form_channel_not_allowed',
        {
          channel: CHANNEL_WORDS[channel][lang],
          channels: alternatives(
            channels.map((c) => CHANNEL_WORDS[c][lang]),
            lang,
          ),
        },
        lang,
      ),
    });
  return issues;
}
