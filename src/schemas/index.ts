/**
 * zod/mini schemas of every input, for front ends and services. They validate shape, types and
 * amount strings without decimal.js, so a bundle importing them stays small.
 *
 * @module
 */
export * from './common';
export * from './check';
export * from './transition';
export * from './eligibility';
export * from './monitor';
export { INPUT_SCHEMAS } from './inputs';
export * from './openingForm';
export * from './formRules';
export * from './transferForm';
export * from './serviceForms';
export * from './decisionFieldErrors';
export * from './crossFieldRules';
