// Finds the breaks in one run of labels (1, 2, 4 …) given the values it may start at.

export type Break =
  /** One label is off while the rest of the run is right: relabel it to `expected`. */
  | { index: number; type: 'odd'; expected: number }
  /** The run does not start at an allowed value. */
  | { index: number; type: 'start'; expected: number[] }
  /** The label repeats the one before it. */
  | { index: number; type: 'repeat' }
  /** Labels are missing between this one and the one before it. */
  | { index: number; type: 'skip'; missing: [number, number] }
  /** The label is lower than the one before it. */
  | { index: number; type: 'back' };

export function findBreaks(values: readonly number[], starts: readonly number[]): Break[] {
  if (values.length === 0) return [];
  const candidates = [...new Set(starts)];
  // Indexes off each candidate run (flatMap is slow on the many short lists of an issue).
  const misses = candidates.map((s) => {
    const off: number[] = [];
    values.forEach((v, i) => {
      if (v !== s + i) off.push(i);
    });
    return off;
  });
  const best = Math.min(...misses.map((m) => m.length));
  if (best === 0) return [];
  if (best === 1) {
    const odd: { index: number; expected: number }[] = [];
    candidates.forEach((s, k) => {
      if (misses[k].length === 1) odd.push({ index: misses[k][0], expected: s + misses[k][0] });
    });
    const same = odd.every((o) => o.index === odd[0].index && o.expected === odd[0].expected);
    const { index, expected } = odd[0];
    // The last label too high may as well be a skip (an item missing): no relabelling then.
    const tooHigh = index === values.length - 1 && values[index] > expected;
    if (same && !tooHigh) return [{ index, type: 'odd', expected }];
  }
  const out: Break[] = [];
  if (!candidates.includes(values[0])) out.push({ index: 0, type: 'start', expected: candidates });
  for (let i = 1; i < values.length; i++) {
    const prev = values[i - 1];
    const v = values[i];
    if (v === prev + 1) continue;
    if (v === prev) out.push({ index: i, type: 'repeat' });
    else if (v > prev) out.push({ index: i, type: 'skip', missing: [prev + 1, v - 1] });
    else out.push({ index: i, type: 'back' });
  }
  return out;
}

/** Where a run should end: past one odd label the run's own count, else its last label. */
export function expectedLast(values: readonly number[], starts: readonly number[]): number {
  const last = values[values.length - 1];
  const fits = [...new Set(starts)].filter((s) => values.filter((v, i) => v !== s + i).length <= 1);
  return fits.length === 1 && values.length > 1 ? fits[0] + values.length - 1 : last;
}

/** Does a run restart at 1 or run on from `last` (the previous run's end)? Read from the whole run, not its first label. */
export function runMode(values: readonly number[], last: number | undefined): 'restart' | 'continue' | undefined {
  const misses = (s: number) => values.filter((v, i) => v !== s + i).length;
  const restart = misses(1);
  const cont = last === undefined ? Infinity : misses(last + 1);
  if (restart < cont && restart <= 1) return 'restart';
  if (cont < restart && cont <= 1) return 'continue';
  return undefined;
}
