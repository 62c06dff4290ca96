import { useState } from 'react';
import { decisionFieldErrors } from 'account-policy/schemas';

/**
 * Shows a backend decision on the form: each reason on its field with one call to
 * decisionFieldErrors, form-level reasons under root.server. The form is accepted when the
 * decision says so (`eligible`), not merely when no reason landed on a field.
 */
export function useServerAnswer(setError, formName) {
  const [accepted, setAccepted] = useState(false);
  const show = (decision) => {
    const errors = decisionFieldErrors(decision, formName);
    for (const [path, message] of Object.entries(errors))
      setError(path === 'root' ? 'root.server' : path, { type: 'server', message });
    setAccepted(decision.eligible === true);
  };
  return { accepted, show, reset: () => setAccepted(false) };
}
