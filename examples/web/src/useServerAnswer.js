import { useState } from 'react';
import { decisionFieldErrors } from 'account-policy/schemas';

/**
 * Shows a backend decision on the form: each reason on its field with one call to
 * decisionFieldErrors, form-level reasons under root.server.
 */
export function useServerAnswer(setError, formName) {
  const [accepted, setAccepted] = useState(false);
  const show = (decision) => {
    const errors = decisionFieldErrors(decision, formName);
    for (const [path, message] of Object.entries(errors))
      setError(path === 'root' ? 'root.server' : path, { type: 'server', message });
    setAccepted(Object.keys(errors).length === 0);
  };
  return { accepted, show, reset: () => setAccepted(false) };
}
