// numbering/totals: "对以下3名同志予以通报表彰：" and "下列5个单位：" against the names that follow, after the colon or
// a line each (张　三　市财政局科员).
import type { GazetteDocument, Line, Paragraph, Range } from '../../model';
import { sourceOffset, sourceRange } from '../../parse/paragraphs';
import { parseHeadingLabel } from '../../parse/headings';
import { content, isPageArtifactLine, isTableRow, numeralValue, writtenLike } from '../../parse/text';
import { lineIndexAt, paragraphsIn } from '../shared/locate';
import { wrappedAt } from '../shared/pageWidth';
import type { RuleContext } from '../types';
import { type Count, UNIT_END, cellsIn, entryCount, entryRun, isLabelLine, isNameList, isPersonLine, listEnd, namesOnly, namesRunOn } from './names';

/**
 * 以下3名同志, 下列5个单位…：: a count of people or of units, and the colon that opens their list. Not 以下 after a
 * quantity (35岁以下2名, 处级及以下3名), where it means "under" and counts some of those listed. Read in a paragraph's
 * joined text, so that a hard wrap may fall anywhere in it (…成效明显的以下 / 7个单位予以通报表扬：, 以下7名同志为第 /
 * 五届市政府参事…：).
 */
const NAMES_LEAD_IN =
  /(?<![0-9０-９万亿岁级元%％](?:及)?)(以下|下列)[ \t]*([一两二三四五六七八九十]{1,3}|[0-9０-９]{1,3})[ \t]*(名|位|人|个|家|所)([^。；;：:\n]{0,24})[：:]/g;

/** The words of both lead-ins (one pass over a paragraph, not one search for each). */
const LEAD_WORD = /以下|下列/;

/** What a count in 个, 家 or 所 must count to announce names: units, not 方面 or 项目. */
const UNITS = /^(?:单位|集体|企业|公司|学校|医院|村|社区|乡镇|镇|街道|部门|机构|组织|医疗机构)/;

/** How a unit's or a place's name ends, for a line that holds one alone. */
const UNIT_NAME = /(?:村|社区|街道|镇|乡|区|县|协会|商会|合作社)$/;

export function checkNameLeadIns(ctx: RuleContext, doc: GazetteDocument): void {
  const lines = ctx.issue.lines;
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    if (LEAD_WORD.test(p.text)) {
      for (const m of p.text.matchAll(NAMES_LEAD_IN)) checkLeadIn(ctx, doc, lines, p, m);
      const closed = CLOSED_LEAD_IN.exec(p.text);
      if (closed) checkClosedLeadIn(ctx, doc, lines, p, closed);
    }
    const group = GROUP_LINE.exec(p.text);
    if (group) checkGroupLine(ctx, doc, lines, p, group);
  }
}

/**
 * 决定聘任以下11名同志为第四届市人民政府法律顾问，聘期3年。: a count of people in a sentence that closes its paragraph
 * with no colon, the people listed under it in groups (一、专家学者（3名） over a name and a post a line).
 */
const CLOSED_LEAD_IN = /(?<![0-9０-９万亿岁级元%％](?:及)?)(以下|下列)[ \t]*([一两二三四五六七八九十]{1,3}|[0-9０-９]{1,3})[ \t]*(名|位|人)[^。；;：:\n]{0,60}。$/;
/** A group's title over people: a short name, perhaps its count in brackets, perhaps a colon (专家学者（3名）, 执业律师：). */
const GROUP_TITLE = /^[^，,。；;：:、()（）\s]{2,20}[ \t\u3000]*(?:[(（][^()（）]{1,8}[)）])?[ \t\u3000]*[：:]?$/;

function checkClosedLeadIn(ctx: RuleContext, doc: GazetteDocument, lines: readonly Line[], p: Paragraph, m: RegExpExecArray): void {
  const found = groupsBelow(doc, lines, lineIndexAt(lines, p.range.end - 1) + 1, listEnd(doc, p.range.end));
  const value = numeralValue(m[2]);
  if (!found || found.count < 2 || value === found.count) return;
  const digits = m.index + m[0].indexOf(m[2], m[1].length);
  ctx.report({
    message: `称${m[1]}${m[2]}${m[3]}，实际列出${found.count}${m[3]} (announces ${value} items, ${found.count} follow)`,
    range: sourceRange(p, digits, digits + m[2].length + 1),
    related: [{ range: found.range, message: '所计条目 (the items counted)' }],
    suggestions: [{ title: `改为${found.count} (use ${found.count})`, edits: [{ range: sourceRange(p, digits, digits + m[2].length), text: writtenLike(m[2], found.count) }] }],
  });
}

/**
 * The people under groups from line `from`: each group a heading with a short title over a name and a post a line;
 * undefined where a group has none, or where the line after a group's people may be a post a wrap carried on.
 */
function groupsBelow(doc: GazetteDocument, lines: readonly Line[], from: number, end: number): { count: number; range: Range } | undefined {
  let count = 0;
  let range: Range | undefined;
  for (let j = from; j < lines.length && lines[j].start < end; ) {
    const text = content(lines[j].text);
    if (text === '' || isPageArtifactLine(text)) {
      j++;
      continue;
    }
    const label = isLabelLine(doc, lines, j) ? parseHeadingLabel(lines[j].text) : undefined;
    if (!label || !GROUP_TITLE.test(content(label.text))) break;
    const run = entryRun(doc, lines, j + 1, end, isPersonLine);
    if (!run?.range) return undefined;
    count += run.texts.length;
    range = { start: range?.start ?? lines[j].start, end: run.range.end };
    j = lineIndexAt(lines, run.range.end - 1) + 1;
  }
  return range && { count, range };
}

/**
 * A paragraph no label opens that names a group, counts it and lists it after its colon: 优秀等次（3个）：辰阳区、沅北区、
 * 麻阳县。 (a labelled one, 一、先进单位（3个）：…, is a heading's count). The group's name is short and holds no mark.
 */
const GROUP_LINE = /^([^，,。；;：:、()（）“”\s]{2,20})[ \t\u3000]*[(（][ \t]*(?:共[ \t]*)?([0-9０-９]{1,3})[ \t]*(名|人|个|家|所)(?:单位|集体)?[ \t]*[)）][ \t\u3000]*[：:]/;

function checkGroupLine(ctx: RuleContext, doc: GazetteDocument, lines: readonly Line[], p: Paragraph, m: RegExpExecArray): void {
  if (parseHeadingLabel(p.text)) return;
  const end = sourceOffset(p, m[0].length - 1) + 1;
  const at = lineIndexAt(lines, end - 1);
  const rest = content(lines[at].text.slice(end - lines[at].start));
  if (!rest) return;
  const people = '名人'.includes(m[3]);
  const found = namesAfterColon(doc, lines, at, rest, listEnd(doc, end), people);
  const value = numeralValue(m[2]);
  if (!found || found.high < 2 || (value >= found.low && value <= found.high)) return;
  const digits = m[0].indexOf(m[2], m[1].length);
  const range = sourceRange(p, digits, digits + m[2].length);
  ctx.report({
    message: `“${m[1]}”称共${m[2]}${m[3]}，实际列出${found.count}${m[3]} (claims ${value} items, ${found.count} are listed)`,
    range: sourceRange(p, digits, m[0].indexOf(m[3], digits + m[2].length) + 1),
    related: [{ range: found.range ?? { start: end, end: lines[at].end }, message: '所计条目 (the items counted)' }],
    suggestions: [{ title: `改为${found.count} (use ${found.count})`, edits: [{ range, text: writtenLike(m[2], found.count) }] }],
  });
}

/** One lead-in `m` in paragraph `p`'s joined text, against the names after its colon or under it. */
function checkLeadIn(ctx: RuleContext, doc: GazetteDocument, lines: readonly Line[], p: Paragraph, m: RegExpMatchArray): void {
  const people = '名位人'.includes(m[3]);
  if (!people && !UNITS.test(m[4])) return;
  const end = sourceOffset(p, m.index! + m[0].length - 1) + 1;
  const at = lineIndexAt(lines, end - 1);
  const rest = content(lines[at].text.slice(end - lines[at].start));
  const found = rest ? namesAfterColon(doc, lines, at, rest, listEnd(doc, end), people) : namesBelow(doc, lines, at + 1, listEnd(doc, end), people);
  const value = numeralValue(m[2]);
  if (!found || found.high < 2 || (value >= found.low && value <= found.high)) return;
  const digits = m[0].indexOf(m[2], m[1].length);
  const measureEnd = m[0].indexOf(m[3], digits + m[2].length) + m[3].length;
  const actual = found.count;
  ctx.report({
    message: `称${m[1]}${m[2]}${m[3]}，实际列出${actual}${m[3]} (announces ${value} items, ${actual} follow)`,
    range: sourceRange(p, m.index! + digits, m.index! + measureEnd),
    related: [{ range: found.range ?? { start: end, end: lines[at].end }, message: '所计条目 (the items counted)' }],
    suggestions: [{ title: `改为${actual} (use ${actual})`, edits: [{ range: sourceRange(p, m.index! + digits, m.index! + digits + m[2].length), text: writtenLike(m[2], actual) }] }],
  });
}

/**
 * 张三、李四、王五。 (or with ，) after the lead-in's colon on line `at`: a closed list of names only, perhaps on
 * the lines a PDF wrapped it onto (…王五、赵小 / 六、孙七。).
 */
function namesAfterColon(doc: GazetteDocument, lines: readonly Line[], at: number, rest: string, end: number, people: boolean): (Count & { range?: Range }) | undefined {
  const under = /[。；;]$/.test(rest) ? { texts: [] } : namesRunOn(doc, lines, rest, at + 1, end);
  const all = [rest, ...under.texts];
  if (!/[。；;]$/.test(all[all.length - 1]) || all.some((text) => text.includes('、') && /[，,]/.test(text))) return undefined;
  const names = all.map((text) => text.replace(/[，,]/g, '、'));
  if (!names.every((text) => isNameList(text)) || !namesOnly(names.join(''))) return undefined;
  return entryCount(names, people ? '名' : '个', [content(lines[at].text), ...names.slice(1)], [wrappedAt(doc, lines, at), ...(under.full ?? [])]);
}

/**
 * The lines of names under the lead-in: a name and a post a line, a name a line, or names run together with 、; up
 * to the first other line, which must not be the tail of a line a PDF wrapped.
 */
function namesBelow(doc: GazetteDocument, lines: readonly Line[], from: number, end: number, people: boolean): (Count & { range: Range }) | undefined {
  const run = entryRun(doc, lines, from, end, (text) => !CLOSING.test(text) && isEntry(text, people));
  const count = run && entryCount(run.texts, people ? '名' : '个', run.texts, run.full);
  return count && run.range && { ...count, range: run.range };
}

/** A document's closing formula, as short as a name: 特此通报, 此复. */
const CLOSING = /^(?:特此|此复|此令)/;

/** A line of a list of names: a name and a post, names run together with 、, or one name shaped like one. */
function isEntry(text: string, people: boolean): boolean {
  if (isPersonLine(text)) return true;
  if (isTableRow(text) || !isNameList(text)) return false;
  if (text.includes('、')) return namesOnly(text);
  // One name alone, not two set apart by spaces (张　三　　李　四).
  if (cellsIn(text).length !== 1) return false;
  const bare = text.replace(/[(（][^()（）]*[)）]|[ \t\u3000。；;]/g, '');
  return people ? /^[\u4e00-\u9fff]{2,4}$/.test(bare) : UNIT_END.test(bare) || UNIT_NAME.test(bare);
}
