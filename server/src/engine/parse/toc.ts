// The table of contents (目 录): 【section】 headers and entries with title,
// number and page, in the forms real issues use:
//   title / (嘉政发〔2018〕30 号) (2)          (number and page on the next line)
//   title 〔绍政发〔2018〕12号〕<TAB>(1)       (one line, number in an outer 〔〕)
//   - title(嘉政发〔2017〕1 号) ..... (1)     (Markdown list with leader dots)
//   嘉政发〔2019〕15号　title……2             (the number first)
//   1　title（某政发〔2024〕31号）               (the page first)
import type { DocNumber, Line, Toc, TocEntry } from '../model';
import { entryNumber, findDocNumbers, sideBySide } from './docNumber';
import { beforeLinkTarget, content, halfWidthDigits, isBlank, isPageArtifactLine, prefixLength, span } from './text';

// (pandoc may give it attributes: ## 目　录 {#目录 .TOC-Heading})
const TOC_HEADER = /^[ \t\u3000]*(?:#{1,6}[ \t]*)?(?:\*\*)?目[ \t\u3000]*录(?:\*\*)?[ \t\u3000]*(?:\{[#.][^{}]*\}[ \t]*)?$/;
const SECTION = /^【([^【】]{1,20})】$/;
// A section without 【】: a short line naming a kind of piece (市政府文件, 部门文件, 政策解读, 人事任免),
// perhaps behind a bullet (■ 市政府文件).
const BARE_SECTION = /^(?:[★☆■□◆◇●○▲△※·][ \t\u3000]*)?([^\s(（《〔\[【]{0,10}(?:文件|解读|任免|规章|公告|通告|信息|动态))$/;
// A section's 【】 as an OCR or a converter gave them ([市政府文件], （政策解读）, 〖…〗, 〔…〕): taken for a name of that kind only.
const BRACKETED_SECTION = /^[[［〖〔(（【]([^\s[\]［］〖〗〔〕()（）【】]{0,10}(?:文件|解读|任免|规章|公告|通告|信息|动态|目录|选登))[\]］〗〕)）】]$/;
// A page reference at the end of an entry: "(12)", "（12）", "..... 12", "…… (12)", "……第12页", "……- 12 -",
// or a bare number after the closing bracket of the entry's number ("（某政发〔2024〕32号）　12") or set
// off by spaces from a title that has none ("…政策解读　　　　18"; not a year a wrap left at a line's end).
// Digits in either width: a Word 目录 may give its pages in full-width digits (……（２）).
const D = '[0-9０-９]';
const PAGE = new RegExp(
  `(?:[ \\t\\u3000]*(?:[.·…]{2,}|\\t))?[ \\t\\u3000]*(?:[(（][ \\t]*(${D}{1,4})[ \\t]*[)）]|(?<=[.·…\\t][ \\t\\u3000]*)(${D}{1,4})|第[ \\t]*(${D}{1,4})[ \\t]*页|[-—－][ \\t]*(${D}{1,4})[ \\t]*[-—－]|(?<=[)）〕][ \\t\\u3000]+)(${D}{1,4})|(?<=[\\u4e00-\\u9fff》](?:[ \\t]{2,}|\\u3000+))(?!(?:19|20|１９|２０)${D}${D}[ \\t\\u3000]*$)(${D}{1,4}))[ \\t\\u3000]*$`,
);
// A page number opening the line, set off by spaces or leader dots: "1　title", "(12) title", "5……title".
const LEADING_PAGE = new RegExp(`^[ \\t\\u3000]*(?:[(（][ \\t]*(${D}{1,4})[ \\t]*[)）]|(${D}{1,4}))(?:[ \\t\\u3000]+|[.·…]{2,}[ \\t\\u3000]*)(?=[^\\s\\d０-９.．、])`);
const MAX_PENDING_LINES = 4;
const PAGE_WINDOW = 160;

/**
 * PAGE on the end of the line only: on a long run of spaces the regex backtracks
 * quadratically at every start position (a 9000-space line took seconds).
 */
function findPage(lineText: string): RegExpExecArray | null {
  let end = lineText.length;
  while (end > 0 && (lineText[end - 1] === ' ' || lineText[end - 1] === '\t' || lineText[end - 1] === '\u3000')) end--;
  const from = Math.max(0, end - PAGE_WINDOW);
  const m = PAGE.exec(lineText.slice(from, end));
  if (m) m.index += from;
  return m;
}

/** The page an entry of a year's index gives: 12 or (12), 6—2 (issue 6, page 2), 第6期, or a few words (各期末页). */
const INDEX_PAGE = /(?:[(（]?[0-9]{1,4}(?:[—\-－–][0-9]{1,4})?[)）]?|第[0-9]{1,2}期(?:第?[0-9]{1,4}页?)?|[\u4e00-\u9fff]{1,6})$/;

const YEAR_INDEX = /(?:总目录|总索引|年度目录|全年目录)$/;
/** Whose index: the gazette's (公报…总目录) or a year's (2024年总目录), not a list a document issues (数据资源总目录). */
const OF_THE_GAZETTE = /公报|[0-9]{4}年度?(?:总目录|总索引|目录)$/;

/** The heading of a year's index in the last issue: 某市人民政府公报2024年总目录. */
export function isYearIndexHeading(text: string): boolean {
  const c = content(text);
  return c.length <= 40 && YEAR_INDEX.test(c) && OF_THE_GAZETTE.test(c) && !/^附件/.test(c);
}

/** An entry's last line in a year's index: its page after leader dots, a TAB or a run of spaces. */
export function endsWithIndexPage(lineText: string): boolean {
  const t = lineText.trimEnd();
  const m = INDEX_PAGE.exec(t.slice(-16));
  if (!m) return false;
  const before = t.slice(0, t.length - m[0].length);
  const lead = before.trimEnd();
  return /[.·…]$/.test(lead) || before.length - lead.length >= 2 || before.endsWith('\t') || (/^[(（]/.test(m[0]) && /[0-9]/.test(m[0]));
}

/**
 * The line after a year's index (某市人民政府公报2024年总目录) whose heading is at `from`: its section names and
 * entries (a title over one or a few lines, the last ending in its issue and page) and the blank lines between.
 */
export function yearIndexEnd(lines: readonly Line[], from: number): number {
  let end = from + 1;
  let pending = 0;
  for (let i = from + 1; i < lines.length; i++) {
    const text = lines[i].text;
    if (isBlank(text)) continue;
    if (isSectionName(text)) {
      pending = 0;
      end = i + 1;
    } else if (endsWithIndexPage(text)) {
      pending = 0;
      end = i + 1;
    } else if (++pending > MAX_PENDING_LINES) break;
  }
  return end;
}

/** A line naming a section of the issue (【市政府文件】, 部门文件): in the 目录, and over its documents in the body. */
export function isSectionName(lineText: string): boolean {
  const body = content(lineText);
  return SECTION.test(body) || BARE_SECTION.test(body) || BRACKETED_SECTION.test(body);
}

export function isTocHeader(text: string): boolean {
  return TOC_HEADER.test(text);
}

/** Parses the TOC starting at `headerLine`; returns it and the index of the first line after it. */
export function parseToc(text: string, lines: readonly Line[], headerLine: number): { toc: Toc; next: number } {
  const header = lines[headerLine];
  const toc: Toc = {
    range: { start: header.start, end: header.end },
    headerRange: { start: header.start, end: header.end },
    sections: [],
    entries: [],
  };
  let section: string | undefined;
  // A section header belongs to the 目录 once an entry follows it: the body may open with one.
  let sectionLine: number | undefined;
  let pending: number[] = [];
  let i = headerLine + 1;
  let lastConsumed = headerLine;
  let pageFirst = false;
  const commitSection = () => {
    if (sectionLine === undefined) return;
    toc.sections.push({ name: section!, range: { start: lines[sectionLine].start, end: lines[sectionLine].end } });
    sectionLine = undefined;
  };
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line.text)) continue;
    const body = content(line.text);
    // The page ends the entry's text, before what a converter left after it (a link's target).
    const page = findPage(line.text.slice(0, prefixLength(line.text) + body.length));
    const sec = SECTION.exec(body) ?? (page ? null : (BARE_SECTION.exec(body) ?? BRACKETED_SECTION.exec(body)));
    if (sec && pending.length === 0) {
      section = sec[1].replace(/\s/g, '');
      sectionLine = i;
      continue;
    }
    // A page footer alone (— 1 —) a blank line under a title is the body's page break, not that title's page.
    const footerOnly =
      page !== null && pending.length > 0 && isPageArtifactLine(line.text) && pending[pending.length - 1] < i - 1 &&
      !pending.some((p) => findDocNumbers(text, 'toc', lines[p].start, lines[p].end).length > 0);
    if (page && !footerOnly && looksLikeEntry(lines, pending, line.text.slice(0, page.index))) {
      commitSection();
      toc.entries.push(makeEntry(text, lines, pending, i, page, section));
      pending = [];
      lastConsumed = i;
      continue;
    }
    // The page first: taken when the entry gives a number, or the entries before it were written so.
    const lead = !page && pending.length === 0 ? LEADING_PAGE.exec(line.text) : null;
    if (lead && looksLikeEntry(lines, [], line.text.slice(lead[0].length))) {
      const entry = pageFirstEntry(text, line, lead, section);
      if (entry.number || pageFirst) {
        commitSection();
        toc.entries.push(entry);
        pageFirst = true;
        lastConsumed = i;
        continue;
      }
    }
    pending.push(i);
    // Too much text without a page number: the body has begun.
    if (pending.length > MAX_PENDING_LINES) break;
  }
  const next = lastConsumed + 1;
  toc.range.end = lines[lastConsumed].end;
  return { toc, next };
}

/** "1　title（某政发〔2024〕31号）": the page, then the title and perhaps its number. */
function pageFirstEntry(text: string, line: Line, lead: RegExpExecArray, section: string | undefined): TocEntry {
  const digits = lead[1] ?? lead[2];
  const digitsAt = line.start + lead[0].indexOf(digits);
  const from = line.start + lead[0].length;
  const end = line.start + content(line.text).length + prefixLength(line.text);
  const numbers = findDocNumbers(text, 'toc', from, end);
  const number = entryNumber(text, numbers);
  let titleEnd = number ? number.range.start : end;
  while (titleEnd > from && /[(（〔\[［﹝〈 \t\u3000]/.test(text[titleEnd - 1])) titleEnd--;
  return {
    range: { start: line.start, end: line.end },
    title: span(text.slice(from, titleEnd), { start: from, end: titleEnd }),
    number,
    page: Number(halfWidthDigits(digits)),
    pageRange: { start: digitsAt, end: digitsAt + digits.length },
    section,
  };
}

/**
 * An entry that opens with its number ("嘉政发〔2019〕15号　title", a joint document's numbers side by side): that
 * number, and where the title after it starts.
 */
function leadingNumber(text: string, numbers: readonly DocNumber[], from: number, end: number): { number: DocNumber; titleFrom: number } | undefined {
  const first = numbers[0];
  if (!first || !/^[(（〔\[［﹝〈]?$/.test(text.slice(from, first.range.start).trim())) return undefined;
  let k = 0;
  while (k + 1 < numbers.length && sideBySide(text, numbers[k], numbers[k + 1])) k++;
  let titleFrom = numbers[k].range.end;
  while (titleFrom < end && /[)）〕\]］﹞〉 \t\u3000]/.test(text[titleFrom])) titleFrom++;
  return { number: first, titleFrom };
}

/** Guards against a body paragraph that happens to end in "(3)". */
function looksLikeEntry(lines: readonly Line[], pending: number[], head: string): boolean {
  let all = head;
  // A stray mark at the end of a title line is a typo, not a sentence (typography/title-punctuation reports it).
  for (const p of pending) all += lines[p].text.replace(/[。；;][ \t\u3000]*$/, '');
  // Some title: a page's number alone on its line (— 1 —) is a page footer.
  return all.length < 200 && !/[。；;！？]/.test(all) && /[^\s.·…]/.test(all);
}

function makeEntry(
  text: string,
  lines: readonly Line[],
  pending: number[],
  pageLine: number,
  page: RegExpExecArray,
  section: string | undefined,
): TocEntry {
  const line = lines[pageLine];
  const pageDigits = page[1] ?? page[2] ?? page[3] ?? page[4] ?? page[5] ?? page[6];
  const pageNumber = Number(halfWidthDigits(pageDigits));
  const digitsAt = line.start + page.index + page[0].lastIndexOf(pageDigits);
  // Where the page reference starts, or the link's target before it (- [title](#doc-18) …… 1).
  const headEnd = beforeLinkTarget(text, line.start, line.start + page.index);
  if (pending.length > 0) return wrappedEntry(text, lines, pending, pageLine, headEnd, { page: pageNumber, pageRange: { start: digitsAt, end: digitsAt + pageDigits.length }, section });
  const numbers = findDocNumbers(text, 'toc', line.start, headEnd);
  const lineStart = line.start + prefixLength(line.text);
  const lead = leadingNumber(text, numbers, lineStart, headEnd);
  if (lead) {
    const after = text.slice(lead.titleFrom, headEnd).trimEnd();
    return {
      range: { start: line.start, end: line.end },
      title: span(after, { start: lead.titleFrom, end: lead.titleFrom + after.length }),
      number: lead.number,
      page: pageNumber,
      pageRange: { start: digitsAt, end: digitsAt + pageDigits.length },
      section,
    };
  }
  const number = entryNumber(text, numbers);
  // Title: this line up to the number (or its wrapper) or the page.
  let titleEndOnLine = number ? number.range.start : headEnd;
  // Strip the wrapper before the number: "(", "〔", "（" and the space before it.
  while (titleEndOnLine > line.start && /[(（〔\[［﹝〈 \t\u3000]/.test(text[titleEndOnLine - 1])) titleEndOnLine--;
  const titleText = text.slice(lineStart, titleEndOnLine).trim();
  return {
    range: { start: line.start, end: line.end },
    title: span(titleText, { start: lineStart, end: Math.max(lineStart, titleEndOnLine) }),
    number,
    page: pageNumber,
    pageRange: { start: digitsAt, end: digitsAt + pageDigits.length },
    section,
  };
}

/**
 * An entry over several lines: its title and number read from the lines joined, so that a number a
 * hard wrap split (（临 / 政办发〔2024〕41号）, （临政发〔2 / 024〕14号）) is read whole, its ranges in the source.
 */
function wrappedEntry(
  text: string,
  lines: readonly Line[],
  pending: number[],
  pageLine: number,
  headEnd: number,
  page: Pick<TocEntry, 'page' | 'pageRange' | 'section'>,
): TocEntry {
  const pieces: { at: number; src: number; length: number }[] = [];
  let joined = '';
  for (const i of [...pending, pageLine]) {
    const l = lines[i];
    const start = l.start + prefixLength(l.text);
    const body = i === pageLine ? text.slice(start, headEnd).trimEnd() : content(l.text);
    pieces.push({ at: joined.length, src: start, length: body.length });
    joined += body;
  }
  const src = (j: number) => {
    let k = pieces.length - 1;
    while (k > 0 && pieces[k].at > j) k--;
    return pieces[k].src + Math.min(j - pieces[k].at, pieces[k].length);
  };
  const moved = (r: { start: number; end: number }) => ({ start: src(r.start), end: r.end > r.start ? src(r.end - 1) + 1 : src(r.start) });
  const found = findDocNumbers(joined, 'toc');
  const lead = leadingNumber(joined, found, 0, joined.length);
  const last = found.length ? found[found.length - 1] : undefined;
  // The entry's own number opens or ends it: one inside the title (《…》(国发〔2024〕1号)的通知) is not.
  const inJoined = lead?.number ?? (last && /^[ \t\u3000)）〕\]］﹞〉]*$/.test(joined.slice(last.range.end)) ? entryNumber(joined, found) : undefined);
  const number = inJoined && {
    ...inJoined,
    range: moved(inJoined.range),
    raw: text.slice(src(inJoined.range.start), src(inJoined.range.end - 1) + 1),
    issuerRange: moved(inJoined.issuerRange),
    yearRange: moved(inJoined.yearRange),
    openRange: moved(inJoined.openRange),
    closeRange: moved(inJoined.closeRange),
    serialRange: moved(inJoined.serialRange),
  };
  const titleFrom = lead?.titleFrom ?? 0;
  let titleEnd = lead ? joined.length : inJoined ? inJoined.range.start : joined.length;
  while (titleEnd > titleFrom && /[(（〔\[［﹝〈 \t\u3000]/.test(joined[titleEnd - 1])) titleEnd--;
  const first = lines[pending[0]];
  const titleStart = lead ? src(titleFrom) : first.start + prefixLength(first.text);
  return {
    range: { start: first.start, end: lines[pageLine].end },
    title: span(joined.slice(titleFrom, titleEnd), { start: titleStart, end: Math.max(titleStart, titleEnd > titleFrom ? src(titleEnd - 1) + 1 : titleStart) }),
    number,
    ...page,
  };
}
