// Long fuzz run of the engine: the reliability properties of test/reliability on many
// more inputs, in a worker watched for hangs.
//   npm run fuzz -- [--runs 2000] [--seed N] [--only name,name] [--hang-ms 20000]
//   npm run fuzz -- --memory [--rounds 10000] [--only shaoxing]   heap over many re-analyses of corpus files
//   npm run fuzz -- --replay .cache/reliability/<name>.json
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { CORPUS, CORPUS_DIR, corpusAvailable } from '../test/corpus';
import { heapGrowth, HEAP_GROWTH_BOUND_MB, runMemoryWorker } from '../test/reliability/memory';
import { checkProperty, preview, profile } from '../test/reliability/properties';
import { analyze } from '../server/src/engine';
import { texts } from '../test/reliability/shared';
import { reliabilityProperties } from '../test/reliability/suites';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    only: { type: 'string' },
    'hang-ms': { type: 'string', default: '20000' },
    memory: { type: 'boolean' },
    rounds: { type: 'string', default: '10000' },
    replay: { type: 'string' },
  },
});

interface Options {
  runs: number;
  seed: number;
  only?: string[];
}

type Message = { type: 'start'; name: string; runs: number } | { type: 'case'; value: unknown } | { type: 'end'; name: string; ms: number; report?: string; skipped?: boolean };

const root = path.join(__dirname, '..');
const failureDir = path.join(root, '.cache', 'reliability');

if (!isMainThread) runInWorker(workerData as Options);
else if (values.replay) replay(values.replay);
else if (values.memory) memory(Number(values.rounds));
else void fuzz();

/** The properties, in the worker: each input is posted before it is checked, so a hang names it. */
function runInWorker(options: Options): void {
  const post = (m: Message) => parentPort!.postMessage(m);
  // Warm the JIT, as the test suite does, so that the time budgets measure the code and not its compilation.
  for (const t of texts) analyze(t);
  for (const p of reliabilityProperties()) {
    if (options.only && !options.only.includes(p.name)) continue;
    // Scale from the test's share: the whole-file and fix properties are the slow ones.
    const runs = Math.max(1, Math.round((p.runs / 200) * options.runs));
    const t = Date.now();
    if (p.needsCorpus && texts.length === 0) {
      post({ type: 'end', name: p.name, ms: 0, skipped: true });
      continue;
    }
    post({ type: 'start', name: p.name, runs });
    const report = checkProperty(p.name, p.arb, (v) => {
      post({ type: 'case', value: v });
      p.check(v);
    }, { seed: options.seed, numRuns: runs, interruptAfterTimeLimit: 30 * 60_000 });
    post({ type: 'end', name: p.name, ms: Date.now() - t, report });
  }
}

async function fuzz(): Promise<void> {
  const options: Options = {
    runs: Number(values.runs),
    seed: values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31,
    only: values.only?.split(','),
  };
  const hangMs = Number(values['hang-ms']);
  console.log(`fuzz: seed ${options.seed}, ${options.runs} runs of the main property (others scaled); replay with --seed ${options.seed}`);
  const worker = new Worker(`require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(__filename)});`, {
    eval: true,
    workerData: options,
  });
  let current: { name: string; value: unknown; at: number } | undefined;
  let failures = 0;
  const watchdog = setInterval(() => {
    if (!current || Date.now() - current.at < hangMs) return;
    mkdirSync(failureDir, { recursive: true });
    const file = path.join(failureDir, `${current.name}-hang.json`);
    writeFileSync(file, JSON.stringify({ name: current.name, seed: options.seed, value: current.value }, null, 1));
    console.log(`  HANG ${current.name}: one input ran over ${hangMs} ms; it is in ${path.relative(process.cwd(), file)}`);
    failures++;
    clearInterval(watchdog);
    void worker.terminate();
  }, 500);
  worker.on('message', (m: Message) => {
    if (m.type === 'start') {
      current = { name: m.name, value: undefined, at: Date.now() };
      process.stdout.write(`  ${m.name.padEnd(18)} ${String(m.runs).padStart(6)} runs ... `);
    } else if (m.type === 'case') {
      current = { name: current!.name, value: m.value, at: Date.now() };
    } else {
      current = undefined;
      if (m.skipped) console.log(`  ${m.name.padEnd(18)} skipped (no corpus)`);
      else console.log(m.report ? `FAILED (${(m.ms / 1000).toFixed(1)} s)\n    ${m.report.split('\n').join('\n    ')}` : `ok (${(m.ms / 1000).toFixed(1)} s)`);
      if (m.report) failures++;
    }
  });
  worker.on('error', (e) => {
    console.error(`fuzz worker crashed: ${e.stack ?? e}`);
    failures++;
  });
  await new Promise((resolve) => worker.on('exit', resolve));
  clearInterval(watchdog);
  console.log(failures ? `fuzz: ${failures} failing propert${failures === 1 ? 'y' : 'ies'}` : 'fuzz: all properties hold');
  process.exitCode = failures ? 1 : 0;
}

/** Re-checks a saved failing input with its property and shows where the time goes. */
function replay(file: string): void {
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { name: string; value: unknown };
  const property = reliabilityProperties().find((p) => p.name === saved.name.replace(/-hang$/, ''));
  const inputs = typeof saved.value === 'string' ? [saved.value] : Array.isArray(saved.value) ? saved.value.filter((v): v is string => typeof v === 'string') : [];
  for (const text of inputs) console.log(`input (${text.length} chars): ${preview(text, 400)}`);
  try {
    property!.check(saved.value);
    console.log(`  ${saved.name}: holds now`);
  } catch (e) {
    process.exitCode = 1;
    console.log(`  ${saved.name}: FAILS: ${e instanceof Error ? e.message : e}`);
  }
  for (const text of inputs) console.log('  slowest parts (CPU ms):', profile(text).slice(0, 5).map((p) => `${p.name} ${p.ms.toFixed(1)}`).join(', '));
}

/** 10,000 re-analyses with small edits of each corpus file, in child processes with --expose-gc. */
function memory(rounds: number): void {
  if (!corpusAvailable) {
    console.log(`memory: corpus not found at ${CORPUS_DIR}`);
    return;
  }
  let failed = false;
  for (const name of Object.values(CORPUS)) {
    if (values.only && !values.only.split(',').some((o) => name.includes(o))) continue;
    process.stdout.write(`  ${name.padEnd(24)} ${rounds} rounds ... `);
    const r = runMemoryWorker(path.join(CORPUS_DIR, name), rounds);
    const growth = heapGrowth(r);
    failed ||= growth >= HEAP_GROWTH_BOUND_MB;
    const data = r.samples.map((s) => s.data);
    console.log(
      `${growth < HEAP_GROWTH_BOUND_MB ? 'ok' : 'GROWS'}: data heap ${data[0]} -> max ${Math.max(...data.slice(1))} MB (+${growth.toFixed(2)}, bound ${HEAP_GROWTH_BOUND_MB}), ` +
        `code ${r.samples[0].code} -> ${r.samples[r.samples.length - 1].code} MB, RSS ${r.rss} MB, ${(r.ms / r.iterations).toFixed(1)} ms/round`,
    );
    console.log(`    samples (MB): ${data.join(' ')}`);
  }
  process.exitCode = failed ? 1 : 0;
}
