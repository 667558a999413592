// Short names of documents: 《临江市促进民营经济高质量发展若干措施》（临政办发〔2024〕21号，以下简称《若干措施》）, then
// 《若干措施》共5个方面20条. The short name stands for the full title cited before it, in the document that declares
// it (a notice, or a 政策解读 of it) and nowhere else.
import type { Citation, Issue, Range } from '../../model';
import { normalize } from '../../parse/text';
import { citationsIn, documentIndexAt } from './locate';
import { memoize } from './memo';

export interface Alias {
  /** The short name, normalized: 若干措施. */
  name: string;
  /** The citation of the full title it stands for. */
  citation: Citation;
  /** The document that declares it: where it holds. */
  scope: Range;
  /** Where the short name is written in the scope (the text between 《》 or “”), its declaration included, in order. */
  mentions: Range[];
  /** Declared in quotes (以下简称“若干措施”), not 《》: the text may write it bare, without either. */
  quoted: boolean;
}

/**
 * After a citation (and the number it gives): （以下简称《X》）, ，以下简称“X”）, （简称：《X》）. What may stand between the
 * number and the declaration is short and has no bracket (（2024年6月5日印发，以下简称…）). A hard wrap may
 * put the short name on the next line (（以下简称 / 《办法》）).
 */
const DECLARATION =
  /^[ \t]*[（(]?[ \t]*(?:[^()（）《》“”\n，,]{0,30}[，,][ \t]*)?(?:以下简称|简称|以下称)(?:为)?[ \t]*[:：]?[ \t\r\n]*(?:《([^《》\n]{1,30})》|“([^“”\n]{1,30})”|"([^"\n]{1,30})")/;

/** Every short name the issue declares after a 《full title》. */
export const aliasesOf: (issue: Issue) => readonly Alias[] = memoize((issue: Issue): Alias[] => {
  const out: Alias[] = [];
  for (const c of issue.citations) {
    const after = issue.text.slice(c.range.end, c.range.end + 80);
    if (!after.includes('称')) continue;
    const m = DECLARATION.exec(after);
    if (!m) continue;
    const written = m[1] ?? m[2] ?? m[3];
    const name = normalize(written);
    const d = issue.documents[documentIndexAt(issue, c.range.start)];
    if (!d || !name || name === c.title.norm) continue;
    const at = c.range.end + m[0].length - 1 - written.length;
    out.push({ name, citation: c, scope: d.range, mentions: [{ start: at, end: at + written.length }], quoted: m[1] === undefined });
  }
  addMentions(issue, out);
  return out;
});

const QUOTED = /[“"]([^“”"\n]{1,30})[”"]/g;

/** The mentions of the short names of each document: its 《X》 and “X”, besides the declaration. One pass over each document. */
function addMentions(issue: Issue, aliases: Alias[]): void {
  const byScope = new Map<number, Map<string, Alias[]>>();
  for (const a of aliases) {
    const names = byScope.get(a.scope.start) ?? new Map<string, Alias[]>();
    const list = names.get(a.name) ?? [];
    list.push(a);
    names.set(a.name, list);
    byScope.set(a.scope.start, names);
  }
  const declarations = new Set(aliases.map((a) => a.mentions[0].start));
  for (const [, names] of byScope) {
    const scope = names.values().next().value![0].scope;
    const found: { name: string; range: Range }[] = [];
    for (const c of citationsIn(issue, scope)) if (names.has(c.title.norm)) found.push({ name: c.title.norm, range: c.title.range });
    const body = issue.text.slice(scope.start, scope.end);
    QUOTED.lastIndex = 0;
    for (let m; (m = QUOTED.exec(body)); ) {
      const name = normalize(m[1]);
      if (names.has(name)) found.push({ name, range: { start: scope.start + m.index + 1, end: scope.start + m.index + 1 + m[1].length } });
    }
    for (const { name, range } of found) {
      // A name declared twice in a document (for two titles) is each declaration's from it on.
      if (!declarations.has(range.start)) latestBefore(names.get(name)!, range.start).mentions.push(range);
    }
    for (const list of names.values()) for (const a of list) a.mentions.sort((x, y) => x.start - y.start);
  }
}

/** The short name of that name holding at an offset: declared in its document, the latest declared before it first. */
export function aliasNamed(issue: Issue, name: string, offset: number): Alias | undefined {
  const list = byName(issue).get(name);
  if (!list) return undefined;
  // The latest declared before the offset, if in its document; else the first its document declares after it.
  const k = lastStartingBefore(list, offset);
  for (const a of [list[k], list[k + 1]]) if (a && a.scope.start <= offset && offset < a.scope.end) return a;
  return undefined;
}

const byName = memoize((issue: Issue): Map<string, Alias[]> => {
  const out = new Map<string, Alias[]>();
  for (const a of aliasesOf(issue)) {
    const list = out.get(a.name) ?? [];
    list.push(a);
    out.set(a.name, list);
  }
  return out;
});

/** Of aliases in order of declaration, the latest declared before an offset, else the first. */
function latestBefore(list: readonly Alias[], offset: number): Alias {
  return list[Math.max(0, lastStartingBefore(list, offset))];
}

/** Index of the last alias declared at or before an offset, or -1. */
function lastStartingBefore(list: readonly Alias[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].citation.range.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The short name written at an offset (on its text or its 《》 / “”), and which mention it is. */
export function aliasAt(issue: Issue, offset: number): { alias: Alias; range: Range } | undefined {
  for (const alias of aliasesOf(issue)) {
    if (offset < alias.scope.start || offset >= alias.scope.end) continue;
    const range = alias.mentions.find((r) => r.start - 1 <= offset && offset <= r.end);
    if (range) return { alias, range };
  }
  return undefined;
}

/** The title a name written at an offset means: the full title, where it is a short name declared in its document. */
export function fullTitle(issue: Issue, name: string, offset: number): string {
  return aliasNamed(issue, name, offset)?.citation.title.norm ?? name;
}

/** The title a citation means: the full title, where it cites a short name declared in its document. */
export function citedTitle(issue: Issue, c: Citation): string {
  return fullTitle(issue, c.title.norm, c.range.start);
}
