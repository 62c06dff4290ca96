-- The reference service's tables. One row per account holds everything a decision needs: the
-- class, the booked balance, the lifecycle state, and the library's usage (serializeUsage) with
-- its version. The ledger and the idempotency keys are written in the same transaction as the
-- account row, so a crash leaves all three as they were or all three changed.
create table if not exists accounts (
  id          text primary key,
  class       text not null,
  balance     numeric(20, 2) not null,
  -- lifecycle state (AccountState without its balance, which is the column above)
  state       jsonb not null,
  -- serializeUsage(usage): { format, formatVersion, usage }
  usage       jsonb not null,
  -- usage.version, for compare-and-set
  version     bigint not null
);

-- Every authorized transaction, once (the id is the transaction id): held, then captured,
-- released or expired. The captured rows are the account's booked history.
create table if not exists transactions (
  id          text primary key,
  account_id  text not null references accounts (id),
  at          timestamptz not null,
  tx          jsonb not null,
  amount      numeric(20, 2) not null,
  effect      text not null check (effect in ('credit', 'debit')),
  status      text not null check (status in ('held', 'captured', 'released', 'expired')),
  updated_at  timestamptz not null
);
create index if not exists transactions_account on transactions (account_id, at);

-- The first answer to each request, by operation and transaction id: a retry gets it again.
create table if not exists idempotency_keys (
  key         text primary key,
  account_id  text not null,
  request     jsonb not null,
  status_code integer not null,
  response    jsonb not null,
  created_at  timestamptz not null
);
