// Many re-analyses with small edits do not grow the heap: nothing from an old
// version stays reachable (caches, workspace index, module state).
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { corpusAvailable, CORPUS, CORPUS_DIR } from '../corpus';
import { heapGrowth, HEAP_GROWTH_BOUND_MB, runMemoryWorker } from './memory';

// Rounds in `npm test`; `npm run fuzz -- --memory` runs 10,000 rounds on whole files.
const ROUNDS = Number(process.env.RELIABILITY_MEMORY_ROUNDS ?? 300);

describe('reliability: memory', function () {
  this.timeout(600_000);

  it(`${ROUNDS} re-analyses with small edits keep the data heap within ${HEAP_GROWTH_BOUND_MB} MB of its start`, function () {
    if (!corpusAvailable) {
      console.log(`  (skipped: corpus not found at ${CORPUS_DIR})`);
      this.skip();
    }
    // A whole issue: a leak of one version's text per edit (a line kept as a view of it) shows as ~7 MB here.
    const result = runMemoryWorker(path.join(CORPUS_DIR, CORPUS.J19), ROUNDS);
    const growth = heapGrowth(result);
    assert.ok(growth < HEAP_GROWTH_BOUND_MB, `heap grew by ${growth.toFixed(2)} MB over ${ROUNDS} rounds: ${result.samples.map((s) => s.data).join(', ')} MB`);
  });
});
