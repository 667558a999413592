// One document of the issue, parsed alone from its line range: title, 发文字号,
// 主送机关, body parts with their heading trees, tasks and unit annotations,
// tables, 附件 declarations, printed attachments, 落款 and 成文日期.
import type {
  Attachment, AttachmentDecl, AttachmentRef, CountClaim, DocNumber, DocumentKind, DocumentPart,
  GazetteDocument, Heading, Line, Paragraph, Task, TextSpan, UnitAnnotation,
} from '../model';
import { withoutTrailingSubheading } from './appointments';
import { attachmentLabel, attachmentLabelWithTitle, isAttachmentDecl, parseAttachmentDecls } from './attachments';
import { findCitations } from './citations';
import { findDates, lineIsDate } from './dates';
import { findDocNumbers } from './docNumber';
import { buildHeadings, chapterShape, linkHeadings, parseHeadingLabel } from './headings';
import { wrappedFigureLabels, wrappedNameLabels, wrappedRunLabels, wrappedSentenceLabels } from './wrappedLabels';
import { buildParagraphs, sourceRange } from './paragraphs';
import { findCellLineTables } from './cellTables';
import { isSectionName } from './toc';
import { findTableCounts, findTables, isTotalRow } from './tables';
import { content, contentEnd, halfWidthDigits, isBlank, isNoteLine, isPageArtifactLine, isPipeRow, isRecordLine, isTableRow, nextNonBlank, normalize, numeralValue, spanOfLines, prefixLength, previousNonBlank, trimEndChars, WHITE_SPACE } from './text';
import { annotationFromCell, findUnitAnnotations, mayHoldAnnotation } from './units';
import type { Citation } from '../model';
import { append } from '../arrays';

export interface DocumentStart {
  kind: DocumentKind;
  /** First line of the document (its pre-title or title). */
  from: number;
  titleFrom: number;
  titleTo: number;
  preTitle?: { from: number; to: number };
  numberLine?: number;
  number?: DocNumber;
}

export interface ParsedDocument {
  document: GazetteDocument;
  paragraphs: Paragraph[];
  citations: Citation[];
  numbers: DocNumber[];
}

const ORGAN_MAX = 40;
const COUNT = /共[ \t]*([0-9０-９]{1,4})[ \t]*(项|条|个|件|家)/g;
/** The title of rules (…办法, …规定 …) and the line of their history under it, when republished as amended. */
const RULES_TITLE = /(?:办法|规定|条例|细则|规则)$/;
/** A bracketed line of a text's history up to what was done: （2012年5月20日市人民政府令第48号公布…, （…审议通过）. */
const HISTORY = '^[(（][^()（）]{0,24}\\d{4}[ \\t]*年[^()（）]{0,80}';
const REPUBLISHED = new RegExp(`${HISTORY}(?:公布|发布)`);
/** 关于修改《…》的决定, 修正案: a decision amending rules. */
const DECISION_TITLE = /^(?=.*(?:修改|修正|废止)).*(?:决定|修正案)$/;

function isDecision(title: TextSpan | undefined): boolean {
  return title !== undefined && DECISION_TITLE.test(title.norm);
}

/** 第一章 or 第一条: the first heading of rules. */
function opensRules(text: string): boolean {
  const label = parseHeadingLabel(text);
  return (label?.kind === 'chapter' || label?.kind === 'article') && label.value === 1;
}

/** The line under a decision's title that records its adoption: （2025年5月26日市人民政府第38次常务会议审议通过）. */
const ADOPTED = new RegExp(`${HISTORY}(?:通过|公布|发布)[)）]$`);
/** A footnote's text, as pandoc writes it: [^1]: 本部分根据…. */
const FOOTNOTE = /^[ \t]*\[\^[^\]\s]{1,8}\]:/;
/** A date after a decree's signer on its line. */
const SIGNED_ON = /[ \t\u3000]+[0-9]{4}[ \t]*年[ \t]*[0-9]{1,2}[ \t]*月[ \t]*[0-9]{1,2}[ \t]*日$/;
/** Who signs a decree: 市长　王建国, 代市长 张  明. */
const SIGNER = /^代?(?:市长|省长|州长|县长|区长|盟长)[ \t\u3000]+(?:[\u4e00-\u9fff][ \t\u3000]*){2,4}$/;
// 见附件1, and the attachments listed after it: 见附件1、附件2 (the first from 见, the others from 附件). The
// chain is matched forward, then split: a lookbehind over it would read the chain again at every 附件.
// Digits in either width: a Word document's 见附件３.
const REF_ITEM = '附件[ \\t]*(?:[0-9０-９]{1,2}(?:[-－—–][0-9０-９]{1,2})?)?';
const ATTACHMENT_CHAIN = new RegExp(`见${REF_ITEM}(?:[ \\t]*[、和及][ \\t]*(?=附件[ \\t]*[0-9０-９])${REF_ITEM})*`, 'g');
const ATTACHMENT_REF = /附件[ \t]*(?:([0-9０-９]{1,2})(?:[-－—–]([0-9０-９]{1,2}))?)?/g;

export function parseDocument(text: string, lines: readonly Line[], start: DocumentStart, to: number): ParsedDocument {
  const reserved = new Set<number>();
  const mark = (a: number, b: number) => {
    for (let i = a; i <= b; i++) reserved.add(i);
  };
  mark(start.titleFrom, start.titleTo);
  if (start.preTitle) mark(start.preTitle.from, start.preTitle.to);
  const wholeTitle = titleSpan(lines, start.titleFrom, start.titleTo);
  const title = start.kind === 'appointments' ? withoutTrailingSubheading(lines, wholeTitle, start.titleTo) : wholeTitle;
  const preTitle = start.preTitle ? titleSpan(lines, start.preTitle.from, start.preTitle.to) : undefined;
  let cursor = (start.numberLine ?? start.titleTo) + 1;
  if (start.numberLine !== undefined) reserved.add(start.numberLine);

  // 主送机关: the first block after the number, ending with a colon.
  let addressee: TextSpan | undefined;
  const addr = nextBlock(lines, cursor, to, 3);
  if (addr && start.number) {
    // It ends at the first line ending with a colon: the body may follow without a blank line.
    let end = addr.from;
    // (A line's end before what a converter left there: pandoc's hard line break, \.)
    const ending = (i: number) => lines[i].text[contentEnd(lines[i].text, 0, true) - 1] ?? '';
    while (end < addr.to && !/[:：。；;！？!?]/.test(ending(end))) end++;
    // Its tail cut off by a blank line (各镇人民政府、街道 / / 办事处：): a short line ending with the colon.
    const tail = /[:：。；;！？!?]/.test(ending(end)) ? undefined : nextBlock(lines, end + 1, to, 2);
    if (tail && tail.from === tail.to && tail.from - end <= 3 && ADDRESSEE_TAIL.test(content(lines[tail.from].text))) end = tail.from;
    const span = spanOfLines(lines, addr.from, end, prefixLength(lines[addr.from].text));
    // "现就有关事项通告如下：" opens the body of a document sent to no one (通告, 公告).
    if (/[:：]$/.test(span.text) && span.text.length < 160 && !/如下[:：]$|[《。]/.test(span.text)) {
      addressee = span;
      mark(addr.from, end);
      cursor = end + 1;
    }
  }

  // Tables written one cell per line, found first: a unit over a date in a row is no 落款.
  const cellTables = findCellLineTables(lines, cursor, to);
  const inCellTable = (i: number) => cellTables.some((t) => t.from <= i && i <= t.to);

  // 落款 and 成文日期: the first date alone on a line after an organ line.
  let signature: GazetteDocument['signature'];
  let mainEnd = to - 1;
  for (let i = cursor; i < to && !signature; i++) {
    if (!/[日曰]/.test(lines[i].text) || lines[i].text.length > 40 || inCellTable(i)) continue;
    const date = lineIsDate(text, lines[i].start, lines[i].text);
    if (!date) continue;
    const organLine = previousNonBlank(lines, i - 1, cursor);
    const organ = organLine !== undefined && isOrganLine(lines[organLine].text) ? organLine : undefined;
    if (organ === undefined && start.number) continue;
    signature = { date, organ: organ !== undefined ? spanOfLines(lines, organ, organ, prefixLength(lines[organ].text)) : undefined };
    if (organ !== undefined) reserved.add(organ);
    reserved.add(i);
    mainEnd = i;
    // The 附注 under the date (perhaps two: （此件公开发布） and （联系人：…）) ends the document proper, and so do
    // the notes of a converted draft's footnotes ([^1]: …).
    for (let note = nextNonBlank(lines, mainEnd + 1, to); note !== undefined && (isNoteLine(lines[note].text) || FOOTNOTE.test(lines[note].text)); note = nextNonBlank(lines, mainEnd + 1, to)) {
      reserved.add(note);
      mainEnd = note;
    }
    // So does the 版记 (抄送：… / …印发), which a Word export keeps.
    for (let r = nextNonBlank(lines, mainEnd + 1, to); r !== undefined && isRecordLine(lines[r].text); r = nextNonBlank(lines, mainEnd + 1, to)) {
      reserved.add(r);
      mainEnd = r;
      // A 抄送 list wrapped over lines, up to its full stop (not past a 附件 label or a heading).
      if (!/^(?:抄送|抄报)/.test(content(lines[r].text))) continue;
      while (
        !/[。.][ \t\u3000]*$/.test(lines[mainEnd].text) && mainEnd + 1 < to && !isBlank(lines[mainEnd + 1].text) && !isRecordLine(lines[mainEnd + 1].text) &&
        !isPageArtifactLine(lines[mainEnd + 1].text) &&
        !attachmentLabel(lines[mainEnd + 1].text) && !parseHeadingLabel(lines[mainEnd + 1].text)
      ) reserved.add(++mainEnd);
    }
  }

  // A decree signed by its head (市长　王建国) whose date is lost: the rules it promulgates still follow the signature.
  if (!signature && start.kind === 'decree') {
    for (let i = cursor; i < to; i++) {
      // The date may share the signer's line (市长　王建国　　2024年4月15日): the organ is the signer, the date its own.
      const dated = SIGNED_ON.exec(lines[i].text);
      if (!SIGNER.test(content(dated ? lines[i].text.slice(0, dated.index) : lines[i].text))) continue;
      const found = dated ? findDates(text, lines[i].start + dated.index, lines[i].end) : [];
      const organ = spanOfLines(lines, i, i, prefixLength(lines[i].text));
      if (dated && found.length === 1) {
        const own = trimEndChars(organ.text.slice(0, dated.index - prefixLength(lines[i].text)), WHITE_SPACE);
        signature = { organ: { text: own, norm: normalize(own), range: { start: organ.range.start, end: organ.range.start + own.length } }, date: found[0] };
      } else signature = { organ };
      reserved.add(i);
      mainEnd = i;
      break;
    }
  }

  // A single attachment printed as "附件：title" right under the 落款, repeating the 附件说明 above, is
  // labelled so, not declared again (a plan's own 附件说明 comes at the plan's end, after its text).
  const underSignature = signature ? nextNonBlank(lines, mainEnd + 1, to) : undefined;
  let labelledAttachment: number | undefined;

  // 附件说明 blocks anywhere in the document.
  const attachmentDecls: AttachmentDecl[] = [];
  for (let i = cursor; i < to; i++) {
    if (!lines[i].text.includes('附') || !isAttachmentDecl(lines[i].text)) continue;
    const { decls, used } = parseAttachmentDecls(lines, i, to);
    if (i === underSignature && decls.length === 1 && used.length === 1 && attachmentDecls.some((d) => d.title.norm === decls[0].title.norm)) {
      labelledAttachment = i;
      continue;
    }
    append(attachmentDecls, decls);
    for (const u of used) reserved.add(u);
    i = used[used.length - 1];
  }

  // Parts: the document itself, the plan it issues, each printed attachment.
  const parts: DocumentPart[] = [{ kind: 'main', range: { start: lines[start.from].start, end: lines[mainEnd].end } }];
  const partStarts = [start.from];
  const attachments: Attachment[] = [];
  let attachedTitle: TextSpan | undefined = preTitle;
  if (signature && mainEnd + 1 < to) {
    let next = nextBlock(lines, mainEnd + 1, to, 2);
    // Not a page number or running header a page break left before the plan's title.
    while (next && next.from === next.to && isPageArtifactLine(lines[next.from].text)) next = nextBlock(lines, next.to + 1, to, 2);
    // Where no blank line sets the plan's title off, its first heading (第一章　总　　则) is not the title's second line.
    if (next && next.to > next.from && opensOutline(lines, next.to, to)) next = { from: next.from, to: next.from };
    // Nor is the line recording its adoption, where no blank line sets it off.
    if (next && next.to > next.from && ADOPTED.test(content(lines[next.to].text))) next = { from: next.from, to: next.from };
    // Not an attachment, nor the name of the next section of the issue (部门文件) printed before the next document.
    const sectionOnly = next !== undefined && next.from === next.to && isSectionName(lines[next.from].text) && nextNonBlank(lines, next.to + 1, to) === undefined;
    if (next && !sectionOnly && next.from !== labelledAttachment && !attachmentLabel(lines[next.from].text) && !attachmentLabelWithTitle(lines[next.from].text)) {
      if (!attachedTitle && isTitleLike(lines, next.from, next.to)) {
        const last = titleRunningOn(lines, next, to, title.norm);
        attachedTitle = titleSpan(lines, next.from, last);
        mark(next.from, last);
      }
      // From its first line (its title), not the blank line above it: the part folds under its title.
      parts.push({ kind: 'attached', range: { start: lines[next.from].start, end: lines[to - 1].end }, title: attachedTitle });
      partStarts.push(mainEnd + 1);
    }
  }
  // Rules a decree's 修改决定 amends, republished after it: each a part, titled, over the line of its history
  // (某市城市供水管理办法 / （2012年5月20日市人民政府令第48号公布　根据…修改）).
  if (start.kind === 'decree' && parts.length > 1) {
    for (let i = mainEnd + 1; i < to; i++) {
      if (attachmentLabel(lines[i].text)) break;
      if (!RULES_TITLE.test(content(lines[i].text)) || !isTitleLike(lines, i, i)) continue;
      const history = nextNonBlank(lines, i + 1, to);
      if (history === undefined) continue;
      const republished = REPUBLISHED.test(content(lines[history].text));
      // Printed without that line: the title right over 第一章 or 第一条, after the decision amending them.
      if (!republished && !(opensRules(lines[history].text) && isDecision(parts[parts.length - 1].title))) continue;
      parts[parts.length - 1].range.end = lines[i - 1].end;
      parts.push({ kind: 'attached', range: { start: lines[i].start, end: lines[to - 1].end }, title: titleSpan(lines, i, i) });
      partStarts.push(i);
      mark(i, i);
      if (!republished) continue;
      reserved.add(history);
      i = history;
    }
  }
  for (let i = mainEnd + 1; i < to; i++) {
    if (!lines[i].text.includes('附')) continue;
    const label = lines[i].text.length <= 12 ? attachmentLabel(lines[i].text) : undefined;
    // "附件1：title" on one line: the title is the rest of the line.
    const inline = label || attachmentsTableRow(lines, i, mainEnd + 1, to) ? undefined : attachmentLabelWithTitle(lines[i].text, i === labelledAttachment);
    if (!label && !(inline && inlineTitleLike(lines[i].text.slice(inline.titleAt)))) continue;
    const t = label ? attachmentTitleBlock(lines, i + 1, to) : undefined;
    const titleOk = t && isTitleLike(lines, t.from, t.to);
    reserved.add(i);
    if (titleOk) mark(t!.from, t!.to);
    const part = parts.length;
    if (parts.length > 1) parts[parts.length - 1].range.end = lines[i - 1].end;
    const attachmentTitle = inline ? spanOfLines(lines, i, i, inline.titleAt) : titleOk ? titleSpan(lines, t!.from, t!.to) : undefined;
    parts.push({ kind: 'attachment', range: { start: lines[i].start, end: lines[to - 1].end }, title: attachmentTitle });
    partStarts.push(i);
    const labelStart = lines[i].start + prefixLength(lines[i].text);
    attachments.push({
      range: { start: lines[i].start, end: lines[to - 1].end },
      labelRange: { start: labelStart, end: labelStart + (inline ? inline.labelLength : content(lines[i].text).length) },
      number: label ? label.number : inline?.number,
      sub: label ? label.sub : inline?.sub,
      title: attachmentTitle,
      part,
    });
    if (attachments.length > 1) attachments[attachments.length - 2].range.end = lines[i - 1].end;
  }
  const partOf = (line: number) => {
    let p = 0;
    while (p + 1 < partStarts.length && partStarts[p + 1] <= line) p++;
    return p;
  };

  // Tables written one cell per line: their lines are cells, never headings or pieces of a paragraph.
  const bodyFrom = cursor;
  for (const t of cellTables) {
    t.table.part = partOf(t.from);
    mark(t.from, t.to);
  }
  const rowLabelLines = new Set<number>();
  const tabTables = findTables(lines, bodyFrom, to, partOf, rowLabelLines);
  const tables = cellTables.length ? [...tabTables, ...cellTables.map((t) => t.table)].sort((a, b) => a.range.start - b.range.start) : tabTables;

  // Headings, per part; no line of a table's rows is one.
  // A name's last character a wrap put at a line's start (赵小 / 六、孙七。) is no label either.
  const wrapped = wrappedNameLabels(lines, bodyFrom, to, reserved);
  for (const i of wrappedFigureLabels(lines, bodyFrom, to, reserved)) wrapped.add(i);
  for (const i of wrappedRunLabels(lines, bodyFrom, to, reserved)) wrapped.add(i);
  for (const i of wrappedSentenceLabels(lines, bodyFrom, to, reserved)) wrapped.add(i);
  const noHeading = rowLabelLines.size || wrapped.size ? new Set([...reserved, ...rowLabelLines, ...wrapped]) : reserved;
  const headings: Heading[] = [];
  for (let p = 0; p < parts.length; p++) {
    const from = Math.max(bodyFrom, partStarts[p]);
    const until = p + 1 < partStarts.length ? partStarts[p + 1] : to;
    append(headings, buildHeadings(lines, from, until, p, lines[until - 1].end, noHeading));
  }
  linkHeadings(headings);

  const paragraphs = buildParagraphs(lines, bodyFrom, to, { reserved, notHeadings: wrapped });
  const numbers = [...partnerNumbers(text, lines, start), ...findDocNumbers(text, 'citation', lines[bodyFrom]?.start ?? text.length, lines[to - 1].end)];
  const citations: Citation[] = [];
  const annotations: UnitAnnotation[] = [];
  const attachmentRefs: AttachmentRef[] = [];
  const counts: CountClaim[] = findTableCounts(tables);
  for (const p of paragraphs) {
    if (p.text.includes('《')) append(citations, findCitations(text, p, numbers));
    if (mayHoldAnnotation(p.text)) append(annotations, findUnitAnnotations(p));
    if (p.text.includes('附件')) append(attachmentRefs, attachmentRefsIn(p));
    // A tabbed line is a table row: the table's counts come from findTableCounts.
    if (p.text.includes('共') && !isTableRow(p.text)) {
      append(counts, matchAll(COUNT, p, (m, range) => ({ value: Number(halfWidthDigits(m[1])), range })));
    }
  }
  const tasks = buildTasks(headings, parts, annotations, tables);

  const document: GazetteDocument = {
    kind: start.kind,
    range: { start: lines[start.from].start, end: lines[to - 1].end },
    title,
    preTitle,
    number: start.number,
    addressee,
    signature,
    parts,
    headings,
    tasks,
    tables,
    counts,
    attachmentDecls,
    attachments,
    attachmentRefs,
  };
  return { document, paragraphs, citations, numbers };
}

/** 见附件N references of a paragraph: each attachment of a chain (见附件1、附件2) one, the first from its 见. */
function attachmentRefsIn(p: Paragraph): AttachmentRef[] {
  const out: AttachmentRef[] = [];
  ATTACHMENT_CHAIN.lastIndex = 0;
  for (let chain: RegExpExecArray | null; (chain = ATTACHMENT_CHAIN.exec(p.text)); ) {
    ATTACHMENT_REF.lastIndex = 0;
    for (let m: RegExpExecArray | null, first = true; (m = ATTACHMENT_REF.exec(chain[0])); first = false) {
      const from = chain.index + (first ? 0 : m.index);
      out.push({ range: sourceRange(p, from, chain.index + m.index + m[0].length), number: m[1] ? numeralValue(m[1]) : undefined, ...(m[2] ? { sub: numeralValue(m[2]) } : {}) });
    }
  }
  return out;
}

function matchAll<T>(re: RegExp, p: Paragraph, make: (m: RegExpExecArray, range: { start: number; end: number }) => T): T[] {
  const out: T[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p.text))) out.push(make(m, sourceRange(p, m.index, m.index + m[0].length)));
  return out;
}

/** Heading items and table rows, with the annotations that fall inside them. */
function buildTasks(headings: Heading[], parts: DocumentPart[], annotations: UnitAnnotation[], tables: GazetteDocument['tables']): Task[] {
  const tasks: Task[] = [];
  let a = 0;
  for (let h = 0; h < headings.length; h++) {
    const start = headings[h].range.start;
    const nextSame = headings[h + 1] && headings[h + 1].part === headings[h].part ? headings[h + 1].range.start : parts[headings[h].part].range.end;
    const end = Math.min(nextSame, headings[h].blockEnd > start ? headings[h].blockEnd : nextSame);
    while (a < annotations.length && annotations[a].range.start < start) a++;
    const mine: UnitAnnotation[] = [];
    for (let k = a; k < annotations.length && annotations[k].range.start < end; k++) mine.push(annotations[k]);
    tasks.push({ range: { start, end }, heading: h, annotations: mine });
  }
  tables.forEach((table, t) => {
    const cols = [table.columns.units, table.columns.lead, table.columns.support];
    if (cols.every((c) => c === undefined)) return;
    table.rows.forEach((row, r) => {
      // A total row (合计 共41项…) is no task.
      if (row.isHeader || row.unaligned || isTotalRow(row)) return;
      const anns: UnitAnnotation[] = [];
      cols.forEach((c, k) => {
        const cell = c !== undefined ? row.cells[c] : undefined;
        if (cell && cell.text.trim()) anns.push(annotationFromCell(cell, k === 1 ? 'lead' : k === 2 ? 'support' : 'responsible'));
      });
      tasks.push({ range: row.range, table: t, row: r, annotations: anns });
    });
  });
  return tasks;
}

/** The rest of an addressee after a blank line: short, and ending as the name of a body does (办事处：, 各单位：), not 市政府决定：. */
const ADDRESSEE_TAIL = /^[^。；;：:，,]{1,28}(?:政府|部门|单位|机构|机关|办事处|委员会|局|委|办|厅|院|会|处|室|所|中心|公司|集团|学校|街道|乡镇|镇|乡)[:：]$/;

/** The plan a notice issues, as its title names it: 关于印发X的通知 → X. */
const ISSUED = /(?:印发|转发|颁布)《?(.+?)》?的(?:通知|决定)$/;

/**
 * The last line of the title of the plan a notice issues: its block's, or a later line's where a blank
 * line cut the title (临安市推进数字经济 / / 高质量发展实施方案) and the lines joined make the name the
 * notice gives it.
 */
function titleRunningOn(lines: readonly Line[], block: { from: number; to: number }, to: number, noticeTitle: string): number {
  const issued = ISSUED.exec(noticeTitle)?.[1];
  let joined = titleSpan(lines, block.from, block.to).norm;
  if (!issued || joined === issued || !issued.startsWith(joined)) return block.to;
  for (let next = nextBlock(lines, block.to + 1, to, 1), k = 0; next && k < 2; next = nextBlock(lines, next.to + 1, to, 1), k++) {
    joined += titleSpan(lines, next.from, next.to).norm;
    if (joined === issued) return next.to;
    if (!issued.startsWith(joined)) break;
  }
  return block.to;
}

function titleSpan(lines: readonly Line[], from: number, to: number): TextSpan {
  return spanOfLines(lines, from, to, prefixLength(lines[from].text));
}

/**
 * The title under an attachment's label: the next block of lines, or where no blank line sets it off
 * (a hard-wrapped PDF text), its first line when what follows is the attachment's text: an indented
 * paragraph, a heading, a table row.
 */
function attachmentTitleBlock(lines: readonly Line[], from: number, to: number): { from: number; to: number } | undefined {
  // A page break between the label and its title leaves a page number and a running header: no part of the title.
  while (from < to && (isBlank(lines[from].text) || isPageArtifactLine(lines[from].text))) from++;
  const found = nextBlock(lines, from, to, 3);
  if (!found) return undefined;
  // A pipe table right under the title (a Markdown export without blank lines) is none of it: isTitleLike, which
  // knows a TAB table's row by its TABs, would take it for the title's last line.
  // Nor, where no blank line sets them off, the （略） that stands for the attachment's body or the next label.
  let last = found.from;
  while (last < found.to && !isPipeRow(lines[last + 1].text) && !endsTitleBlock(lines[last + 1].text)) last++;
  const block = { from: found.from, to: last };
  if (block.from === block.to || isTitleLike(lines, block.from, block.to)) return block;
  const next = lines[block.from + 1].text;
  const bodyFollows = /^[ \t\u3000]{2,}/.test(next) || isTableRow(next) || !!parseHeadingLabel(next);
  return bodyFollows ? { from: block.from, to: block.from } : block;
}

/** （略） alone, the body of an attachment not printed, or the label of the next attachment (附件2). */
function endsTitleBlock(text: string): boolean {
  const c = content(text);
  return /^[(（][ \t]*(?:略|另发|另行印发)[ \t]*[)）]$/.test(c) || (c.length <= 12 && attachmentLabel(text) !== undefined);
}

/**
 * The other organs' numbers a joint document prints beside its own (某政办发〔2024〕12号　某财农〔2024〕5号), or
 * one under another: no number of a document of the issue, they are checked as cited numbers are.
 */
function partnerNumbers(text: string, lines: readonly Line[], start: DocumentStart): DocNumber[] {
  const own = start.number;
  if (start.numberLine === undefined || !own) return [];
  // From the own number to the end of the last line of numbers: beside it, or on the lines under it.
  return findDocNumbers(text, 'citation', own.range.end, lines[start.numberLine].end);
}

/**
 * A line opening a plan's outline, never a title's second line: 第一章, 第一节, 第一条 or 一、; the plan's own
 * 目录; or the first chapter of a decimal outline (1　总则 over 1.1).
 */
function opensOutline(lines: readonly Line[], i: number, to: number): boolean {
  const text = lines[i].text;
  const kind = parseHeadingLabel(text)?.kind;
  if (kind === 'chapter' || kind === 'section' || kind === 'article' || kind === 'cn') return true;
  if (/^目[ \u3000]*录$/.test(content(text))) return true;
  const chapter = chapterShape(text);
  const below = chapter ? nextNonBlank(lines, i + 1, to) : undefined;
  const first = below !== undefined ? parseHeadingLabel(lines[below].text) : undefined;
  return first?.kind === 'decimal' && first.path![0] === Number(halfWidthDigits(chapter![1])) && first.path![1] === 1;
}

/** The next block of consecutive non-blank lines (at most `max` lines). */
export function nextBlock(lines: readonly Line[], from: number, to: number, max: number): { from: number; to: number } | undefined {
  let i = from;
  while (i < to && isBlank(lines[i].text)) i++;
  if (i >= to) return undefined;
  let j = i;
  while (j + 1 < to && j - i + 1 < max && !isBlank(lines[j + 1].text)) j++;
  return { from: i, to: j };
}


function isOrganLine(text: string): boolean {
  const c = content(text);
  return c.length > 1 && c.length <= ORGAN_MAX && !/[。，,；;：:！？!?“”《》\t]/.test(c) && !/^[一二三四五六七八九十]+、/.test(c);
}

/**
 * A row of a table that lists attachments (附件1<TAB>报名表<TAB>1份 over 附件2<TAB>…): cells after the label, or a row
 * right next to it that also opens with one. A label with its title after a TAB stands alone (附件2<TAB>体检项目和标准).
 */
function attachmentsTableRow(lines: readonly Line[], i: number, from: number, to: number): boolean {
  const cells = cellCount(lines[i].text);
  if (cells < 2) return false;
  // The line right above or below, of as many cells, that also opens with a label: the two are rows of one table (a
  // label stands apart from its attachment's text).
  const sameRow = (k: number) => k >= from && k < to && cellCount(lines[k].text) === cells && attachmentLabelWithTitle(lines[k].text) !== undefined;
  return cells > 2 || sameRow(i - 1) || sameRow(i + 1);
}

/** How many TAB-separated cells a line holds that are not empty. */
function cellCount(text: string): number {
  return text.includes('\t') ? content(text).split('\t').filter((cell) => cell.trim() !== '').length : 0;
}

/** The title after "附件1：": short, no sentence in it. */
function inlineTitleLike(text: string): boolean {
  const t = content(text);
  return t.length > 0 && t.length <= 60 && !/[。；;！？!?]/.test(t);
}

/** Short, unpunctuated text: a title rather than a paragraph. `trailingMark`: tolerate one stray mark at the end (a typo). */
export function isTitleLike(lines: readonly Line[], from: number, to: number, trailingMark = false): boolean {
  let t = '';
  for (let i = from; i <= to; i++) t += content(lines[i].text);
  if (trailingMark) t = t.replace(/[。，,；;：:、]$/, '');
  return t.length >= 4 && t.length <= 120 && !/[。；;！？!?\t]|[:：]$/.test(t) && !/^附[ \t]*件/.test(t);
}
