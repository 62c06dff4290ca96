import { accountsPerBank } from './accountsPerBank';
import { documentAccepted } from './documentAccepted';
import { documentExpiry } from './documentExpiry';
import { documentNumber } from './documentNumber';
import { faceToFaceChannel } from './faceToFaceChannel';
import { foreignCurrency } from './foreignCurrency';
import { minimumAge } from './minimumAge';
import { openingRequirements } from './openingRequirements';
import { openingRestriction } from './openingRestriction';
import { phoneInOwnName } from './phoneInOwnName';
import type { EligibilityRule } from './ruleKit';
import { taxResidencyDeclaration } from './taxResidencyDeclaration';
import { verificationCount } from './verificationCount';

/**
 * The opening-eligibility rules in evaluation order: the order of the reasons, of the conditions
 * and of the trace.
 *
 * @example
 * ```ts
 * ELIGIBILITY_RULES.map((r) => r.name); // ['openingRestriction', 'minimumAge', …]
 * ```
 */
export const ELIGIBILITY_RULES: readonly EligibilityRule[] = Object.freeze([
  openingRestriction,
  minimumAge,
  documentAccepted,
  documentNumber,
  documentExpiry,
  faceToFaceChannel,
  verificationCount,
  openingRequirements,
  accountsPerBank,
  foreignCurrency,
  phoneInOwnName,
  taxResidencyDeclaration,
]);
