/*
 * Authorizations per second end to end through the reference service (examples/service) on a
 * throwaway PostgreSQL: 32 clients, 64 accounts, fresh transaction ids, small amounts (nearly
 * all approved). Prints authorizations per second, p50 and p99 latency, and the share of the
 * service's time spent in the library against waiting on the database (from its /metrics).
 *
 * A standalone script of `npm run bench` (no reference ratio: absolute figures of this machine).
 * `BENCH_SERVICE_REQUESTS` sets the number of authorizations (default 4,000).
 */
import { CLI_TRANSITION_ACCOUNT } from '../test/fixtures/cliExamples';
import { installService, startService } from '../test/service/harness';
import { freePort, postgresBin, startPostgres } from '../test/service/postgres';

const REQUESTS = Number(process.env.BENCH_SERVICE_REQUESTS ?? 4_000);
const CLIENTS = 32;
const ACCOUNTS = 64;

if (!postgresBin()) {
  console.log('service bench skipped: PostgreSQL is not installed (apt-get install -y postgresql)');
  process.exit(0);
}
installService();
const db = await startPostgres();
const service = await startService(db, await freePort());
const base = `http://127.0.0.1:${service.port}`;
const post = async (path: string, body: unknown) => {
  const r = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
};
try {
  for (let i = 0; i < ACCOUNTS; i++)
    await post('/accounts', {
      id: `b-${i}`,
      class: 'II',
      state: { ...CLI_TRANSITION_ACCOUNT, balance: '100000.00' },
    });
  const before = (await (await fetch(`${base}/metrics`)).json()) as Record<string, number>;
  const latencies: number[] = [];
  let next = 0;
  let approved = 0;
  let invalid: string | undefined;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < REQUESTS) {
        const n = next++;
        const t = performance.now();
        const r = await post('/authorize', {
          accountId: `b-${n % ACCOUNTS}`,
          transaction: {
            id: `bench-${n}`,
            at: new Date().toISOString(),
            amount: '1.00',
            kind: 'payment',
            counterparty: 'other',
          },
        });
        latencies.push(performance.now() - t);
        if (r.body.approved === true) approved++;
        else if (r.status !== 200)
          invalid ??= `${r.status} ${JSON.stringify(r.body).slice(0, 300)}`;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  // Every request is well-formed and small: an error answer means the figures measure nothing.
  if (invalid !== undefined) throw new Error(`an authorization was not decided: ${invalid}`);
  const after = (await (await fetch(`${base}/metrics`)).json()) as Record<string, number>;
  const library = after.libraryMs! - before.libraryMs!;
  const database = after.dbMs! - before.dbMs!;
  latencies.sort((a, b) => a - b);
  const p = (q: number) => latencies[Math.floor(q * (latencies.length - 1))]!.toFixed(1);
  console.log(
    `service authorize: ${REQUESTS} requests (${approved} approved), ${CLIENTS} clients, ${ACCOUNTS} accounts`,
  );
  console.log(
    `  ${(REQUESTS / seconds).toFixed(0)} authorizations/s end to end; p50 ${p(0.5)} ms, p99 ${p(0.99)} ms`,
  );
  console.log(
    `  service time: library ${library.toFixed(0)} ms (${((100 * library) / (library + database)).toFixed(1)}%), ` +
      `database ${database.toFixed(0)} ms (${((100 * database) / (library + database)).toFixed(1)}%); ` +
      `library ${(library / REQUESTS).toFixed(2)} ms per authorization`,
  );
} finally {
  const exited = new Promise((resolve) => service.child.once('exit', resolve));
  service.child.kill('SIGTERM');
  await exited;
  db.stop();
}
