import { ageOn } from '../../../time';
import { OPENING_CHANNEL_LABELS } from '../../labels';
import type { PreparedOpening } from '../prepare';
import { channelList, failed, fix, msg, passed, type EligibilityRuleResult } from './ruleKit';

/**
 * The minimum age: from `kyc.age.minimumAge` a person opens alone; younger, only with a legal
 * guardian present, in person (on a face-to-face channel) where the preset says so. The age is
 * counted on `today`, so the birthday itself counts.
 *
 * @param p - the prepared request
 * @returns passed (with the condition to bring proof of guardianship when a guardian comes), or
 *   failed with `under_minimum_age` / `guardian_not_in_person`
 * @example
 * ```ts
 * minimumAge(prepared).outcomes[0]!.values; // { age: 30, minimumAge: 16 }
 * ```
 */
export function minimumAge(p: PreparedOpening): EligibilityRuleResult {
  const entry = p.preset.kyc.age;
  const age = ageOn(p.applicant.birthDate, p.today);
  const { minimumAge: min, guardianInPerson, source } = entry;
  if (age >= min)
    return passed('kyc.age.minimumAge', source, 'trace_kyc_age_ok', { age, minimumAge: min });
  const f2f = p.preset.kyc.faceToFace.channels;
  const guardianFix = fix(
    p,
    'come_with_guardian',
    { channels: channelList(p, f2f) },
    { channels: f2f },
  );
  if (!p.applicant.guardianPresent) {
    const values = { age, minimumAge: min };
    return failed([
      {
        values,
        reason: {
          code: 'under_minimum_age',
          message: msg(p, 'under_minimum_age', values),
          age,
          minimumAge: min,
          source,
          rule: 'kyc.age.minimumAge',
          fix: guardianFix,
        },
      },
    ]);
  }
  if (guardianInPerson && !p.faceToFaceChannel) {
    const values = {
      age,
      minimumAge: min,
      channel: OPENING_CHANNEL_LABELS[p.channel][p.lang],
      channels: channelList(p, f2f),
    };
    return failed([
      {
        values,
        reason: {
          code: 'guardian_not_in_person',
          message: msg(p, 'guardian_not_in_person', values),
          age,
          minimumAge: min,
          channel: p.channel,
          channels: f2f,
          source,
          rule: 'kyc.age.guardianInPerson',
          fix: guardianFix,
        },
      },
    ]);
  }
  return passed('kyc.age.minimumAge', source, 'trace_kyc_age_guardian', { age, minimumAge: min }, [
    {
      code: 'bring_proof_of_guardianship',
      message: msg(p, 'bring_proof_of_guardianship'),
      source,
      rule: 'kyc.age.minimumAge',
    },
  ]);
}
