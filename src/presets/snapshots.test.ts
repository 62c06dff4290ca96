import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetSnapshots } from '../../scripts/snapshots';

describe('committed preset snapshots', () => {
  for (const { path, text } of presetSnapshots()) {
    it(`${path} matches the preset data (run \`npm run snapshots\` after changing a rule)`, () => {
      const committed = readFileSync(join(__dirname, '..', '..', path), 'utf8');
      expect(committed).toBe(text);
    });
  }
});
