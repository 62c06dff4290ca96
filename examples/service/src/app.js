// The reference authorization service: Fastify routes over one PostgreSQL transaction each.
//
// Concurrency: every request that changes an account runs in one database transaction that
// starts with `SELECT … FOR UPDATE` on the account's row. Every decision touches exactly that
// row, so the row lock serialises the decisions of one account and nothing else; under
// contention (many requests for one account) a lock queue does one round trip per request,
// where compare-and-set would read, decide and fail over and over. The usage's `version` is still
// written with `WHERE version = $read` as a check that nothing bypassed the lock.
//
// Idempotency: the first answer to each (operation, transaction id) is stored in
// idempotency_keys in the same transaction, and a retry gets it again, whatever its `at`; the
// same id with other content is a 409. The library's own memory (usage.settled) replays too;
// the ledger's primary key is the last line of defence.
//
// One clock: the service stamps every transaction and every settlement with its own clock
// (`options.clock`), never the client's; the request's `at` is validated and kept in the
// request record only.
import Fastify from 'fastify';
import * as z from 'zod/mini';
import {
  commit,
  createUsage,
  getHeadroom,
  getPreset,
  isAccountPolicyError,
  parseUsage,
  release,
  reserve,
  serializeUsage,
  transition,
} from 'account-policy';
import {
  accountStateSchema,
  lifecycleEventSchema,
  readableIssues,
  shortTextSchema,
  transactionSchema,
} from 'account-policy/schemas';

const authorizeBody = z.object({ accountId: shortTextSchema(), transaction: transactionSchema });
const settleBody = z.object({ accountId: shortTextSchema(), id: shortTextSchema() });
const accountBody = z.object({
  id: shortTextSchema(),
  class: shortTextSchema(),
  state: accountStateSchema,
});
const eventBody = z.object({ event: lifecycleEventSchema });

/** JSON with sorted keys: jsonb does not keep the order the request came in. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** Postgres errors worth one more try: serialization failure, deadlock. */
const RETRYABLE = new Set(['40001', '40P01']);

class HttpError extends Error {
  constructor(status, body) {
    super(body.error ?? 'error');
    this.status = status;
    this.body = body;
  }
}

/** The library's issues for a 400: the request is refused before anything is read or written. */
function validated(schema, value) {
  const r = schema.safeParse(value, { error: readableIssues });
  if (r.success) return r.data;
  throw new HttpError(400, {
    error: 'invalid_input',
    issues: r.error.issues.map((i) => ({ path: i.path, message: i.message })),
  });
}

/** An AccountPolicyError as an HTTP answer. */
function policyError(error) {
  const status =
    error.code === 'conflicting_transaction' ? 409 : error.code === 'invalid_state' ? 409 : 400;
  return new HttpError(status, { error: error.code, message: error.message, issues: error.issues });
}

/**
 * Builds the app.
 *
 * @param {import('pg').Pool} pool - the database
 * @param {{ presetId?: string, holdFor?: object, clock?: () => Date, timings?: { library: number, db: number } }} options
 */
export function buildApp(pool, options = {}) {
  const preset = getPreset(options.presetId ?? 'cn-pboc-2018');
  const clock = options.clock ?? (() => new Date());
  const timings = options.timings ?? { library: 0, db: 0 };
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 });

  /** Runs `work` in the library, timed. */
  const lib = (work) => {
    const t = performance.now();
    try {
      return work();
    } catch (error) {
      if (isAccountPolicyError(error)) throw policyError(error);
      throw error;
    } finally {
      timings.library += performance.now() - t;
    }
  };

  /** A query, timed. */
  const q = async (client, text, values) => {
    const t = performance.now();
    try {
      return await client.query(text, values);
    } finally {
      timings.db += performance.now() - t;
    }
  };

  /**
   * One request in one transaction: lock the account, replay a stored answer, or decide, write
   * and store the answer. `decide(row)` returns { status, body, writes(client) }.
   */
  async function idempotent(accountId, key, request, decide) {
    for (let attempt = 0; ; attempt++) {
      const client = await pool.connect();
      try {
        await q(client, 'BEGIN');
        const found = await q(
          client,
          'SELECT class, balance, state, usage, version FROM accounts WHERE id = $1 FOR UPDATE',
          [accountId],
        );
        if (found.rowCount === 0) throw new HttpError(404, { error: 'unknown_account' });
        const seen = await q(
          client,
          'SELECT request, status_code, response FROM idempotency_keys WHERE key = $1',
          [key],
        );
        if (seen.rowCount > 0) {
          await q(client, 'COMMIT');
          const first = seen.rows[0];
          if (canonical(first.request) !== canonical(request))
            throw new HttpError(409, {
              error: 'conflicting_transaction',
              message: `${key} was already requested with other content`,
            });
          return { status: first.status_code, body: { ...first.response, replayed: true } };
        }
        const row = found.rows[0];
        const usage = lib(() => parseUsage(row.usage));
        const outcome = await decide({ ...row, usage }, client);
        if (outcome.usage && outcome.usage !== usage) {
          const stored = lib(() => serializeUsage(outcome.usage));
          const updated = await q(
            client,
            'UPDATE accounts SET usage = $2, version = $3, balance = balance + $4 WHERE id = $1 AND version = $5',
            [accountId, stored, outcome.usage.version, outcome.balanceDelta ?? '0', row.version],
          );
          if (updated.rowCount !== 1) throw new Error('version moved under the row lock');
        }
        await q(
          client,
          'INSERT INTO idempotency_keys (key, account_id, request, status_code, response, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
          [key, accountId, request, outcome.status, outcome.body, clock()],
        );
        await q(client, 'COMMIT');
        return { status: outcome.status, body: outcome.body };
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        if (RETRYABLE.has(error.code) && attempt < 5) continue;
        // A duplicate racing on another account id: the key exists now, answer as a retry.
        if (error.code === '23505' && attempt < 5) continue;
        throw error;
      } finally {
        client.release();
      }
    }
  }

  /**
   * The account as the library's limit checks read it: the lifecycle state without the two lists
   * only closure reads (a limit account refuses fields it does not know), the class and the
   * booked balance.
   */
  const accountOf = (row) => {
    const { pendingBusiness: _pending, linkedServices: _linked, ...state } = row.state;
    return { ...state, class: row.class, balance: row.balance, faceToFaceVerified: true };
  };

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof HttpError) return reply.code(error.status).send(error.body);
    if (error.validation || error.statusCode === 400 || error.code === 'FST_ERR_CTP_INVALID_JSON')
      return reply.code(400).send({ error: 'invalid_input', message: error.message });
    return reply.code(500).send({ error: 'internal', message: String(error.message) });
  });

  // Where the time goes: milliseconds inside the library and waiting on the database.
  app.get('/metrics', async () => ({ libraryMs: timings.library, dbMs: timings.db }));

  app.post('/accounts', async (request, reply) => {
    const body = validated(accountBody, request.body);
    const { balance, ...state } = body.state;
    const usage = lib(() => serializeUsage(createUsage(preset)));
    const r = await pool.query(
      'INSERT INTO accounts (id, class, balance, state, usage, version) VALUES ($1, $2, $3, $4, $5, 0) ON CONFLICT (id) DO NOTHING',
      [body.id, body.class, balance, state, usage],
    );
    return reply.code(r.rowCount === 1 ? 201 : 200).send({ id: body.id });
  });

  app.post('/authorize', async (request, reply) => {
    const body = validated(authorizeBody, request.body);
    const { at: _clientAt, ...content } = body.transaction;
    const key = `authorize:${body.transaction.id ?? ''}`;
    if (body.transaction.id === undefined)
      throw new HttpError(400, {
        error: 'invalid_input',
        issues: [{ path: ['transaction', 'id'], message: 'is required to authorize' }],
      });
    const r = await idempotent(
      body.accountId,
      key,
      { accountId: body.accountId, content },
      async (row, client) => {
        const now = clock();
        const tx = { ...body.transaction, at: now.toISOString() };
        const result = lib(() =>
          reserve(accountOf(row), tx, row.usage, preset, {
            checkFunds: true,
            upgradeHint: false,
            ...(options.holdFor ? { holdFor: options.holdFor } : {}),
          }),
        );
        if (!result.ok)
          return {
            status: 200,
            body: {
              approved: false,
              violations: result.decision.violations.map((v) => ({
                code: v.code,
                message: v.message,
              })),
            },
          };
        await q(
          client,
          'INSERT INTO transactions (id, account_id, at, tx, amount, effect, status, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $3)',
          [tx.id, body.accountId, now, tx, tx.amount, result.decision?.effect ?? 'debit', 'held'],
        );
        return {
          status: 200,
          usage: result.usage,
          body: { approved: true, id: tx.id, expiresAt: result.hold.expiresAt },
        };
      },
    );
    return reply.code(r.status).send(r.body);
  });

  /** capture or release a held transaction. */
  const settle = (op) => async (request, reply) => {
    const body = validated(settleBody, request.body);
    const r = await idempotent(body.accountId, `${op}:${body.id}`, body, async (row, client) => {
      const now = clock();
      const held = await q(
        client,
        'SELECT amount, effect, status FROM transactions WHERE id = $1 AND account_id = $2',
        [body.id, body.accountId],
      );
      if (held.rowCount === 0) throw new HttpError(404, { error: 'unknown_transaction' });
      const { amount, effect } = held.rows[0];
      let usage;
      try {
        usage = lib(() => (op === 'capture' ? commit : release)(row.usage, body.id, now));
      } catch (error) {
        if (
          error instanceof HttpError &&
          error.body.error === 'invalid_state' &&
          op === 'capture'
        ) {
          // Expired (its headroom may be someone else's now): the hold is gone for good.
          await q(
            client,
            "UPDATE transactions SET status = 'expired', updated_at = $2 WHERE id = $1 AND status = 'held'",
            [body.id, now],
          );
          return { status: 409, body: error.body };
        }
        throw error;
      }
      const status = op === 'capture' ? 'captured' : 'released';
      await q(client, 'UPDATE transactions SET status = $2, updated_at = $3 WHERE id = $1', [
        body.id,
        status,
        now,
      ]);
      const delta = op === 'capture' ? (effect === 'credit' ? amount : `-${amount}`) : '0';
      return { status: 200, usage, balanceDelta: delta, body: { [status]: true, id: body.id } };
    });
    return reply.code(r.status).send(r.body);
  };
  app.post('/capture', settle('capture'));
  app.post('/release', settle('release'));

  app.get('/accounts/:id/headroom', async (request, reply) => {
    const id = validated(shortTextSchema(), request.params.id);
    const r = await pool.query('SELECT class, balance, state, usage FROM accounts WHERE id = $1', [
      id,
    ]);
    if (r.rowCount === 0) return reply.code(404).send({ error: 'unknown_account' });
    const row = r.rows[0];
    const usage = lib(() => parseUsage(row.usage));
    return lib(() => getHeadroom(accountOf(row), usage, preset, clock().toISOString()));
  });

  app.post('/accounts/:id/events', async (request, reply) => {
    const id = validated(shortTextSchema(), request.params.id);
    const body = validated(eventBody, request.body);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const r = await client.query('SELECT balance, state FROM accounts WHERE id = $1 FOR UPDATE', [
        id,
      ]);
      if (r.rowCount === 0) throw new HttpError(404, { error: 'unknown_account' });
      const { balance, state } = r.rows[0];
      const result = lib(() => transition({ ...state, balance }, body.event, preset));
      if (result.ok) {
        const { balance: _b, ...next } = result.account;
        await client.query('UPDATE accounts SET state = $2 WHERE id = $1', [id, next]);
      }
      await client.query('COMMIT');
      return reply.send(
        result.ok ? { ok: true, state: result.account, effects: result.effects } : result,
      );
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  });

  return app;
}
