// gazette-lint's executable (bundled to dist/cli.js): runs the CLI bundle
// (dist/cli-main.js) with a V8 code cache. Compiling the bundle and the
// functions a run calls is a third of a short run; the cache holds their
// bytecode. It lives in the user's cache directory, is written after a run that
// checked drafts whenever it is missing or does not fit this Node, and is never required:
// any failure to read or write it only makes the run compile as usual.
// GAZETTE_LINT_NO_CODE_CACHE=1 turns it off. The run starts without V8's
// optimizing compiler (see ./optimizer; GAZETTE_LINT_OPTIMIZE_AFTER_MS), set
// before the bundle is compiled: V8 checks a code cache against the flags it
// was made under.
import * as fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { Optimizer, flagsFrozen, optimizeAfterMs } from './optimizer';

const optimizer = new Optimizer(optimizeAfterMs(process.env));
if (!flagsFrozen(process.execArgv)) optimizer.defer();

const main = path.join(__dirname, 'cli-main.js');
const source = fs.readFileSync(main, 'utf8');
const cacheFile = codeCacheFile();
let cached: Buffer | undefined;
try {
  if (cacheFile) cached = fs.readFileSync(cacheFile);
} catch {
  // no cache yet
}
const script = new vm.Script(Module.wrap(source), { filename: main, cachedData: cached });
const module: { exports: { outcome?: { checked: boolean }; main?: (optimizer: Optimizer) => void } } = { exports: {} };
// Written after a run that checked drafts: a --version or --help compiles too little of the bundle to be worth keeping.
if (cacheFile && (!cached || script.cachedDataRejected)) process.once('exit', () => module.exports.outcome?.checked && writeCache(cacheFile));
script.runInThisContext()(module.exports, createRequire(main), module, main, __dirname);
module.exports.main?.(optimizer);

/** One cache per bundle (its size and time) and Node version, under ~/.cache/gazette-lint (or $XDG_CACHE_HOME). */
function codeCacheFile(): string | undefined {
  if (process.env.GAZETTE_LINT_NO_CODE_CACHE) return undefined;
  try {
    const stat = fs.statSync(main);
    const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
    return path.join(base, 'gazette-lint', `cli-${process.version}-${process.arch}-${stat.size}-${Math.round(stat.mtimeMs)}.code`);
  } catch {
    return undefined;
  }
}

/** Caches kept for other builds or Node versions (an upgrade, a second install). */
const KEEP = 3;

/**
 * After the run: the bytecode of every function it compiled. Written to a
 * temporary name, then renamed (runs in parallel); the oldest caches beyond
 * KEEP go.
 */
function writeCache(file: string): void {
  try {
    const dir = path.dirname(file);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temp = `${file}.${process.pid}`;
    optimizer.asAtStart();
    fs.writeFileSync(temp, script.createCachedData());
    fs.renameSync(temp, file);
    const others = fs
      .readdirSync(dir)
      .filter((f) => /^cli-.*\.code$/.test(f) && f !== path.basename(file))
      .map((f) => ({ f, at: fs.statSync(path.join(dir, f)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const { f } of others.slice(KEEP)) fs.rmSync(path.join(dir, f), { force: true });
  } catch {
    // a read-only home or a full disk: the next run compiles again
  }
}
