export { CURRENCIES, getCurrency, isCurrencyCode } from './currencies';
export type { CurrencyInfo } from './currencies';
export {
  checkAmountText,
  describeAmountProblem,
  MAX_AMOUNT_TEXT_LENGTH,
  MAX_INTEGER_DIGITS,
} from './amountText';
export type { AmountTextOptions, AmountTextProblem } from './amountText';
export { PolicyDecimal } from './decimal';
export type { Money } from './Money';
export { money, parseMoney, safeParseMoney } from './parseMoney';
export type { ParseMoneyOptions } from './parseMoney';
export { zeroMoney } from './zeroMoney';
export { formatMoney } from './formatMoney';
export { formatMoneyForDisplay, formatAmountTextForDisplay } from './formatMoneyForDisplay';
export { addMoney, negateMoney, subtractMoney, sumMoney } from './arithmetic';
export {
  compareMoney,
  isNegativeMoney,
  isZeroMoney,
  maxMoney,
  minMoney,
  moneyEquals,
} from './compareMoney';
