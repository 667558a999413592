// Sibling lists of headings, shared by the numbering rules. The tree is rebuilt
// here with 专栏 boxes left out: a box sits between items, it does not contain them.
import type { GazetteDocument, Heading, Issue, Line, Range } from '../../model';
import { firstStarting, lineIndexAt } from '../shared/locate';
import { movableMemo } from '../../documentMemo';
import { addTo } from '../../arrays';

import { RANK, parseHeadingLabel } from '../../parse/headings';
import { UNIT_LABEL_LINE } from '../../parse/paragraphs';
import { content, fullWidthDigits, intToChinese, isBlank, isPageArtifactLine, isTableRow } from '../../parse/text';
import { findBreaks } from './gaps';

export interface SiblingList {
  /** kind, with the depth for decimal labels (decimal2 = 1.1, decimal3 = 1.1.1). */
  key: string;
  part: number;
  /** Index of the parent heading in doc.headings, or -1. */
  parent: number;
  /** Parent of the parent, or -1: lists under one grandparent share a numbering style. */
  scope: number;
  items: number[];
  /** A run that starts again at 1 under the same parent: its start is free. */
  segment: boolean;
  /**
   * '' for the text's lists; `box:<index>` for a 专栏 box's own lists, `note:<index>` for a note's (注：1．… 2．…):
   * they are numbered apart from the text's.
   */
  apart: string;
  /** The value its first item follows when the note's line holds the first item (注：1．… / 2．…). */
  after?: number;
}

/** A heading whose label belongs to another level than where it stands. */
export interface Misplaced {
  index: number;
  /**
   * nested: a higher level restarts under a lower one (一、 … under (一));
   * mislevel: one label of the wrong level inside a run of another (… (二) 三、 (四) …).
   */
  type: 'nested' | 'mislevel';
  /** The heading it stands under (nested) or the neighbour whose level it belongs to (mislevel). */
  other: number;
}

export interface HeadingTree {
  parents: number[];
  lists: SiblingList[];
  misplaced: Misplaced[];
  /** The headings filed in a list: not boxes, not numbers that merely start a wrapped line. */
  placed: Set<number>;
}

export function kindKey(h: Pick<Heading, 'kind' | 'path'>): string {
  return h.kind === 'decimal' ? `decimal${h.path!.length}` : h.kind;
}

export function rankOf(h: Heading): number {
  return h.kind === 'decimal' ? RANK.decimal + (h.path!.length - 1) * 0.1 - 0.05 : RANK[h.kind];
}

// Indices only: a moved copy of the document takes the tree of its original.
const trees = movableMemo((doc: GazetteDocument, issue: Issue) => buildTree(issue, doc));

/** Headings of one document arranged in sibling lists, per part, boxes and doubtful labels left out (computed once per document). */
export function headingTree(issue: Issue, doc: GazetteDocument): HeadingTree {
  return trees(doc, issue);
}

function buildTree(issue: Issue, doc: GazetteDocument): HeadingTree {
  const hs = doc.headings;
  const parents = hs.map(() => -1);
  const lists: SiblingList[] = [];
  const misplaced: Misplaced[] = [];
  // A box's own list (see linkHeadings) and a note's are numbered apart from the text around them.
  const groups = tableGroupsIn(doc);
  const notes = notesIn(issue, hs, groups);
  const byPart = new Map<number | string, number[]>();
  hs.forEach((h, i) => {
    if (h.kind !== 'box') addTo(byPart, boxOf(hs, i) ?? notes.get(i)?.key ?? groups.get(i) ?? h.part, i);
  });
  const wrapped = (i: number) => looksWrapped(issue, doc, hs[i]);
  for (const [key, seq] of byPart) buildPart(hs, seq, parents, lists, misplaced, wrapped, typeof key === 'string' ? key : '');
  for (const l of lists) {
    const after = l.parent < 0 ? notes.get(l.items[0])?.after : undefined;
    if (after) l.after = after;
  }
  const placed = new Set<number>();
  for (const l of lists) for (const i of l.items) placed.add(i);
  return { parents, lists, misplaced, placed };
}

/**
 * The headings that are group lines of a table (序号 / 一、产业发展 / 1 … / 二、科技创新 / 三、开放合作 / 3 …), each with
 * its table (`table:<index of its first>`): numbered apart from the text's headings, which run on over the table,
 * as a box's items are. Only a table whose first group is numbered 1: a heading of the text between two tables
 * (一、… / rows / 二、… / rows) is no group of the table above it.
 */
function tableGroupsIn(doc: GazetteDocument): Map<number, string> {
  const out = new Map<number, string>();
  if (doc.tables.length === 0) return out;
  const byStart = new Map<number, number>();
  doc.headings.forEach((h, i) => byStart.set(h.range.start, i));
  for (const t of doc.tables) {
    const groups: number[] = [];
    for (const row of t.rows) {
      const i = row.cells.length === 1 ? byStart.get(row.range.start) : undefined;
      if (i !== undefined && doc.headings[i].kind !== 'box') groups.push(i);
    }
    if (groups.length === 0 || doc.headings[groups[0]].value !== 1) continue;
    for (const i of groups) out.set(i, `table:${groups[0]}`);
  }
  return out;
}

/** A note's opening line: 注：, 说明：, 备注：, alone or before its first item (注：1．…). */
const NOTE = /^[ \t\u3000]*(?:注|说明|备注)[ \t\u3000]*[:：][ \t\u3000]*(.*)$/;

/** A note's list while it is read (see notesIn). */
interface OpenNote {
  key: string;
  kind: string;
  rank: number;
  last: number;
  /** The value the text's list around the note goes on with after it, if the text has one of this kind. */
  textNext?: number;
  /** Where the text's list goes on (or a new one starts at 1) after a slip in the note, or -1 where it does not. */
  resume?: number;
  /** The text's list of the note's kind has items in the section the note is in (before the note). */
  textInSection: boolean;
  /** The line of the note's last item read. */
  line: number;
  /** No blank line between the note's line and its first item heading a line. */
  tight: boolean;
}

/** Whether a blank line lies between lines `from` and `to`. */
function blankBetween(lines: readonly Line[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (isBlank(lines[k].text)) return true;
  return false;
}

/**
 * The value of a label of h's kind right after the colon closing the paragraph above h (主要目标：1．到2027年…； / 2．…):
 * the first item of h's list, run in after its lead; undefined where there is none.
 */
export function runInValue(issue: Issue, h: Heading): number | undefined {
  const lines = issue.lines;
  let j = lineIndexAt(lines, h.range.start) - 1;
  while (j >= 0 && (isBlank(lines[j].text) || isPageArtifactLine(lines[j].text))) j--;
  if (j < 0) return undefined;
  const text = lines[paragraphStartLine(issue, j)].text;
  const colon = Math.max(text.lastIndexOf('：'), text.lastIndexOf(':'));
  const first = colon > 0 ? parseHeadingLabel(text.slice(colon + 1)) : undefined;
  return first && kindKey(first) === kindKey(h) ? first.value : undefined;
}

/** The first line of the paragraph line j ends: the note's line where a wrap broke its first item (注：1．… / …区域。). */
function paragraphStartLine(issue: Issue, j: number): number {
  const line = issue.lines[j];
  const k = firstStarting(issue.paragraphs, line.start + 1) - 1;
  const p = k >= 0 ? issue.paragraphs[k] : undefined;
  return p && p.range.end >= line.end && p.range.start < line.start ? lineIndexAt(issue.lines, p.range.start) : j;
}

/**
 * The headings numbered in a note under a table or a figure (注：/ 1．… / 2．…, or 注：1．… / 2．…), each with
 * the note it is in (`note:<index of its first>`) and, for the first, the value it follows: 1 where the note's
 * line holds the first item, which is no heading (it does not start its line). The note's list goes on while
 * its labels do (sub-items of a lower level within), and over a slip (注：1．… / 2．… / 4．…) that comes before the
 * text's own list goes on: the note's numbers neither continue nor break the text's.
 */
function notesIn(issue: Issue, hs: readonly Heading[], tableGroups: ReadonlyMap<number, string>): Map<number, { key: string; after: number }> {
  const out = new Map<number, { key: string; after: number }>();
  // The last value of each kind in the text's own lists.
  const textLast = new Map<string, number>();
  // The kinds (with their rank) of the text's lists open in the current section: a higher label closes them.
  const textOpen = new Map<string, number>();
  let sectionStarts: (number | undefined)[] | undefined;
  let note: OpenNote | undefined;
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i];
    if (h.kind === 'box' || tableGroups.has(i)) continue;
    const kind = kindKey(h);
    const rank = rankOf(h);
    if (i > 0 && h.part !== hs[i - 1].part) {
      textLast.clear();
      textOpen.clear();
    }
    textOpen.forEach((open, k) => {
      if (open > rank) textOpen.delete(k);
    });
    const line = lineIndexAt(issue.lines, h.range.start);
    // A note set tight (注： / 1．… / 2．…, no blank line between) ends at the first blank line: the body resumes there.
    if (note?.tight && blankBetween(issue.lines, note.line, line)) note = undefined;
    if (note) {
      const goesOn = kind === note.kind && (h.value === note.last + 1 ? !resumesText(hs, i, note, () => (sectionStarts ??= nextSectionStarts(hs))) : slipInNote(hs, i, note));
      if (goesOn) note.last = h.value;
      else if (rank <= note.rank) note = undefined;
      if (note) note.line = line;
      if (note) {
        out.set(i, { key: note.key, after: 0 });
        continue;
      }
    }
    const lines = issue.lines;
    let j = line - 1;
    // Over a page break too: its page number and running header.
    while (j >= 0 && (isBlank(lines[j].text) || isPageArtifactLine(lines[j].text))) j--;
    const m = j >= 0 ? NOTE.exec(lines[paragraphStartLine(issue, j)].text) : null;
    const first = m && m[1] !== '' ? parseHeadingLabel(m[1]) : undefined;
    const inline = first !== undefined && kindKey(first) === kind;
    if (!m || (!inline && !(m[1] === '' && h.value === 1))) {
      textLast.set(kind, h.value);
      textOpen.set(kind, rank);
      continue;
    }
    // The label on the note's line may be of any value: a slip after it (注：1．… / 3．…) is the note's.
    const last = textLast.get(kind);
    note = {
      key: `note:${i}`,
      kind,
      rank,
      last: h.value,
      textNext: last === undefined ? undefined : last + 1,
      textInSection: textOpen.has(kind),
      line,
      tight: j === line - 1,
    };
    out.set(i, { key: note.key, after: inline ? first!.value : 0 });
  }
  return out;
}

/**
 * Heading i numbers on from the note's last item, and as well from the text's list before the note (1．2． /
 * 注：1．2． / 3．): whose is it? The note's where the text's next label of the kind has its number (注：1．2．3． /
 * 3．4．); the text's where the text's list has items in this section before the note, or where the list after the
 * section's end does not start again at 1 (（一）1．2． / （二）注：1．2． / 3．4． / （三）5．, a list running on over its
 * sections); the note's otherwise, as a note under a table ending its section reads.
 */
function resumesText(hs: readonly Heading[], i: number, note: OpenNote, nextSections: () => (number | undefined)[]): boolean {
  const v = hs[i].value;
  if (v !== note.textNext || nextOfNoteKind(hs, i, note, true)?.value === v) return false;
  if (note.textInSection) return true;
  const later = nextSections()[i];
  return later !== undefined && later !== 1;
}

/**
 * For each heading, the number of the first label of its kind after the next label of a higher level (sub-items
 * of lower levels do not end a section): where the list goes on, or starts again, in the next section. One sweep
 * back over the headings, keeping for each kind its next label and the highest level read since.
 */
function nextSectionStarts(hs: readonly Heading[]): (number | undefined)[] {
  const out: (number | undefined)[] = hs.map(() => undefined);
  const next = new Map<string, { index: number; highest: number }>();
  for (let j = hs.length - 1; j >= 0; j--) {
    const h = hs[j];
    if (h.kind === 'box') continue;
    if (j + 1 < hs.length && hs[j + 1].part !== h.part) next.clear();
    const key = kindKey(h);
    const rank = rankOf(h);
    const after = next.get(key);
    if (after) out[j] = after.highest < rank ? hs[after.index].value : out[after.index];
    next.forEach((n) => (n.highest = Math.min(n.highest, rank)));
    next.set(key, { index: j, highest: Infinity });
  }
  return out;
}

/**
 * Is heading i, of the note's kind but not its next number, a slip in the note? Not where it starts a list (1)
 * or goes on with the text's (unless the text's next label repeats it); it is where the text's list goes on after
 * it, or where the text's does not go on before a higher level and no run goes on from it (1．2． / 注：1．2． /
 * 4．5．: the text's slip, not the note's).
 */
function slipInNote(hs: readonly Heading[], i: number, note: OpenNote): boolean {
  const v = hs[i].value;
  if (v === 1) return false;
  // The text's next number, and the text goes on with it again after this one (注：1．2．2． / 2．), in this
  // section or a later one: the note's.
  if (v === note.textNext) return nextOfNoteKind(hs, i, note, true)?.value === v;
  // Found once per note: the note ends where the text's list goes on, so no later slip is past it.
  note.resume ??= resumeOfText(hs, i, note);
  if (note.resume >= 0) return true;
  const next = nextOfNoteKind(hs, i, note);
  return next === undefined || next.value !== v + 1;
}

/** The first heading after i where the text's list goes on (or one starts at 1), before a higher level; -1 if none. */
function resumeOfText(hs: readonly Heading[], i: number, note: OpenNote): number {
  for (let j = i + 1; j < hs.length && hs[j].part === hs[i].part; j++) {
    const h = hs[j];
    if (h.kind === 'box') continue;
    if (kindKey(h) === note.kind) {
      if (h.value === 1 || h.value === note.textNext) return j;
    } else if (rankOf(h) <= note.rank) return -1;
  }
  return -1;
}

/** The next heading of the note's kind after i, before a higher level (or in any section: `across`). */
function nextOfNoteKind(hs: readonly Heading[], i: number, note: OpenNote, across = false): Heading | undefined {
  for (let j = i + 1; j < hs.length && hs[j].part === hs[i].part; j++) {
    const h = hs[j];
    if (h.kind === 'box') continue;
    if (kindKey(h) === note.kind) return h;
    if (rankOf(h) <= note.rank && !across) return undefined;
  }
  return undefined;
}

/** The 专栏 box a heading is listed in, as `box:<index>`, if any. */
function boxOf(hs: readonly Heading[], i: number): string | undefined {
  for (let p = hs[i].parent; p >= 0; p = hs[p].parent) if (hs[p].kind === 'box') return `box:${p}`;
  return undefined;
}

function buildPart(
  hs: readonly Heading[],
  seq: number[],
  parents: number[],
  lists: SiblingList[],
  misplaced: Misplaced[],
  wrapped: (i: number) => boolean,
  apart: string,
): void {
  // Effective rank and kind: a misplaced label is filed where it belongs.
  // By heading index (arrays, not maps: a map built from [i, value] pairs was most of this function's allocation).
  const rank: number[] = [];
  const key: string[] = [];
  for (const i of seq) {
    rank[i] = rankOf(hs[i]);
    key[i] = kindKey(hs[i]);
  }
  const open = new Map<string, SiblingList>();
  let stack: number[] = [];

  const place = (i: number, parent: number, fresh: boolean) => {
    parents[i] = parent;
    const id = `${parent}|${key[i]}`;
    let list = fresh ? undefined : open.get(id);
    if (!list) {
      list = { key: key[i], part: hs[i].part, parent, scope: parent >= 0 ? parents[parent] : -1, items: [], segment: fresh, apart };
      open.set(id, list);
      lists.push(list);
    }
    list.items.push(i);
    stack.push(i);
    lastOfKey.set(key[i], hs[i].value);
  };
  const lastOfKey = new Map<string, number>();
  /** Where heading i goes by its rank: the stack after popping, its parent, its previous sibling. */
  const natural = (i: number) => {
    const s = [...stack];
    while (s.length && rank[s[s.length - 1]] >= rank[i]) s.pop();
    const parent = s.length ? s[s.length - 1] : -1;
    const list = open.get(`${parent}|${key[i]}`);
    return { s, parent, prev: list ? list.items[list.items.length - 1] : undefined };
  };
  const nextOfKey = (n: number, k: string) => {
    for (let m = n + 1; m < seq.length; m++) if (key[seq[m]] === k) return hs[seq[m]];
    return undefined;
  };

  /**
   * One label of the wrong level inside a run of another: … (二) 三、 (四) …, or
   * (一) 一、 2. 3. where 1. was meant. Returns the heading whose level it belongs to.
   */
  const mislevel = (n: number, prev: number | undefined, fits: boolean): { like: number; parent: number } | undefined => {
    const i = seq[n];
    const h = hs[i];
    const next = n + 1 < seq.length ? seq[n + 1] : undefined;
    const top = stack.length ? stack[stack.length - 1] : undefined;
    // The run of its own level goes on as if this label were not there.
    const ownGoesOn = nextOfKey(n, key[i])?.value === (prev !== undefined ? hs[prev].value + 1 : 1);
    for (let k = stack.length - 1; k >= 0; k--) {
      const t = stack[k];
      if (rank[t] <= rank[i]) break;
      if (key[t] === key[i] || hs[t].value + 1 !== h.value) continue;
      const nextFits = next !== undefined && key[next] === key[t] && hs[next].value === h.value + 1;
      if (fits ? nextFits && ownGoesOn : nextFits || (ownGoesOn && !oneSlipInOwnRun(n, prev))) return { like: t, parent: parents[t] };
    }
    // … (三) (二) (四) … 三、: an upper-level label written as this level's. After it
    // its own level goes on, or starts again at 1 under it, and the upper level goes on.
    const ownNext = nextOfKey(n, key[i])?.value;
    if (!fits && (ownGoesOn || ownNext === 1)) {
      for (const u of stack) {
        if (rank[u] >= rank[i] || key[u] === key[i] || hs[u].value + 1 !== h.value) continue;
        if (nextOfKey(n, key[u])?.value === h.value + 1) return { like: u, parent: parents[u] };
      }
    }
    if (
      !fits && next !== undefined && top !== undefined && key[next] !== key[i] && hs[next].value === h.value + 1 &&
      rank[next] > rank[top] && rank[next] > rank[i]
    ) {
      return { like: next, parent: top };
    }
    return undefined;
  };

  /**
   * Would its own run read right with one label changed (1, 3, 3, 4: the first 3 meant 2)?
   * Then a slip in that run explains it better than a wrong level.
   */
  const oneSlipInOwnRun = (n: number, prev: number | undefined): boolean => {
    const i = seq[n];
    const run = open.get(`${prev !== undefined ? parents[prev] : -1}|${key[i]}`);
    const values = prev !== undefined && run ? run.items.map((k) => hs[k].value) : [];
    values.push(hs[i].value);
    for (let m = n + 1; m < seq.length && rank[seq[m]] >= rank[i]; m++) {
      if (key[seq[m]] === key[i]) values.push(hs[seq[m]].value);
    }
    const breaks = findBreaks(values, [values[0]]);
    return breaks.length === 1 && breaks[0].type === 'odd';
  };

  /** The run 1, 2 … of heading n's kind nested under `under`, if the outer run (last item `prev`) goes on after it. */
  const nestedRun = (n: number, under: number, prev: number): number[] | undefined => {
    const k = key[seq[n]];
    const run: number[] = [];
    let m = n;
    for (let v = 1; m < seq.length; m++) {
      const j = seq[m];
      if (key[j] === k) {
        if (hs[j].value !== v) break;
        run.push(j);
        v++;
      } else if (rank[j] <= rank[under]) break;
    }
    for (; m < seq.length; m++) {
      const j = seq[m];
      if (rank[j] < rank[seq[n]]) return undefined;
      if (key[j] === k) return hs[j].value === hs[prev].value + 1 ? run : undefined;
    }
    return undefined;
  };

  for (let n = 0; n < seq.length; n++) {
    const i = seq[n];
    const h = hs[i];
    const top = stack.length ? stack[stack.length - 1] : undefined;
    const nat = natural(i);
    const climbs = top !== undefined && rank[top] > rank[i];
    const fits = h.value === (nat.prev !== undefined ? hs[nat.prev].value + 1 : 1);
    // A number that only starts a wrapped line ("…达到\n5. 90%以上") and fits nowhere is no heading.
    const runsOn = nat.prev === undefined && lastOfKey.get(key[i]) === h.value - 1;
    if (!fits && !runsOn && wrapped(i)) {
      seq.splice(n--, 1);
      continue;
    }
    if (climbs || !fits) {
      const like = mislevel(n, nat.prev, fits);
      if (like) {
        misplaced.push({ index: i, type: 'mislevel', other: like.like });
        rank[i] = rank[like.like];
        key[i] = key[like.like];
        stack = natural(i).s;
        place(i, like.parent, false);
        continue;
      }
      const run = climbs && !fits && h.value === 1 && nat.prev !== undefined ? nestedRun(n, top!, nat.prev) : undefined;
      if (run) {
        misplaced.push({ index: i, type: 'nested', other: top! });
        for (const j of run) rank[j] = rank[top!] + 0.01;
        place(i, top!, false);
        continue;
      }
    }
    stack = nat.s;
    // A run that starts again at 1 and goes on (1, 2 …) is a new sequence (an attachment the
    // parser did not split off), not an error: a single slip cannot produce it.
    const restart = nat.prev !== undefined && h.value === 1 && hs[nat.prev].value !== 1 && nextOfKey(n, key[i])?.value === 2;
    place(i, nat.parent, restart);
  }
}

/**
 * A label at the start of a line that continues the sentence of the line
 * above (a PDF wrap that happens to start with "2." or "(3)") is not a heading.
 */
export function looksWrapped(issue: Issue, doc: GazetteDocument, h: Heading): boolean {
  const lines = issue.lines;
  const headingLine = lineIndexAt(lines, h.range.start);
  let i = headingLine - 1;
  // The line above, over a page's foot and running header (a paragraph may go on across them, a heading start after them).
  while (i >= 0 && (isBlank(lines[i].text) || isPageArtifactLine(lines[i].text))) i--;
  if (i < 0) return false;
  const prev = lines[i].text.trim();
  if (!/[\u4e00-\u9fff\d,，、]$/.test(prev) || /^(?:附件|专栏)/.test(prev) || DATE_LINE.test(prev)) return false;
  // A table's row ends where its line does: a label after it (一、综合管理类 / rows / 二、…) starts a line of its own.
  if (isTableRow(lines[i].text)) return false;
  // An item's field on a line of its own (牵头单位：市司法局, 完成时限：9月底前) ends with its value; a line as
  // short as a name in a 名单 (江北区人民政府) ended where it was meant to: a PDF wraps full lines.
  // (Not for 一，, an OCR's comma: 统 / 一，强化 may as well be 统一， wrapped.)
  const comma = h.separator === '，' || h.separator === ',';
  if (UNIT_LABEL_LINE.test(prev) || FIELD_LINE.test(prev) || (!comma && prev.replace(/\s/g, '').length <= SHORT_LINE)) return false;
  // Titles and the signature are lines of their own.
  const at = lines[i].start;
  const own = [doc.title, doc.preTitle, doc.signature?.organ, ...doc.parts.map((p) => p.title)];
  if (own.some((t) => t && t.range.start <= at && at <= t.range.end)) return false;
  // A heading line above ends a short title ("二、主要任务"), unless it is a whole paragraph.
  const label = parseHeadingLabel(lines[i].text);
  if (label && !/[。；;：:]/.test(label.text)) return false;
  // A title alone on its line (四、保障措施) under a line left without a mark (…包括交通、能源、水利): a wrap leaving a
  // line this short would have ended its paragraph, with a mark. Not under a run of names, which a 名单 leaves
  // unmarked and a wrap may cut (张三、李四、赵小 / 六、孙七).
  return !(TITLE_ALONE.test(h.text) && content(lines[headingLine].text).endsWith(h.text) && !runOfNames(prev));
}

/** The title of a heading that is one: a few characters, no mark, no figure. */
const TITLE_ALONE = /^[\u4e00-\u9fff]{2,15}$/;

/** 张三、李四、赵小: a line of names run together with 、 (after its colon, if any), or their start or end. */
function runOfNames(line: string): boolean {
  const items = line.slice(Math.max(line.lastIndexOf(':'), line.lastIndexOf('：')) + 1).split('、');
  return items.length > 1 && items.every((name) => /^[\u4e00-\u9fff]{1,4}$/.test(name.replace(/[ \t\u3000]/g, '')));
}

const SHORT_LINE = 12;
const FIELD_LINE = /^(?:完成时限|完成时间|时间节点|时限)[ \t]*[:：]/;
const DATE_LINE = /^\d{4}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日$/;


/** Range of the numeral inside a heading label ("三" in "(三)", "12" in "12.", "2" in "1.2"). */
export function numeralRange(h: Heading): Range {
  const label = h.label;
  let m: RegExpExecArray | null;
  if (h.kind === 'circled') return h.labelRange;
  if (/^(?:division|chapter|section|article|cn|paren-cn)$/.test(h.kind)) m = /[一二三四五六七八九十百零〇]+/.exec(label);
  else m = /(?<![0-9０-９])[0-9０-９]+(?=[^0-9０-９]*$)/.exec(label);
  if (!m) return h.labelRange;
  const start = h.labelRange.start + m.index;
  return { start, end: start + m[0].length };
}

/** The numeral text for value v in the style of heading h. */
export function numeralText(h: Heading, v: number): string {
  if (h.kind === 'circled') return v >= 1 && v <= 20 ? String.fromCharCode(0x2460 + v - 1) : String(v);
  if (/^(?:division|chapter|section|article|cn|paren-cn)$/.test(h.kind)) return intToChinese(v);
  // In the width the label is written in (１． gives ２．).
  return /[０-９]/.test(h.label) ? fullWidthDigits(String(v)) : String(v);
}

/** The label of h as it would read with value v. */
export function labelWith(h: Heading, v: number): string {
  const r = numeralRange(h);
  const from = r.start - h.labelRange.start;
  const to = r.end - h.labelRange.start;
  return h.label.slice(0, from) + numeralText(h, v) + h.label.slice(to);
}
