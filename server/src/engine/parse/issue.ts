// Parses a whole gazette issue in one pass: masthead, table of contents, the
// documents of the body (each parsed alone from its own line range), the
// 发文目录 and the colophon.
import type { DocNumber, GazetteDocument, Issue, Line, TocEntry } from '../model';
import { lineIsDate } from './dates';
import { parseDirectory, isDirectoryHeading } from './directory';
import { isTitleLike, parseDocument, type DocumentStart } from './document';
import { appointmentsTitle } from './appointments';
import { attachmentLabel, isAttachmentNote } from './attachments';
import { findDocNumbers, lineIsDocNumber, lineIsNumberHead, splitDocNumber } from './docNumber';
import { nextHeadingGeneration, parseHeadingLabel } from './headings';
import { splitLines } from './lines';
import { mastheadEnd, parseMasthead } from './masthead';
import { isSectionName, isTocHeader, isYearIndexHeading, parseToc, yearIndexEnd } from './toc';
import { content, isBlank, withPlainSpaces, isNoteLine, isPageArtifactLine, isRecordLine, isTableRow, nextNonBlank, normalize, previousNonBlank } from './text';
import { TextCache } from '../textCache';
import { append } from '../arrays';
import { Prefixes } from '../prefixes';

const TOC_SEARCH_LINES = 400;
const COLOPHON = /^(主办单位|主\s*办|编\s*辑|编印|出版单位|地\s*址|准印证|印刷单位|发放对象|邮\s*编|联系电话)[:：]/;
const SECTION_HEADER = /^【([^【】]{2,20})】/;
/** A decree's header (杭州市人民政府令) and, on one of the next lines, its number (第345号). */
const DECREE_HEADER = /^[\u4e00-\u9fff]{2,24}(?:人民政府|政府)令$/;
const DECREE_NUMBER = /^[(（]?第\d{1,5}号[)）]?$/;
/** A 公告 or 通告 numbered in its own series: 某市人民政府公告 / 2024年第1号. */
const ANNOUNCEMENT_HEADER = /^[\u4e00-\u9fff]{2,30}(?:公告|通告)$/;
const ANNOUNCEMENT_NUMBER = /^[(（]?(?:\d{4}年)?第\d{1,5}号[)）]?$/;
const INTERPRETATION = /^关于《.+》的?(?:(政策)?解读|(?:起草|制定|修订)说明)$|^《.+》(?:(政策)?解读|(?:起草|制定|修订)说明)$|.{2,}政策解读$|^(?:一图读懂|一图看懂|图解|图说)[:：]?《.+》$/;
/** A piece in questions and answers: 《…》政策问答, …问答, (…负责人)就《…》答记者问. Gazettes print them as 政策解读. */
const QUESTIONS_AND_ANSWERS = /^.{2,58}(?:问答|答记者问)$/;
/** The title of a drafting note (…的起草说明, 《…》制定说明), an interpretation's title only when it stands alone. */
const EXPLANATION_TITLE = /(?:起草|制定|修订)[ \t\u3000]*说[ \t\u3000]*明[ \t\u3000*]*$/;
/** 解读 (or 读懂, 看懂, 图解, 图说) with what normalize removes between the two characters. */
const MAY_BE_INTERPRETATION = /(?:解|读|看)[ \t\u3000\n\r\u00a0\ufeff*]*(?:读|懂)|(?:图|说)[ \t\u3000\n\r\u00a0\ufeff*]*(?:解|说|明)/;

export function parseIssue(text: string): Issue {
  return parseIssueWith(withPlainSpaces(text), parseDocument);
}

/** parseIssue with each document parsed by `parseDoc` (./incremental reuses unchanged ones), and the text's lines if known. */
export function parseIssueWith(text: string, parseDoc: typeof parseDocument, lines: Line[] = splitLines(text)): Issue {
  lineFacts.nextGeneration();
  nextHeadingGeneration();
  const issue: Issue = { text, lines, documents: [], paragraphs: [], citations: [], numbers: [] };

  let bodyFrom = 0;
  const tocLine = findTocHeader(text, lines);
  if (tocLine >= 0) {
    const { toc, next } = parseToc(text, lines, tocLine);
    issue.toc = toc;
    bodyFrom = next;
    issue.masthead = parseMasthead(text, lines, tocLine);
    for (const e of toc.entries) if (e.number) issue.numbers.push(e.number);
  } else {
    // A masthead with the first document right under it, no 目录 between.
    const end = mastheadEnd(lines);
    if (end > 0) {
      issue.masthead = parseMasthead(text, lines, end);
      bodyFrom = end;
    }
  }
  const colophonFrom = findColophon(text, lines, bodyFrom);
  if (colophonFrom < lines.length) issue.colophon = { start: lines[colophonFrom].start, end: text.length };

  const facts: LineFacts[] = new Array(Math.max(0, colophonFrom - bodyFrom));
  for (let i = bodyFrom; i < colophonFrom; i++) facts[i - bodyFrom] = lineFacts.get(lines[i].text, factsOf);
  // The 发文目录 is a section of its own.
  let directoryLine = -1;
  let directoryHeadingTo = -1;
  for (let k = 0; k < facts.length; k++) if (facts[k].directory) directoryLine = directoryHeadingTo = bodyFrom + k;
  // A heading a hard wrap split before 发文目录: 2024年10月份市政府、市政府办公室 / 发文目录.
  if (directoryLine > bodyFrom && wrappedDirectoryHeading(lines[directoryLine - 1].text, lines[directoryLine].text, true)) directoryLine--;
  if (directoryLine < 0) {
    // A heading a hard wrap split: …发文目 / 录.
    for (let i = bodyFrom; i + 1 < colophonFrom && directoryLine < 0; i++) {
      if (lines[i].text.includes('发') && wrappedDirectoryHeading(lines[i].text, lines[i + 1].text)) directoryLine = i;
    }
    directoryHeadingTo = directoryLine >= 0 ? directoryLine + 1 : -1;
  }
  // A list written one cell per line puts each number alone on a line, under the title of the row before:
  // its lines start no document.
  const list = directoryLine >= 0 ? parseDirectory(text, lines, directoryLine, colophonFrom, directoryHeadingTo) : undefined;
  const reserved: LineSpan[] = list?.cellLines ? [{ from: directoryLine, to: list.next }] : [];
  // A year's index (2024年总目录) lists the year's documents: its entries start none.
  for (let k = 0; k < facts.length; k++) {
    if (!facts[k].yearIndex) continue;
    const next = yearIndexEnd(lines, bodyFrom + k);
    if (next <= bodyFrom + k + 1) continue;
    reserved.push({ from: bodyFrom + k + 1, to: next });
    k = next - bodyFrom - 1;
  }
  const starts = findDocumentStarts(text, lines, bodyFrom, facts, issue.toc?.entries ?? [], reserved);
  const boundaries = starts.map((s) => s.from);
  if (directoryLine >= 0) boundaries.push(directoryLine);
  boundaries.push(colophonFrom);
  boundaries.sort((a, b) => a - b);
  const nextBoundary = (line: number) => boundaries.find((b) => b > line) ?? colophonFrom;

  for (const start of starts) {
    const to = nextBoundary(start.from);
    const parsed = parseDoc(text, lines, start, to);
    issue.documents.push(parsed.document);
    append(issue.paragraphs, parsed.paragraphs);
    append(issue.citations, parsed.citations);
    if (parsed.document.number) issue.numbers.push(parsed.document.number);
    append(issue.numbers, parsed.numbers);
  }
  if (directoryLine >= 0) {
    const { directory } = list?.cellLines ? list : parseDirectory(text, lines, directoryLine, nextBoundary(directoryLine), directoryHeadingTo);
    issue.directory = directory;
    for (const row of directory.rows) if (row.number) issue.numbers.push(row.number);
  }
  // Numbers outside any document (a preface, a fragment of a draft) still count.
  let covered = bodyFrom < lines.length ? lines[bodyFrom].start : text.length;
  const spans = [...issue.documents.map((d) => d.range), ...(issue.directory ? [issue.directory.range] : [])].sort((a, b) => a.start - b.start);
  const bodyEnd = issue.colophon?.start ?? text.length;
  for (const r of [...spans, { start: bodyEnd, end: bodyEnd }]) {
    if (r.start > covered) append(issue.numbers, findDocNumbers(text, 'citation', covered, Math.min(r.start, bodyEnd)));
    covered = Math.max(covered, r.end);
  }
  assignSections(issue);
  issue.numbers.sort((a, b) => a.range.start - b.range.start);
  return issue;
}

/**
 * Two lines that read as a 发文目录 heading joined: the second a short tail of it (录, 目录), or, `whole`, the
 * second the heading's last words alone (发文目录) under a first that names the month and the organs.
 */
function wrappedDirectoryHeading(first: string, second: string, whole = false): boolean {
  const head = content(first);
  const tail = content(second);
  if (isBlank(first) || isDirectoryHeading(first) || !isDirectoryHeading(head + tail)) return false;
  return whole ? /^发文目录/.test(tail) && /(?:月份?|政府|办公室|部门|、)$/.test(head) && head.length <= 40 : tail.length > 0 && tail.length <= 4;
}

/** The issue's 目录: the first among the first lines, unless it is a plan's own (see ownContents). */
function findTocHeader(text: string, lines: readonly Line[]): number {
  const limit = Math.min(lines.length, TOC_SEARCH_LINES);
  for (let i = 0; i < limit; i++) if (isTocHeader(lines[i].text)) return ownContents(text, lines, i) ? -1 : i;
  return -1;
}

/**
 * A 目录 a document prints of its own chapters (a 规划纲要's), not the issue's: its first entry is a chapter or a
 * section (第一章, 第一节), which no document's title is (an issue's 目录 may group its entries under 第一部分); or a
 * document is printed above it (a 发文字号 alone on a line, a sentence), which no masthead has.
 */
function ownContents(text: string, lines: readonly Line[], header: number): boolean {
  const first = nextNonBlank(lines, header + 1, lines.length);
  const kind = first !== undefined ? parseHeadingLabel(lines[first].text)?.kind : undefined;
  if (kind === 'chapter' || kind === 'section') return true;
  for (let i = 0; i < header; i++) {
    const c = content(lines[i].text);
    if ((c.length > 30 && /[。；]$/.test(c)) || lineIsDocNumber(text, lines[i].start, lines[i].text)) return true;
  }
  return false;
}

/**
 * The colophon at the end (主办单位：…): the first colophon line among the last 40. A 成文日期 alone on a line
 * below is a document's 落款: a 联系电话： above it is that document's (a 公告's 联系方式), no colophon.
 */
function findColophon(text: string, lines: readonly Line[], floor: number): number {
  let from = lines.length;
  // Non-blank lines after the last colophon line: the colophon ends the issue, give or take a few lines
  // (a 联系电话： under a document's 落款, with the 发文目录 after it, is the document's).
  let after = 0;
  let signedBelow = false;
  for (let i = lines.length - 1; i >= Math.max(floor, lines.length - 40); i--) {
    const c = content(lines[i].text);
    if (from === lines.length && lineIsDate(text, lines[i].start, lines[i].text)) signedBelow = true;
    if (COLOPHON.test(c) && !continuesLineAbove(lines, i) && !signedBelow) from = i;
    else if (from < lines.length && !isBlank(c) && i < from - 3) break;
    // Short "label：value" lines (电话：, 传真：, 网址：, 印刷：) end a colophon too.
    else if (from === lines.length && !isBlank(c) && !/^[\u4e00-\u9fff]{1,6}[ \t]*[:：]/.test(c) && ++after > 3) break;
  }
  return from;
}

/**
 * A line right under one that ends inside a sentence (…请与某科联系（ / 联系电话：…）。): a paragraph wrapped there,
 * not a colophon line of its own.
 */
function continuesLineAbove(lines: readonly Line[], i: number): boolean {
  return i > 0 && /[（(《“，,、：:]$/.test(content(lines[i - 1].text));
}

/**
 * The last line of a joint document's numbers printed one under another (某区政办发〔2024〕12号 / 某区财农〔2024〕5号):
 * the lines right under the first that hold a number alone.
 */
function partnerLinesEnd(text: string, lines: readonly Line[], at: number, to: number): number {
  let last = at;
  while (last + 1 < to && last - at < 3 && lineIsDocNumber(text, lines[last + 1].start, lines[last + 1].text)) last++;
  return last;
}

/** `facts`: of the lines from `from` to the end of the body; `reserved`: lines no document starts in. */
function findDocumentStarts(text: string, lines: readonly Line[], from: number, facts: readonly LineFacts[], tocEntries: readonly TocEntry[], reserved: readonly LineSpan[]): DocumentStart[] {
  const to = from + facts.length;
  const starts: DocumentStart[] = [];
  let floor = from;
  // TOC entries without a number (人事任免, 政策解读 …) name numberless documents.
  const unnumbered = new Prefixes(tocEntries.filter((e) => !e.number).map((e) => stripSection(e.title.norm)).filter((n) => n.length >= 4));
  // Whether a document's end (its 成文日期, its 版记) stands between the last start and a line: each line read once.
  let ends = { floor: -1, next: 0, found: false };
  const endedBefore = (i: number) => {
    if (ends.floor !== floor) ends = { floor, next: floor, found: false };
    for (; !ends.found && ends.next < i; ends.next++) ends.found = isDateLine(lines[ends.next]) || isRecordLine(lines[ends.next].text);
    return ends.found;
  };
  const spans = [...reserved].sort((a, b) => a.from - b.from);
  let s = 0;
  for (let i = from; i < to; i++) {
    while (s < spans.length && spans[s].to <= i) s++;
    const span = s < spans.length && spans[s].from <= i ? spans[s] : undefined;
    if (span) {
      i = span.to - 1;
      floor = span.to;
      continue;
    }
    const line = lines[i];
    const f = facts[i - from];
    if (f.blank) continue;
    const number = f.numberShape ? lineIsDocNumber(text, line.start, line.text) : undefined;
    // A number an extraction split over two lines (临政办发〔2024〕 / 14号).
    const split = !number && f.numberHead ? splitDocNumber(text, lines, i, to) : undefined;
    if (number || split) {
      const title = blockBefore(lines, i - 1, floor);
      if (!title) continue;
      const pre = title.pre ?? preTitleBefore(text, lines, title.from - 1, floor);
      const numberLine = partnerLinesEnd(text, lines, split?.line ?? i, to);
      starts.push({ kind: 'document', from: pre?.from ?? title.from, titleFrom: title.from, titleTo: title.to, preTitle: pre, numberLine, number: number ?? split!.number });
      floor = numberLine + 1;
      i = numberLine;
      continue;
    }
    if (f.serial) {
      const numberLine = nextNonBlank(lines, i + 1, Math.min(to, i + 7));
      const serial = numberLine === undefined ? '' : content(lines[numberLine].text).replace(/[ \t\u3000]/g, '');
      if (numberLine !== undefined && (f.serial === 'decree' ? DECREE_NUMBER : ANNOUNCEMENT_NUMBER).test(serial)) {
        starts.push({ kind: f.serial, from: i, titleFrom: i, titleTo: numberLine });
        floor = numberLine + 1;
        i = numberLine;
        continue;
      }
      // A 公告 or 通告 with no number of its own (某市人民政府关于征收…的公告): alone after a document's end, announcing.
      const titleFrom = f.serial === 'announcement' ? wrappedTitleStart(lines, i, floor) : i;
      if (f.serial === 'announcement' && standsAlone(lines, titleFrom, floor, endedBefore) && announcesBelow(lines, i + 1, to)) {
        starts.push({ kind: 'announcement', from: titleFrom, titleFrom, titleTo: i });
        floor = i + 1;
        continue;
      }
    }
    if (!f.candidate) continue;
    // The 目录's title of a numberless piece, on this line or over two (人事任免 / （2024年3月份）).
    const periodLine = unnumbered.size > 0 && f.titleShaped ? periodUnder(lines, i, to, keyOf(f, line.text), unnumbered) : undefined;
    const wrapped = periodLine === undefined && unnumbered.size > 0 ? wrappedTitleEnd(lines, i, to, keyOf(f, line.text), unnumbered) : undefined;
    // The 发文目录's heading a wrap broke (…发文目 / 录) is the directory's, which is no document.
    const wrappedTitle = wrapped !== undefined ? lines.slice(i, wrapped + 1).map((l) => content(l.text)).join('') : '';
    const wrappedEnd = wrapped !== undefined && isDirectoryHeading(wrappedTitle) ? undefined : wrapped;
    const fromToc = periodLine !== undefined || wrappedEnd !== undefined || (unnumbered.size > 0 && unnumbered.startKey(keyOf(f, line.text)));
    // A 起草说明 may be a notice's attachment (附件2 / 关于《…（征求意见稿）》的起草说明): a piece of its own only where it stands alone.
    const interpretation = f.interpretation && isTitleLike(lines, i, i) && (!EXPLANATION_TITLE.test(line.text) || standsAlone(lines, i, floor, endedBefore));
    // A piece in questions and answers the 目录 does not list: its title alone on a line after a document's end or
    // under a 政策解读 section's name (not a plan's heading, not the title of a notice's attachment).
    const questions = f.questions && !parseHeadingLabel(line.text) && isTitleLike(lines, i, i) && standsAlone(lines, i, floor, endedBefore);
    // A 人事任免 known by its shape; a further one right after it (江北区人民政府任免国家工作人员) is a part of it.
    const byShape = f.appointments && f.titleShaped && !f.section && !fromToc && starts[starts.length - 1]?.kind !== 'appointments';
    const appointments = byShape && !parseHeadingLabel(line.text) ? appointmentsTitle(lines, i, to) : undefined;
    // A plan printed alone where the body begins (no notice above it, no 目录 entry naming it).
    const plan = f.titleShaped && starts.length === 0 && previousNonBlank(lines, i - 1, floor) === undefined && isPlanAlone(lines, i, to);
    if (f.section || fromToc || f.yearIndex || interpretation || questions || plan || appointments !== undefined || (f.titleShaped && isNumberlessPiece(lines, i, floor, to))) {
      // Not when the line is the title of a numbered document right below.
      if (nextNonBlankIsNumber(text, lines, i + 1, to)) continue;
      const explains = f.explains || (wrappedEnd !== undefined && wrappedTitle.includes('解读'));
      const kind = f.appointments ? 'appointments' : interpretation || questions || explains ? 'interpretation' : 'other';
      // A column's name alone (【市政府人事任免】) over the piece's own title (市政府人事任免（2024年8月份）): the piece starts at
      // the name, and the title is the line under it.
      const title = f.section ? titleUnderSection(lines, i, to) : undefined;
      const titleTo = title ?? periodLine ?? wrappedEnd ?? appointments ?? i;
      starts.push({ kind, from: i, titleFrom: title ?? i, titleTo });
      floor = titleTo + 1;
      i = titleTo;
    }
  }
  return starts;
}

/**
 * The last line of a numberless piece's title a wrap broke (《…》政策 / 解读), where the lines joined make the title the
 * 目录 gives, and no line alone does.
 */
function wrappedTitleEnd(lines: readonly Line[], i: number, to: number, key: string, titles: Prefixes): number | undefined {
  if (key.length < 6 || titles.startKey(key) || !titles.startedBy(key)) return undefined;
  let joined = key;
  for (let j = i + 1; j < Math.min(to, i + 3) && !isBlank(lines[j].text); j++) {
    joined += stripSection(normalize(content(lines[j].text)));
    if (titles.startKey(joined)) return j;
    if (!titles.startedBy(joined)) return undefined;
  }
  return undefined;
}

/** The line under a title that the 目录 gives with the period it covers: 人事任免 / （2024年3月份）. */
function periodUnder(lines: readonly Line[], i: number, to: number, key: string, titles: Prefixes): number | undefined {
  if (titles.startKey(key) || !titles.startedBy(key)) return undefined;
  const next = nextNonBlank(lines, i + 1, Math.min(to, i + 3));
  if (next === undefined) return undefined;
  const period = normalize(content(lines[next].text));
  // In brackets, or bare where the 目录 has it in brackets (纪要 / 第 8 期 for …纪要（第8期）).
  const bracketed = /^\(.{1,16}\)$/.test(period) ? period : period.length <= 16 && !/[()]/.test(period) ? `(${period})` : undefined;
  return bracketed !== undefined && titles.startKey(key + bracketed) ? next : undefined;
}

/**
 * The line under a column's name alone that repeats its last words (人事任免, 政策解读): the piece's title. Under
 * 政策解读 (解读), any title is the piece's: …政策问答, …答记者问.
 */
function titleUnderSection(lines: readonly Line[], i: number, to: number): number | undefined {
  const name = /^【([^【】]{2,20})】$/.exec(content(lines[i].text))?.[1];
  const next = name === undefined ? undefined : nextNonBlank(lines, i + 1, to);
  if (next === undefined) return undefined;
  const title = content(lines[next].text);
  if (title.startsWith('【')) return undefined;
  if (title.length <= 40 && (title.includes(name!.slice(-4)) || isPlanAlone(lines, next, to))) return next;
  return name!.endsWith('解读') && title.length <= 60 && isTitleLike(lines, next, next) && !parseHeadingLabel(lines[next].text) ? next : undefined;
}

/** A title alone on its line under a 政策解读 section's name, or after a document's end and not under a 附件 label. */
function standsAlone(lines: readonly Line[], i: number, floor: number, endedBefore: (i: number) => boolean): boolean {
  const prev = previousNonBlank(lines, i - 1, floor);
  if (prev !== undefined && isSectionName(lines[prev].text) && lines[prev].text.includes('解读')) return true;
  return (prev === undefined || !attachmentLabel(lines[prev].text)) && endedBefore(i);
}

/**
 * Where a title that ends on line `i` starts: up to two lines right above it (no blank line between) that a wrap cut
 * from it (某市人民政府关于征收某街道东岭村 / 集体土地的公告), words only, no date and no mark of a sentence.
 */
function wrappedTitleStart(lines: readonly Line[], i: number, floor: number): number {
  let from = i;
  while (from > floor && i - from < 2) {
    const above = content(lines[from - 1].text);
    if (!/^[\u4e00-\u9fff“”《》（）()、]{4,40}$/.test(above) || isDateLine(lines[from - 1]) || /(?:人民政府|办公室|公告|通告|通知)$/.test(above)) break;
    from--;
  }
  return from;
}

/** How a 公告 or 通告 announces: 特此公告, 现予公告, 现将有关事项通告如下. */
const ANNOUNCES = /特此(?:公|通)告|现予(?:公|通)告|(?:公|通)告如下/;
/** Lines a numberless 公告 is read for its announcing words, up to its date. */
const ANNOUNCEMENT_LOOK = 80;

/** Whether the lines from `from` announce (ANNOUNCES) before the first date line, within ANNOUNCEMENT_LOOK lines. */
function announcesBelow(lines: readonly Line[], from: number, to: number): boolean {
  for (let j = from; j < to && j < from + ANNOUNCEMENT_LOOK; j++) {
    if (ANNOUNCES.test(lines[j].text)) return true;
    if (isDateLine(lines[j])) return false;
  }
  return false;
}

/** A numberless piece's title: a plan's (…实施方案, …规划, …行动计划（2025—2027年）, …工作要点), a report's (…统计公报). */
const PLAN_TITLE = /(?:方案|规划|计划|纲要|要点|公报|报告)(?:[(（][^()（）]{2,20}[)）])?$/;

/**
 * Whether line i is the title of a plan (or a report) printed alone: such a title, no heading itself, with the plan's headings
 * under it (一、…, 第一章…, after a preamble or not) before any document's number (a notice's title under it).
 */
function isPlanAlone(lines: readonly Line[], i: number, to: number): boolean {
  if (!PLAN_TITLE.test(content(lines[i].text)) || parseHeadingLabel(lines[i].text) || !isTitleLike(lines, i, i)) return false;
  let seen = 0;
  for (let j = i + 1; j < to && seen < PLAN_LOOK; j++) {
    const line = lines[j].text;
    if (isBlank(line)) continue;
    seen++;
    if (lineIsDocNumber(line, 0, line) !== undefined) return false;
    if (parseHeadingLabel(line)) return true;
  }
  return false;
}

/** How many non-blank lines under a plan's title its first heading may be: a preamble of a few paragraphs. */
const PLAN_LOOK = 6;

/** A speech's subtitle: ——2024年1月10日在某市第十六届人民代表大会第四次会议上, ——在全市…会议上的讲话. */
const SPEECH_SUBTITLE = /^——.{0,60}(?:会议|大会|讲话|报告|发言)/;
const CHRONICLE = /大事记(?:[(（][^()（）]{2,16}[)）])?$/;

/**
 * A piece without a number that names itself, where no 目录 does: a report or speech with its
 * subtitle under it (政府工作报告 / ——2024年1月10日在…会议上), a 大事记 (not an attachment's title).
 */
function isNumberlessPiece(lines: readonly Line[], i: number, floor: number, to: number): boolean {
  // Cheap tests first: this is asked of every short line.
  const text = lines[i].text;
  const next = nextNonBlank(lines, i + 1, Math.min(to, i + 4));
  const speech = next !== undefined && lines[next].text.includes('——') && SPEECH_SUBTITLE.test(content(lines[next].text));
  if (!speech && !text.includes('大事记')) return false;
  if (parseHeadingLabel(text) || !isTitleLike(lines, i, i)) return false;
  if (speech) return true;
  if (!CHRONICLE.test(content(text))) return false;
  const prev = previousNonBlank(lines, i - 1, floor);
  return prev === undefined || !attachmentLabel(lines[prev].text);
}


/** What the outline needs to know of a line, from its text alone. */
interface LineFacts {
  blank: boolean;
  /** Holds one document number alone (whose offsets lineIsDocNumber then finds). */
  numberShape: boolean;
  /** Holds a number's first half, up to its year: 临政办发〔2024〕 (see splitDocNumber). */
  numberHead: boolean;
  /** Could start a numberless document: not too long, not the 发文目录 heading. */
  candidate: boolean;
  directory: boolean;
  /** 【section】 at the start. */
  section: boolean;
  /** The header of a document numbered in its own series: 杭州市人民政府令, 某市人民政府公告. */
  serial: 'decree' | 'announcement' | undefined;
  /** Normalized, without 【】: compared with the titles of numberless TOC entries. Read it through keyOf, which fills it in. */
  key: string | undefined;
  interpretation: boolean;
  /** Short and without sentence marks: may be a numberless piece's title (see isNumberlessPiece). */
  titleShaped: boolean;
  appointments: boolean;
  explains: boolean;
  /** Shaped as the title of a piece in questions and answers (see QUESTIONS_AND_ANSWERS). */
  questions: boolean;
  /** The heading of a year's index in the last issue: 某市人民政府公报2024年总目录. */
  yearIndex: boolean;
}

/** Lines [from, to). */
interface LineSpan {
  from: number;
  to: number;
}


function factsOf(lineText: string): LineFacts {
  const c = content(lineText);
  const directory = isDirectoryHeading(lineText);
  const candidate = c.length <= 160 && !directory;
  return {
    blank: isBlank(lineText),
    numberShape: lineIsDocNumber(lineText, 0, lineText) !== undefined,
    numberHead: lineIsNumberHead(lineText),
    candidate,
    directory,
    section: SECTION_HEADER.test(c),
    serial: serialHeader(c),
    key: undefined,
    // Every form of INTERPRETATION ends in 解读 or 说明 (or names a picture), which normalizing may only close up: most lines need no normalizing.
    interpretation: candidate && MAY_BE_INTERPRETATION.test(c) && INTERPRETATION.test(normalize(c)),
    titleShaped: c.length >= 4 && c.length <= 40 && !/[。；;，,：:！？!?]/.test(c),
    appointments: /任免/.test(c),
    explains: /解读/.test(c),
    questions: candidate && c.length <= 60 && c.includes('答') && !/[。；;，,：:！？!?]/.test(c) && QUESTIONS_AND_ANSWERS.test(normalize(c)),
    yearIndex: isYearIndexHeading(c),
  };
}

function serialHeader(c: string): LineFacts['serial'] {
  if (c.endsWith('令')) return DECREE_HEADER.test(c.replace(/[ \t\u3000]/g, '')) ? 'decree' : undefined;
  if (c.endsWith('公告') || c.endsWith('通告')) return ANNOUNCEMENT_HEADER.test(c.replace(/[ \t\u3000]/g, '')) ? 'announcement' : undefined;
  return undefined;
}

/** A line's key, normalized when first asked for: most issues have no numberless TOC entry to compare it with. */
function keyOf(f: LineFacts, lineText: string): string {
  return (f.key ??= f.candidate ? stripSection(normalize(content(lineText))) : '');
}

/** Facts of the lines of recent parses: re-parsing after an edit finds nearly all of them again. */
const lineFacts = new TextCache<LineFacts>();

function stripSection(norm: string): string {
  return norm.replace(/[【】]/g, '');
}

function nextNonBlankIsNumber(text: string, lines: readonly Line[], from: number, to: number): boolean {
  for (let i = from; i < to && i < from + 6; i++) {
    if (isBlank(lines[i].text)) continue;
    if (lineIsDocNumber(text, lines[i].start, lines[i].text)) return true;
    if (lineIsNumberHead(lines[i].text) && splitDocNumber(text, lines, i, to)) return true;
    if (!isTitleLike(lines, i, i)) return false;
  }
  return false;
}

/**
 * The title block right above a number line: consecutive title-like lines; with `pre`, the lines above the
 * title in that block that are the plan's title (see startsOwnTitle).
 */
function blockBefore(lines: readonly Line[], from: number, floor: number): { from: number; to: number; pre?: { from: number; to: number } } | undefined {
  let i = from;
  // A page's number or running header between the title and its number is neither's.
  while (i >= floor && (isBlank(lines[i].text) || isPageArtifactLine(lines[i].text))) i--;
  if (i < floor) return undefined;
  const to = i;
  // Right above a number, a title with a stray mark at its end is still the title (typography/title-punctuation reports it).
  while (i - 1 >= floor && to - (i - 1) < 3 && !isBlank(lines[i - 1].text) && isTitleLike(lines, i - 1, to, true) && !endsPrevious(lines[i - 1])) i--;
  if (!isTitleLike(lines, i, to, true) || parseHeadingLabel(lines[i].text)) return undefined;
  // Without blank lines, the plan's title (and its author) may sit right above the notice's: the notice's starts its own line.
  for (let k = i + 1; k <= to; k++) {
    if (!startsOwnTitle(lines, k)) continue;
    // The plan's author (市总工会) between the two titles is neither's.
    const author = k - 1 > i && isAuthorLine(content(lines[k - 1].text));
    return { from: k, to, pre: { from: i, to: author ? k - 2 : k - 1 } };
  }
  const start = brokenTitleStart(lines, i, to, floor);
  return { from: start === i ? titleAcrossPage(lines, i, to, floor) : start, to };
}

/**
 * The previous document's last lines: its date and 附注, its 版记, a section's name, a page's number, its 附件
 * note (可登陆…网址), a labelled line closing minutes (出席：… 列席：…).
 */
function endsPrevious(line: Line): boolean {
  return (
    isDateLine(line) || isNoteLine(line.text) || isRecordLine(line.text) || isSectionName(line.text) || isPageArtifactLine(line.text) ||
    isAttachmentNote(content(line.text)) || line.text.includes('http') || LABELLED.test(content(line.text)) || THEMATIC_BREAK.test(line.text) ||
    EDITOR_NOTE.test(content(line.text))
  );
}

/** A Markdown export's rule between documents: ---, ***, ___. */
const THEMATIC_BREAK = /^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/;

/** A line that opens with a short label and a colon (出席：, 列席：, 请假：): never a title. */
const LABELLED = /^[\u4e00-\u9fff]{2,4}[ \t\u3000]*[:：]/;

const TITLE_START = /^[\u4e00-\u9fff]{2,30}?(?:关于|转发)/;

/**
 * A line that opens a notice's title (某市人民政府关于…, …办公室转发…) under a whole title (one that ends in the kind of
 * document it is, or a bracket: 行动方案(2018-2022年)) or under an organ's name (the plan's author).
 */
function startsOwnTitle(lines: readonly Line[], k: number): boolean {
  if (!TITLE_START.test(content(lines[k].text))) return false;
  const above = content(lines[k - 1].text);
  return TITLE_END.test(above) || /[)）]$/.test(above) || isAuthorLine(above);
}

function isAuthorLine(c: string): boolean {
  return c.length <= 16 && ORGAN_END.test(c) && !c.includes('关于');
}

/** What ends a whole title: the kind of document it names. */
const TITLE_END = /(?:通知|决定|意见|办法|方案|规定|批复|通告|公告|通报|报告|函|细则|规划|清单|名单|名录|目录|规则|计划|纲要|条例|措施|要点|标准|指南|解读|令)$/;
const ORGAN_END = /(?:政府|办公室|办公厅|委员会|局|厅|委|会)$/;

/**
 * A title a page or paragraph break of the extraction split by blank lines, its
 * first piece holding 关于 (某县人民政府关于印发某县乡村振兴 / 重点工作任务清单的通知),
 * or an organ's name over 关于…的通知: where its first piece starts.
 */
function brokenTitleStart(lines: readonly Line[], from: number, to: number, floor: number): number {
  const lower = content(lines[from].text);
  const startsWithAbout = lower.startsWith('关于');
  if (!startsWithAbout && (from !== to || lower.includes('关于'))) return from;
  let start = from;
  for (let pieces = 0; pieces < 2; pieces++) {
    const above = start - 2;
    // One piece: a single line with a blank line under it and above it.
    if (above < floor || !isBlank(lines[above + 1].text) || (above > floor && !isBlank(lines[above - 1].text))) return from;
    const line = lines[above];
    const upper = content(line.text);
    if (!isTitleLike(lines, above, above) || isDateLine(line) || isPageArtifactLine(line.text) || isSectionName(line.text) || parseHeadingLabel(line.text)) return from;
    if (TITLE_END.test(upper)) return from;
    if (startsWithAbout) return !upper.includes('关于') && ORGAN_END.test(upper) ? above : from;
    start = above;
    if (upper.includes('关于')) return start;
  }
  return from;
}

/**
 * A title a page break cut, with the page's number or running header between its pieces: 某市人民政府关于
 * 加快推进…改造提升 / — 1 — / 某市人民政府公报 / 促进…的实施意见. The first piece opens with the organ's 关于 and
 * does not end as a title does; the second ends as one.
 */
function titleAcrossPage(lines: readonly Line[], from: number, to: number, floor: number): number {
  const lower = content(lines[from].text);
  if (from !== to || lower.includes('关于') || !TITLE_END.test(lower)) return from;
  let k = from - 1;
  let artifacts = 0;
  for (; k >= floor; k--) {
    if (isBlank(lines[k].text)) continue;
    if (!isPageArtifactLine(lines[k].text)) break;
    artifacts++;
  }
  if (k < floor || artifacts === 0 || (k > floor && !isBlank(lines[k - 1].text))) return from;
  const upper = content(lines[k].text);
  // Not the last line of an attachment (附件 / 关于…的说明（略）) above the page break.
  const label = previousNonBlank(lines, k - 1, floor);
  if (/[)）〕\]]$/.test(upper) || (label !== undefined && attachmentLabel(lines[label].text))) return from;
  return upper.includes('关于') && !TITLE_END.test(upper) && isTitleLike(lines, k, k) && !isDateLine(lines[k]) && !parseHeadingLabel(lines[k].text) ? k : from;
}

/**
 * In some issues the title of the plan a notice issues is printed above the
 * notice's own title (with perhaps an author line between). It is a pre-title
 * when it sits right after the previous document's end.
 */
function preTitleBefore(text: string, lines: readonly Line[], from: number, floor: number): { from: number; to: number } | undefined {
  const blocks: { from: number; to: number }[] = [];
  let i = from;
  while (blocks.length < 3) {
    while (i >= floor && isBlank(lines[i].text)) i--;
    if (i < floor) break;
    const to = i;
    while (i - 1 >= floor && !isBlank(lines[i - 1].text)) i--;
    const block = { from: i, to };
    i--;
    const last = lines[block.to];
    // The previous document's end: its 成文日期 (perhaps with a 附注 or 版记 under it), a table, its number, the list closing minutes.
    if (isDateLine(last) || isNoteLine(last.text) || isRecordLine(last.text) || isTableRow(last.text) || lineIsDocNumber(text, last.start, last.text)) break;
    if (LABELLED.test(content(lines[block.from].text))) break;
    // A page's number or running header (— 1 —) is no title: look above it.
    if (block.from === block.to && isPageArtifactLine(lines[block.from].text)) continue;
    // A section's name over the documents (部门文件) is no title.
    if (block.from === block.to && isSectionName(lines[block.from].text)) break;
    // The previous document's 附件 note "(可登陆…网站查询,网址:…)" is not a title.
    if (isAttachmentNote(content(lines[block.from].text))) break;
    // An editor's note in brackets closing the previous document ((本报告有删节), (有删减)) is no title.
    if (block.from === block.to && EDITOR_NOTE.test(content(lines[block.from].text))) break;
    if (isTitleLike(lines, block.from, block.to) && !parseHeadingLabel(lines[block.from].text) && block.to - block.from <= 2) {
      blocks.push(block);
      continue;
    }
    if (/[。；;)）〕]\s*$/.test(last.text)) break; // the previous document's last paragraph
    return undefined;
  }
  if (blocks.length === 0 || blocks.length > 2) return undefined;
  return blocks[blocks.length - 1];
}

/** An editor's note on what is printed, wholly in brackets: (本报告有删节), （有删减）, （节选）. */
const EDITOR_NOTE = /^[(（][^()（）]{0,12}(?:删节|删减|删改|节选|摘编|摘登)[^()（）]{0,6}[)）]$/;

/** Also the loose forms a slip can leave under a 落款 (2018.12.17, 2018-12-17, 2018年12月17): never a title. */
const LOOSE_DATE = /^\d{2,4}[ \t]*(?:[.．\-－/／][ \t]*\d{1,2}[ \t]*[.．\-－/／][ \t]*\d{1,2}[ \t]*日?|年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日?)$/;

function isDateLine(line: Line): boolean {
  return !!lineIsDate(line.text, 0, line.text) || LOOSE_DATE.test(content(line.text).trim());
}

/** Documents listed under a 【section】 of the TOC get that section's name. */
function assignSections(issue: Issue): void {
  if (!issue.toc) return;
  const byKey = new Map<string, string>();
  const byTitle = new Map<string, string>();
  for (const e of issue.toc.entries) {
    if (!e.section) continue;
    if (e.number) byKey.set(e.number.key, e.section);
    byTitle.set(e.title.norm, e.section);
  }
  for (const d of issue.documents as GazetteDocument[]) {
    d.section = (d.number && byKey.get(d.number.key)) || byTitle.get(d.title.norm);
  }
}

export type { DocNumber };
