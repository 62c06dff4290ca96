import { fail, type Path } from './errors';

/** 0001-01-01T00:00:00.000Z, the earliest supported instant. */
export const MIN_INSTANT_MS = -62_135_596_800_000;
/** 9999-12-31T23:59:59.999Z, the latest supported instant. */
export const MAX_INSTANT_MS = 253_402_300_799_999;

/**
 * Checks that `value` is a valid `Date` within 0001-01-01Z … 9999-12-31Z and returns its
 * timestamp; otherwise throws `invalid_instant`.
 *
 * @internal
 */
export function instantMs(value: unknown, name = 'instant', path: Path = []): number {
  if (!(value instanceof Date)) {
    throw fail('invalid_instant', `Invalid ${name}: expected a Date, got ${typeOf(value)}`, path);
  }
  const t = value.getTime();
  if (Number.isNaN(t)) throw fail('invalid_instant', `Invalid ${name}: the Date is invalid`, path);
  if (t < MIN_INSTANT_MS || t > MAX_INSTANT_MS) {
    throw fail(
      'invalid_instant',
      `Invalid ${name}: ${value.toISOString()} is outside the supported range 0001-01-01Z to 9999-12-31Z`,
      path,
    );
  }
  return t;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
