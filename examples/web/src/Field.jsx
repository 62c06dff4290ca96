/** A labelled input or select with the form's message for it (data-testid: error-NAME). */
export function Field({ name, label, register, errors, options, type = 'text', optional = false }) {
  const error = errors[name]?.message;
  const asValue = (v) => (optional && v === '' ? undefined : v);
  return (
    <label>
      {type === 'checkbox' ? (
        <>
          <input type="checkbox" data-testid={`input-${name}`} {...register(name)} /> {label}
        </>
      ) : (
        <>
          {label}
          {options ? (
            <select data-testid={`input-${name}`} {...register(name, { setValueAs: asValue })}>
              {optional ? <option value="">—</option> : null}
              {Object.entries(options).map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          ) : (
            <input
              data-testid={`input-${name}`}
              autoComplete="off"
              {...register(name, { setValueAs: asValue })}
            />
          )}
        </>
      )}
      {error ? (
        <div className="error" role="alert" data-testid={`error-${name}`}>
          {error}
        </div>
      ) : null}
    </label>
  );
}
