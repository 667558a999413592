// Applies the safe fixes of a set of findings to a text, skipping any fix that
// overlaps one already taken (the next pass picks it up, as ESLint does).
import type { Edit, Finding } from './rules/types';
import { append, maxOf } from './arrays';

export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
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
  let out = '';
  let pos = 0;
  for (const e of taken) {
    out += text.slice(pos, e.range.start) + e.text;
    pos = e.range.end;
  }
  return { text: out + text.slice(pos), applied };
}

function editsAreDisjoint(edits: Edit[]): boolean {
  for (let i = 1; i < edits.length; i++) if (edits[i].range.start < edits[i - 1].range.end) return false;
  return true;
}

/** Applies fixes repeatedly until nothing changes (bounded passes). */
export function fixAll(
  text: string,
  lint: (text: string) => readonly Finding[],
  maxPasses = 10,
): { text: string; applied: number; passes: number } {
  let total = 0;
  let passes = 0;
  for (; passes < maxPasses; passes++) {
    const { text: next, applied } = applyFixes(text, lint(text));
    if (applied === 0 || next === text) break;
    total += applied;
    text = next;
  }
  return { text, applied: total, passes };
}
