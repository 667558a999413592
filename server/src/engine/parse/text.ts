// Small text helpers shared by the parsers.
import type { Line, Range, TextSpan } from '../model';

const FOLD: Record<string, string> = {
  '（': '(', '）': ')', '，': ',', '：': ':', '；': ';', '！': '!', '？': '?',
  '［': '〔', '］': '〕', '﹝': '〔', '﹞': '〕', '[': '〔', ']': '〕', '－': '-', '—': '-', '–': '-', '～': '~', '．': '.',
};

// Whitespace, ** and the folded punctuation.
// Invisible characters a converter leaves (zero-width space, soft hyphen, word joiner) go with the spaces.
const UNFOLDED = /[ \t\u3000\n\r\u00a0\ufeff\u200b-\u200d\u00ad\u2060]|\*\*|[（），：；！？［］﹝﹞[\]－—–～．]/g;

/** Folds a text for comparisons: no whitespace, no Markdown emphasis, one width of punctuation. */
export function normalize(s: string): string {
  // test() and slices rather than replace() with a function: no call and no match object per mark.
  // Not a loop over the characters: faster once optimized (0.4 ms of a fresh analysis of shaoxing),
  // but 8 ms slower in the CLI's single run, where it is interpreted and a regex runs natively.
  UNFOLDED.lastIndex = 0;
  if (!UNFOLDED.test(s)) return s;
  let out = '';
  let from = 0;
  do {
    const end = UNFOLDED.lastIndex;
    // The one match of two characters is **.
    const at = s.charCodeAt(end - 1) === 42 ? end - 2 : end - 1;
    out += s.slice(from, at) + (FOLD[s[at]] ?? '');
    from = end;
  } while (UNFOLDED.test(s));
  return out + s.slice(from);
}

export function span(text: string, range: Range): TextSpan {
  return { text, norm: normalize(text), range };
}

/**
 * A span over consecutive lines, joined without separator (CJK text wraps anywhere); a page's number or
 * running header between them (a title cut by a page break) is not part of it.
 */
export function spanOfLines(lines: readonly Line[], from: number, to: number, startCol = 0): TextSpan {
  let text = '';
  let end = lines[to].end;
  for (let i = from; i <= to; i++) {
    if (i > from && i < to && isPageArtifactLine(lines[i].text)) continue;
    const line = lines[i].text;
    const start = i === from ? startCol : 0;
    const stop = contentEnd(line, start, false);
    text += line.slice(start, stop).trim();
    // The span ends where the last line's text does: not over the attributes a converter put after it.
    if (i === to && stop < line.length && !/^\s*$/.test(line.slice(stop))) end = lines[i].start + stop;
  }
  return span(text, { start: lines[from].start + startCol, end });
}

/**
 * Prefixes converters leave at the start of a line: "- ", "## ", "> ", "**"; and pandoc's: an empty
 * bookmark span ([]{#_Toc1 .anchor}), a footnote's label ([^1]:), the [ of a line that is a link
 * ([title……（2）](#_Toc160000001), a Word 目录 converted).
 */
// Sticky: test() leaves the prefix's length in lastIndex, without a match object (it always matches, if only the empty string).
const PREFIX =
  /(?:[ \t\u3000\ufeff\u200b-\u200d\u00ad\u2060]*(?:#{1,6}[ \t]+|[-*+][ \t]+|>[ \t]*|\*\*|\[\]\{[^{}\n]*\}|\[\^[^\]\s]{1,8}\]:))*[ \t\u3000\ufeff\u200b-\u200d\u00ad\u2060]*/y;
/** What ends a line that is a link: ](#_Toc1), ](https://…); in a 目录, perhaps with the page after it: ](#doc-18) …… 1. */
const LINK_TARGET = /^\]\((?:#|https?:)[^()\s]*\)(?:[ \t\u3000]*(?:[.·…]{2,}[ \t\u3000]*)?[(（]?[0-9０-９]{1,4}[)）]?)?[ \t]*$/;

/** Where a link's target starts, when the text from `from` to `end` ends with one (…](#doc-18) ……): else `end`. */
export function beforeLinkTarget(text: string, from: number, end: number): number {
  // Within the span: a search back from `end` through the whole text would cost its length at every entry.
  const at = text.slice(from, end).lastIndexOf('](');
  return at >= 0 && TRAILING_TARGET.test(text.slice(from + at, end)) ? from + at : end;
}
const TRAILING_TARGET = /^\]\((?:#|https?:)[^()\s]*\)[ \t\u3000.·…]*$/;

/** Length of the Markdown-like residue at the start of a line. */
export function prefixLength(text: string): number {
  const c = text.charCodeAt(0);
  // Fast path: most lines start with a CJK character or a digit.
  if (c > 0x3000 && c !== 0xfeff) return 0;
  if ((c >= 48 && c <= 57) || c === 40) return 0;
  PREFIX.lastIndex = 0;
  PREFIX.test(text);
  const n = PREFIX.lastIndex;
  // The [ of a line that is a link, whatever its text holds (\[2024\], a lone [): looked for from the end.
  if (text.charCodeAt(n) === 91) {
    const target = text.lastIndexOf('](');
    if (target > n && LINK_TARGET.test(text.slice(target))) return n + 1;
  }
  return n;
}

/** The line's content without leading residue and trailing whitespace/emphasis. */
export function content(text: string): string {
  const from = prefixLength(text);
  return text.slice(from, contentEnd(text, from, true));
}

/**
 * Where a line's text ends before what a converter left after it: spaces; pandoc's hard line break (\),
 * attributes ({#id .unnumbered}) and link target (](#_Toc1)); with `emphasis`, a closing **.
 * A loop over the last characters, not a regex: a regex anchored at $ is tried from every position.
 */
export function contentEnd(text: string, from: number, emphasis: boolean): number {
  let end = text.length;
  for (;;) {
    while (end > from && isLineSpace(text.charCodeAt(end - 1))) end--;
    const last = text.charCodeAt(end - 1);
    if (emphasis && last === 42 && end - from >= 2 && text.charCodeAt(end - 2) === 42) {
      end -= 2;
      emphasis = false;
    } else if (last === 92 /* \ */ && end > from) {
      end--;
    } else if (last === 125 /* } */) {
      const open = text.lastIndexOf('{', end - 1);
      if (open < from || (text[open + 1] !== '#' && text[open + 1] !== '.') || text.indexOf('}', open) !== end - 1) return end;
      end = open;
    } else if (last === 41 /* ) */ && text.charCodeAt(from - 1) === 91 /* [ */) {
      // A link's target, when the line's [ was read as a prefix.
      const target = text.lastIndexOf('](', end - 1);
      if (target < from) return end;
      end = target;
    } else return end;
  }
}

/** Spaces other than the ASCII space, TAB and U+3000: a Word export's no-break spaces, a PDF's thin spaces. (U+FEFF has no width: an invisible character, see INVISIBLE.) */
const OTHER_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f]/g;

/** OTHER_SPACES.test as a loop: twice as fast on a text without any (CJK and ASCII are outside U+00A0–U+205F), at every parse. */
function hasOtherSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa0 || c > 0x205f) continue;
    if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && (c <= 0x200a || c === 0x202f || c === 0x205f))) return true;
  }
  return false;
}

/**
 * The text the parser and the rules read: other spaces written as ASCII spaces, and a TAB after a
 * heading label as a space, one for one, so that every offset holds. The patterns that know the
 * usual spaces then read them too.
 */
export function withPlainSpaces(text: string): string {
  const spaced = hasOtherSpace(text) ? text.replace(OTHER_SPACES, ' ') : text;
  return hasLabelTab(spaced) ? untabbedLabels(spaced) : spaced;
}

/** Whether withPlainSpaces leaves a text as it is: no other space, no TAB after a label. */
export function isPlain(text: string): boolean {
  return !hasOtherSpace(text) && !hasLabelTab(text);
}

/** Is there a TAB right after a heading label at a line's start? Looked for from each TAB: most texts have few. */
function hasLabelTab(text: string): boolean {
  // The first TAB of each line only: the label opens the line.
  for (let tab = text.indexOf('\t'); tab >= 0; ) {
    const lineStart = text.lastIndexOf('\n', tab) + 1;
    if (tab - lineStart <= LABEL_MAX && LABEL_BEFORE_TAB.test(text.slice(lineStart, tab + 1))) return true;
    const lineEnd = text.indexOf('\n', tab);
    if (lineEnd < 0) return false;
    tab = text.indexOf('\t', lineEnd);
  }
  return false;
}

/** The heading labels Word numbers automatically: 一、 (一) 1. (1) 第N条; 一 alone, the 、 an export lost (一 → TAB → 总体要求). */
const WORD_LABELS = ['[一二三四五六七八九十]+、', '[一二三四五六七八九十]+', '[（(][一二三四五六七八九十]+[）)]', '\\d{1,3}[.．、]', '[（(]\\d{1,3}[）)]', '第[一二三四五六七八九十百]+[章节条]'];
/** A heading label and a TAB: Word's automatic numbering (（一）→ TAB → text). */
const LABEL_BEFORE_TAB = new RegExp(`^[ \\u3000]*(?:${WORD_LABELS.join('|')})\\t$`);
const LABEL_MAX = 16;
/** Such a label and the only TAB of its line, each kind a group of its own. */
const LABEL_KIND = new RegExp(`^[ \\u3000]*(?:${WORD_LABELS.map((l) => `(${l})`).join('|')})\\t[^\\t]*$`);
/** Rows of one table stand this close: a TAB line further from the last is not one of its rows. */
const ROW_GAP = 2;

/** The kind of LABEL_KIND that is a numeral alone (一 → TAB → 总体要求: the 、 a Word export lost). */
const BARE_NUMERAL = 2;
/** A heading's short title: no sentence punctuation (总体要求, 附则), not a sentence a numeral opens. */
const SHORT_TITLE = /^[ \u3000]*[\u4e00-\u9fff][^\t，,。；;：:！!？?、]{0,19}$/;

/**
 * Whether the line after a line's end is a row of cells no label opens (一 TAB 教育 over 1 TAB 新建中小学5所): the
 * line is the first row of a table without a header, a group row, not a heading.
 */
function opensRows(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const nl = text.indexOf('\n', end + 1);
  const next = text.slice(end + 1, nl < 0 ? text.length : nl);
  return next.includes('\t') && !LABEL_KIND.test(next);
}

/**
 * The TAB after a heading label written as a space, so that the line reads as a heading and not as
 * a row of two cells; but not in a table: after a row of other cells (a header, 序号 / 项目), the
 * lines labelled alike that follow it are its rows, until a label of another kind or a gap. After a
 * numeral alone, before a short title, the TAB stands for the 、 the export lost, and is read as one:
 * the line is a heading of the 一、 level.
 */
function untabbedLabels(text: string): string {
  const spaced: number[] = [];
  const marked = new Set<number>();
  let table: { kind?: number; lastLine: number } | undefined;
  let line = 0;
  // The next TAB, searched for again only once passed: a search from every line would cost the distance to it each time.
  let tab = text.indexOf('\t');
  for (let start = 0; start <= text.length && tab >= 0; line++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (tab < start) tab = text.indexOf('\t', start);
    if (tab >= 0 && tab < end) {
      if (table && line - table.lastLine > ROW_GAP) table = undefined;
      const m = LABEL_KIND.exec(text.slice(start, end));
      const kind = m ? m.findIndex((g, k) => k > 0 && g !== undefined) : -1;
      if (kind < 0) table = { kind: table?.kind, lastLine: line };
      // A table's labelled rows: of one kind, the first of them right under a row (a heading set off by a blank line is no row).
      else if (table && (table.kind === kind || (table.kind === undefined && line - table.lastLine === 1))) table = { kind, lastLine: line };
      else {
        table = undefined;
        spaced.push(tab);
        if (kind === BARE_NUMERAL && SHORT_TITLE.test(text.slice(tab + 1, end)) && !opensRows(text, end)) marked.add(tab);
      }
    }
    start = end + 1;
  }
  let out = '';
  let from = 0;
  for (const at of spaced) {
    out += text.slice(from, at) + (marked.has(at) ? '、' : ' ');
    from = at + 1;
  }
  return out + text.slice(from);
}

/** The characters regex \s and String.prototype.trim treat as white space. */
export const WHITE_SPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * Removes trailing characters found in `chars`. A loop, not .replace(/[…]+$/): that
 * regex retries from every position of an inner run and is quadratic on long runs.
 */
export function trimEndChars(s: string, chars = ' \t\u3000'): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** A space, tab, ideographic space (U+3000), BOM or an invisible character: what indents a line or leaves it blank. */
export function isLineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xfeff || (code >= 0x200b && code <= 0x200d) || code === 0xad || code === 0x2060;
}

/** A Markdown pipe table's row: | 1 | 任务 | 市经信局 | (at least two cells). */
export function isPipeRow(text: string): boolean {
  let a = 0;
  while (a < text.length && isLineSpace(text.charCodeAt(a))) a++;
  if (text.charCodeAt(a) !== 124) return false;
  let b = text.length - 1;
  while (b > a && isLineSpace(text.charCodeAt(b))) b--;
  return b > a && text.charCodeAt(b) === 124 && text.indexOf('|', a + 1) < b;
}

/** A row of a table: cells set off by TABs (Word, PDF) or pipes (Markdown). */
export function isTableRow(text: string): boolean {
  return text.includes('\t') || isPipeRow(text);
}

/** Blank, or only an HTML comment (suppression comments in Markdown drafts are not text). */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLineSpace(c)) continue;
    return c === 60 /* < */ && /^[ \t]*<!--.*-->[ \t]*$/.test(text);
  }
  return true;
}

/** Spaces and tabs within a line, in a regular expression's source. */
/** Invisible characters a converter leaves: zero-width space and joiners, soft hyphen, word joiner, a stray U+FEFF (a regex class's body). */
export const INVISIBLE = '\\u200b-\\u200d\\u00ad\\u2060\\ufeff';
/** What spaces a line's words apart, in a regex class's body: space, tab, ideographic space, the invisible characters. */
export const LINE_SPACE = ` \\t\\u3000${INVISIBLE}`;
export const SP = `[${LINE_SPACE}]*`;

/** Letters an OCR reads for digits: O, o, Ｏ, 〇 for 0; l, I, ｌ, Ｉ for 1. */
const LOOKALIKE_DIGITS = /[OoＯ〇lIｌＩ]/g;
export const LOOKALIKE_DIGIT_CLASS = 'OoＯ〇lIｌＩ';

/** Digits as they stand, the OCR's letters read as the digits they stand for, in half width. */
export function ocrDigits(s: string): string {
  return halfWidthDigits(s).replace(LOOKALIKE_DIGITS, (c) => ('lIｌＩ'.includes(c) ? '1' : '0'));
}

/** How many characters of s are digits, not letters read for them. */
export function realDigits(s: string): number {
  return s.length - (s.match(LOOKALIKE_DIGITS)?.length ?? 0);
}
/** An issue's number in a running header: 2018年第12期, 第 11 期, （2024 年第 10 期）, 第6期（总第150期）, 总第 202 期. */
const TOTAL_NO = `[(（]?总第${SP}\\d{1,5}${SP}期[)）]?`;
const ISSUE = `(?:[(（]?(?:\\d{4}${SP}年${SP})?第${SP}\\d{1,3}${SP}期(?:${SP}${TOTAL_NO})?[)）]?|${TOTAL_NO})`;
/**
 * What a page break leaves on a line of its own when PDF extraction keeps it: a
 * page number (33, - 9 -, —9—, 第 33 页), perhaps with the count of pages (6/30,
 * 第6页 共30页), or a running header (嘉兴市人民政府公报, 2018年第12期, both; see ISSUE).
 */
export const PAGE_ARTIFACT = `(?:[-—–－·•]${SP})?\\d{1,4}(?:${SP}[/／]${SP}\\d{1,4})?(?:${SP}[-—–－·•])?|第${SP}\\d{1,4}${SP}页(?:(?:${SP}[,，/／])?${SP}共${SP}\\d{1,4}${SP}页)?|[\\u4e00-\\u9fff]{2,14}公报(?:${SP}${ISSUE})?|${ISSUE}(?:${SP}[\\u4e00-\\u9fff]{2,14}公报)?`;
const PAGE_ARTIFACT_LINE = new RegExp(`^${SP}(?:${PAGE_ARTIFACT})${SP}$`);

/** A line holding only a page number or a running header. */
export function isPageArtifactLine(text: string): boolean {
  return text.length <= 40 && PAGE_ARTIFACT_LINE.test(text);
}

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, Ｏ: 0, O: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Parses a Chinese numeral up to 999 (一, 十二, 二十, 一百零五); NaN when it is not one. */
export function chineseToInt(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch in CN_DIGITS) current = CN_DIGITS[ch];
    else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else return NaN;
  }
  return total + current;
}

/** Digit-by-digit reading used for years: 二〇一八 → 2018. */
export function chineseDigitsToInt(s: string): number {
  let n = 0;
  for (const ch of s) {
    if (!(ch in CN_DIGITS)) return NaN;
    n = n * 10 + CN_DIGITS[ch];
  }
  return n;
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十, 105 → 一百零五. */
export function intToChinese(n: number): string {
  if (n <= 0 || n >= 1000) return String(n);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let s = h ? CN[h] + '百' : '';
  if (t) s += (t === 1 && !h ? '' : CN[t]) + '十';
  else if (h && u) s += '零';
  return s + CN[u];
}

/** A 附注 under the 成文日期 (GB/T 9704 §7.3.5.3): （此件公开发布）, （此件不公开）, （联系人：李明，电话：…）. */
export function isNoteLine(text: string): boolean {
  return /^[(（][ \t\u3000]*(?:(?:此件|本件)[^()（）]{0,16}|联系(?:人|单位|电话)[ \t\u3000]*[:：][^()（）]{1,80})[)）]$/.test(content(text));
}

/** A line of the 版记 under a document (GB/T 9704 §7.4): 抄送：…, and the 印发 line (某市人民政府办公室 2024年5月20日印发). */
export function isRecordLine(text: string): boolean {
  const c = content(text);
  if (PRINTED_LINE.test(c)) return true;
  const m = COPY_LIST.exec(c);
  // 抄送 with its colon; without it (structure/imprint reports that), only before a list of organs, not a sentence.
  return !!m && (m[2] !== '' || c.slice(m[0].length).split(/[，,、；;。.]/).every((p) => p.trim() === '' || ORGAN_END.test(p.trim())));
}

/** A 版记's list of organs: 抄送：…, 抄报：…, 分送：… (the word, its colon if any; the spaces after it). */
export const COPY_LIST = /^(抄送|抄报|分送)[ \t\u3000]*([:：]?)[ \t\u3000]*/;
/** The 版记's 印发 line: its date (in whatever numerals), then 印发. */
export const PRINTED_LINE = /年[^。，,；;]{1,14}[日曰][ \t\u3000]*印发[ \t\u3000]*$/;
/** How the name of an organ (or a group of them) ends. */
const ORGAN_END = /(?:政府|委员会|委|部门|办公室|办|机关|局|厅|院|部|会|处|室|中心|公司|监委|单位|团体|组织|队|所|站|行|社|街道|乡镇|镇)$/;

/** The first non-blank line in [from, to), if any. */
export function nextNonBlank(lines: readonly { text: string }[], from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) if (!isBlank(lines[i].text)) return i;
  return undefined;
}

/** The last non-blank line of [floor, from], going back, or undefined. */
export function previousNonBlank(lines: readonly { text: string }[], from: number, floor: number): number | undefined {
  for (let k = from; k >= floor; k--) if (!isBlank(lines[k].text)) return k;
  return undefined;
}

/** A count or label number written in Arabic digits (half- or full-width) or in Chinese numerals (二, 一百零五). */
export function numeralValue(s: string): number {
  return /^[0-9０-９]+$/.test(s) ? Number(halfWidthDigits(s)) : chineseToInt(s);
}

/** 0-9 as ０-９ (a label relabelled in the width it is written in). */
export function fullWidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** `value` written as `like` is: in digits of its width, or in Chinese (两 before a measure word: 两名, 两个, 两项). */
export function writtenLike(like: string, value: number): string {
  if (/[0-9]/.test(like)) return String(value);
  if (/[０-９]/.test(like)) return fullWidthDigits(String(value));
  return value === 2 ? '两' : intToChinese(value);
}

/** ０-９ as 0-9. Looked for first: nearly every number has none, and a replace with a function costs. */
export function halfWidthDigits(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  }
  return s;
}
