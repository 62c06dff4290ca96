import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { openingFormSchema, openingRequestFromForm } from 'account-policy/schemas';
import { TODAY } from './App.jsx';
import { Field } from './Field.jsx';
import { useServerAnswer } from './useServerAnswer.js';
import { OPTIONS, WORDS } from './words.js';

/** The verifications the bank has completed for this applicant (its side, not the form's). */
const VERIFICATIONS = ['id_network_check', 'bound_account_check'];

export function OpeningForm({ lang }) {
  const w = WORDS[lang];
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(openingFormSchema(lang, { today: TODAY })),
    defaultValues: {
      requestedClass: 'II',
      channel: 'remote',
      documentType: 'resident_id_card',
      guardianPresent: false,
      phoneInOwnName: true,
    },
  });
  const server = useServerAnswer(setError, 'opening');
  // What only the bank knows: the accounts the applicant already holds there.
  const [holdsClassI, setHoldsClassI] = useState(false);
  const onSubmit = async (form) => {
    server.reset();
    // The backend's answer, computed here in a chunk of its own as a stand-in for the bank's server.
    const { checkOpeningEligibility } = await import('account-policy/kyc');
    const request = openingRequestFromForm(form, {
      today: TODAY,
      verifications: VERIFICATIONS,
      existingAccounts: holdsClassI ? [{ class: 'I' }] : [],
    });
    server.show(checkOpeningEligibility(request, { lang }));
  };
  const field = (name, props = {}) => (
    <Field name={name} label={w[name]} register={register} errors={errors} {...props} />
  );
  return (
    <form data-testid="form-opening" onSubmit={handleSubmit(onSubmit, server.reset)} noValidate>
      <h2>{w.opening}</h2>
      {field('requestedClass', { options: { ...OPTIONS.requestedClass[lang], IV: 'IV' } })}
      {field('channel', { options: OPTIONS.openingChannel[lang] })}
      {field('birthDate')}
      {field('residency', { options: OPTIONS.residency[lang], optional: true })}
      {field('documentType', { options: OPTIONS.documentType[lang] })}
      {field('documentNumber')}
      {field('documentExpiresOn', { optional: true })}
      {field('guardianPresent', { type: 'checkbox' })}
      {field('phoneInOwnName', { type: 'checkbox' })}
      <label className="bank">
        <input
          type="checkbox"
          data-testid="bank-holdsClassI"
          checked={holdsClassI}
          onChange={(e) => setHoldsClassI(e.target.checked)}
        />{' '}
        {w.holdsClassI}
      </label>
      {errors.root?.server ? (
        <div className="error" role="alert" data-testid="error-root">
          {errors.root.server.message}
        </div>
      ) : null}
      {server.accepted ? (
        <div className="ok" data-testid="accepted">
          {w.eligible}
        </div>
      ) : null}
      <button type="submit" data-testid="submit">
        {w.submit}
      </button>
    </form>
  );
}
