import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { describeHeadroom, transferFormSchema } from 'account-policy/schemas';
import { Field } from './Field.jsx';
import { OPTIONS, WORDS } from './words.js';

/**
 * The headroom the backend returned for the account (maxTransactionAmount on a Class II account
 * that paid 9000.00 today): 1000.00 CNY left of the daily outflow limit, resetting at midnight.
 */
export const HEADROOM = {
  maxAmount: '1000.00',
  limitedBy: 'dailyOutflow',
  resetsAt: '2026-11-23T00:00:00+08:00',
  decision: {
    limits: [{ id: 'dailyOutflow', type: 'window', window: 'day', direction: 'outflow' }],
  },
};

export function TransferForm({ lang }) {
  const w = WORDS[lang];
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(transferFormSchema(lang, { headroom: HEADROOM, currency: 'CNY' })),
    defaultValues: { counterparty: 'other', channel: 'mobile' },
  });
  const field = (name, props = {}) => (
    <Field name={name} label={w[name]} register={register} errors={errors} {...props} />
  );
  return (
    <form
      data-testid="form-transfer"
      onSubmit={handleSubmit(
        () => setSent(true),
        () => setSent(false),
      )}
      noValidate
    >
      <h2>{w.transfer}</h2>
      <div className="headroom" data-testid="headroom">
        <strong>{w.headroomFrom}:</strong> {describeHeadroom(HEADROOM, lang, 'CNY')}
      </div>
      {field('amount')}
      {field('counterparty', { options: OPTIONS.counterparty[lang] })}
      {field('channel', { options: OPTIONS.channel[lang] })}
      {sent && Object.keys(errors).length === 0 ? (
        <div className="ok" data-testid="accepted">
          {w.valid}
        </div>
      ) : null}
      <button type="submit" data-testid="submit">
        {w.submit}
      </button>
    </form>
  );
}
