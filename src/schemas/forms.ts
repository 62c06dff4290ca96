/**
 * The form schemas and their helpers alone: a build entry of its own (tsup.config.ts), so that
 * the bundler puts them in chunks apart from the input schemas of services, and a front end
 * importing a form from `account-policy/schemas` does not bundle `checkInputSchema` and the rest.
 * Everything here is exported by `account-policy/schemas`.
 *
 * @module
 */
export * from './openingForm';
export * from './transferForm';
export * from './serviceForms';
export * from './formRules';
export * from './decisionFieldErrors';
