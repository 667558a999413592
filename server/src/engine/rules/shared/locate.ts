// Where an offset falls among the issue's documents and citations, by binary
// search: rules that ask this for every citation or mention would otherwise
// scan the whole issue each time.
import type { Citation, Issue, Line, Paragraph, Range } from '../../model';
import { memoize } from './memo';
import { isBlank, isPageArtifactLine } from '../../parse/text';

/** Index of the line holding an offset. */
export function lineIndexAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the document holding an offset, or -1 (the parser yields documents in order, never overlapping). */
export function documentIndexAt(issue: Issue, offset: number): number {
  const ds = issue.documents;
  let lo = 0;
  let hi = ds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ds[mid].range.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && offset < ds[lo - 1].range.end ? lo - 1 : -1;
}

const citationsByStart = memoize((issue: Issue) => [...issue.citations].sort((a, b) => a.range.start - b.range.start));

/** The citations starting inside a range, in order. */
export function citationsIn(issue: Issue, r: Range): Citation[] {
  return startingIn(citationsByStart(issue), r.start, r.end - 1);
}

/** The lists paragraphsIn gave, by issue and range: some forty checks ask for each document's, which a copy each cost. */
const paragraphsByRange = memoize((_issue: Issue) => new Map<string, readonly Paragraph[]>());

/** The paragraphs starting inside a range, its end included, in order (the parser yields paragraphs in order). */
export function paragraphsIn(issue: Issue, r: Range): readonly Paragraph[] {
  const byRange = paragraphsByRange(issue);
  const key = `${r.start}:${r.end}`;
  let found = byRange.get(key);
  if (!found) byRange.set(key, (found = startingIn(issue.paragraphs, r.start, r.end)));
  return found;
}

/** The items of a list sorted by start whose start lies in [from, to]. */
function startingIn<T extends { range: Range }>(list: readonly T[], from: number, to: number): T[] {
  // A slice: rules ask for a document's paragraphs ~100 times a run, and a growing array leaves garbage.
  return list.slice(firstStarting(list, from), firstStarting(list, to + 1));
}

/** Index of the first item of a list sorted by start that starts at or after `at`. */
export function firstStarting(list: readonly { range: Range }[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].range.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For ranges sorted by start: does one of them contain a range? Built in one pass
 * (the furthest end reached up to each start), asked by binary search.
 */
export function rangeCoverage(ranges: readonly Range[]): (r: Range) => boolean {
  const reach: number[] = [];
  for (const x of ranges) reach.push(Math.max(x.end, reach[reach.length - 1] ?? -1));
  return (r) => {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid].start <= r.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1] >= r.end;
  };
}

/** How far under a line that announces a list (…以下五个方面：) the list may start: blank lines, a page's foot and running header. */
const UNDER_GAP = 300;

/** Whether nothing but blank lines or a page's foot and running header stand between two offsets (near each other). */
export function onlyBreaksBetween(text: string, from: number, to: number): boolean {
  return to - from <= UNDER_GAP && text.slice(from, to).split('\n').every((l) => isBlank(l) || isPageArtifactLine(l));
}

/** Whether range a lies within range b. */
export function inside(a: Range, b: Range): boolean {
  return a.start >= b.start && a.end <= b.end;
}
