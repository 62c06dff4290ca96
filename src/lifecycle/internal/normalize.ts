import type { AccountState, AccountStateInput } from '../types';

/** The account with the lists and the loss report that may be omitted filled in (none). */
export function normalizeAccount(account: AccountStateInput): AccountState {
  if (
    account.freezes !== undefined &&
    account.lossReport !== undefined &&
    account.pendingBusiness !== undefined &&
    account.linkedServices !== undefined
  )
    return account as AccountState;
  return {
    ...account,
    freezes: account.freezes ?? [],
    lossReport: account.lossReport ?? null,
    pendingBusiness: account.pendingBusiness ?? [],
    linkedServices: account.linkedServices ?? [],
  };
}
