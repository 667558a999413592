// Run in a child process with --expose-gc by memory.test.ts and scripts/fuzz.ts:
// re-analyses one text many times with small edits, as an editor does, and reports
// the heap after full collections. Usage: memory-worker.ts FILE ITERATIONS [LINES]
import { readFileSync } from 'node:fs';
import * as v8 from 'node:v8';
import { pathToFileURL } from 'node:url';
import { DocumentFindingsCache, LineIndex, lintIssue, WorkspaceIndex, type Issue } from '../../server/src/engine';
import { parseIssueIncremental } from '../../server/src/engine/parse/incremental';

const [file, iterationsArg, linesArg] = process.argv.slice(2);
const iterations = Number(iterationsArg ?? 10000);
let text = readFileSync(file, 'utf8');
if (linesArg) text = text.split('\n').slice(0, Number(linesArg)).join('\n');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const uri = pathToFileURL(file).href;
const workspace = new WorkspaceIndex();
// As in the language server: each parse reuses the previous one, each lint the document rules' findings.
const cache = new DocumentFindingsCache();
let previous: Issue | undefined;
const original = text;
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const INSERTS = ['的', '，', '〔', '1', '号', '\n', ' ', '一、', '责任单位:'];

/** Heap in use after full collections, without compiled code (the JIT keeps optimising for a while). */
function heapMb(): { data: number; code: number } {
  gc!();
  gc!();
  const code = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'code_space')?.space_used_size ?? 0;
  const mb = (n: number) => +(n / 1024 / 1024).toFixed(2);
  return { data: mb(process.memoryUsage().heapUsed - code), code: mb(code) };
}

/** One editor round: a small edit (insert or delete near a random place), then parse, lint, line index, as the server does them. */
function step(i: number): void {
  const at = Math.floor(random() * text.length);
  if (i % 2 === 0 || text.length < original.length - 200) text = text.slice(0, at) + INSERTS[i % INSERTS.length] + text.slice(at);
  else text = text.slice(0, at) + text.slice(at + 1 + (i % 3));
  // Keep the text near its original size: every 1000 rounds start again from the original.
  if (i % 1000 === 999) text = original;
  const issue = parseIssueIncremental(text, previous);
  previous = issue;
  workspace.set(uri, issue);
  lintIssue(issue, { workspace, uri, cache });
  new LineIndex(text).position(at);
}

const warmup = Math.min(1000, Math.ceil(iterations / 10));
for (let i = 0; i < warmup; i++) step(i);
const samples = [heapMb()];
const started = Date.now();
const every = Math.max(1, Math.floor(iterations / 10));
for (let i = 0; i < iterations; i++) {
  step(i);
  if ((i + 1) % every === 0) samples.push(heapMb());
}
const rss = +(process.memoryUsage().rss / 1024 / 1024).toFixed(1);
process.stdout.write(JSON.stringify({ file, chars: original.length, warmup, iterations, ms: Date.now() - started, rss, samples }) + '\n');
