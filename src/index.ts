/**
 * account-policy: bank account rules as pure functions over data.
 *
 * The root entry re-exports every area. Front ends should import the area they need
 * (`account-policy/schemas`, `account-policy/messages`, …) so that bundlers load only that.
 *
 * @module
 */
export * from './errors';
export * from './money';
export * from './time';
export * from './presets';
export * from './classes';
export * from './limits';
export * from './lifecycle';
export * from './kyc';
export * from './monitoring';
export * from './messages';
export * from './schemas';
