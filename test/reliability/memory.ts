// Runs memory-worker.ts in a child process with --expose-gc and reads its heap samples.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/**
 * Growth of the data heap (heap in use minus compiled code, after full collections)
 * allowed from the end of the warm-up to any later sample: a leak of 300 bytes a
 * round shows after 10,000 rounds. Compiled code is left out: the JIT keeps adding
 * optimised code for a while (about 0.7 MB over 15,000 rounds).
 */
export const HEAP_GROWTH_BOUND_MB = 3;

export interface MemoryResult {
  chars: number;
  warmup: number;
  iterations: number;
  ms: number;
  rss: number;
  samples: { data: number; code: number }[];
}

export function runMemoryWorker(file: string, iterations: number, lines?: number): MemoryResult {
  const worker = path.join(__dirname, 'memory-worker.ts');
  const args = ['--expose-gc', '--require', 'tsx/cjs', worker, file, String(iterations), ...(lines ? [String(lines)] : [])];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: path.join(__dirname, '../..'), timeout: 1_800_000 });
  if (r.status !== 0) throw new Error(`memory worker failed (${r.status ?? r.signal}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

export function heapGrowth(r: MemoryResult): number {
  return Math.max(...r.samples.slice(1).map((s) => s.data)) - r.samples[0].data;
}
