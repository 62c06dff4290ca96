export { AccountPolicyError, attempt, isAccountPolicyError } from './AccountPolicyError';
export type { ErrorCode, InputIssue, Result } from './AccountPolicyError';
