/*
 * Prints the N largest functions of src/ (non-test files), longest first:
 *
 *   npx tsx scripts/function-sizes.ts [N]     (N defaults to 15)
 *
 * Each line: the length in lines, then file:line and the function's name. The limit (under 80
 * lines) is enforced by test/lint/functionSizes.test.ts.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allFunctionSizes } from './functionSizes';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(process.argv[2] ?? 15);
if (!Number.isInteger(count) || count < 1) {
  process.stderr.write('usage: tsx scripts/function-sizes.ts [N]  (N: how many, default 15)\n');
  process.exit(2);
}
// Piped into `head`, stop quietly when the reader has seen enough.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
for (const f of allFunctionSizes(root).slice(0, count))
  process.stdout.write(`${f.lines} ${f.file}:${f.line} ${f.name}\n`);
