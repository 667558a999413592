// numbering/sequence: labels of one list run on without gaps or repeats —
// headings at every level, 专栏N, 附件N, the questions of a piece in questions and answers (一问, 问题一, 问1), and the
// 序号 column of tables and of the 发文目录, and a column of codes that follows the 序号 (编号 5-1 … 5-18).
import type { GazetteDocument, Heading, Range } from '../../model';
import type { Fix, Rule, RuleContext } from '../types';
import { expectedLast, findBreaks, runMode, type Break } from './gaps';
import { headingTree, labelWith, numeralRange, numeralText, runInValue, type SiblingList } from './lists';
import { addTo } from '../../arrays';
import { logicalTables, seqValue } from './tables';
import { attachmentName } from '../../parse/attachments';
import { scheduleLabels, type ScheduleLabel } from '../shared/schedules';
import { INSERTED_ARTICLE, shownLabel } from '../../parse/headings';
import { chineseToInt, intToChinese } from '../../parse/text';
import { questionNumbers, type QuestionNumber } from '../shared/questions';
import { bracketNotes } from '../shared/bracket-notes';
import { checkCodeColumns } from './code-columns';

const rule: Rule = {
  id: 'numbering/sequence',
  category: 'numbering',
  defaultSeverity: 'error',
  description: '同级编号连续，不跳号、不重号 (sibling labels run on without gaps or repeats)',
  fixable: true,
  checkDocument(ctx, doc) {
    checkHeadings(ctx, doc);
    checkInsertedArticles(ctx, doc);
    checkBoxes(ctx, doc);
    checkSchedules(ctx, doc);
    checkAttachments(ctx, doc);
    checkTables(ctx, doc);
    checkCodeColumns(ctx, doc);
    checkQuestions(ctx, doc);
    checkBracketNotes(ctx, doc);
  },
  checkOutside(ctx) {
    checkDirectory(ctx);
  },
};

export default rule;

/** One run of labels to check, with how to name and relabel each of them. */
interface Run {
  values: number[];
  starts: number[];
  /** The label as written, or as it would read with value v. */
  label(i: number, v?: number): string;
  /** Where the numeral is, and the numeral for value v. */
  range(i: number): Range;
  numeral(i: number, v: number): string;
  /** Set when the allowed start comes from the document's own style (restart or run on). */
  style?: 'restart' | 'continue';
}

function report(ctx: RuleContext, run: Run, what: string): Break[] {
  const breaks = findBreaks(run.values, run.starts);
  for (const b of breaks) {
    const { message, fix } = describe(run, b, what);
    ctx.report({ message, range: run.range(b.index), fix });
  }
  return breaks;
}

function describe(run: Run, b: Break, what: string): { message: string; fix?: Fix } {
  const i = b.index;
  const here = run.label(i);
  const prev = i > 0 ? run.label(i - 1) : undefined;
  const v = run.values[i];
  switch (b.type) {
    case 'odd': {
      const want = run.label(i, b.expected);
      const why =
        prev !== undefined && run.values[i - 1] === v
          ? [`与上一项重复`, `repeats the previous label`]
          : i === 0
            ? [run.style === 'continue' ? '未接续上一组的编号' : '不是本组的起始编号', run.style === 'continue' ? 'does not continue the previous list' : 'does not start the list']
            : [`不连续（上一项为“${prev}”）`, 'is out of sequence'];
      return {
        message: `${what}“${here}”${why[0]}，应为“${want}” (label ${v} ${why[1]}; expected ${b.expected})`,
        fix: { title: `改为“${want}” (relabel as ${b.expected})`, edits: [{ range: run.range(i), text: run.numeral(i, b.expected) }] },
      };
    }
    case 'start': {
      const want = b.expected.map((e) => `“${run.label(i, e)}”`).join('或');
      const style = run.style === 'continue' ? '（本文件此级编号跨组连续）' : run.style === 'restart' ? '（本文件此级编号每组从头开始）' : '';
      return { message: `${what}“${here}”不是应有的起始编号，应为${want}${style} (list starts at ${v}, expected ${b.expected.join(' or ')})` };
    }
    case 'repeat':
      return { message: `${what}“${here}”重复 (label ${v} is repeated)` };
    case 'skip': {
      const [a, z] = b.missing;
      const gap = a === z ? `“${run.label(i, a)}”` : `“${run.label(i, a)}”至“${run.label(i, z)}”`;
      return { message: `${what}跳号：“${prev}”之后为“${here}”，缺少${gap} (${a === z ? `label ${a}` : `labels ${a}-${z}`} missing before ${v})` };
    }
    case 'back':
      return { message: `${what}顺序有误：“${here}”排在“${prev}”之后 (label ${v} comes after ${run.values[i - 1]})` };
  }
}

function checkHeadings(ctx: RuleContext, doc: GazetteDocument): void {
  const { lists } = headingTree(ctx.issue, doc);
  const hs = doc.headings;
  const first = (l: SiblingList) => hs[l.items[0]].range.start;
  const value = (k: number) => hs[k].value;
  // Lists of one part and level in document order; and of one style scope (same grandparent). A box's or a
  // note's own lists are apart: the text's list runs on over them (…2． / 专栏 1．2．3． / （二） 3．).
  const byLevel = new Map<string, SiblingList[]>();
  const byScope = new Map<string, SiblingList[]>();
  for (const l of [...lists].sort((a, b) => first(a) - first(b))) {
    addTo(byLevel, `${l.part}|${l.apart}|${l.key}`, l);
    addTo(byScope, `${l.part}|${l.apart}|${l.key}|${l.scope}`, l);
  }
  /** The latest list of the level that ends before list `at` begins. */
  const prevOf = (level: SiblingList[], at: number): SiblingList | undefined => {
    for (let k = at - 1; k >= 0; k--) {
      const o = level[k];
      if (hs[o.items[o.items.length - 1]].range.start < first(level[at])) return o;
    }
    return undefined;
  };
  // Where each list ends, as its own run says (one odd last label does not shift the next list).
  const ends = new Map<SiblingList, number>();
  const prevLast = new Map<SiblingList, number | undefined>();
  // And as printed: after 第六条, 第八条 (one skipped, reported there) the next chapter may go on from either.
  const prevPrinted = new Map<SiblingList, number | undefined>();
  for (const level of byLevel.values()) {
    for (const [at, l] of level.entries()) {
      const p = prevOf(level, at);
      const last = p ? ends.get(p) : undefined;
      prevLast.set(l, last);
      prevPrinted.set(l, p ? value(p.items[p.items.length - 1]) : undefined);
      ends.set(l, expectedLast(l.items.map(value), last !== undefined ? [1, last + 1] : [1]));
    }
  }
  // The style of a scope: how its lists after the first start (restart at 1, or run on).
  const mode = new Map<SiblingList, 'restart' | 'continue' | undefined>();
  const votes = new Map<SiblingList[], { restart: number; continue: number }>();
  for (const scope of byScope.values()) {
    const count = { restart: 0, continue: 0 };
    scope.forEach((l, k) => {
      const m = k > 0 && !l.segment ? runMode(l.items.map(value), prevLast.get(l)) : undefined;
      mode.set(l, m);
      if (m) count[m]++;
    });
    votes.set(scope, count);
  }
  // Labels relabelled above: their children follow the corrected number, or the corrected prefix.
  const corrected = new Map<number, number>();
  const relabelled = new Map<number, number[]>();
  // Labels whose own number is in doubt (a skip, a repeat before them): no prefix is taken from them for a fix.
  const doubtful = new Set<number>();
  // Labels off their parent's prefix whose right prefix is in doubt (reported without a fix).
  const unsure = new Set<number>();
  // The decimal labels of each part, as written (2.1, 3.2.1).
  const decimalLabels = new Map<number, Set<string>>();
  for (const h of hs) {
    if (h.kind !== 'decimal') continue;
    if (!decimalLabels.has(h.part)) decimalLabels.set(h.part, new Set());
    decimalLabels.get(h.part)!.add(h.path!.join('.'));
  }
  for (const l of lists) {
    const last = prevLast.get(l);
    const printed = prevPrinted.get(l);
    const goesOn = last === undefined ? [] : printed !== undefined && printed !== last ? [last + 1, printed + 1] : [last + 1];
    // A note's list whose first item shares the note's line (注：1．… / 2．…) goes on from it; so does a list whose first
    // item is run in after its lead's colon (主要目标：1．… / 2．…).
    const runIn = l.after === undefined && value(l.items[0]) > 1 ? runInValue(ctx.issue, hs[l.items[0]]) : undefined;
    let starts = l.after !== undefined ? [l.after + 1] : runIn !== undefined ? [runIn + 1, 1, ...goesOn] : [1, ...goesOn];
    let style: Run['style'];
    const scope = byScope.get(`${l.part}|${l.apart}|${l.key}|${l.scope}`)!;
    if (scope[0] !== l && !l.segment && last !== undefined) {
      // The other lists of the scope, all of one style.
      const count = { ...votes.get(scope)! };
      const own = mode.get(l);
      if (own) count[own]--;
      if (count.restart > 0 !== count.continue > 0) {
        style = count.restart > 0 ? 'restart' : 'continue';
        starts = style === 'restart' ? [1] : goesOn;
      }
    }
    const items = l.items.map((k) => hs[k]);
    const breaks = report(
      ctx,
      {
        values: items.map((h) => h.value),
        starts,
        style,
        label: (i, v) => shownLabel({ label: v === undefined ? items[i].label : labelWith(items[i], v) }),
        range: (i) => numeralRange(items[i]),
        numeral: (i, v) => numeralText(items[i], v),
      },
      '编号',
    );
    for (const b of breaks) {
      if (b.type === 'odd') corrected.set(l.items[b.index], b.expected);
      else doubtful.add(l.items[b.index]);
    }
    // Under a label reported off its own prefix without a fix, which prefix is right is unknown: that finding is enough.
    if (l.key.startsWith('decimal') && l.parent >= 0 && !unsure.has(l.parent)) {
      const parent = hs[l.parent];
      const want =
        relabelled.get(l.parent) ??
        (parent.kind === 'decimal' ? [...parent.path!.slice(0, -1), corrected.get(l.parent) ?? parent.value] : parent.kind === 'arabic' ? [corrected.get(l.parent) ?? parent.value] : undefined);
      if (!want) continue;
      const off = checkPrefixes(ctx, hs, l.items, parent, want, !doubtful.has(l.parent), decimalLabels);
      for (const [k, path] of off) {
        if (path) relabelled.set(k, [...path.slice(0, -1), corrected.get(k) ?? path[path.length - 1]]);
        else unsure.add(k);
      }
    }
  }
}

/**
 * 第十六条之一, 之二…, articles an amendment inserted after 第十六条: each follows 第十六条 or the one
 * before it (之二 after 之一).
 */
function checkInsertedArticles(ctx: RuleContext, doc: GazetteDocument): void {
  const articles = doc.headings.filter((h) => h.kind === 'article');
  if (articles.length === 0) return;
  const text = ctx.text.slice(doc.range.start, doc.range.end);
  if (!text.includes('条之')) return;
  let last: { base: number; sub: number; part: number } | undefined;
  for (const m of text.matchAll(INSERTED_ARTICLE)) {
    const at = doc.range.start + m.index!;
    const part = doc.parts.findIndex((p) => p.range.start <= at && at < p.range.end);
    const before = articles.filter((h) => h.part === part && h.range.start < at).pop();
    if (!before) continue;
    const base = chineseToInt(m[2]);
    const sub = chineseToInt(m[3]);
    // The last article or inserted article printed before this one, in this part.
    const previous = last && last.part === part && last.base === before.value ? last : { base: before.value, sub: 0, part };
    last = { base, sub, part };
    if (base === previous.base && sub === previous.sub + 1) continue;
    const here = m[1];
    const after = previous.sub === 0 ? `第${intToChinese(previous.base)}条` : `第${intToChinese(previous.base)}条之${intToChinese(previous.sub)}`;
    const message =
      base === previous.base && sub === previous.sub && sub > 0
        ? `条文编号“${here}”重复 (inserted article ${base}-${sub} is repeated)`
        : base === previous.base && sub > previous.sub + 1
        ? `条文编号跳号：“${after}”之后为“${here}”，缺少“第${m[2]}条之${intToChinese(previous.sub + 1)}” (inserted article ${base}-${previous.sub + 1} missing before ${base}-${sub})`
        : `条文编号顺序有误：“${here}”排在“${after}”之后 (inserted article ${base}-${sub} does not follow article ${base}${sub > 1 ? `-${sub - 1}` : ''})`;
    const labelAt = at + m[0].indexOf(m[1]);
    ctx.report({ message, range: { start: labelAt, end: labelAt + m[1].length } });
  }
}

/**
 * 2.1 must sit under 2. (or 2.1.1 under 2.1); `want` is the prefix the parent gives. The labels off it get its
 * prefix as a fix where that is safe: the parent's own number is not in doubt (`sure`), the labels off it agree on
 * one wrong prefix (3　保障措施 over 2.1 2.2), and none would become a label the part already has (`written`: the
 * part's decimal labels). Returns the labels off the prefix, each with the path its fix gives, or undefined.
 */
function checkPrefixes(
  ctx: RuleContext,
  hs: readonly Heading[],
  list: readonly number[],
  parent: Heading,
  want: number[],
  sure: boolean,
  written: ReadonlyMap<number, ReadonlySet<string>>,
): Map<number, number[] | undefined> {
  // A label of another kind filed in this list as a wrong level (1. among 1.1 1.2) has no prefix to compare.
  const prefixOf = (k: number) => hs[k].path!.slice(0, -1);
  const wrong = list.filter((k) => hs[k].kind === 'decimal' && prefixOf(k).length === want.length && prefixOf(k).some((p, n) => p !== want[n]));
  const off = new Map<number, number[] | undefined>();
  if (wrong.length === 0) return off;
  const target = (k: number) => [...want, hs[k].value];
  // Where a label would become one the part already has (3.1 3.2 under 2 after 2.1: the chapter over them was
  // lost), relabelling makes things worse: none of them is fixed.
  const moved = new Set(wrong.map((k) => hs[k].path!.join('.')));
  const part = written.get(parent.part);
  const taken = (path: string) => !moved.has(path) && part !== undefined && part.has(path);
  const oneWrongPrefix = new Set(wrong.map((k) => prefixOf(k).join('.'))).size === 1;
  // A parent relabelled itself is named as it will read.
  const name = parent.label.trim();
  const parentName = parent.kind === 'decimal' && parent.path!.join('.') !== want.join('.') ? `“${name}”（应为“${want.join(parent.separator || '.')}”）` : `“${name}”`;
  const safe = sure && oneWrongPrefix && wrong.every((k) => !taken(target(k).join('.')));
  for (const k of wrong) {
    const h = hs[k];
    const sep = h.label.includes('．') ? '．' : '.';
    const digits = /^[\d.．]+/.exec(h.label)![0];
    const fixed = target(k).join(sep);
    const range = { start: h.labelRange.start, end: h.labelRange.start + digits.length };
    off.set(k, safe ? target(k) : undefined);
    ctx.report({
      message: `编号“${digits}”与所属的${parentName}不符，应为“${fixed}” (prefix does not match the parent heading ${want.join('.')}; expected ${fixed})`,
      range,
      fix: safe ? { title: `改为“${fixed}” (relabel as ${fixed})`, edits: [{ range, text: fixed }] } : undefined,
    });
  }
  return off;
}

function checkBoxes(ctx: RuleContext, doc: GazetteDocument): void {
  const parts = new Map<number, Heading[]>();
  for (const h of doc.headings) if (h.kind === 'box') addTo(parts, h.part, h);
  for (const boxes of parts.values()) {
    report(
      ctx,
      {
        values: boxes.map((h) => h.value),
        starts: [1],
        label: (i, v) => (v === undefined ? boxes[i].label : labelWith(boxes[i], v)),
        range: (i) => numeralRange(boxes[i]),
        numeral: (_i, v) => String(v),
      },
      '专栏编号',
    );
  }
}

/** [1] [2] … the notes under a 注释：. */
function checkBracketNotes(ctx: RuleContext, doc: GazetteDocument): void {
  for (const notes of bracketNotes(ctx.issue, doc)) {
    report(
      ctx,
      { values: notes.map((n) => n.value), starts: [1], label: (i, v) => `[${v ?? notes[i].value}]`, range: (i) => notes[i].range, numeral: (_i, v) => String(v) },
      '注释编号',
    );
  }
}

/** 附表1, 附表2 … per part of the document. */
function checkSchedules(ctx: RuleContext, doc: GazetteDocument): void {
  const parts = new Map<number, ScheduleLabel[]>();
  for (const s of scheduleLabels(ctx.issue, doc)) addTo(parts, s.part, s);
  for (const labels of parts.values()) {
    report(
      ctx,
      { values: labels.map((s) => s.number), starts: [1], label: (i, v) => `附表${v ?? labels[i].number}`, range: (i) => labels[i].range, numeral: (_i, v) => String(v) },
      '附表编号',
    );
  }
}

function checkAttachments(ctx: RuleContext, doc: GazetteDocument): void {
  // 附件说明: numbered items per part.
  const partOf = (at: number) => doc.parts.findIndex((p) => p.range.start <= at && at < p.range.end);
  const decls = new Map<number, typeof doc.attachmentDecls>();
  for (const d of doc.attachmentDecls) {
    if (d.number === undefined || !d.numberRange) continue;
    const p = partOf(d.range.start);
    addTo(decls, p, d);
  }
  for (const list of decls.values()) {
    if (list.some((d) => d.sub !== undefined)) {
      subNumbered(ctx, list, (d) => d.numberRange!, (d) => d.subRange, (number, sub) => `${attachmentName({ number, sub }).slice(2)}.`, '附件说明编号');
      continue;
    }
    report(
      ctx,
      {
        values: list.map((d) => d.number!),
        starts: [1],
        label: (i, v) => `${v ?? list[i].number}.`,
        range: (i) => list[i].numberRange!,
        numeral: (_i, v) => String(v),
      },
      '附件说明编号',
    );
  }
  // Printed attachments 附件1, 附件2 … (an attachment marked 略 leaves a legitimate gap).
  const printed = doc.attachments.filter((a) => a.number !== undefined);
  if (printed.length === 0) return;
  // Fewer printed than declared, the missing numbers declared: each missing one is reported where it is
  // (declared but not printed, or printed without its 附件 label), not again as a gap here.
  const declared = new Set(doc.attachmentDecls.map((d) => d.number));
  const numbers = new Set(printed.map((a) => a.number));
  const top = Math.max(...printed.map((a) => a.number!));
  const unprinted = Array.from({ length: top }, (_, k) => k + 1).filter((n) => !numbers.has(n));
  const explained = doc.attachments.length < doc.attachmentDecls.length && unprinted.every((n) => declared.has(n));
  const omitted = explained || doc.attachmentDecls.some((d) => d.omitted);
  const range = (i: number): Range => {
    const a = printed[i];
    const text = ctx.text.slice(a.labelRange.start, a.labelRange.end);
    const m = /\d+|[一二三四五六七八九十]+/.exec(text)!;
    return { start: a.labelRange.start + m.index, end: a.labelRange.start + m.index + m[0].length };
  };
  if (printed.some((a) => a.sub !== undefined)) {
    const numeralAt = (a: (typeof printed)[number], k: number): Range | undefined => {
      const text = ctx.text.slice(a.labelRange.start, a.labelRange.end);
      const m = [...text.matchAll(/\d+|[一二三四五六七八九十]+/g)][k];
      return m ? { start: a.labelRange.start + m.index!, end: a.labelRange.start + m.index! + m[0].length } : undefined;
    };
    subNumbered(ctx, printed, (a) => numeralAt(a, 0)!, (a) => (a.sub !== undefined ? numeralAt(a, 1) : undefined), (number, sub) => attachmentName({ number, sub }), '附件编号');
    return;
  }
  const values = printed.map((a) => a.number!);
  const run: Run = { values, starts: [1], label: (i, v) => `附件${v ?? values[i]}`, range, numeral: (_i, v) => String(v) };
  if (!omitted) {
    report(ctx, run, '附件编号');
    return;
  }
  for (let i = 1; i < values.length; i++) {
    if (values[i] > values[i - 1]) continue;
    const b: Break = values[i] === values[i - 1] ? { index: i, type: 'repeat' } : { index: i, type: 'back' };
    ctx.report({ message: describe(run, b, '附件编号').message, range: range(i) });
  }
}

function checkTables(ctx: RuleContext, doc: GazetteDocument): void {
  for (const t of logicalTables(doc)) {
    if (t.seq === undefined) continue;
    // Groups: a new 类别 (any non-empty cell left of 序号) may restart the numbering.
    const groups: { values: number[]; ranges: Range[] }[] = [];
    let current: (typeof groups)[number] | undefined;
    let group = '';
    for (const row of t.rows) {
      if (row.isHeader || t.isTotal(row)) continue;
      const name = t.groupName(row);
      if (name !== undefined && name !== group) {
        group = name;
        current = undefined;
      }
      const seq = seqValue(row, t.seq);
      if (!seq) continue;
      if (!current) groups.push((current = { values: [], ranges: [] }));
      current.values.push(seq.value);
      current.ranges.push(seq.range);
    }
    const ends: number[] = [];
    groups.forEach((g, k) => {
      const before = k === 0 ? t.prevLast : ends[k - 1];
      ends.push(expectedLast(g.values, before === undefined ? [1] : [1, before + 1]));
    });
    const modes = groups.map((g, k) => (k === 0 ? undefined : runMode(g.values, ends[k - 1])));
    groups.forEach((g, k) => {
      const before = k === 0 ? t.prevLast : ends[k - 1];
      let starts = before === undefined ? [1] : [1, before + 1];
      let style: Run['style'];
      const others = modes.filter((m, j) => j > 0 && j !== k && m !== undefined);
      if (k > 0 && others.length > 0 && others.every((m) => m === others[0])) {
        style = others[0];
        starts = style === 'restart' ? [1] : [before! + 1];
      }
      report(ctx, { values: g.values, starts, style, label: (i, v) => String(v ?? g.values[i]), range: (i) => g.ranges[i], numeral: (_i, v) => String(v) }, '序号');
    });
  }
}


/**
 * 一问 二问 三问…, 问题一 问题二…, 问1 问2…: one run per form of label. A 1 starts another run (the questions of
 * each heading may be counted from 一问 again).
 */
function checkQuestions(ctx: RuleContext, doc: GazetteDocument): void {
  const forms = new Map<string, QuestionNumber[]>();
  for (const q of questionNumbers(ctx.issue, doc)) addTo(forms, q.form, q);
  for (const labels of forms.values()) {
    let from = 0;
    for (let i = 1; i <= labels.length; i++) {
      if (i < labels.length && labels[i].value !== 1) continue;
      const run = labels.slice(from, i);
      report(
        ctx,
        { values: run.map((q) => q.value), starts: [1], label: (k, v) => (v === undefined ? run[k].label : run[k].relabel(v)), range: (k) => run[k].range, numeral: (k, v) => (run[k].arabic ? String(v) : intToChinese(v)) },
        '问题编号',
      );
      from = i;
    }
  }
}

/** The 发文目录's column of 序号: one run over its page breaks, or one per table where a 1 starts another. */
function checkDirectory(ctx: RuleContext): void {
  const rows = ctx.issue.directory?.rows ?? [];
  if (rows.length < 2 || !rows.every((r) => r.serial)) return;
  let from = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i].serial!.value !== 1) continue;
    const run = rows.slice(from, i);
    const values = run.map((r) => r.serial!.value);
    report(ctx, { values, starts: [1], label: (k, v) => String(v ?? values[k]), range: (k) => run[k].serial!.range, numeral: (_k, v) => String(v) }, '序号');
    from = i;
  }
}

/**
 * Attachments numbered in two parts (附件1-1, 附件1-2, 附件2): the first numbers run 1, 2, 3 over the
 * groups of items that share one, and the second numbers run from 1 within each group.
 */
function subNumbered<T extends { number?: number; sub?: number }>(
  ctx: RuleContext,
  items: readonly T[],
  majorRange: (item: T) => Range,
  subRange: (item: T) => Range | undefined,
  label: (major: number, sub?: number) => string,
  what: string,
): void {
  const groups: T[][] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last[0].number === item.number) last.push(item);
    else groups.push([item]);
  }
  report(
    ctx,
    // A group is named by its first number alone (附件1 for 附件1-1 … 附件1-3).
    { values: groups.map((g) => g[0].number!), starts: [1], label: (i, v) => label(v ?? groups[i][0].number!), range: (i) => majorRange(groups[i][0]), numeral: (_i, v) => String(v) },
    what,
  );
  for (const g of groups) {
    const subs = g.filter((item) => item.sub !== undefined && subRange(item));
    if (subs.length === 0) continue;
    report(
      ctx,
      { values: subs.map((item) => item.sub!), starts: [1], label: (i, v) => label(g[0].number!, v ?? subs[i].sub), range: (i) => subRange(subs[i])!, numeral: (_i, v) => String(v) },
      what,
    );
  }
}
