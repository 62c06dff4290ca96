import { describe, expect, it } from 'vitest';
import { OPENING_REQUIREMENT_LABELS } from '../kyc/labels';
import { ACCOUNT_STATUSES, RESTRICTION_KINDS } from '../lifecycle/types';
import { VERIFICATIONS } from '../presets/types/classes';
import { DOCUMENT_TYPES, RESIDENCIES } from '../presets/types/kyc';
import {
  documentTypeSchema,
  eligibilityInputSchema,
  openingChannelSchema,
  openingRequirementSchema,
  residencySchema,
  verificationSchema,
} from './eligibility';
import { CLI_ELIGIBILITY_EXAMPLE } from '../../test/fixtures/cliExamples';

const EXAMPLE = CLI_ELIGIBILITY_EXAMPLE;

const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => i.path);

describe('eligibilityInputSchema', () => {
  it('accepts the CLI.md example as is', () => {
    expect(eligibilityInputSchema.parse(EXAMPLE)).toEqual(EXAMPLE);
  });

  it('accepts the optional additions', () => {
    const r = eligibilityInputSchema.safeParse({
      ...EXAMPLE,
      currency: 'USD',
      applicant: {
        ...EXAMPLE.applicant,
        residency: 'mainland',
        phoneInOwnName: true,
        taxResidencyDeclared: false,
        provided: ['name', 'address_proof'],
        restrictions: [
          {
            kind: 'no_non_counter',
            from: '2025-01-01T00:00:00+08:00',
            until: '2030-01-01T00:00:00+08:00',
          },
        ],
        document: { ...EXAMPLE.applicant.document, expiresOn: null },
      },
      existingAccounts: [{ class: 'I', currency: 'CNY', status: 'closed' }],
    });
    expect(r.success).toBe(true);
  });

  it('reports every problem with its path and a useful message', () => {
    const r = eligibilityInputSchema.safeParse({
      ...EXAMPLE,
      today: '2026-02-30',
      currency: 'usd',
      applicant: {
        ...EXAMPLE.applicant,
        document: { type: 'id', number: 110105 },
        verifications: ['retina'],
        guardianPresent: 'no',
        restrictions: [
          { kind: 'receive_only', from: '2026-01-02T00:00:00Z', until: '2026-01-01T00:00:00Z' },
        ],
      },
    });
    expect(paths(r)).toEqual([
      ['today'],
      ['currency'],
      ['applicant', 'document', 'type'],
      ['applicant', 'document', 'number'],
      ['applicant', 'verifications', 0],
      ['applicant', 'guardianPresent'],
      ['applicant', 'restrictions', 0, 'until'],
    ]);
    const messages = r.success ? [] : r.error.issues.map((i) => i.message);
    expect(messages[2]).toMatch(/must be one of: resident_id_card, /);
    expect(messages[5]).toBe('must be true or false');
  });

  it('requires the CLI fields', () => {
    expect(paths(eligibilityInputSchema.safeParse({}))).toEqual([
      ['requestedClass'],
      ['today'],
      ['channel'],
      ['applicant'],
    ]);
  });

  it('uses the same values as the library', () => {
    expect(documentTypeSchema.options).toEqual([...DOCUMENT_TYPES]);
    expect(verificationSchema.options).toEqual([...VERIFICATIONS]);
    expect(residencySchema.options).toEqual([...RESIDENCIES]);
    expect(openingChannelSchema.options).toEqual(['counter', 'kiosk_assisted', 'remote']);
    expect([...openingRequirementSchema.options].sort()).toEqual(
      Object.keys(OPENING_REQUIREMENT_LABELS).sort(),
    );
    expect(RESTRICTION_KINDS.length).toBe(2);
    expect(ACCOUNT_STATUSES).toContain('closed');
  });
});
