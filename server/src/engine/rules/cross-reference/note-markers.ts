// cross-reference/note-markers: notes gathered under 注释： (or 注：) and the markers in the text
// they explain (…决策部署①，, 《…指南》[1]，). A note whose marker the text lacks, or a marker no
// note explains, is a reference broken by an edit. A document whose notes no marker of the text
// matches at all is left alone: an extraction that drops superscripts drops every marker, and a
// table's 注：①…②… are remarks, not notes.
import type { GazetteDocument, Line, Range } from '../../model';
import { isNoteMarker } from '../../parse/footnotes';
import { content, isBlank, prefixLength } from '../../parse/text';
import type { Rule, RuleContext } from '../types';

const rule: Rule = {
  id: 'cross-reference/note-markers',
  category: 'cross-reference',
  defaultSeverity: 'warning',
  description: '注释与正文中的注释标记应一一对应 (every note has its marker in the text, every marker its note)',
  fixable: false,
  checkDocument(ctx, d) {
    checkNotes(ctx, d);
  },
};

export default rule;

type Style = 'circled' | 'bracket';

interface Mark {
  style: Style;
  value: number;
  label: string;
  range: Range;
}

/** The heading of a list of notes, alone or with the first note after it: 注释：, 注： */
const NOTES_HEAD = /^(?:\*\*)?注(?:释)?[ \t\u3000]*[：:](?:\*\*)?[ \t\u3000]*/;
/** A note's label opening a line: ①, [1], ［1］. */
const NOTE_LABEL = /^(?:[\u2460-\u2473]|[[［](\d{1,2})[\]］])/;
/** A marker in the text: a circled number, or a bracketed number of one or two digits (not a year's [2024]). */
const MARKER = /[\u2460-\u2473]|[[［](\d{1,2})[\]］]/g;

function checkNotes(ctx: RuleContext, d: GazetteDocument): void {
  const lines = linesOf(ctx.issue.lines, d.range);
  const notes: Mark[] = [];
  const inNotes = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!NOTES_HEAD.test(content(lines[i].text))) continue;
    i = readNotes(lines, i, notes, inNotes);
  }
  if (notes.length === 0) return;
  const markers: Mark[] = [];
  for (const [k, line] of lines.entries()) {
    if (inNotes.has(k)) continue;
    markersOf(line, wrappedFrom(lines[k - 1]), markers);
    if (k + 1 < lines.length && !inNotes.has(k + 1)) splitMarker(line, lines[k + 1], markers);
  }
  for (const style of ['circled', 'bracket'] as const) {
    const own = notes.filter((n) => n.style === style);
    const marked = markers.filter((m) => m.style === style);
    const noted = new Set(own.map((n) => n.value));
    const markedValues = new Set(marked.map((m) => m.value));
    if (own.length === 0 || !own.some((n) => markedValues.has(n.value))) continue;
    for (const n of own) {
      if (markedValues.has(n.value)) continue;
      ctx.report({ message: `注释${n.label}在正文中没有对应的注释标记 (note ${n.label} is marked nowhere in the text)`, range: n.range });
    }
    const reported = new Set<number>();
    for (const m of marked) {
      if (noted.has(m.value) || reported.has(m.value)) continue;
      reported.add(m.value);
      ctx.report({
        message: `正文中的注释标记${m.label}没有对应的注释 (no note explains marker ${m.label})`,
        range: m.range,
        related: [{ range: own[0].range, message: '注释 (the notes)' }],
      });
    }
  }
}

/**
 * Reads the notes under the heading at line `head` (the first may share its line): each opens a line with its
 * label; a line right under a note, with no blank line between, goes on with it. Returns the last line read.
 */
function readNotes(lines: readonly Line[], head: number, notes: Mark[], inNotes: Set<number>): number {
  let style: Style | undefined;
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
    const labelStyle: Style | undefined = label ? (label[1] === undefined ? 'circled' : 'bracket') : undefined;
    if (label && (style === undefined || style === labelStyle)) {
      style = labelStyle;
      const start = lines[i].start + at;
      notes.push({ style: style!, value: label[1] === undefined ? label[0].charCodeAt(0) - 0x2460 + 1 : Number(label[1]), label: label[0], range: { start, end: start + label[0].length } });
      afterNote = true;
    } else if (i !== head && !afterNote) break;
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

/** `wrapped`: the line goes on with the sentence above, so a label opening it may be a marker a hard wrap carried over. */
function markersOf(line: Line, wrapped: boolean, out: Mark[]): void {
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
function splitMarker(line: Line, next: Line, out: Mark[]): void {
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
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].end < r.start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < lines.length && lines[to].start < r.end) to++;
  return lines.slice(lo, to);
}
