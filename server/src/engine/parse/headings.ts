// Heading labels at the start of a line and the heading tree of a document part.
import type { Heading, HeadingKind, Line } from '../model';
import { isPageFootNote, isWrappedMarker } from './footnotes';
import { chineseToInt, halfWidthDigits, INVISIBLE, isTableRow, ocrDigits, prefixLength } from './text';
import { TextCache } from '../textCache';

const CN = '[一二三四五六七八九十百零〇]+';
const GAP = '[ \\t]?';
const SPACED_CN = '[一二三四五六七八九十百零〇](?:[ \\t]?[一二三四五六七八九十百零〇])*';
/** Digits of a label: half-width, or full-width as some Word documents type them (１．, （２）). */
const D = '[0-9０-９]';
/** A label's digits, or the lone letter l an OCR reads for 1 (l．, （ｌ）): read as 1, numbering/label-mark reports it. */
const LD = `(?:${D}{1,3}|[lｌ])`;
const PATTERNS: { kind: HeadingKind; re: RegExp }[] = [
  // 第 二 章: a PDF's letter spacing (one space between characters) is read through.
  { kind: 'division', re: new RegExp(`^第${GAP}(${SPACED_CN})${GAP}(?:部分|篇)`) },
  { kind: 'chapter', re: new RegExp(`^第${GAP}(${SPACED_CN})${GAP}章`) },
  { kind: 'section', re: new RegExp(`^第${GAP}(${SPACED_CN})${GAP}节`) },
  // 第十六条之一, an article an amendment inserted, is numbered outside the run of articles.
  { kind: 'article', re: new RegExp(`^第${GAP}(${SPACED_CN})${GAP}条(?!${GAP}之${CN})`) },
  // 一 、: an OCR's space before the mark.
  { kind: 'cn', re: new RegExp(`^(${CN})[ \\t]?([、．.，,])`) },
  // （\u200b四）: a converter's invisible character inside the brackets.
  { kind: 'paren-cn', re: new RegExp(`^([(（])[ \\t${INVISIBLE}]*(${CN})[ \\t${INVISIBLE}]*[)）]`) },
  { kind: 'decimal', re: new RegExp(`^(${D}{1,2}(?:[.．]${D}{1,2})+)(?![0-9０-９%.．])(?=[ \\t\\u3000]*[\\u4e00-\\u9fff\\u2160-\\u217f“《(（])`) },
  // "1 . 保障": a PDF's stray space before the stop, taken only before the heading's words.
  // 1) or 1）, a Word list's form: a closing bracket alone, before the item's words.
  // 1\. : pandoc escapes the stop of a paragraph that opens like a Markdown list.
  { kind: 'arabic', re: new RegExp(`^(${LD})(?:(\\\\?[.．、])(?![0-9０-９%])|[ \\t]([.．、])(?=[ \\t]*[\\u4e00-\\u9fff“《])|([)）])(?=[ \\t]*[\\u4e00-\\u9fff“《]))`) },
  { kind: 'paren-arabic', re: new RegExp(`^([(（])[ \\t${INVISIBLE}]*(${LD})[ \\t${INVISIBLE}]*[)）]`) },
  // Not a note's marker a wrap left at a line's start, before punctuation (…决策部署 / ①，打造…).
  { kind: 'circled', re: /^([①-⑳])(?![，,。；;：:、！？!?）)”’〕】])/ },
  { kind: 'box', re: new RegExp(`^专栏[ \\t]*(${D}{1,3})`) },
];

/**
 * After 第二十条: 第（一）项 or 第二款, a reference to a clause of the article (the captions of an annual
 * report's tables, 第二十条第（一）项), not an article's words.
 */
const CLAUSE_REFERENCE = /^[ \t\u3000]*第[(（]?[一二三四五六七八九十0-9]+[)）]?[项款目]/;

/**
 * After 第二十三条 with no space: a word joining it to another cited article (…《森林防火条例》 / 第二十三条和《…》,
 * 第五条、第六条, 第九条至第十二条), which opens no article's text: a citation a hard wrap put at a line's start.
 */
const ARTICLE_JOINED = /^(?:和|及|与|或|、|至)/;

/**
 * After 1.2 with no space: a measure word (万, 小时, 公里, 倍 …), which makes it a figure. A one-character measure
 * that may open a heading's word (2.2元宇宙产业, 3.1米粮) counts only before what follows a figure; 倍 opens no
 * heading's word but 倍增 (2.3倍增计划), so 1.6倍确定 is a figure.
 */
const DECIMAL_FIGURE = /^(?:万|亿|小时|公里|千米|平方|立方|分钟|个百分点|%|倍(?!增)|[元吨亩米秒](?![\u4e00-\u9fff])|[元吨亩米秒][以的左右及至或和每多])/;

/**
 * After 第十条 with no space: the words of a sentence about the article (第十条明确了…, 第十条规定的…, 第十条中) that a
 * hard wrap put at a line's start, not the article's own text.
 */
const ARTICLE_REFERENCE = /^(?:明确|规定|所称|所列|中[的规所]|的规定|之规定)/;

/** After 一，: words, not another numeral (一，二季度). */
const COMMA_HEADING = /^[ \t\u3000]*(?![一二三四五六七八九十两])[\u4e00-\u9fff]/;

/**
 * 第十六条之一 opening a line, an article an amendment inserted: no heading of the run of articles (see
 * PATTERNS), found by those that place it (numbering/sequence, the outline). Groups: the label, its
 * article's numeral, its own (之一), the text after it.
 */
export const INSERTED_ARTICLE = /^[ \t\u3000]*(第([一二三四五六七八九十百零〇]+)条之([一二三四五六七八九十]+))[ \t\u3000]*([^\n]*)/gm;

// Every pattern above starts with one of these: a cheap test rules out most lines.
const FIRST = new Uint8Array(0x10000);
for (const ch of '第一二三四五六七八九十百零〇(（0123456789０１２３４５６７８９专lｌ') FIRST[ch.charCodeAt(0)] = 1;
for (let c = 0x2460; c <= 0x2473; c++) FIRST[c] = 1; // ①-⑳

/** Rank in the GB/T 9704 order; a smaller rank is a higher level. */
export const RANK: Record<HeadingKind, number> = {
  division: 0, chapter: 1, section: 2, article: 3, box: 3, cn: 4, 'paren-cn': 5, decimal: 6, arabic: 6, 'paren-arabic': 7, circled: 8,
};

export interface HeadingLabel {
  kind: HeadingKind;
  value: number;
  path?: number[];
  label: string;
  separator: string;
  bracket: string;
  /** Offset of the label within the line text. */
  at: number;
  spaceAfter: boolean;
  text: string;
}

/**
 * Recognises a heading label at the start of a line (after Markdown residue).
 * The result is shared by every caller asking about the same text: read it, never change it.
 */
export function parseHeadingLabel(lineText: string): HeadingLabel | undefined {
  const at = prefixLength(lineText);
  const first = lineText.charCodeAt(at);
  if (!FIRST[first]) return undefined;
  if (isTableRow(lineText)) return undefined; // table rows (after the cheap test: most lines open with no label)
  // The letter l (an OCR's 1) only before a label's mark: most lines opening with l are words.
  if ((first === 0x6c || first === 0xff4c) && !L_MARKS.includes(lineText.charAt(at + 1) || '#')) return undefined;
  // A line that may hold a label is read once: the parser and several rules ask about it.
  return labels.get(lineText, readLabel);
}

/** What may follow the l of a label read as 1 (l．, l、, l), l .): a mark, the escape before one, a space. */
const L_MARKS = '.．、)）\\ \t';

/** Labels by line text (see ../textCache: what two parses in a row did not ask about goes). */
const labels = new TextCache<HeadingLabel | undefined>();

/** Called as each parse starts. */
export function nextHeadingGeneration(): void {
  labels.nextGeneration();
}

/**
 * 第三条明确各部门职责…: the label of an article whose words open with a verb (ARTICLE_REFERENCE), a space lost
 * after its number; read alone, a sentence about the article. Undefined for any other line.
 */
export function articleOpeningWithVerb(lineText: string): HeadingLabel | undefined {
  if (isTableRow(lineText) || lineText.charCodeAt(prefixLength(lineText)) !== 0x7b2c /* 第 */) return undefined;
  const h = readLabel(lineText, true);
  return h?.kind === 'article' ? h : undefined;
}

/** verbOpening: read only an article whose words open like a sentence about it (see articleOpeningWithVerb). */
function readLabel(lineText: string, verbOpening = false): HeadingLabel | undefined {
  const at = prefixLength(lineText);
  const rest = lineText.slice(at);
  for (const { kind, re } of PATTERNS) {
    const m = re.exec(rest);
    if (!m) continue;
    const label = m[0];
    const after = rest.slice(label.length);
    let text = after.trim();
    // Markdown bold around the whole heading (**一、总体要求**): the closing marks are not its text.
    if (text.endsWith('**') && lineText.slice(0, at).includes('**')) text = text.slice(0, -2).trimEnd();
    let value: number;
    let path: number[] | undefined;
    let separator = '';
    let bracket = '';
    switch (kind) {
      case 'division':
      case 'chapter':
      case 'section':
      case 'article':
        value = chineseToInt(m[1].replace(/[ \t]/g, ''));
        break;
      case 'cn':
        value = chineseToInt(m[1]);
        separator = m[2];
        break;
      case 'paren-cn':
        value = chineseToInt(m[2]);
        bracket = m[1];
        break;
      case 'paren-arabic':
        value = Number(ocrDigits(m[2]));
        bracket = m[1];
        break;
      case 'arabic':
        value = Number(ocrDigits(m[1]));
        separator = (m[2] ?? m[3] ?? m[4]).slice(-1);
        break;
      case 'decimal':
        path = halfWidthDigits(m[1]).split(/[.．]/).map(Number);
        value = path[path.length - 1];
        separator = m[1].includes('．') ? '．' : '.';
        break;
      case 'circled':
        value = m[1].charCodeAt(0) - 0x2460 + 1;
        break;
      case 'box':
        value = Number(halfWidthDigits(m[1]));
        break;
    }
    if (!Number.isFinite(value) || value <= 0) return undefined;
    // "一、" etc. must be followed by text; a bare "1." line is a list item with wrapped text, keep it.
    // 一，: an OCR's comma for 、, taken where the words follow it at once (not 一，二季度).
    if (kind === 'cn' && (separator === '，' || separator === ',') && !COMMA_HEADING.test(after)) return undefined;
    // 三、四、五类桥梁…: numerals listed in running text that a wrap brought to a line's start (…对一、二、 / 三、四、五类…).
    if (kind === 'cn' && /^[一二三四五六七八九十]{1,3}、/.test(after)) return undefined;
    if (kind === 'arabic' && /^[ \t]*(年|月|日|万|亿|%)/.test(after)) return undefined;
    // l. read as 1 only before a heading's words (not a Latin word's l.).
    if ((kind === 'arabic' || kind === 'paren-arabic') && /[lｌ]/.test(label) && !/^[ \t\u3000]*[\u4e00-\u9fff“《]/.test(after)) return undefined;
    // 1.2小时以内 at a wrapped line's start: a figure and its measure, not a label.
    if (kind === 'decimal' && DECIMAL_FIGURE.test(after)) return undefined;
    if (kind === 'article' && (CLAUSE_REFERENCE.test(after) || ARTICLE_JOINED.test(after) || ARTICLE_REFERENCE.test(after) !== verbOpening)) return undefined;
    return { kind, value, path, label, separator, bracket, at, spaceAfter: /^[ \t\u3000]/.test(after), text };
  }
  return undefined;
}

/** A heading's label as a reader sees it: without the escape pandoc puts before its stop (1\. → 1.). */
export function shownLabel(h: { label: string }): string {
  return h.label.replace('\\', '');
}

/** A line that ends in leader dots and a page number: 一、总体要求……………1, 第二章　发展目标 ······ （5）. */
const CONTENTS_ENTRY = /[.·…]{2}[ \t\u3000]*[(（]?[ \t]*[0-9０-９]{1,4}[ \t]*[)）]?[ \t\u3000]*$/;

/** CONTENTS_ENTRY on the line's end only: a long run of dots would make it try every start. */
function isContentsEntry(text: string): boolean {
  return text.length > 4 && CONTENTS_ENTRY.test(text.slice(-24));
}

/** Builds Heading records for the given lines and links them into a tree. */
export function buildHeadings(
  lines: readonly Line[],
  from: number,
  to: number,
  part: number,
  end: number,
  skip: ReadonlySet<number>,
): Heading[] {
  const out: Heading[] = [];
  let chapter: ChapterSoFar | undefined;
  const footNotes = new Set<number>();
  // The first numbers of the decimal labels read so far (1 once 1.1 is read): 1.10 after them is a label.
  const sectionsOf = new Set<number>();
  const articlesBelow = new NextArticle(lines, to, skip);
  // The value of the last article read so far (not looked for back over every heading: quadratic on long parts).
  let lastArticle: number | undefined;
  for (let i = from; i < to; i++) {
    if (skip.has(i)) continue;
    const line = lines[i];
    const h = parseHeadingLabel(line.text) ?? chapterNumber(lines, i, to, chapter) ?? articleInRun(lines, i, lastArticle, articlesBelow);
    // An entry of a document's own 目录 (一、总体要求……1): the heading is the body's.
    if (!h || isContentsEntry(line.text)) continue;
    if (h.kind === 'decimal' && isClockTime(h, sectionsOf)) continue;
    if (h.kind === 'decimal' && h.path!.length > 1) sectionsOf.add(h.path![0]);
    // ① under the paragraph that marks it (…部署①，): a note a page's foot left in the text, not an item; but ②
    // (or ④, a skip) right after the item ① goes on with the list, whatever the line above ends with.
    const previous = out[out.length - 1];
    const continuesList = h.kind === 'circled' && previous?.kind === 'circled' && previous.value < h.value;
    if (h.kind === 'circled' && !continuesList && isWrappedMarker(lines, i, (text) => !!parseHeadingLabel(text))) continue;
    if (h.kind === 'circled' && !continuesList && isPageFootNote(lines, i, from, h.label, footNotes)) {
      footNotes.add(i);
      continue;
    }
    if (h.kind === 'article') lastArticle = h.value;
    if (h.kind === 'decimal' && h.path!.length === 1) chapter = { value: h.value, first: false };
    else if (chapter && h.kind === 'decimal' && h.path!.length === 2 && h.path![0] === chapter.value && h.value === 1) chapter.first = true;
    const start = line.start + h.at;
    out.push({
      kind: h.kind,
      value: h.value,
      path: h.path && [...h.path],
      label: h.label,
      labelRange: { start, end: start + h.label.length },
      text: h.text,
      range: { start: line.start, end: line.end },
      separator: h.separator,
      bracket: h.bracket,
      spaceAfter: h.spaceAfter,
      parent: -1,
      depth: 0,
      part,
      blockEnd: end,
    });
  }
  return out;
}

/**
 * 第三条明确各部门职责…, an article whose space after its number a PDF's extraction lost, read as one only where it
 * opens a line (the line above ends a sentence, is blank or a chapter's title) inside a run of articles: the article above it is its
 * number or one or two before it, and the article below its number or one or two after it, so that a repeated or
 * skipped number there is still seen. A sentence about an article a wrap put at a line's start (…本办法 /
 * 第十条规定的…) or one in a policy interpretation, with no run of articles around it, stays a sentence.
 */
function articleInRun(lines: readonly Line[], i: number, previous: number | undefined, below: NextArticle): HeadingLabel | undefined {
  const h = articleOpeningWithVerb(lines[i].text);
  if (!h) return undefined;
  const above = i > 0 ? lines[i - 1].text.trim() : '';
  // A chapter's title above it (第二章　规划) ends there; an article's own words above it may run on into it.
  const title = above !== '' && RANK[parseHeadingLabel(above)?.kind ?? 'article'] < RANK.article;
  if (above !== '' && !/[。；;！？!?：:]$/.test(above) && !title) return undefined;
  const next = below.after(i);
  if (previous === undefined || !next) return undefined;
  return h.value - previous <= 2 && h.value >= previous && next.value - h.value <= 2 && next.value >= h.value ? h : undefined;
}

/** The next article label below a line, found by one scan down the part however many lines ask (no line is read twice). */
class NextArticle {
  private at = -1;
  private found: HeadingLabel | undefined;

  constructor(
    private readonly lines: readonly Line[],
    private readonly to: number,
    private readonly skip: ReadonlySet<number>,
  ) {}

  after(i: number): HeadingLabel | undefined {
    if (this.at > i) return this.found;
    this.found = undefined;
    for (this.at = i + 1; this.at < this.to; this.at++) {
      if (this.skip.has(this.at)) continue;
      const h = parseHeadingLabel(this.lines[this.at].text);
      if (h?.kind === 'article') return (this.found = h);
    }
    return undefined;
  }
}

/** The last chapter numbered alone read so far, and whether its first sub-section (N.1) has been read under it. */
interface ChapterSoFar {
  value: number;
  first: boolean;
}

/**
 * 8.30　报到, 14.30　专题讲座: a time of a schedule written with a dot, not a decimal label. Read so when its
 * minutes are two digits on a five-minute mark and the outline has no label under the same number before it
 * (1.10 after 1.1…1.8 is a label, 1.9 missing or not).
 */
function isClockTime(h: HeadingLabel, sectionsOf: ReadonlySet<number>): boolean {
  const path = h.path!;
  const minutes = halfWidthDigits(h.label).split(/[.．]/)[1];
  if (path.length !== 2 || minutes?.length !== 2 || path[0] > 23 || path[1] > 59 || path[1] % 5 !== 0) return false;
  return !sectionsOf.has(path[0]);
}

/** A chapter of a decimal outline numbered alone (2　组织体系), as 应急预案 are. */
const CHAPTER_NUMBER = new RegExp(`^(${D}{1,2})[ \\t\\u3000]+([\\u4e00-\\u9fff][^。；;，,：:！？!?]{0,29})$`);

/**
 * "2　组织体系" is the chapter of the decimal labels under it (2.1, 2.1.1): read as one where the first decimal
 * label after it, however much text stands between, is its first, N.1 (or the first of a chapter, its own number
 * or its prefix the slip), or where it goes on from the chapter before it (3　后期处置 after 2), so that a figure
 * opening a line is not taken for one. The search ends at the next line shaped like a chapter (whose labels
 * are its own; each line is searched once) and at a label of its level or above (2．, 一、).
 */
function chapterNumber(lines: readonly Line[], i: number, to: number, before: ChapterSoFar | undefined): HeadingLabel | undefined {
  const m = chapterShape(lines[i].text);
  if (!m) return undefined;
  const value = Number(halfWidthDigits(m[1]));
  const chapter = (separator: string): HeadingLabel => ({ kind: 'decimal', value, path: [value], label: m[1], separator, bracket: '', at: 0, spaceAfter: true, text: m[2].trim() });
  // Not a line a wrap began with a figure (…在 / 3 小时内报告): the line before it ends a sentence or a heading.
  const above = i > 0 ? lines[i - 1].text.trim() : '';
  // Or its first label N.1 is the very next line (a title run into it where no blank line sets it off).
  // A table's last row above it (no blank line between) ends no sentence a wrap carried on either.
  if (above !== '' && !/[。；;！？!?：:]$/.test(above) && !isTableRow(above) && !parseHeadingLabel(above) && !firstLabelFollows(lines, i, to, value)) return undefined;
  const previous = before?.value;
  const goesOn = previous !== undefined && value === previous + 1;
  // The outline's first chapter, 1 with no chapter before it: read over labels of its own (1.2, its 1.1 lost), over
  // 2.1 (a slip of its 1.1), or over none where chapter 2's line follows over labels of its own.
  const opens = previous === undefined && value === 1;
  for (let j = i + 1; j < to; j++) {
    const next = parseHeadingLabel(lines[j].text);
    if (!next) {
      const shape = chapterShape(lines[j].text);
      if (!shape) continue;
      const shapeValue = Number(halfWidthDigits(shape[1]));
      // The same number again before any label (3 个工作日内… / 3　保障措施 / 3.1): the later line is the chapter.
      if (shapeValue === value) return undefined;
      if (opens && shapeValue === 2 && firstLabelUnder(lines, j, to)?.path?.[0] === 2) return chapter('.');
      break;
    }
    if (next.kind !== 'decimal') {
      // A label of the chapter's level or above (2．, 一、, 第二章) ends the stretch its labels could be in: a
      // number opening a line before it is no chapter of the decimal labels after it.
      if (RANK[next.kind] <= RANK.decimal) break;
      continue;
    }
    const first = next.path!.length === 2 && next.path![1] === 1;
    if (opens && next.path!.length > 1 && (next.path![0] === 1 || (first && next.path![0] === 2))) return chapter(next.separator);
    // Its first label under it is N.1; or its own number is the slip (2 … / 4　后期工作 / 3.1): the labels under it
    // go on from the chapter before. Read as a chapter, numbering/sequence reports its number, not each label under it.
    if (first && (next.path![0] === value || (previous !== undefined && next.path![0] === previous + 1))) return chapter(next.separator);
    // Or it goes on from the chapter before, and the next label is a later chapter's, or the first of one whose
    // prefix is the slip (3　保障措施 / 2.1 after chapter 2's 2.1 2.2: chapter 2 has its 2.1; not a line a wrap
    // began with a figure before chapter 2's first, 2 组织体系 / …3 个工作日内… / 2.1).
    return goesOn && (next.path![0] > value || (first && before!.first)) ? chapter(next.separator) : undefined;
  }
  return goesOn ? chapter('.') : undefined;
}

/** The first label under line j, before the next line shaped like a chapter. */
function firstLabelUnder(lines: readonly Line[], j: number, to: number): HeadingLabel | undefined {
  for (let k = j + 1; k < to; k++) {
    const label = parseHeadingLabel(lines[k].text);
    if (label || chapterShape(lines[k].text)) return label;
  }
  return undefined;
}

/** The line after line i is the decimal label N.1 of chapter `value`. */
function firstLabelFollows(lines: readonly Line[], i: number, to: number, value: number): boolean {
  let j = i + 1;
  while (j < to && lines[j].text.trim() === '') j++;
  const next = j < to ? parseHeadingLabel(lines[j].text) : undefined;
  return next?.kind === 'decimal' && next.path!.length === 2 && next.path![0] === value && next.path![1] === 1;
}

/** A line shaped like a chapter numbered alone: its number and its words. */
export function chapterShape(text: string): RegExpExecArray | null {
  const c = text.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19))) return null;
  return CHAPTER_NUMBER.exec(text.trimEnd());
}

/**
 * Links headings (already in document order, possibly several parts) into trees per part.
 * A 专栏 box may hold a list of its own, numbered from 1 in the style of the items around it or of a lower
 * level (… 2．完善 / 专栏2 / 1．某项目 2．某项目 3．某项目 / 3．健全 …): its items are the box's children,
 * up to the first label that does not go on with them, and the list around it goes on after it.
 */
export function linkHeadings(headings: Heading[]): void {
  const stack: number[] = [];
  let part = -1;
  let box: OpenBox | undefined;
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    if (h.part !== part) {
      stack.length = 0;
      part = h.part;
      box = undefined;
    }
    if (box) {
      if (intoBox(headings, box, i)) continue;
      headings[box.index].blockEnd = h.range.start;
      box = undefined;
    }
    if (h.kind === 'box') {
      // A 专栏 box illustrates a section: a leaf under the nearest section heading
      // (not under a list item), ending at the next heading.
      let k = stack.length - 1;
      while (k >= 0 && headingRank(headings[stack[k]]) > RANK['paren-cn']) k--;
      h.parent = k >= 0 ? stack[k] : -1;
      h.depth = k + 1;
      const end = h.blockEnd;
      const next = headings[i + 1];
      if (next && next.part === h.part) h.blockEnd = next.range.start;
      // The list the box sits in: its items' own list restarts at 1 in the same style.
      const around = stack.length ? headings[stack[stack.length - 1]] : undefined;
      if (around && headingRank(around) > RANK['paren-cn']) box = { index: i, around, end, last: -1, sub: -1 };
      continue;
    }
    const rank = headingRank(h);
    while (stack.length && headingRank(headings[stack[stack.length - 1]]) >= rank) {
      headings[stack.pop()!].blockEnd = h.range.start;
    }
    h.parent = stack.length ? stack[stack.length - 1] : -1;
    h.depth = stack.length;
    stack.push(i);
  }
}

/** A 专栏 box whose own list may follow it (see linkHeadings). */
interface OpenBox {
  index: number;
  /** The item of the list around the box, the last before it. */
  around: Heading;
  /** Where the box's part ends. */
  end: number;
  /** The box's last item and that item's last sub-item, or -1. */
  last: number;
  sub: number;
}

/** Links heading i into the open box's list, as an item or a sub-item of one, if it belongs there. */
function intoBox(headings: Heading[], box: OpenBox, i: number): boolean {
  const h = headings[i];
  const last = box.last >= 0 ? headings[box.last] : undefined;
  // What the list held so far ends where this heading starts.
  if (last) last.blockEnd = h.range.start;
  if (box.sub >= 0) headings[box.sub].blockEnd = h.range.start;
  // The first item: 1 in the style of the items around the box, or of a lower level (（1）… after 2．) naming no units.
  const item = last ? continuesBox(h, last, box.around) : h.value === 1 && (h.kind === box.around.kind || (headingRank(h) > headingRank(box.around) && !namesUnits(h)));
  const sub = !item && last !== undefined && headingRank(h) > headingRank(last);
  if (!item && !sub) return false;
  const parent = item ? box.index : box.last;
  h.parent = parent;
  h.depth = headings[parent].depth + 1;
  if (item) {
    box.last = i;
    box.sub = -1;
    headings[box.index].blockEnd = box.end;
  } else box.sub = i;
  return true;
}

/** Whether h goes on with the box's list after its item `last`, rather than with the list around the box. */
function continuesBox(h: Heading, last: Heading, around: Heading): boolean {
  if (h.kind !== last.kind) return false;
  // A number off by a slip (1．2．4． or 2．2．) that the list around the box cannot take either (it would go back).
  if (h.value !== last.value + 1) return h.kind === around.kind && h.value >= last.value && h.value <= around.value;
  // It names its units as the list around the box does, where the box's items do not.
  if (namesUnits(h) && namesUnits(around) && !namesUnits(last)) return false;
  // A number both lists would go on with: the one whose items it reads like (a project's name, a task).
  if (h.kind === around.kind && h.value === around.value + 1) return Math.abs(h.text.length - last.text.length) <= Math.abs(h.text.length - around.text.length);
  return true;
}

/** A task's unit annotation on the heading's line: （责任单位：…）, （市住建局牵头）. */
function namesUnits(h: Heading): boolean {
  return /[(（〔[［][ \t]*(?:责任单位|牵头单位|责任部门|牵头部门)|(?:牵头|负责)[ \t]*[)）〕\]］]/.test(h.text);
}

function headingRank(h: Heading): number {
  return h.kind === 'decimal' ? RANK.decimal + (h.path!.length - 1) * 0.1 - 0.05 : RANK[h.kind];
}
