// Identities and usage shared by the tiering tests (tiered-generic's basic, intermediate and
// advanced requirements).
import type { TierIdentity, TierUsage } from './types';

/** What the basic tier asks for. */
export const BASIC_ID: TierIdentity = {
  provided: ['name', 'contact', 'id_number'],
  verifications: ['id_network_check'],
};
/** What the intermediate tier asks for. */
export const INTERMEDIATE_ID: TierIdentity = {
  provided: ['name', 'contact', 'id_number', 'address_proof', 'income_proof'],
  verifications: ['id_network_check', 'face_recognition', 'sms_code'],
};
/** What the advanced tier asks for (at the counter). */
export const ADVANCED_ID: TierIdentity = {
  provided: [
    ...INTERMEDIATE_ID.provided,
    'business_licence',
    'tax_record',
    'financial_statements',
    'credit_report',
    'background_check',
    'service_agreement',
  ],
  verifications: INTERMEDIATE_ID.verifications,
  channel: 'counter',
};

/** A year of good usage since January 2026, with `overrides`. */
export function usage(overrides: Partial<TierUsage> = {}): TierUsage {
  return {
    cumulativeVolume: '10000.00',
    transactionCount: 2,
    creditRating: 'good',
    alerts: 0,
    openedAt: '2026-01-05T10:00:00+08:00',
    asOf: '2026-11-01T00:00:00+08:00',
    ...overrides,
  };
}
