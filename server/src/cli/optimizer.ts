// V8's optimizing compiler (TurboFan) pays for itself only in a long run. A check
// of one issue or a few is over before most of its background compiles are done,
// and on a machine of two cores they compete with the run and its garbage
// collector: measured here, a year of issues (24 files, 3.3 MB) took 700 ms
// without it against 900 ms with it, one issue 15 ms less. So a run starts
// without it and turns it on once it has lasted a second, checked between
// drafts: five years of issues (120 files) took 15% longer when it stayed off.
// A draft too long to be over within a second turns it on before it is read, as
// nothing checks the time while one draft is parsed and checked: a draft of 5 MB
// took three times as long without it.
import { setFlagsFromString } from 'node:v8';

export const OPTIMIZE_AFTER_MS = 1000;
/** In characters: four times the largest issue seen (shaoxing-2018-08, 95,000 characters, 260 KB). */
export const LARGE_DRAFT = 400_000;

type SetFlags = (flags: string) => void;

export class Optimizer {
  private deferredAt: number | undefined;
  private switched = false;

  constructor(
    /** How long a run goes before the optimizing compiler is turned on. */
    private readonly afterMs = OPTIMIZE_AFTER_MS,
    private readonly setFlags: SetFlags = setFlagsFromString,
    // Date.now, not performance.now: the first use of `performance` loads Node's perf_hooks, 1-2 ms of a run.
    private readonly now: () => number = Date.now,
  ) {}

  /** At the start of a run, before its code is compiled. */
  defer(): void {
    try {
      this.setFlags('--no-turbofan');
      this.deferredAt = this.now();
    } catch {
      // a Node that refuses to change V8 flags at run time: the run optimizes as usual
    }
  }

  /** Before each draft is parsed or checked: turns the optimizing compiler on once the run has lasted afterMs, or for a large draft. */
  progress(length: number): void {
    if (this.deferredAt === undefined || (length < LARGE_DRAFT && this.now() - this.deferredAt < this.afterMs)) return;
    this.deferredAt = undefined;
    this.switched = true;
    this.setFlags('--turbofan');
  }

  /**
   * Back to the flags the run's code was compiled under: V8 accepts a code
   * cache only under the flags it was made with (the launcher writes one as the
   * run exits).
   */
  asAtStart(): void {
    if (this.switched) this.setFlags('--no-turbofan');
  }
}

/** GAZETTE_LINT_OPTIMIZE_AFTER_MS: a whole number of milliseconds (0: from the first draft), else the default. */
export function optimizeAfterMs(env: Record<string, string | undefined>): number {
  const value = env.GAZETTE_LINT_OPTIMIZE_AFTER_MS;
  return value !== undefined && /^\d{1,9}$/.test(value.trim()) ? Number(value) : OPTIMIZE_AFTER_MS;
}

/** Node started with --freeze-flags-after-init: V8 would then abort the process on any change of its flags. */
export function flagsFrozen(execArgv: readonly string[]): boolean {
  let frozen = false;
  for (const arg of execArgv) {
    // Node takes V8 flags with one dash or two, - or _ between words, and no= or no- or no_ before.
    const m = /^--?(no[-_]?)?freeze[-_]flags[-_]after[-_]init$/.exec(arg);
    if (m) frozen = !m[1];
  }
  return frozen;
}
