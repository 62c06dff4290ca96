import type { LangText } from '../messages/lang';
import type { Channel } from '../presets/types/common';
import type { OpeningChannel } from '../presets/types/classes';
import type { DocumentType, Residency } from '../presets/types/kyc';
import type { Preset } from '../presets/types/preset';
import { deepFreeze } from '../presets/internal/deepFreeze';

/**
 * What the form schemas need of a preset, as plain data: a few hundred bytes, so that a form
 * does not bundle the preset (and decimal.js). {@link formRulesOf} reads them from any preset;
 * {@link DEFAULT_FORM_RULES} are those of `cn-pboc-2018` (a test holds them equal).
 */
export interface FormRules {
  readonly preset: string;
  /** The preset's currency (the opening and transfer forms' default). */
  readonly currency: string;
  /** Under this age a legal guardian must be present … */
  readonly minimumAge: number;
  /** … in person (on a face-to-face channel) when true. */
  readonly guardianInPerson: boolean;
  /** Opening channels that count as face to face. */
  readonly faceToFaceChannels: readonly OpeningChannel[];
  /** Documents accepted for each residency. */
  readonly acceptedDocuments: { readonly [R in Residency]: readonly DocumentType[] };
  /** Whether a phone in someone else's name refuses the opening. */
  readonly phoneInOwnNameRequired: boolean;
  /** Every class or tier, in preset order. */
  readonly classes: readonly {
    readonly id: string;
    readonly title: LangText;
    readonly openingChannels: readonly OpeningChannel[];
    /** Face to face only (the class says so, or it requires a `face_to_face` verification). */
    readonly faceToFace: boolean;
  }[];
  /** Channels through which a loss may be reported. */
  readonly lossReportChannels: readonly Channel[];
  /** Information fields that need proof (and a second member of staff) to change … */
  readonly keyFields: readonly string[];
  /** … and the channels through which they may be changed. */
  readonly keyFieldChannels: readonly Channel[];
  /** Other information fields, and their channels. */
  readonly nonKeyFields: readonly string[];
  readonly nonKeyFieldChannels: readonly Channel[];
}

/**
 * The form rules of a preset.
 *
 * @param preset - a preset, e.g. `getPreset('tiered-generic')`
 * @returns the rules, frozen
 * @example
 * ```ts
 * openingFormSchema('en', { today: '2026-11-22', rules: formRulesOf(getPreset('tiered-generic')) });
 * ```
 */
export function formRulesOf(preset: Preset): FormRules {
  const { kyc, lifecycle } = preset;
  const info = lifecycle.informationChange;
  return deepFreeze({
    preset: preset.id,
    currency: preset.currency,
    minimumAge: kyc.age.minimumAge,
    guardianInPerson: kyc.age.guardianInPerson,
    faceToFaceChannels: [...kyc.faceToFace.channels],
    acceptedDocuments: {
      mainland: [...kyc.documents.accepted.mainland],
      hk_macao_taiwan: [...kyc.documents.accepted.hk_macao_taiwan],
      foreign: [...kyc.documents.accepted.foreign],
    },
    phoneInOwnNameRequired: kyc.phoneInOwnName.required,
    classes: preset.classes.map((c) => ({
      id: c.id,
      title: { en: c.title.en, 'zh-CN': c.title['zh-CN'] },
      openingChannels: [...c.opening.channels],
      faceToFace:
        c.opening.faceToFaceRequired || c.opening.requiredVerifications.includes('face_to_face'),
    })),
    lossReportChannels: [...lifecycle.lossReport.reportChannels],
    keyFields: [...info.keyFields],
    keyFieldChannels: [...info.keyFieldChannels],
    nonKeyFields: [...info.nonKeyFields],
    nonKeyFieldChannels: [...info.nonKeyFieldChannels],
  });
}

/** The form rules of the default preset, `cn-pboc-2018`. */
export const DEFAULT_FORM_RULES: FormRules = /* @__PURE__ */ deepFreeze({
  preset: 'cn-pboc-2018',
  currency: 'CNY',
  minimumAge: 16,
  guardianInPerson: true,
  faceToFaceChannels: ['counter', 'kiosk_assisted'],
  acceptedDocuments: {
    mainland: ['resident_id_card'],
    hk_macao_taiwan: ['hk_macao_taiwan_permit'],
    foreign: ['passport', 'foreign_permanent_residence'],
  },
  phoneInOwnNameRequired: true,
  classes: [
    {
      id: 'III',
      title: { en: 'Class III account', 'zh-CN': 'Ⅲ类户' },
      openingChannels: ['counter', 'kiosk_assisted', 'remote'],
      faceToFace: false,
    },
    {
      id: 'II',
      title: { en: 'Class II account', 'zh-CN': 'Ⅱ类户' },
      openingChannels: ['counter', 'kiosk_assisted', 'remote'],
      faceToFace: false,
    },
    {
      id: 'I',
      title: { en: 'Class I account', 'zh-CN': 'Ⅰ类户' },
      openingChannels: ['counter', 'kiosk_assisted'],
      faceToFace: true,
    },
  ],
  lossReportChannels: ['counter', 'phone', 'online', 'mobile'],
  keyFields: ['name', 'id_number'],
  keyFieldChannels: ['counter'],
  nonKeyFields: ['phone', 'address', 'occupation'],
  nonKeyFieldChannels: ['counter', 'online', 'mobile'],
});
