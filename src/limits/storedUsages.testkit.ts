// Usages as a store returns them, written out as data (checked against the library by
// storedUsages.test.ts). Tests that build tables of malformed usages at collection time start from
// these instead of calling the library at the top level: under mutation testing, library code run
// outside a test would make every mutant in it "static" and re-run the whole suite for each.
import type { Usage } from '.';

/** cn-pboc-2018 usage after a 9,000.00 transfer out at 09:00 and a 200.00 payment at 08:00 on 2026-11-22 (Shanghai). */
export const PBOC_USAGE: Usage = {
  version: 2,
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  windows: {
    day: {
      kind: 'calendar',
      unit: 'day',
      start: '2026-11-22T00:00:00+08:00',
      end: '2026-11-23T00:00:00+08:00',
      flows: {
        'transfer_out:other': {
          amount: '9000.00',
          count: 1,
          reversed: '0.00',
        },
        'payment:other': {
          amount: '200.00',
          count: 1,
          reversed: '0.00',
        },
      },
    },
    year: {
      kind: 'calendar',
      unit: 'year',
      start: '2026-01-01T00:00:00+08:00',
      end: '2027-01-01T00:00:00+08:00',
      flows: {
        'transfer_out:other': {
          amount: '9000.00',
          count: 1,
          reversed: '0.00',
        },
        'payment:other': {
          amount: '200.00',
          count: 1,
          reversed: '0.00',
        },
      },
    },
  },
  holds: [],
  settled: [],
} as Usage;

/** PBOC_USAGE after reserving `tx-1`, a 100.00 payment at 10:00, for a Class II account. */
export const PBOC_USAGE_WITH_HOLD: Usage = {
  version: 3,
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  windows: {
    day: {
      kind: 'calendar',
      unit: 'day',
      start: '2026-11-22T00:00:00+08:00',
      end: '2026-11-23T00:00:00+08:00',
      flows: {
        'transfer_out:other': {
          amount: '9000.00',
          count: 1,
          reversed: '0.00',
        },
        'payment:other': {
          amount: '200.00',
          count: 1,
          reversed: '0.00',
        },
      },
    },
    year: {
      kind: 'calendar',
      unit: 'year',
      start: '2026-01-01T00:00:00+08:00',
      end: '2027-01-01T00:00:00+08:00',
      flows: {
        'transfer_out:other': {
          amount: '9000.00',
          count: 1,
          reversed: '0.00',
        },
        'payment:other': {
          amount: '200.00',
          count: 1,
          reversed: '0.00',
        },
      },
    },
  },
  holds: [
    {
      id: 'tx-1',
      amount: '100.00',
      expiresAt: '2026-11-22T10:15:00+08:00',
      transaction: {
        id: 'tx-1',
        at: '2026-11-22T10:00:00+08:00',
        amount: '100.00',
        kind: 'payment',
        counterparty: 'other',
      },
      fingerprint: '1795312800000|100.00|payment|other|||',
    },
  ],
  settled: [],
} as Usage;

/** BANK_PRESET usage after a 100.00 transfer in from another account at 09:00 on 2026-11-22. */
export const BANK_USAGE: Usage = {
  version: 1,
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  windows: {
    day: {
      kind: 'calendar',
      unit: 'day',
      start: '2026-11-22T00:00:00+08:00',
      end: '2026-11-23T00:00:00+08:00',
      flows: {
        'transfer_in:other': {
          amount: '100.00',
          count: 1,
          reversed: '0.00',
        },
      },
    },
    year: {
      kind: 'calendar',
      unit: 'year',
      start: '2026-01-01T00:00:00+08:00',
      end: '2027-01-01T00:00:00+08:00',
      flows: {
        'transfer_in:other': {
          amount: '100.00',
          count: 1,
          reversed: '0.00',
        },
      },
    },
    month: {
      kind: 'calendar',
      unit: 'month',
      start: '2026-11-01T00:00:00+08:00',
      end: '2026-12-01T00:00:00+08:00',
      flows: {
        'transfer_in:other': {
          amount: '100.00',
          count: 1,
          reversed: '0.00',
        },
      },
    },
    'rolling:24H': {
      kind: 'rolling',
      duration: {
        hours: 24,
      },
      horizon: '2026-11-21T09:00:00+08:00',
      entries: [
        {
          at: '2026-11-22T09:00:00+08:00',
          bucket: 'transfer_in:other',
          amount: '100.00',
        },
      ],
    },
  },
  holds: [],
  settled: [],
} as Usage;

/** BANK_USAGE after reserving `tx-1`, a 100.00 payment at 10:00, for a Class II account. */
export const BANK_USAGE_WITH_HOLD: Usage = {
  version: 2,
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  windows: {
    day: {
      kind: 'calendar',
      unit: 'day',
      start: '2026-11-22T00:00:00+08:00',
      end: '2026-11-23T00:00:00+08:00',
      flows: {
        'transfer_in:other': {
          amount: '100.00',
          count: 1,
          reversed: '0.00',
        },
      },
    },
    year: {
      kind: 'calendar',
      unit: 'year',
      start: '2026-01-01T00:00:00+08:00',
      end: '2027-01-01T00:00:00+08:00',
      flows: {
        'transfer_in:other': {
          amount: '100.00',
          count: 1,
          reversed: '0.00',
        },
      },
    },
    month: {
      kind: 'calendar',
      unit: 'month',
      start: '2026-11-01T00:00:00+08:00',
      end: '2026-12-01T00:00:00+08:00',
      flows: {
        'transfer_in:other': {
          amount: '100.00',
          count: 1,
          reversed: '0.00',
        },
      },
    },
    'rolling:24H': {
      kind: 'rolling',
      duration: {
        hours: 24,
      },
      horizon: '2026-11-21T09:00:00+08:00',
      entries: [
        {
          at: '2026-11-22T09:00:00+08:00',
          bucket: 'transfer_in:other',
          amount: '100.00',
        },
      ],
    },
  },
  holds: [
    {
      id: 'tx-1',
      amount: '100.00',
      expiresAt: '2026-11-22T10:15:00+08:00',
      transaction: {
        id: 'tx-1',
        at: '2026-11-22T10:00:00+08:00',
        amount: '100.00',
        kind: 'payment',
        counterparty: 'other',
      },
      fingerprint: '1795312800000|100.00|payment|other|||',
    },
  ],
  settled: [],
} as Usage;

/** BANK_USAGE_WITH_HOLD after releasing `tx-1`. */
export const BANK_USAGE_RELEASED: Usage = {
  version: 3,
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  windows: {
    day: {
      kind: 'calendar',
      unit: 'day',
      start: '2026-11-22T00:00:00+08:00',
      end: '2026-11-23T00:00:00+08:00',
      flows: {
        'transfer_in:other': {
          amount: '100.00',
          count: 1,
          reversed: '0.00',
        },
      },
    },
    year: {
      kind: 'calendar',
      unit: 'year',
      start: '2026-01-01T00:00:00+08:00',
      end: '2027-01-01T00:00:00+08:00',
      flows: {
        'transfer_in:other': {
          amount: '100.00',
          count: 1,
          reversed: '0.00',
        },
      },
    },
    month: {
      kind: 'calendar',
      unit: 'month',
      start: '2026-11-01T00:00:00+08:00',
      end: '2026-12-01T00:00:00+08:00',
      flows: {
        'transfer_in:other': {
          amount: '100.00',
          count: 1,
          reversed: '0.00',
        },
      },
    },
    'rolling:24H': {
      kind: 'rolling',
      duration: {
        hours: 24,
      },
      horizon: '2026-11-21T09:00:00+08:00',
      entries: [
        {
          at: '2026-11-22T09:00:00+08:00',
          bucket: 'transfer_in:other',
          amount: '100.00',
        },
      ],
    },
  },
  holds: [],
  settled: [
    {
      id: 'tx-1',
      amount: '100.00',
      // Forgotten IDEMPOTENCY_PERIOD after the transaction's instant (the hold expired at 10:15).
      expiresAt: '2026-11-23T10:00:00+08:00',
      transaction: {
        id: 'tx-1',
        at: '2026-11-22T10:00:00+08:00',
        amount: '100.00',
        kind: 'payment',
        counterparty: 'other',
      },
      fingerprint: '1795312800000|100.00|payment|other|||',
      outcome: 'released',
    },
  ],
} as Usage;
