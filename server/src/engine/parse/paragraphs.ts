// Logical paragraphs: physical lines joined back together where PDF extraction
// broke a sentence (with or without a blank line), so that brackets, citations
// and unit annotations can be read whole.
import type { Line, Paragraph } from '../model';
import { parseHeadingLabel, type HeadingLabel } from './headings';
import { pageWidthOf, runsTo } from './pageWidth';
import { isBlank, isLineSpace, isPageArtifactLine, isTableRow, prefixLength, trimEndChars, WHITE_SPACE } from './text';

const TERMINAL_MARKS = '。；;！!？?：:';
const TERMINAL = new RegExp(`[${TERMINAL_MARKS}]\\s*$`);
const SHORT_HEADING = 30;
/**
 * A heading's end that leads on to the next line: a list mark, or 至 after a date or a number, perhaps with the start
 * of the date it leads to (（一）元旦：2026年1月1日（星期四）至, …（星期一）至2, …至2026年).
 */
const LEADS_ON = /(?:[、，,]|[0-9０-９日月年时号条)）]至(?:[0-9０-９]{1,4}(?:年(?:[0-9０-９]{1,2}月?)?)?)?)[ \t\u3000]*$/;

/** The labels that open a unit annotation (责任单位：…), in a regular expression's source. */
export const UNIT_LABEL = '责任单位|牵头单位|配合单位|协办单位|主办单位|责任部门|牵头部门|配合部门|实施单位|执行单位|起草单位';
/** A line that opens with a unit label and its colon (牵头单位：市金融办), under an item: an annotation without brackets. */
export const UNIT_LABEL_LINE = new RegExp(`^[ \\t\\u3000]*(${UNIT_LABEL})([ \\t]*)([:：]+)`);

/** （责任单位： at the end of a line, the bracket still open. */
const OPEN_LABEL_AT_END = new RegExp(`[(（〔[［﹝][ \\t]*(?:${UNIT_LABEL})[ \\t]*[:：][ \\t\\u3000]*$`);
/** A unit label and its colon, right after an annotation's opening bracket. */
const LABEL_AFTER_OPEN = new RegExp(`^[ \\t]*(?:${UNIT_LABEL})[ \\t]*[:：]`);
/** A role clause before a semicolon: （市发展改革委牵头，市财政局配合； */
const ROLE_BEFORE_SEMICOLON = /(?:牵头|配合|负责|落实)[ \t]*[；;][ \t\u3000]*$/;
const ANNOTATION_OPENERS = '(（〔[［﹝';
const ANNOTATION_CLOSERS = ')）〕]］﹞';
/** How far back an annotation's opening bracket is looked for (the parser reads no longer annotation). */
const ANNOTATION_REACH = 300;

export interface ParagraphOptions {
  /** Lines that stand alone (titles, numbers, signatures, labels): never joined. */
  reserved: ReadonlySet<number>;
  /** Lines that open as a heading does but go on with the line above (a name's end a wrap cut: 赵小 / 六、孙七。). */
  notHeadings?: ReadonlySet<number>;
}

export function buildParagraphs(lines: readonly Line[], from: number, to: number, opts: ParagraphOptions): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | undefined;
  let currentOpen = false; // may the current paragraph continue into the next line?
  let currentEnds = false; // does the current paragraph's text end with a sentence mark (TERMINAL)?
  let width: number | null | undefined; // the lines' page width, read once a heading asks (null: none)
  const pageWidth = () => (width === undefined ? (width = pageWidthOf(lines, from, lines[to - 1].end) ?? null) : width);
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (isBlank(line.text)) {
      continue;
    }
    // A page number or running header inside a broken sentence is not part of it: between blank lines, or
    // on lines of their own without them (- 12 -, 某市人民政府公报 2024年第8期) where only a bare number could be text.
    if (current && currentOpen && !opts.reserved.has(i) && isPageArtifactLine(line.text) && (betweenBlanks(lines, i, from, to) || !isBareNumber(line.text))) continue;
    const standalone = opts.reserved.has(i) || isTableRow(line.text);
    const heading = !standalone && !opts.notHeadings?.has(i) && parseHeadingLabel(line.text);
    // A label line (配合单位：…) opens an annotation of its own, unless it goes on with a bracket left open
    // above: （牵头单位：市商务局； / 配合单位：市税务局）, a line the PDF broke.
    const labelLine = UNIT_LABEL_LINE.test(line.text) && !(current && currentOpen && insideAnnotation(current.text));
    const startsNew = standalone || !!heading || !current || !currentOpen || labelLine;
    if (startsNew) {
      current = { range: { start: line.start, end: line.end }, text: '', pieces: [] };
      out.push(current);
      currentEnds = false;
    }
    const piece = trimmed(line);
    current!.pieces.push({ at: current!.text.length, offset: piece.start - current!.range.start, length: piece.text.length });
    current!.text += piece.text;
    current!.range.end = line.end;
    // TERMINAL of the text so far, from its last piece that is not all spaces: testing the whole
    // text on every line was quadratic in a paragraph of thousands of lines.
    const last = lastNonSpace(piece.text);
    if (last !== undefined) currentEnds = endsSentence(last, piece.text, current!.text);
    if (standalone) currentOpen = false;
    // A short heading ("一、总体要求") stands alone; one that already holds a sentence was broken by the PDF.
    // Not one that leaves a quotation or a bracket open (修改为：“市城市管理部门是本市城市道 / 路挖掘的…), nor one that
    // ends in a mark that leads on (分为轻微、一般、 / 较重、严重四个阶次。), or in 至 after a date: a wrap broke it. An article's text is a 款,
    // a sentence, not a title: unended, it goes on (第十八条　违反本办法第十二条第一款第（四） / 项规定，…), unless it is a
    // title in 【】 (第一条【立法目的】). Nor one running to the page's width with its words going on, unindented, on the
    // next line (一、本次公布的…事项共20项，涉 / 及6个部门。): a narrow page's wrap cut it.
    else if (heading && heading.text.length < SHORT_HEADING && !TERMINAL.test(line.text) && !runsOnAsArticle(heading) && !/[。；;！!？?]/.test(heading.text) && !LEADS_ON.test(heading.text) && !leavesOpen(heading.text) && !cutsCount(line.text, lines[i + 1]?.text) && !wrappedOn(lines, i, to, opts, pageWidth)) currentOpen = false;
    // A sentence's clauses go on after a semicolon where a wrap broke the line there (…增长3.2%； / 第二产业增加值…).
    else currentOpen = !currentEnds || ((last === '；' || last === ';') && semicolonWrapped(lines, i, to, opts, pageWidth));
    // A page's foot opening a paragraph (after one that closed: …职务； / — 6 — / running header / 黄建军…) stands alone:
    // the text after the page break is not its.
    if (startsNew && !standalone && isPageArtifactLine(line.text) && (betweenBlanks(lines, i, from, to) || !isBareNumber(line.text))) currentOpen = false;
  }
  return out;
}

/**
 * Whether a line ends with a figure whose measure word opens the next line (三、同意将…花桥村3 / 个村划归龙潭镇管辖。):
 * a wrap cut a count in a sentence; no title ends in a bare figure.
 */
function cutsCount(text: string, next: string | undefined): boolean {
  return next !== undefined && /[0-9０-９][ \t\u3000]*$/.test(text) && /^[个项件名家所条户人座处万亿元%％]/.test(next);
}

/**
 * Whether line i runs to the page's width and the next line goes on with its words: text right under it, not
 * indented as a paragraph's first line is, nor a heading, a table's row or a line standing alone.
 */
function wrappedOn(lines: readonly Line[], i: number, to: number, opts: ParagraphOptions, pageWidth: () => number | null): boolean {
  if (!goesOnBelow(lines, i, to, opts)) return false;
  const width = pageWidth();
  return width !== null && runsTo(width, lines[i].text);
}

/** Whether the line under line i may go on with its words: no blank, indent, reserved line, row or heading label. */
function goesOnBelow(lines: readonly Line[], i: number, to: number, opts: ParagraphOptions): boolean {
  const next = lines[i + 1];
  if (i + 1 >= to || isBlank(next.text) || isLineSpace(next.text.charCodeAt(0)) || opts.reserved.has(i + 1) || isTableRow(next.text)) return false;
  return opts.notHeadings?.has(i + 1) || !parseHeadingLabel(next.text);
}

/**
 * Whether line i, ending in a semicolon, was broken there by a wrap and goes on below: where the page's width is known,
 * the line runs to it; where not, the line below goes on and does not open as line i does (免去…职务； / 免去…职务；
 * are entries of a list, each its own).
 */
function semicolonWrapped(lines: readonly Line[], i: number, to: number, opts: ParagraphOptions, pageWidth: () => number | null): boolean {
  if (i + 1 >= to || isPageArtifactLine(lines[i + 1].text) || !goesOnBelow(lines, i, to, opts)) return false;
  const width = pageWidth();
  if (width !== null) return runsTo(width, lines[i].text);
  const [a, b] = [lines[i].text.trimStart(), lines[i + 1].text.trimStart()];
  return a.slice(0, 2) !== b.slice(0, 2);
}

/** Whether a short text opens a quotation or a bracket it does not close. */
function leavesOpen(text: string): boolean {
  let quotes = 0;
  let brackets = 0;
  for (const c of text) {
    if (c === '“') quotes++;
    else if (c === '”') quotes--;
    else if (c === '（' || c === '(') brackets++;
    else if (c === '）' || c === ')') brackets--;
  }
  return quotes > 0 || brackets > 0;
}

/** An article's text that does not end its sentence, nor is a title in 【】: the 款 goes on on the next line. */
function runsOnAsArticle(h: HeadingLabel): boolean {
  const text = h.text.trim();
  return h.kind === 'article' && text !== '' && !text.startsWith('【') && !text.startsWith('[');
}

/** Whether a paragraph that ends with `last` (its last line `piece`) ends a sentence there. */
function endsSentence(last: string, piece: string, text: string): boolean {
  if (!TERMINAL_MARKS.includes(last)) return false;
  // A colon after a label inside an open bracket ends none: the units are on the next line. The label may be
  // the annotation's second (（牵头单位：市建设局；责任单位： / 市交通运输局）) or another field of it
  // (（责任单位：市财政局；完成时限： / 2025年9月底前）).
  if ((last === '：' || last === ':') && (OPEN_LABEL_AT_END.test(piece) || insideAnnotation(text))) return false;
  // Nor does a semicolon between the fields of an annotation still open: 牵头单位：A；配合单位：B.
  return !((last === '；' || last === ';') && insideAnnotation(text));
}

/**
 * Whether a text ends inside a unit annotation whose bracket is still open: one a label opens
 * (（牵头单位：市商务局；) or, before a semicolon, a role clause (（市发展改革委牵头，市财政局配合；).
 */
function insideAnnotation(text: string): boolean {
  let depth = 0;
  for (let i = text.length - 1; i >= Math.max(0, text.length - ANNOTATION_REACH); i--) {
    const c = text[i];
    if (c === '。') return false;
    if (ANNOTATION_CLOSERS.includes(c)) depth++;
    else if (ANNOTATION_OPENERS.includes(c)) {
      // Brackets inside a unit's name (各县（市、区）政府) are closed pairs, skipped.
      if (depth > 0) {
        depth--;
        continue;
      }
      // A bracket a wrap left alone at the line's end (…达到2.3%。〔 / 牵头单位：…): the annotation is on the next line.
      if (text.slice(i + 1).trim() === '') return true;
      return LABEL_AFTER_OPEN.test(text.slice(i + 1, i + 16)) || ROLE_BEFORE_SEMICOLON.test(text.slice(-40));
    }
  }
  return false;
}

/** The last character of a text that is not white space (as regex \s sees it). */
/** The last character a reader sees: spaces, and a Markdown emphasis closed at the end (**免去:**), aside. */
function lastNonSpace(text: string): string | undefined {
  let i = text.length - 1;
  while (i >= 0 && WHITE_SPACE.includes(text[i])) i--;
  if (i >= 2 && (text[i] === '*' || text[i] === '_') && text[i - 1] === text[i]) i -= 2;
  return i >= 0 ? text[i] : undefined;
}

function isBareNumber(text: string): boolean {
  return /^[ \t\u3000]*\d+[ \t\u3000]*$/.test(text);
}

function betweenBlanks(lines: readonly Line[], i: number, from: number, to: number): boolean {
  return i > from && i + 1 < to && isBlank(lines[i - 1].text) && isBlank(lines[i + 1].text);
}

function trimmed(line: Line): { start: number; text: string } {
  let lead = 0;
  while (isLineSpace(line.text.charCodeAt(lead))) lead++;
  // A footnote's label ([^1]:, pandoc's) is no text of the paragraph.
  if (line.text.charCodeAt(lead) === 91 && line.text.charCodeAt(lead + 1) === 94) lead = prefixLength(line.text);
  const text = trimEndChars(line.text.slice(lead));
  return { start: line.start + lead, text };
}

/** Maps an offset in a paragraph's joined text back to the source text. */
export function sourceOffset(p: Paragraph, at: number): number {
  let lo = 0;
  let hi = p.pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (p.pieces[mid].at <= at) lo = mid;
    else hi = mid - 1;
  }
  const piece = p.pieces[lo];
  return p.range.start + piece.offset + Math.min(at - piece.at, piece.length);
}

/** Maps a [start, end) span of joined text to a source range (end-exclusive). */
export function sourceRange(p: Paragraph, start: number, end: number): { start: number; end: number } {
  return { start: sourceOffset(p, start), end: end > start ? sourceOffset(p, end - 1) + 1 : sourceOffset(p, start) };
}
