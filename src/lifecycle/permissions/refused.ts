import type { StateReason } from '../types';

/** The reasons of each kind of operation, filled by the state's rules in turn (one rule per file here). */
export interface Refused {
  readonly debit: StateReason[];
  readonly credit: StateReason[];
  readonly nonCounter: StateReason[];
}
