/*
 * Arbitrary opening requests for the eligibility property tests (eligibility.properties.test.ts,
 * trace.property.test.ts).
 */
import { fc } from '@fast-check/vitest';
import { VERIFICATIONS } from '../../presets/types/classes';
import { getPreset } from '../../presets/registry';
import { residentIdCheckCharacter } from '../residentId/residentIdCheckCharacter';
import type { OpeningRequest } from './types';

/**
 * A valid resident identity card number (GB 11643-1999, region 110105) for a birth date
 * `YYYY-MM-DD` and a sequence.
 */
export function residentIdFor(birthDate: string, sequence = '002'): string {
  const body = `110105${birthDate.replaceAll('-', '')}${sequence}`;
  return body + residentIdCheckCharacter(body);
}

/** The shipped presets the scenarios are drawn from. */
export const PRESETS = (['cn-pboc-2018', 'cn-pboc-2016', 'tiered-generic'] as const).map((id) =>
  getPreset(id),
);

const isoDate = (min: number, max: number) =>
  fc
    .date({
      min: new Date(Date.UTC(min, 0, 1)),
      max: new Date(Date.UTC(max, 11, 31)),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

/** Any opening request the library accepts, across the shipped presets. */
export const scenario = fc
  .record({
    presetIndex: fc.nat(PRESETS.length - 1),
    classPick: fc.nat(10),
    today: isoDate(2020, 2026),
    birthDate: isoDate(1930, 2015),
    channel: fc.constantFrom('counter', 'kiosk_assisted', 'remote'),
    currency: fc.constantFrom('CNY', 'CNY', 'CNY', 'USD'),
    documentType: fc.constantFrom(
      'resident_id_card',
      'resident_id_card',
      'passport',
      'hk_macao_taiwan_permit',
    ),
    numberKind: fc.constantFrom(
      'matching',
      'matching',
      'matching',
      'matching',
      'other_birth',
      'broken',
    ),
    expiresOn: fc.option(isoDate(2019, 2040), { nil: undefined, freq: 2 }),
    verifications: fc.subarray([...VERIFICATIONS], { minLength: 1 }),
    guardianPresent: fc.boolean(),
    existing: fc.array(
      fc.record({
        pick: fc.nat(10),
        currency: fc.constantFrom('CNY', 'USD'),
        closed: fc.boolean(),
      }),
      {
        maxLength: 7,
      },
    ),
    restricted: fc.boolean(),
    phoneInOwnName: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map((s) => {
    const preset = PRESETS[s.presetIndex]!;
    const classIds = preset.classes.map((c) => c.id);
    const birthDate = s.birthDate < s.today ? s.birthDate : s.today;
    const body = (date: string) => `440305${date.replaceAll('-', '')}123`;
    const number =
      s.documentType !== 'resident_id_card'
        ? s.numberKind === 'broken'
          ? 'e1'
          : 'E12345678'
        : s.numberKind === 'broken'
          ? `${body(birthDate)}0`.slice(0, 17)
          : (() => {
              const b = body(s.numberKind === 'matching' ? birthDate : '1950-01-01');
              return b + residentIdCheckCharacter(b);
            })();
    const request: OpeningRequest = {
      requestedClass: classIds[s.classPick % classIds.length]!,
      today: s.today,
      channel: s.channel,
      currency: s.currency,
      applicant: {
        birthDate,
        document: { type: s.documentType, number, expiresOn: s.expiresOn },
        verifications: s.verifications,
        guardianPresent: s.guardianPresent,
        ...(s.phoneInOwnName === undefined ? {} : { phoneInOwnName: s.phoneInOwnName }),
        restrictions: s.restricted
          ? [
              {
                kind: 'no_non_counter',
                from: '2022-01-01T00:00:00+08:00',
                until: '2027-01-01T00:00:00+08:00',
              },
            ]
          : [],
      },
      existingAccounts: s.existing.map((e) => ({
        class: classIds[e.pick % classIds.length]!,
        currency: e.currency,
        ...(e.closed ? { status: 'closed' as const } : {}),
      })),
    };
    return { preset, request };
  });
