/**
 * Writes the generated, committed documentation snapshots: one Markdown handbook per shipped
 * preset and language under docs/presets/. A test fails when the data changes without this
 * being run, so every change to a regulatory number shows up as a reviewable diff.
 *
 * Run: npm run snapshots
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { presetSnapshots } from './snapshots';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const { path, text } of presetSnapshots()) {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${path}`);
}
