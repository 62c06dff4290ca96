// Starts the service: PG* environment variables for the database (node-postgres reads them),
// PORT for the HTTP port (loopback only). Prints "listening <port>" once it accepts requests.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { buildApp } from './app.js';

// Numeric columns as strings (decimal text, as the library wants them), never floats.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (text) => text);

const pool = new pg.Pool({ max: Number(process.env.PG_POOL ?? 16) });
// An idle client losing its connection (the database restarting) is not a reason to crash.
pool.on('error', (error) => process.stderr.write(`idle client: ${error.message}\n`));
const schema = readFileSync(new URL('../schema.sql', import.meta.url), 'utf8');
await pool.query(schema);

const app = buildApp(pool, {
  presetId: process.env.PRESET ?? 'cn-pboc-2018',
  // How long an authorization holds its headroom (default 15 minutes).
  ...(process.env.HOLD_MINUTES ? { holdFor: { minutes: Number(process.env.HOLD_MINUTES) } } : {}),
});
const address = await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
process.stdout.write(`listening ${new URL(address).port}\n`);

for (const signal of ['SIGTERM', 'SIGINT'])
  process.on(signal, async () => {
    await app.close();
    await pool.end();
    process.exit(0);
  });
