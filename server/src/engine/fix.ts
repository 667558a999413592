// Applies the safe fixes of a set of findings to a text, skipping any fix that
// overlaps one already taken (the next pass picks it up, as ESLint does).
import type { Range } from './model';
import type { Edit, Finding } from './rules/types';
import { append, maxOf } from './arrays';

/** The fixed text, how many fixes were applied, and their edits of `text` (sorted, disjoint). */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: number; edits: Edit[] } {
  const fixes = findings
    .filter((f) => f.fix && f.fix.edits.length > 0)
    .map((f) => [...f.fix!.edits].sort((a, b) => a.range.start - b.range.start))
    .sort((a, b) => a[0].range.start - b[0].range.start);
  const taken: Edit[] = [];
  let lastEnd = -1;
  let applied = 0;
  for (const edits of fixes) {
    const start = edits[0].range.start;
    // Overlapping fixes wait for the next pass; so does a second insertion at the same point.
    const prev = taken[taken.length - 1];
    if (start < lastEnd || (prev && start === prev.range.start && prev.range.start === prev.range.end)) continue;
    if (!editsAreDisjoint(edits)) continue;
    append(taken, edits);
    lastEnd = maxOf(edits.map((e) => e.range.end));
    applied++;
  }
  return { text: applyEdits(text, taken), applied, edits: taken };
}

/** Applies sorted, disjoint edits of a text (or of its stretch from `from` to `to`, in the text's offsets). */
function applyEdits(text: string, edits: readonly Edit[], from = 0, to = text.length): string {
  let out = '';
  let pos = from;
  for (const e of edits) {
    out += text.slice(pos, e.range.start) + e.text;
    pos = e.range.end;
  }
  return out + text.slice(pos, to);
}

function editsAreDisjoint(edits: Edit[]): boolean {
  for (let i = 1; i < edits.length; i++) if (edits[i].range.start < edits[i - 1].range.end) return false;
  return true;
}

/**
 * Applies fixes repeatedly until nothing changes (bounded passes). `edits`: the
 * edits of the original text that give the result, each as small as the fixes
 * allow (an editor applies them without replacing the text around them).
 */
export function fixAll(
  text: string,
  lint: (text: string, original: (range: Range) => Range | undefined) => readonly Finding[],
  maxPasses = 10,
): { text: string; applied: number; passes: number; edits: Edit[] } {
  let total = 0;
  let passes = 0;
  let edits: Edit[] = [];
  for (; passes < maxPasses; passes++) {
    const done = edits;
    const { text: next, applied, edits: taken } = applyFixes(text, lint(text, (range) => originalRange(range, done)));
    if (applied === 0 || next === text) break;
    edits = passes === 0 ? taken : composeEdits(edits, text, taken);
    total += applied;
    text = next;
  }
  return { text, applied: total, passes, edits };
}

/**
 * The edits of an original text that do what two rounds of edits did: `earlier`
 * made `middle` from it, `later` edits `middle` (each sorted and disjoint). An
 * edit of `later` that overlaps or touches an earlier one, in `middle`, merges
 * with it; the others are moved back to the original's offsets.
 */
export function composeEdits(earlier: readonly Edit[], middle: string, later: readonly Edit[]): Edit[] {
  const out: Edit[] = [];
  let i = 0;
  let j = 0;
  // Offset in `middle` minus offset in the original, past the edits merged so far.
  let delta = 0;
  while (i < earlier.length || j < later.length) {
    const earlierFirst = j >= later.length || (i < earlier.length && earlier[i].range.start + delta <= later[j].range.start);
    const from = earlierFirst ? earlier[i].range.start + delta : later[j].range.start;
    let to = from;
    let after = delta;
    const inner: Edit[] = [];
    // Take in every edit that starts within the stretch so far, in `middle`.
    for (;;) {
      if (i < earlier.length && earlier[i].range.start + after <= to) {
        const e = earlier[i++];
        to = Math.max(to, e.range.start + after + e.text.length);
        after += e.text.length - (e.range.end - e.range.start);
      } else if (j < later.length && later[j].range.start <= to) {
        const e = later[j++];
        to = Math.max(to, e.range.end);
        inner.push(e);
      } else break;
    }
    out.push({ range: { start: from - delta, end: to - after }, text: applyEdits(middle, inner, from, to) });
    delta = after;
  }
  return out;
}

/**
 * Where a range of the text that `edits` (sorted, in the original's offsets) made stood in the original;
 * undefined when an edit changed what it covers (replaced, inserted or deleted inside it).
 */
export function originalRange(range: Range, edits: readonly Edit[]): Range | undefined {
  // How far the edits before the range moved it.
  let delta = 0;
  for (const e of edits) {
    const from = e.range.start + delta;
    const to = from + e.text.length;
    if (to <= range.start) delta += e.text.length - (e.range.end - e.range.start);
    else if (from >= range.end) break;
    else return undefined;
  }
  return { start: range.start - delta, end: range.end - delta };
}
