// Figures compared each with its own, the differences stated with 分别 (城镇…52360元、农村…28650元，分别比上年的49870元、
// 26920元增加2490元、1730元): the figures before 分别, those after 比 or 较 and the differences, each listed with 、, are
// read in pairs in order, and only where the three lists count alike. Figures of the first list may be named
// (城镇居民人均可支配收入52360元); those of the other two stand joined by 、, the last by 和, 及, 以及 or 与 (增加2490元和1830元).
import { allMatches } from '../shared/scan';
import { FIGURES, figureOf, type Figure } from './completion-rates';

/** Verbs of a difference stated as an amount (a rate after them is no difference: 增长7.3%, 下降2个百分点). */
export const MORE = '增加|提高|增长|上升|增收|多';
export const LESS_VERBS = '减少|降低|下降|回落|减收|少|节约|节省';
const VERB = new RegExp(`^[ \\t]*(${MORE}|${LESS_VERBS})了?[ \\t]*`);
export const IS_LESS = new RegExp(`^(?:${LESS_VERBS})$`);
const CLAUSE_END = /[，,。；;：:\n]/;
/** How far a clause of the comparison is read (each 分别 looks a bounded way: linear). */
const REACH = 160;

export interface Compared {
  x: Figure;
  y: Figure;
  z: Figure;
  less: boolean;
  /** The three figures as printed. */
  printed: [string, string, string];
}

/** The comparisons stated with 分别 in a paragraph's text, pair by pair. */
export function respectiveComparisons(text: string): Compared[] {
  const out: Compared[] = [];
  for (let at = text.indexOf('分别'); at >= 0; at = text.indexOf('分别', at + 2)) {
    const by = /^[ \t]*[比较]/.exec(text.slice(at + 2, at + 6));
    if (!by) continue;
    const from = at + 2 + by[0].length;
    const after = clauseAt(text, from);
    const start = clauseStart(text, at);
    if (after < 0 || start < 0) continue;
    const figures = figuresIn(text, from, after);
    const k = figures.findIndex((f) => VERB.test(text.slice(f.matchEnd, after)));
    if (k < 0) continue;
    const verb = VERB.exec(text.slice(figures[k].matchEnd, after))!;
    const compared = figures.slice(0, k + 1);
    const differences = figures.slice(k + 1);
    const n = compared.length;
    if (n < 2 || differences.length !== n || differences[0].start !== figures[k].matchEnd + verb[0].length) continue;
    // The differences end the clause; both lists after 比 are joined by 、 alone.
    if (text.slice(differences[n - 1].matchEnd, after).trim() !== '' || !joined(text, compared) || !joined(text, differences)) continue;
    const before = figuresIn(text, start, at);
    if (before.length !== n) continue;
    for (let i = 0; i < n; i++) {
      const [x, y, z] = [before[i], compared[i], differences[i]];
      out.push({ x: x.figure, y: y.figure, z: z.figure, less: IS_LESS.test(verb[1]), printed: [x.printed, y.printed, z.printed] });
    }
  }
  return out;
}

interface Found {
  figure: Figure;
  start: number;
  matchEnd: number;
  printed: string;
}

function figuresIn(text: string, from: number, to: number): Found[] {
  return allMatches(text.slice(from, to), FIGURES).map((m) => ({
    figure: figureOf(text, m, from),
    start: from + m.index,
    matchEnd: from + m.index + m[0].length,
    printed: m[0].replace(/[ \t]/g, ''),
  }));
}

const joined = (text: string, list: readonly Found[]) =>
  list.every((f, k) => k === 0 || (k === list.length - 1 ? LAST_JOIN : JOIN).test(text.slice(list[k - 1].matchEnd, f.start).trim()));
const JOIN = /^、$/;
const LAST_JOIN = /^(?:、|和|及|以及|与)$/;

/** Where the clause going on from `from` ends; -1 past REACH characters. */
function clauseAt(text: string, from: number): number {
  const window = text.slice(from, from + REACH + 1);
  const end = window.search(CLAUSE_END);
  if (end >= 0) return from + end;
  return from + window.length === text.length ? text.length : -1;
}

/** Where the clause before 分别 (past a comma right before it) starts; -1 past REACH characters. */
function clauseStart(text: string, at: number): number {
  let end = at;
  while (end > 0 && /[ \t，,]/.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && !/[，,。；;：:\n]/.test(text[start - 1])) {
    if (end - start > REACH) return -1;
    start--;
  }
  return start;
}
