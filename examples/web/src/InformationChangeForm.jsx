import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { informationChangeFormSchema } from 'account-policy/schemas';
import { Field } from './Field.jsx';
import { OPTIONS, WORDS } from './words.js';

export function InformationChangeForm({ lang }) {
  const w = WORDS[lang];
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(informationChangeFormSchema(lang)),
    defaultValues: { field: 'phone', channel: 'mobile' },
  });
  const field = (name, props = {}) => (
    <Field name={name} label={w[name]} register={register} errors={errors} {...props} />
  );
  return (
    <form
      data-testid="form-informationChange"
      onSubmit={handleSubmit(
        () => setSent(true),
        () => setSent(false),
      )}
      noValidate
    >
      <h2>{w.informationChange}</h2>
      {field('field', { options: OPTIONS.field[lang] })}
      {field('value')}
      {field('channel', { options: OPTIONS.channel[lang] })}
      {field('proof', { optional: true })}
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
