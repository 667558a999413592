// Notes gathered under 注释： (or 注：) at a document's end and the markers in its text they explain
// (…决策部署①，, 《…指南》[1]，): for cross-reference/note-markers, and for going between them in the editor.
import type { GazetteDocument, Issue, Line, Range, Table } from '../../model';
import { isNoteMarker } from '../../parse/footnotes';
import { lineIndexAt } from './locate';
import { content, isBlank, prefixLength } from '../../parse/text';

export type NoteStyle = 'circled' | 'bracket';

/** A note's label, or a marker in the text: ① is 1, [2] is 2. */
export interface NoteMark {
  style: NoteStyle;
  value: number;
  label: string;
  range: Range;
}

export interface DocumentNotes {
  notes: NoteMark[];
  markers: NoteMark[];
  /** The lines of each note (its label's line, and those it runs on to), by the note's index in `notes`. */
  noteRanges: Range[];
}

/** The heading of a list of notes, alone or with the first note after it: 注释：, 注： */
const NOTES_HEAD = /^(?:\*\*)?注(?:释)?[ \t\u3000]*[：:](?:\*\*)?[ \t\u3000]*/;
/** A note's label opening a line: ①, [1], ［1］. */
const NOTE_LABEL = /^(?:[\u2460-\u2473]|[[［](\d{1,2})[\]］])/;
/** A marker in the text: a circled number, or a bracketed number of one or two digits (not a year's [2024]). */
const MARKER = /[\u2460-\u2473]|[[［](\d{1,2})[\]］]/g;

/** A document's notes and the markers in its text; no markers are looked for where it has no notes. */
export function notesOf(issue: Issue, d: GazetteDocument): DocumentNotes {
  const lines = linesOf(issue.lines, d.range);
  const notes: NoteMark[] = [];
  const noteRanges: Range[] = [];
  const inNotes = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].text.includes('注')) continue;
    const head = content(lines[i].text);
    if (!NOTES_HEAD.test(head)) continue;
    // Remarks on the table right above (注：①…②…) are read past, not taken for the text's notes; 注释： heads notes wherever it stands.
    const remarks = !head.replace(/^\*\*/, '').startsWith('注释') && underTable(lines, i, d.tables);
    i = readNotes(lines, i, remarks ? [] : notes, remarks ? [] : noteRanges, inNotes);
  }
  const markers: NoteMark[] = [];
  if (notes.length === 0) return { notes, markers, noteRanges };
  const items = listItems(lines);
  for (const [k, line] of lines.entries()) {
    if (inNotes.has(k)) continue;
    markersOf(line, wrappedFrom(lines[k - 1]) && !items.has(k), markers);
    if (k + 1 < lines.length && !inNotes.has(k + 1)) splitMarker(line, lines[k + 1], markers);
  }
  return { notes, markers, noteRanges };
}

/**
 * The markers that go with a document's notes, and the notes with them, of each style: none of a style whose notes
 * no marker matches (superscripts an extraction dropped, a table's remarks under 注：).
 */
export function pairedStyles(n: DocumentNotes): NoteStyle[] {
  return (['circled', 'bracket'] as const).filter((style) => {
    const values = new Set(n.markers.filter((m) => m.style === style).map((m) => m.value));
    return n.notes.some((x) => x.style === style && values.has(x.value));
  });
}

/**
 * Reads the notes under the heading at line `head` (the first may share its line): each opens a line with its
 * label; a line right under a note, with no blank line between, goes on with it. Returns the last line read.
 */
function readNotes(lines: readonly Line[], head: number, notes: NoteMark[], noteRanges: Range[], inNotes: Set<number>): number {
  let style: NoteStyle | undefined;
  let last = head;
  let afterNote = false;
  for (let i = head; i < lines.length; i++) {
    const text = lines[i].text;
    if (isBlank(text)) {
      afterNote = false;
      continue;
    }
    let at = prefixLength(text);
    if (i === head) at += NOTES_HEAD.exec(text.slice(at))![0].length;
    const label = NOTE_LABEL.exec(text.slice(at));
    const labelStyle: NoteStyle | undefined = label ? (label[1] === undefined ? 'circled' : 'bracket') : undefined;
    if (label && (style === undefined || style === labelStyle)) {
      style = labelStyle;
      const start = lines[i].start + at;
      notes.push({ style: style!, value: labelValue(label), label: label[0], range: { start, end: start + label[0].length } });
      noteRanges.push({ start, end: lines[i].end });
      afterNote = true;
    } else if (i !== head && !afterNote) break;
    // A line a note runs on to.
    else if (i !== head) noteRanges[noteRanges.length - 1].end = lines[i].end;
    inNotes.add(i);
    last = i;
  }
  return last;
}

/** Whether a line goes on with a sentence the line above left open (…建设指南》 / [1]，…): not blank, no full stop or colon at its end. */
function wrappedFrom(above: Line | undefined): boolean {
  const text = above?.text.trimEnd() ?? '';
  return text !== '' && !/[。！？；：!?;:]$/.test(text);
}

/** Whether the nearest non-blank line above line `i` is in one of the tables. */
function underTable(lines: readonly Line[], i: number, tables: readonly Table[]): boolean {
  let j = i - 1;
  while (j >= 0 && isBlank(lines[j].text)) j--;
  const at = j >= 0 ? lines[j].start : -1;
  return tables.some((t) => t.range.start <= at && at <= t.range.end);
}

/**
 * The lines that open with a label numbered one after the label opening the nearest line above of its style, no
 * blank line between (①建设平台 / ②完善目录 / ③健全机制, items that end without punctuation), and those above: a
 * list's items, not markers a hard wrap carried to a line's start.
 */
function listItems(lines: readonly Line[]): Set<number> {
  const items = new Set<number>();
  const above = new Map<NoteStyle, { line: number; value: number }>();
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k].text;
    if (isBlank(text)) {
      above.clear();
      continue;
    }
    const label = NOTE_LABEL.exec(text.slice(prefixLength(text)));
    if (!label) continue;
    const style: NoteStyle = label[1] === undefined ? 'circled' : 'bracket';
    const value = labelValue(label);
    const before = above.get(style);
    if (before && before.value === value - 1) items.add(before.line).add(k);
    above.set(style, { line: k, value });
  }
  return items;
}

/** A label's number: ① is 1, [2] is 2. */
function labelValue(label: RegExpExecArray): number {
  return label[1] === undefined ? label[0].charCodeAt(0) - 0x2460 + 1 : Number(label[1]);
}

/** `wrapped`: the line goes on with the sentence above, so a label opening it may be a marker a hard wrap carried over. */
function markersOf(line: Line, wrapped: boolean, out: NoteMark[]): void {
  const text = line.text;
  const opening = prefixLength(text);
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    // A label opening the line is an item's, not a marker, unless the line goes on with a sentence.
    if (m.index === opening && !wrapped) continue;
    const circled = m[1] === undefined;
    const attached = m.index === opening ? wrapped : !/[ \t\u3000]/.test(text.charAt(m.index - 1));
    if (circled ? !(isNoteMarker(text, m.index) || (m.index === opening && wrapped)) : !attached) continue;
    const start = line.start + m.index;
    out.push({ style: circled ? 'circled' : 'bracket', value: circled ? m[0].charCodeAt(0) - 0x2460 + 1 : Number(m[1]), label: m[0], range: { start, end: start + m[0].length } });
  }
}

/** A bracketed marker a hard wrap split between two lines: （GDP）[ / 1]3286.5亿元, [1 / ]3286.5亿元. */
function splitMarker(line: Line, next: Line, out: NoteMark[]): void {
  const text = line.text.trimEnd();
  const head = /[[［](\d{0,2})$/.exec(text);
  const tail = head && /^(\d{0,2})[\]］]/.exec(next.text);
  if (!head || !tail || head.index === prefixLength(text)) return;
  const digits = head[1] + tail[1];
  if (digits.length < 1 || digits.length > 2) return;
  const start = line.start + head.index;
  out.push({ style: 'bracket', value: Number(digits), label: `[${digits}]`, range: { start, end: line.start + text.length } });
}

/** The lines of a range. */
function linesOf(lines: readonly Line[], r: Range): readonly Line[] {
  const from = lineIndexAt(lines, r.start);
  let to = from;
  while (to < lines.length && lines[to].start < r.end) to++;
  return lines.slice(from, to);
}
