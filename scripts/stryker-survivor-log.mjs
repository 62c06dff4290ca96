// A Stryker reporter plugin (stryker.config.mjs): appends every mutant that survives, or that no
// test covers, to reports/mutation/survivors.<label>.jsonl as soon as it is tested, so the tests
// can be strengthened while a long run is still going. scripts/mutation.mjs sets the label.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

const label = process.env.MUTATION_LABEL ?? 'run';
const file = `reports/mutation/survivors.${label}.jsonl`;

class SurvivorLog {
  onDryRunCompleted() {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '');
  }

  onMutantTested(result) {
    if (result.status !== 'Survived' && result.status !== 'NoCoverage') return;
    const { fileName, location, mutatorName, replacement, status, static: isStatic } = result;
    appendFileSync(
      file,
      `${JSON.stringify({
        file: fileName,
        line: location.start.line,
        column: location.start.column,
        status,
        mutator: mutatorName,
        replacement,
        static: isStatic ?? false,
      })}\n`,
    );
  }
}

export const strykerPlugins = [
  declareClassPlugin(PluginKind.Reporter, 'survivor-log', SurvivorLog),
];
