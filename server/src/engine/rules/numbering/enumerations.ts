// Counts of an enumeration in running text: a count right after the items it counts (分为特别重大（Ⅰ级）、重大（Ⅱ级）、
// 较大（Ⅲ级）和一般（Ⅳ级）四个等级), a count announcing items marked 一是…二是… after its colon (以下三个方面：一是…；二是…),
// and a name counting its 一-items (“三个一”机制：一张清单、一套标准、一个平台). Only plainly delimited items are read:
// short items between 、 (the last two perhaps joined by 和, 及 or 与), or a run of markers from 1 to the paragraph's end
// (or over the paragraphs after a colon closing its own).
import type { GazetteDocument, Paragraph, Range } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { parseHeadingLabel } from '../../parse/headings';
import { halfWidthDigits, isTableRow, numeralValue, writtenLike } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';
import { markersOf, WORDED, type Kind, type Marker } from './inline';

const NUMERAL = '[两二三四五六七八九十]|[2-9]|1[0-9]';
/** What may not stand right before a count: a figure, an ordinal's or a rough count's word, a larger numeral. */
const NOT_BEFORE = '[0-9０-９.．第每前约近共计等一二三四五六七八九十百千万两零〇]';
// The patterns below test what precedes a count after reading its numeral (a lookbehind first would be tried at
// every character); a paragraph is first screened by the same shape without it.
/** Any of the three (a numeral before a measure word, “三个一”): one pass over a paragraph that holds none. */
const MAY_COUNT = /[两二三四五六七八九十0-9][ \t]*[个方项类种大级点条]/;
const MAY_COUNT_AFTER = /[两二三四五六七八九十][ \t]*[个方项类种大级]/;
const MAY_COUNT_BEFORE = new RegExp(`(?:${NUMERAL})[ \\t]*[个方项类种点条级][^。；;，,、：:！？!?]{0,12}[：:]`);
/**
 * A count of kinds, in words as such small counts are written (四个等级, 两级, 六大领域; 8个行政村 after 双桥镇、白沙乡
 * counts what is in them): not a part of a larger numeral or an ordinal (十二个, 第三类, 前三个), not rough (三个多月,
 * 三类以上), not closing a list left open (…等三个方面).
 */
const COUNT_AFTER = new RegExp(`([两二三四五六七八九十])(?<!${NOT_BEFORE}.)[ \\t]*(个方面|方面|个|项|类|种|大|级)(?![多余以左])`, 'g');
/** A count announcing the items after its colon (以下三个方面：, 做好四项工作：). */
const COUNT_BEFORE = new RegExp(`(?<!${NOT_BEFORE})(${NUMERAL})[ \\t]*(个方面|方面|个|项|类|种|点|条|级)[^。；;，,、：:！？!?]{0,12}[：:][ \\t\\u3000]*`, 'g');
/** “三个一”: a name whose items each open with 一 (一张清单、一套标准、一个平台), listed after its colon. */
const ONES = new RegExp(`“(${NUMERAL})个一”[^。；;，,：:“”]{0,8}[：:]`, 'g');

/** What ends the clause the items are in. */
const CLAUSE_END = '，,。；;：:！？!?\n';
const OPENERS = '（(“《【[';
const CLOSERS = '）)”》】]';
/** How far back items are read: a count's items are a short stretch of its clause. */
const REACH = 80;
/** An item (its bracketed note aside) longer than this is a clause, not an item. */
const ITEM = 12;
/**
 * Words before the count that make it a count of something else, or a bound (从A、B、C中选两个, A、B、C的两类,
 * 门诊、住院费用结算方式不少于3种, A、B设立两个).
 */
const NOT_ITEM_END = /(?:[中的之各这其共计约等于至到达]|超过|至少|包括|涵盖|涉及|形成|建成|建立|设立|设置|选择|确定|组建|打造|培育|开展|实施)$/;
/** Another count inside an item: the count after it is not of the items (在浙江、江苏两省设立三个). */
const INNER_COUNT = /[0-9０-９]|[两二三四五六七八九十][个项类种大级名家所条件批]/;
/** A count closing the first item (培育智慧商圈2个、智慧旅游景区五个): items each with its own count. */
const COUNT_AT_END = /[0-9０-９两二三四五六七八九十百千万][个项类种大级名家所条件批处座户]$/;
/** A conjunction joining the last two items (较大和一般, 较重或者严重, 较大以及一般); not one inside a word (及时, 涉及, 普及, 和谐, 参与, 或许). */
const JOIN = /或(?![许缺])|(?<![涉普顾参])[和及与](?![时谐其])/;

export function checkEnumerationCounts(ctx: RuleContext, doc: GazetteDocument): void {
  const paragraphs = paragraphsIn(ctx.issue, doc.range);
  for (const [k, p] of paragraphs.entries()) {
    if (!MAY_COUNT.test(p.text) || isTableRow(p.text)) continue;
    checkCountsAfter(ctx, p);
    checkPlaceCounts(ctx, p);
    checkTotalsAfter(ctx, p);
    checkCountsBefore(ctx, p, paragraphs, k + 1);
    checkOnes(ctx, p);
  }
}

function checkCountsAfter(ctx: RuleContext, p: Paragraph): void {
  if (!p.text.includes('、') || !MAY_COUNT_AFTER.test(p.text)) return;
  // A heading's label (一、) is no item.
  const label = parseHeadingLabel(p.text);
  const start = label ? label.at + label.label.length : 0;
  for (const m of p.text.matchAll(COUNT_AFTER)) {
    if (m.index! < start) continue;
    const listed = itemsBefore(p.text, start, m.index!);
    const claimed = numeralValue(m[1]);
    if (listed === undefined || listed.count === claimed || listed.other === claimed) continue;
    report(ctx, p, m.index!, `${m[1]}${m[2]}`, m[1], listed.count, sourceRange(p, listed.from, m.index!), {
      zh: `称“${m[1]}${m[2]}”，其前实际列出${listed.count}${measure(m[2])}`,
      en: `claims ${claimed}, ${listed.count} are listed before it`,
    });
  }
}

/**
 * A count in figures of places of one kind right after places each named with that kind (杨家村、李家村、花桥村3个村,
 * 辰阳区、沅北区2个区): the count of those named. After places of another kind (双桥镇、白沙乡8个行政村) it counts
 * what is in them; after 等 it may count more than those named. Not the places' units (2个区直部门, 3个村级组织).
 */
const PLACE_COUNT = /([0-9０-９]{1,3})[ \t]*个[ \t]*(行政村|村|社区|街道|乡镇|乡|镇|县|区)(?![直级属内])/g;
const NOT_BEFORE_FIGURE = /[0-9０-９.．第每前约近共计等]$/;

function checkPlaceCounts(ctx: RuleContext, p: Paragraph): void {
  if (!p.text.includes('、') || !/[0-9０-９][ \t]*个/.test(p.text)) return;
  const label = parseHeadingLabel(p.text);
  const start = label ? label.at + label.label.length : 0;
  for (const m of p.text.matchAll(PLACE_COUNT)) {
    if (m.index! < start || NOT_BEFORE_FIGURE.test(p.text.slice(Math.max(0, m.index! - 1), m.index!))) continue;
    const listed = itemsBefore(p.text, start, m.index!);
    if (listed === undefined || listed.other !== undefined) continue;
    const items = p.text.slice(listed.from, m.index!).split('、');
    const kinds = m[2] === '乡镇' ? ['乡', '镇'] : [m[2].replace(/^行政/, '')];
    if (items.length !== listed.count || !items.every((item) => kinds.some((k) => item.trimEnd().endsWith(k)))) continue;
    const claimed = Number(halfWidthDigits(m[1]));
    if (claimed === listed.count) continue;
    report(ctx, p, m.index!, `${m[1]}个${m[2]}`, m[1], listed.count, sourceRange(p, listed.from, m.index!), {
      zh: `称“${m[1]}个${m[2]}”，其前实际列出${listed.count}个`,
      en: `claims ${claimed}, ${listed.count} are listed before it`,
    });
  }
}

/**
 * A total in its own clause after items each ending as what it counts does (综合协调组、抢险排涝组、…、新闻宣传组，共6个
 * 工作组; 杨家村、李家村，共2个村): the count of those items. Items of another kind (市教育局、市财政局，共8个部门) are
 * not read: the count may take in others.
 */
const TOTAL_AFTER = /[，,][ \t]*共[ \t]*([0-9０-９]{1,2}|[两二三四五六七八九十]{1,3})[ \t]*(个|项|类|种|家|所|支|座|条)[ \t]*([\u4e00-\u9fff]{1,6}?)(?=[，,。；;]|$)/g;

function checkTotalsAfter(ctx: RuleContext, p: Paragraph): void {
  if (!p.text.includes('、') || !p.text.includes('共')) return;
  const label = parseHeadingLabel(p.text);
  const start = label ? label.at + label.label.length : 0;
  for (const m of p.text.matchAll(TOTAL_AFTER)) {
    if (m.index! < start) continue;
    const listed = itemsBefore(p.text, start, m.index!);
    if (listed === undefined || listed.other !== undefined) continue;
    const kind = m[3].slice(-1);
    const items = p.text.slice(listed.from, m.index!).split('、');
    if (items.length !== listed.count || !items.every((item) => item.replace(/（[^（）]*）$|\([^()]*\)$/, '').trimEnd().endsWith(kind))) continue;
    const claimed = numeralValue(m[1]);
    if (claimed === listed.count) continue;
    const at = m.index! + m[0].indexOf(m[1], 2);
    report(ctx, p, at, `${m[1]}${m[2]}${m[3]}`, m[1], listed.count, sourceRange(p, listed.from, m.index!), {
      zh: `称共${m[1]}${m[2]}${m[3]}，其前实际列出${listed.count}${m[2]}`,
      en: `claims ${claimed}, ${listed.count} are listed before it`,
    });
  }
}

/**
 * The items right before a count: short clauses between 、 at the bracket depth of the count, the last two perhaps
 * joined by 和 (counted as two, or as one where the conjunction is part of a name: 市发展改革委、市住房和城乡建设局).
 */
function itemsBefore(text: string, start: number, at: number): { count: number; other?: number; from: number } | undefined {
  const items: string[] = [];
  let depth = 0;
  let end = at;
  let i = at - 1;
  for (; i >= Math.max(start, at - REACH); i--) {
    const c = text[i];
    if (CLOSERS.includes(c)) depth++;
    else if (OPENERS.includes(c)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && CLAUSE_END.includes(c)) break;
    else if (depth === 0 && c === '、') {
      items.unshift(text.slice(i + 1, end));
      end = i;
    }
  }
  if (items.length === 0) return undefined;
  const first = text.slice(i + 1, end);
  // The first item carries the words of the clause before it (分为特别重大): only its being there is asked.
  if (first.trim() === '' || COUNT_AT_END.test(first) || NOT_ITEM_END.test(items[items.length - 1])) return undefined;
  for (const item of items) {
    const bare = item.replace(/（[^（）]*）|\([^()]*\)/g, '').trim();
    if (bare === '' || bare.length > ITEM || INNER_COUNT.test(bare) || /[“”《》]/.test(bare)) return undefined;
  }
  // A conjunction inside an earlier item may join two of them or be part of a name: then the count is not clear.
  if ([first, ...items.slice(0, -1)].some((item) => JOIN.test(item))) return undefined;
  const count = items.length + 1;
  return JOIN.test(items[items.length - 1]) ? { count: count + 1, other: count, from: i + 1 } : { count, from: i + 1 };
}

/** Counts announcing marked items after their colon; the items may go on in the paragraphs from `next`. */
function checkCountsBefore(ctx: RuleContext, p: Paragraph, paragraphs: readonly Paragraph[], next: number): void {
  if ((!p.text.includes('：') && !p.text.includes(':')) || !MAY_COUNT_BEFORE.test(p.text)) return;
  let runs: Map<Marker, Run | undefined> | undefined;
  let marks: Marker[] = [];
  let k = 0;
  for (const m of p.text.matchAll(COUNT_BEFORE)) {
    const from = m.index! + m[0].length;
    let listed: (Run & { range: Range; other?: number }) | undefined;
    if (from === p.text.length) listed = runAfter(p, paragraphs, next);
    else {
      if (!runs) runs = runsToEnd((marks = markersOf(p.text)));
      // Matches come in order: the first marker at or after the colon is found by walking on.
      while (k < marks.length && marks[k].at < from) k++;
      const run = marks[k]?.at === from && marks[k].value === 1 ? runs.get(marks[k]) : undefined;
      // Items between 、 only after a plain count of kinds: “三个一”机制： is checkOnes', 下列4个单位： the lead-ins'.
      // Counted as kinds (四级, 三类, 两种, 五个方面, 三项), not as things (分布在五个乡镇：, 优秀等次（4个）：, the places' and groups').
      const kinds = KIND_MEASURE.test(m[2]) && !/[“”()（）]/.test(m[0]) && !LEAD_IN_WORDS.test(p.text.slice(Math.max(0, m.index! - 3), from));
      listed = run ? { ...run, range: sourceRange(p, from, p.text.length) } : kinds ? itemsAfter(p, from) : undefined;
    }
    const claimed = numeralValue(m[1]);
    if (listed === undefined || listed.count === claimed || listed.other === claimed) continue;
    report(ctx, p, m.index!, `${m[1]}${m[2]}`, m[1], listed.count, listed.range, {
      zh: `称“${m[1]}${m[2]}”，其后实际列出${listed.count}${measure(m[2])}（至“${listed.last}”）`,
      en: `announces ${claimed}, ${listed.count} follow`,
    });
  }
}

/**
 * Short items between 、 from a colon to the end of its sentence (分为四级：Ⅳ级（蓝色）、Ⅲ级（黄色）、Ⅱ级（橙色）和Ⅰ级
 * （红色）。), the last two perhaps joined by 和, 及 or 与; undefined where the sentence goes on after them or an item is
 * no short item (a clause, a count of its own, a conjunction inside a name).
 */
function itemsAfter(p: Paragraph, from: number): (Run & { range: Range; other?: number }) | undefined {
  const items: string[] = [];
  let depth = 0;
  let start = from;
  let end = from;
  // Walked up to the sentence's end, and no further than an item's length past the last 、 (linear on any text).
  for (let i = from; ; i++) {
    const c = p.text[i] ?? '';
    const ends = i >= p.text.length || '。；;'.includes(c);
    if (ends || (depth === 0 && c === '、')) {
      items.push(p.text.slice(start, i));
      start = i + 1;
      if (ends) {
        end = i;
        break;
      }
    } else if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) depth--;
    else if (depth === 0 && CLAUSE_END.includes(c)) return undefined;
    if (i - start > 4 * ITEM) return undefined;
  }
  if (items.length < 2 || depth !== 0) return undefined;
  const bare = items.map((item) => item.replace(/（[^（）]*）|\([^()]*\)/g, '').trim());
  if (bare.some((b) => b === '' || b.length > ITEM || INNER_COUNT.test(b) || /[“”《》]/.test(b))) return undefined;
  // …等: some of more.
  if (bare.slice(0, -1).some((b) => JOIN.test(b)) || /等$/.test(bare[bare.length - 1])) return undefined;
  const last = items[items.length - 1].trim();
  // 较大和一般: two items, or one where the conjunction is part of a name (市住房和城乡建设局): either count fits.
  if (JOIN.test(bare[bare.length - 1])) return { count: items.length + 1, other: items.length, last, range: sourceRange(p, from, end) };
  return { count: items.length, last, range: sourceRange(p, from, end) };
}

/** A count of names after its colon (以下3名同志：, 下列4个单位：): the lead-ins count those. */
const LEAD_IN_WORDS = /以下|下列|如下|单位|企业|同志|集体|部门|机构|人员|[名人家所]/;
const KIND_MEASURE = /^(?:级|类|种|项|方面|个方面)$/;

/** A run of markers of one kind: how many, and the last one's label. */
interface Run {
  count: number;
  last: string;
}

/**
 * For each marker of a paragraph, the run of its kind from it to the paragraph's end, where the markers of that kind
 * after it go on by one each (一是, 二是, 三是); undefined where the run breaks or starts again (a list inside an
 * item): where it ends is not clear.
 */
function runsToEnd(marks: readonly Marker[]): Map<Marker, Run | undefined> {
  const runs = new Map<Marker, Run | undefined>();
  const nextOfKind = new Map<Kind, Marker>();
  for (let i = marks.length - 1; i >= 0; i--) {
    const mk = marks[i];
    const next = nextOfKind.get(mk.kind);
    const rest = next && runs.get(next);
    runs.set(mk, !next ? { count: 1, last: mk.label } : rest && next.value === mk.value + 1 ? { count: rest.count + 1, last: rest.last } : undefined);
    nextOfKind.set(mk.kind, mk);
  }
  return runs;
}

/**
 * The items marked 一是 (第一，, 其一，) over the paragraphs after a colon that closes its paragraph, each opening with
 * the run's next marker; undefined where a paragraph opens with one that does not go on (a run inside an item).
 */
function runAfter(p: Paragraph, paragraphs: readonly Paragraph[], next: number): (Run & { range: Range }) | undefined {
  let count = 0;
  let last = '';
  let kind: Kind | undefined;
  let end = p.range.end;
  for (let k = next; k < paragraphs.length; k++) {
    const q = paragraphs[k];
    const marks = markersOf(q.text).filter((mk) => (kind ? mk.kind === kind : WORDED.includes(mk.kind)));
    if (marks.length === 0 || marks[0].at !== 0) break;
    kind ??= marks[0].kind;
    if (marks.some((mk, i) => mk.kind !== kind || mk.value !== count + i + 1)) return undefined;
    count += marks.length;
    last = marks[marks.length - 1].label;
    end = q.range.end;
  }
  return count > 0 ? { count, last, range: { start: paragraphs[next].range.start, end } } : undefined;
}

function checkOnes(ctx: RuleContext, p: Paragraph): void {
  if (!p.text.includes('个一”')) return;
  for (const m of p.text.matchAll(ONES)) {
    const from = m.index! + m[0].length;
    // The sentence the items are in, read no further than such items go.
    const sentence = /^[^。！？!?]*/.exec(p.text.slice(from, from + 2 * REACH))![0];
    const end = sentence.length;
    // Each item a short phrase opening with 一 (一张清单): the sentence, or its first clause (一张清单、一套标准，推动…).
    const all = sentence.split(/[、，,；;]/);
    const items = all.every(isOne) ? all : sentence.split(/[，,；;]/)[0].split('、');
    if (items.length < 2 || !items.every(isOne)) continue;
    const claimed = numeralValue(m[1]);
    if (items.length === claimed) continue;
    report(ctx, p, m.index! + 1, `${m[1]}个一`, m[1], items.length, sourceRange(p, from, from + end), {
      zh: `“${m[1]}个一”其后实际列出${items.length}个“一”`,
      en: `the name counts ${claimed}, ${items.length} are listed`,
    });
  }
}

/** An item of a “N个一”: a short phrase opening with 一 (一张清单, 一套标准). */
function isOne(item: string): boolean {
  const t = item.trim();
  return t.startsWith('一') && t.length <= ITEM;
}

/** Reports the count `claim` (its numeral `numeral` first) at `at` in p against `actual` items, offering that count. */
function report(ctx: RuleContext, p: Paragraph, at: number, claim: string, numeral: string, actual: number, items: Range, message: { zh: string; en: string }): void {
  const digits = sourceRange(p, at, at + numeral.length);
  const written = writtenLike(numeral, actual);
  ctx.report({
    message: `${message.zh} (${message.en})`,
    range: sourceRange(p, at, at + claim.length),
    related: [{ range: items, message: '所计条目 (the items counted)' }],
    suggestions: [{ title: `改为${written} (use ${actual})`, edits: [{ range: digits, text: written }] }],
  });
}

/** The measure word of a count as the message repeats it (个 for 个方面, 个 for 大). */
function measure(unit: string): string {
  return unit === '项' || unit === '类' || unit === '种' || unit === '级' || unit === '条' || unit === '点' ? unit : '个';
}
