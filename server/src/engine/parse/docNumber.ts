// Finds 发文字号 (嘉政办发〔2018〕72号) in text, however the extraction bent them:
// other brackets, stray spaces, a break inside the number, a missing 号.
import type { DocNumber, DocNumberRole, Line } from '../model';
import { INVISIBLE, isBlank, isLineSpace, LINE_SPACE, LOOKALIKE_DIGIT_CLASS, PAGE_ARTIFACT, SP, halfWidthDigits, ocrDigits, realDigits } from './text';

// ﹝﹞ (small-form brackets) and 〈〉 look like 〔〕 and are what input methods often give for them.
const OPEN = '〔\\[［【(（﹝〈';
const CLOSE = '〕\\]］】)）﹞〉';
/**
 * Digits as written: half-width, or full-width from an input method, or letters an OCR read for them
 * (〔2O24〕, l2号: O for 0, l or I for 1). doc-number/format reports all but the first.
 */
const DIGIT = `[0-9０-９${LOOKALIKE_DIGIT_CLASS}]`;
// open bracket, year, close bracket, optional 第, serial, optional 号. A line
// break may fall after the close bracket (嘉政办发〔2018〕 / 9号), and a page
// number or running header between blank lines between the two
// (嘉政办发〔2018〕 / - 9 - / 9号), when what follows it is a serial with 号: a
// serial ending its line (嘉政办发〔2018〕 / 72 / 2018年12月5日) is the serial. A hard
// wrap may fall before 号 too (国发〔2024〕7 / 号）), or between two digits of the serial (〔2024〕1 / 1号）), or
// right after the opening bracket (岚政函〔 / 2025〕8号）).
// The lookahead does not start with spaces: the greedy run before it has taken
// them, and a lookahead that could take them again made a long run of spaces cost
// its length squared.
// The year's and the serial's digits, perhaps with an invisible character between two of them (4\u200b1).
const YEAR = `${DIGIT}(?:[${INVISIBLE}]?${DIGIT}){1,3}`;
const SERIAL = `${DIGIT}(?:[${INVISIBLE}]?${DIGIT}){0,4}`;
/**
 * A year a hard wrap broke between two of its digits (〔2 / 024〕, 〔20 / 19〕): the brackets close it on both sides, so
 * it is taken without 号 too, but only as a whole four-digit year (see build).
 */
const BROKEN_YEAR = `${DIGIT}{1,3}\\r?\\n${SP}${DIGIT}{1,3}`;
/** A serial a hard wrap broke between two of its digits (〔2024〕1 / 1号）): taken only with the 号 that ends it. */
const BROKEN_SERIAL = `${DIGIT}{1,3}\\r?\\n${SP}${DIGIT}{1,3}(?=${SP}号)`;
const PAGE_BETWEEN = `(?:${SP}\\r?\\n){2,3}${SP}((?:${PAGE_ARTIFACT})${SP})(?:\\r?\\n${SP}){2,3}(?=(?:第${SP})?${SERIAL}${SP}号)`;
/** A hard wrap (perhaps with a blank line) right after the opening bracket: 岚政函〔 / 2025〕8号. */
const WRAP_AFTER_OPEN = `(?:\\r?\\n${SP}){0,2}`;
/** A Markdown escape before a bracket (临政发\[2024\]5号, pandoc's): part of the bracket, which a fix replaces with it. */
const ESCAPE = '\\\\?';
const CORE = new RegExp(
  `(${ESCAPE}[${OPEN}])${SP}${WRAP_AFTER_OPEN}(${BROKEN_YEAR}|${YEAR})${SP}(${ESCAPE}[${CLOSE}])(?:${PAGE_BETWEEN})?(${ESCAPE}\\s{0,4}?)(第)?${SP}(${BROKEN_SERIAL}|${SERIAL})(?!${DIGIT}|[.%])(${SP}(?:\\r?\\n${SP})?号)?`,
  'gd',
);
// What every number starts with (CORE's first three groups): lines without it need no search.
const BRACKETED_YEAR = new RegExp(`[${OPEN}]${SP}${YEAR}${SP}${ESCAPE}[${CLOSE}]`);
const INVISIBLES = new RegExp(`[${INVISIBLE}]`, 'g');
// An issuer code ends in its series (嘉政发, 国办函, 鲁政字 …) or, for a government's
// main series, in 政, 府 or 规 (杭政, 穗府, 沪府规). Departments' codes end in anything
// (财税, 教基, 发改投资): those are taken only with 号 and a four-digit year.
const ISSUER_END = /[发函字令办电政府规]$/;
const FULL_YEAR = /^(?:19|20)\d\d$/;
const CJK = /[\u4e00-\u9fff]/;
// Words that precede a number in running text but are not part of its issuer code.
const LEADING_WORDS = /^(?:根据|按照|依据|参照|对照|关于|以及|印发|转发|文件|执行|落实|贯彻|以|和|及|与|或|即|见|据|照|为|对|的|是|按|原|经|由|在|将|并|等|号|附)/;
const MAX_ISSUER = 6;
/** What may stand on a number's line: list residue before it; the 签发人 of a report after it (GB/T 9704 §7.2.6). */
const LINE_HEAD = new RegExp(`^[${LINE_SPACE}\\ufeff#*>-]*$`);
const LINE_TAIL = new RegExp(`^[${LINE_SPACE}*]*(?:签发人[ \\t\\u3000]*[:：][^。；;，,:：]{0,30})?$`);
/** A verb inside the issuer's window ends the running text before it: 认真落实国办发〔2017〕77号 → 国办发. */
const VERB = /^.*(?:落实|贯彻|执行|根据|按照|依据|参照|对照|印发|转发|废止|关于)/;

/**
 * A number as written, for messages: a line break the extraction left inside it (嘉政办发〔2018〕 / 9号) taken
 * out, with the \ of a hard break before it (临政办发〔2024〕\ / 33号).
 */
export function shownNumber(n: DocNumber): string {
  return n.raw.replace(/\\(?=\s*\r?\n)/g, '').replace(/(?<![ \t\u3000])[ \t\u3000]*\r?\n\s*/g, '');
}

/** Every document number in text[from, to). */
export function findDocNumbers(text: string, role: DocNumberRole, from = 0, to = text.length): DocNumber[] {
  const out: DocNumber[] = [];
  const slice = text.slice(from, to);
  CORE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CORE.exec(slice))) {
    const openAt = from + m.index;
    const number = build(text, openAt, m, from, role);
    if (number) out.push(number);
  }
  return out;
}

function build(text: string, openAt: number, m: RegExpExecArray, from: number, role: DocNumberRole): DocNumber | undefined {
  // Walk left over the issuer code (CJK characters, perhaps a stray space before the bracket).
  let gap = openAt;
  while (gap > from && isLineSpace(text.charCodeAt(gap - 1))) gap--;
  let start = gap;
  while (start > from && gap - start < MAX_ISSUER + 4 && CJK.test(text[start - 1])) start--;
  let issuer = text.slice(start, gap);
  if (issuer.length > MAX_ISSUER) {
    start += issuer.length - MAX_ISSUER;
    issuer = text.slice(start, gap);
  }
  // Not a word of the sentence before it: （参照 / 某政发〔2024〕9号）.
  const head = wrappedIssuerHead(text, start, from);
  const wrapped = head && !VERB.test(head.head + issuer) && !LEADING_WORDS.test(head.head + issuer) ? head : undefined;
  if (wrapped) {
    issuer = wrapped.head + issuer;
    start = wrapped.at;
  }
  // A verb inside the window ends the running text: 认真落实国办发〔2017〕77号 → 国办发.
  const verb = wrapped ? null : VERB.exec(issuer);
  if (verb && issuer.length - verb[0].length >= 2) {
    issuer = issuer.slice(verb[0].length);
    start += verb[0].length;
  }
  for (let guard = 0; guard < 4 && !wrapped; guard++) {
    const lead = LEADING_WORDS.exec(issuer);
    if (!lead || issuer.length - lead[0].length < 2) break;
    issuer = issuer.slice(lead[0].length);
    start += lead[0].length;
  }
  const [, openWritten, yearAsWritten, closeWritten, page, , di, serialAsWritten, hao] = m;
  const open = openWritten.slice(-1);
  const close = closeWritten.slice(-1);
  const yearWritten = yearAsWritten.replace(INVISIBLES, '').replace(/\s/g, '');
  if (yearAsWritten.includes('\n') && !FULL_YEAR.test(ocrDigits(yearWritten))) return undefined;
  const serialWritten = serialAsWritten.replace(INVISIBLES, '').replace(/\s/g, '');
  // Letters for digits only among digits: 〔2O24〕 and l2号, not a bracketed word.
  if (realDigits(yearWritten) < 2 || realDigits(serialWritten) < 1) return undefined;
  const year = ocrDigits(yearWritten);
  const serial = ocrDigits(serialWritten);
  if (issuer.length < 2 || !(ISSUER_END.test(issuer) || (hao && FULL_YEAR.test(year)))) return undefined;
  const afterSerial = openAt + m[0].length;
  if (!hao) {
    // Without 号 accept the number only where it clearly ends: a bracket, a table cell, end of line.
    const next = text[afterSerial];
    if (next !== undefined && !/[)）〕\]】|\t\r\n 、,，;；]/.test(next)) return undefined;
  }
  const at = (k: number) => from + m.indices![k][0];
  const yearAt = at(2);
  const closeAt = at(3);
  const serialAt = at(7);
  // As written, but for the page number.
  const raw = page ? text.slice(start, at(4)) + text.slice(at(4) + page.length, afterSerial) : text.slice(start, afterSerial);
  const serialValue = Number(serial);
  return {
    range: { start, end: afterSerial },
    raw,
    issuer,
    issuerRange: { start, end: wrapped ? gap : start + issuer.length },
    year,
    yearRange: { start: yearAt, end: yearAt + yearAsWritten.length },
    open,
    close,
    openRange: { start: openAt, end: openAt + openWritten.length },
    closeRange: { start: closeAt, end: closeAt + closeWritten.length },
    serial,
    serialRange: { start: serialAt, end: serialAt + serialAsWritten.length },
    hasDi: !!di,
    hasHao: !!hao,
    hasSpace: /\s/.test(raw),
    fullWidthDigits: halfWidthDigits(yearWritten) !== yearWritten || halfWidthDigits(serialWritten) !== serialWritten,
    lookalikeDigits: realDigits(yearWritten + serialWritten) < yearWritten.length + serialWritten.length,
    key: `${issuer}〔${year}〕${serialValue}号`,
    role,
  };
}

/**
 * The head of an issuer code a hard-wrapped line split right after the bracket around the number:
 * （临 / 政办发〔2024〕41号）. Only after that bracket: elsewhere the line before ends in running text.
 */
function wrappedIssuerHead(text: string, start: number, from: number): { head: string; at: number } | undefined {
  if (text[start - 1] !== '\n') return undefined;
  const brk = text[start - 2] === '\r' ? start - 2 : start - 1;
  let k = brk;
  while (k > from && brk - k < 4 && CJK.test(text[k - 1])) k--;
  if (k === brk || k <= from || !/[（(]/.test(text[k - 1])) return undefined;
  return { head: text.slice(k, brk), at: k };
}

/** Two numbers with only spaces (or a 、 or comma) between them: a joint document's numbers (临人社发〔2024〕11号　临财社〔2024〕26号). */
export function sideBySide(text: string, a: DocNumber, b: DocNumber): boolean {
  return b.range.start > a.range.end && /^[ \t\u3000、，,]+$/.test(text.slice(a.range.end, b.range.start));
}

/** The number an entry gives: its last, or the first of a joint document's numbers side by side. */
export function entryNumber(text: string, numbers: readonly DocNumber[]): DocNumber | undefined {
  const last = numbers[numbers.length - 1];
  const before = numbers[numbers.length - 2];
  return before && last && sideBySide(text, before, last) ? before : last;
}

/** A line that holds a number up to its year's closing bracket, and nothing after it: 临政办发〔2024〕. */
const NUMBER_HEAD = new RegExp(`[\\u4e00-\\u9fff]${SP}${ESCAPE}[${OPEN}]${SP}${YEAR}${SP}${ESCAPE}[${CLOSE}]${SP}${ESCAPE}$`);
/** The rest of it on a line of its own: 14号, 第14号. */
const NUMBER_TAIL = new RegExp(`^[${LINE_SPACE}]*(?:第${SP})?${SERIAL}${SP}号[${LINE_SPACE}]*$`);

/** Whether a line may be the first half of a number an extraction split over two lines (see splitDocNumber). */
export function lineIsNumberHead(lineText: string): boolean {
  // Cheap test first: the line ends with a closing bracket (or the \ of a hard break after one).
  let end = lineText.length;
  while (end > 0 && isLineSpace(lineText.charCodeAt(end - 1))) end--;
  const last = lineText[end - 1];
  // (CLOSE holds the \ of an escape too.)
  if (last === undefined || !CLOSE.includes(last)) return false;
  return BRACKETED_YEAR.test(lineText) && NUMBER_HEAD.test(lineText);
}

/**
 * A number standing alone over two lines, as an extraction may split it (临政办发〔2024〕 / 14号,
 * perhaps with a blank line between): the number and the line of its serial.
 */
export function splitDocNumber(text: string, lines: readonly Line[], at: number, to: number): { number: DocNumber; line: number } | undefined {
  let next = at + 1;
  while (next < to && next <= at + 2 && isBlank(lines[next].text)) next++;
  if (next >= to || next > at + 2 || !NUMBER_TAIL.test(lines[next].text)) return undefined;
  const found = findDocNumbers(text, 'document', lines[at].start, lines[next].end);
  if (found.length !== 1 || found[0].range.end <= lines[next].start) return undefined;
  return LINE_HEAD.test(text.slice(lines[at].start, found[0].range.start)) ? { number: found[0], line: next } : undefined;
}

/** A number standing alone on a line (perhaps wrapped in brackets or list residue). */
export function lineIsDocNumber(text: string, lineStart: number, lineText: string): DocNumber | undefined {
  if (!BRACKETED_YEAR.test(lineText)) return undefined;
  const found = findDocNumbers(text, 'document', lineStart, lineStart + lineText.length);
  // A joint document may print each organ's number side by side: the first, the lead organ's, is its own.
  if (found.length === 0 || found.length > 2 || (found.length === 2 && !sideBySide(text, found[0], found[1]))) return undefined;
  const n = found[0];
  const before = text.slice(lineStart, n.range.start);
  const after = text.slice(found[found.length - 1].range.end, lineStart + lineText.length);
  if (!LINE_HEAD.test(before) || !LINE_TAIL.test(after)) return undefined;
  return n;
}
