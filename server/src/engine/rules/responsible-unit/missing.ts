// responsible-unit/missing: a task item without a responsible unit where the
// document's habit is to name one (most sibling items carry an annotation, or
// most rows of its responsibility table fill the unit cells).
import type { GazetteDocument, Table, TableRow, UnitAnnotation } from '../../model';
import type { Rule, RuleContext } from '../types';
import { append } from '../../arrays';
import { GROUP_LABEL } from '../../parse/tables';

interface Options {
  /** Share of annotated items from which naming units is the document's habit. */
  threshold: number;
  /** Fewest annotated items for a habit. */
  minAnnotated: number;
}

const rule: Rule<Options> = {
  id: 'responsible-unit/missing',
  category: 'responsible-unit',
  defaultSeverity: 'warning',
  description: '按本文件惯例应标注责任单位的任务项缺少责任单位 (a task item lacks the responsible unit its siblings name)',
  fixable: false,
  optionsSchema: {
    threshold: { type: 'number', minimum: 0, maximum: 1, description: 'Share of sibling items that must name units before a missing one is reported.' },
    minAnnotated: { type: 'integer', minimum: 1, description: 'Fewest annotated items for a habit.' },
  },
  defaultOptions: { threshold: 0.6, minAnnotated: 3 },
  checkDocument(ctx, d) {
    headingItems(ctx, d);
    tableRows(ctx, d);
  },
};

export default rule;

function isHabit(ctx: RuleContext<Options>, annotated: number, total: number): boolean {
  return annotated >= ctx.options.minAnnotated && annotated >= ctx.options.threshold * total;
}

/** Heading items: siblings share parent and kind; the habit is pooled over the sibling lists that use units at all. */
function headingItems(ctx: RuleContext<Options>, d: GazetteDocument): void {
  const own = new Array<boolean>(d.headings.length).fill(false);
  for (const t of d.tasks) {
    if (t.heading === undefined) continue;
    // A malformed annotation (no bracket, empty list) is the other rules' finding, not a missing one.
    // Read across the line breaks a wrap left inside a label (（整改责任单 / 位：…).
    if (t.annotations.length > 0) own[t.heading] = true;
    else {
      const text = ctx.text.slice(t.range.start, t.range.end);
      own[t.heading] = MALFORMED.test(text) || (WRAPPED_LABEL.test(text) && MALFORMED.test(text.replace(/\r?\n[ \t\u3000]*/g, '')));
    }
  }
  if (!own.some(Boolean)) return;
  // An item whose sub-items carry the units needs none of its own.
  const below = new Array<boolean>(d.headings.length).fill(false);
  for (let h = d.headings.length - 1; h >= 0; h--) {
    const p = d.headings[h].parent;
    if (p >= 0 && (own[h] || below[h])) below[p] = true;
  }
  const lists = new Map<string, number[]>();
  d.headings.forEach((h, i) => {
    const key = `${h.part}|${h.parent}|${h.kind}`;
    const list = lists.get(key) ?? [];
    list.push(i);
    lists.set(key, list);
  });
  // Pool per part and kind over the lists that use units at all.
  const pools = new Map<string, { annotated: number; total: number; lists: number[][] }>();
  for (const list of lists.values()) {
    if (!list.some((i) => own[i])) continue;
    const h = d.headings[list[0]];
    const key = `${h.part}|${h.kind}`;
    const pool = pools.get(key) ?? { annotated: 0, total: 0, lists: [] };
    const items = list.filter((i) => {
      const text = d.headings[i].text.trimStart();
      return (own[i] || (!below[i] && asksUnit(text))) && !FINAL_CLAUSE.test(text);
    });
    pool.annotated += items.filter((i) => own[i]).length;
    pool.total += items.length;
    pool.lists.push(items);
    pools.set(key, pool);
  }
  leadItems(ctx, d, pooledLists(d, [...lists.values()]));
  for (const pool of pools.values()) {
    if (!isHabit(ctx, pool.annotated, pool.total)) continue;
    for (const list of pool.lists) {
      const annotated = list.filter((i) => own[i]).length;
      for (const i of list) {
        if (own[i]) continue;
        const h = d.headings[i];
        ctx.report({
          message: `此项未标注责任单位，同级${list.length}项中${annotated}项标注了 (no responsible unit; ${annotated} of ${list.length} sibling items name one)`,
          range: { start: h.labelRange.start, end: h.range.end },
        });
      }
    }
  }
}

/** The sibling lists of one part and kind as one: items numbered on across sections (1．2． under 一、, 3．4． under 二、) share a habit. */
function pooledLists(d: GazetteDocument, lists: readonly number[][]): number[][] {
  const pooled = new Map<string, number[]>();
  for (const list of lists) {
    const h = d.headings[list[0]];
    const key = `${h.part}|${h.kind}`;
    const pool = pooled.get(key);
    if (pool) append(pool, list);
    else pooled.set(key, [...list]);
  }
  return [...pooled.values()];
}

/**
 * Sibling items whose annotations name a lead unit besides the others (（牵头单位：市卫生健康委；责任单位：…）) as a
 * habit: an item annotated without one (（责任单位：各县〔市、区〕人民政府）) lacks its lead.
 */
function leadItems(ctx: RuleContext<Options>, d: GazetteDocument, lists: readonly number[][]): void {
  const annotations = new Map<number, UnitAnnotation[]>();
  for (const t of d.tasks) if (t.heading !== undefined && t.annotations.length > 0) annotations.set(t.heading, t.annotations);
  const hasLead = (i: number) => annotations.get(i)!.some((a) => a.units.some((u) => u.role === 'lead'));
  for (const list of lists) {
    const annotated = list.filter((i) => annotations.has(i));
    const led = annotated.filter(hasLead).length;
    // Every annotated item but one naming a lead, most of the list: not a list where leads are the exception.
    if (led === annotated.length || !isHabit(ctx, led, list.length) || led < annotated.length - 1) continue;
    for (const i of annotated) {
      // Only a labelled 责任单位 list of several units (or of all of a kind: 各县〔市、区〕人民政府) stands where the lead
      // should: one unit in charge (（责任单位：市财政局）, （各县〔市、区〕政府负责）) leads itself, and supporting units alone
      // are responsible-unit/lead-marker's finding.
      if (hasLead(i) || !annotations.get(i)!.some((a) => a.label !== undefined && several(a.units.filter((u) => u.role === 'responsible')))) continue;
      const h = d.headings[i];
      ctx.report({
        message: `此项未标注牵头单位，同级${list.length}项中${led}项标注了 (no lead unit; ${led} of ${list.length} sibling items name one)`,
        range: { start: h.labelRange.start, end: h.range.end },
      });
    }
  }
}

/** Several units, or all of a kind (各县〔市、区〕人民政府, 各有关单位): a list that has a lead among them. */
function several(units: readonly { name: string }[]): boolean {
  return units.length >= 2 || units.some((u) => u.name.startsWith('各'));
}

/** The kinds of document a closing clause names itself by: 本措施, 本实施意见, 本暂行办法. */
const OWN = '本[\\u4e00-\\u9fff]{0,6}?(?:措施|意见|办法|方案|规定|细则|通知|决定|规划|政策|计划|条例|规则|准则|制度)';
/**
 * A closing clause on the document itself, numbered as its last item: when it takes effect (本措施自2024年8月1日起
 * 施行), who interprets it (本办法由市民政局负责解释), how long it holds (有效期至…). It is no task and has no owner.
 */
const FINAL_CLAUSE = new RegExp(
  `^(?:${OWN}[^。；;]{0,20}?)?(?:自|从)[^。；;]{0,30}?(?:起|之日)(?:施行|实施|执行|生效)|^${OWN}[^。；;]{0,40}?(?:解释|有效期|废止)|^有效期`,
);
/**
 * The parts that frame a document's tasks rather than being one (一、总体要求, （一）工作目标。到2025年…, 四、保障措施, 七、有关要求, 五、附则),
 * however the title's words are joined (指导思想和基本原则).
 */
const FRAMING_WORD = '总体要求|指导思想|基本原则|工作原则|总体目标|主要目标|工作目标|发展目标|目标任务|适用范围|实施范围|保障措施|组织保障|工作保障|组织实施|实施步骤|工作步骤|进度安排|时间安排|工作要求|有关要求|相关要求|落实要求|附则';
const FRAMING = new RegExp(`^(?:${FRAMING_WORD})(?:[和与及、](?:${FRAMING_WORD}))*(?:$|[ \t\u3000。．.：:])`);
/**
 * An item that names who carries it out as its subject, after its short title perhaps (加强督导。市应急管理局要…, 各地各部门要…,
 * 各县（市、区）人民政府要…): it has its unit, or is asked of every one.
 */
const SUBJECT = /^(?:[^，。；;]{1,20}[。．][ \t\u3000]*)?(?:各|市)[^，。；;]{0,20}?(?:局|委|办|部门|单位|政府|管委会|中心)(?:要|应|负责|牵头)/;

/** Whether an item without an annotation may want one: not a framing part, nor one naming its doer. */
function asksUnit(text: string): boolean {
  return !FRAMING.test(text) && !SUBJECT.test(text);
}

/** A line that ends inside a unit label or right before one's colon (（整改责任单 / 位：, 责任单位 / ：): worth reading joined. */
const WRAPPED_LABEL = /[责牵配负任头合单部位门][ \t\u3000]*\r?\n/;
const MALFORMED = /(责任单位|牵头单位|配合单位|责任部门|牵头部门)[ \t]*[:：]|(负责|牵头|配合)(?:[ \t]*[〕)）\]］】])?(?:[ \t]*[。；;])?\s*$/;
const TOTAL = /^(合计|总计|小计|共计)/;
const REST = /^(其他|其它|其余)/;

/** Rows of the responsibility tables (those with a 责任单位/牵头单位/配合单位 column). */
function tableRows(ctx: RuleContext<Options>, d: GazetteDocument): void {
  const rows: TaskRow[] = [];
  for (const table of d.tables) {
    const c = table.columns;
    const unitCols = [c.units, c.lead, c.support].filter((x): x is number => x !== undefined);
    if (unitCols.length === 0) continue;
    const skip = new Set([c.seq, c.category, ...unitCols]);
    const candidates: { row: TableRow; filled: boolean; numbered: boolean; groupLead: boolean }[] = [];
    let groupLead = false;
    for (const row of table.rows) {
      if (row.isHeader || row.unaligned || row.cells.some((cell) => TOTAL.test(cell.norm))) continue;
      // A group's row (一、产业项目（5个） in the 序号 column, its subtotals beside it) heads tasks and is none; a lead it
      // names leads the tasks under it.
      if (c.seq !== undefined && GROUP_LABEL.test(row.cells[c.seq]?.norm ?? '')) {
        groupLead = c.lead !== undefined && (row.cells[c.lead]?.norm ?? '') !== '';
        continue;
      }
      const content = row.cells.filter((cell, i) => !skip.has(i) && cell.norm !== '');
      if (content.length === 0) continue;
      const filled = unitCols.some((i) => (row.cells[i]?.norm ?? '') !== '');
      // A row gathering the rest (其他续建项目（12个）) has no one unit.
      if (!filled && REST.test(content[0].norm)) continue;
      const numbered = c.seq === undefined || (row.cells[c.seq]?.norm ?? '') !== '';
      candidates.push({ row, filled, numbered, groupLead });
    }
    // Rows without a 序号 are sub-tasks when they usually name units, otherwise text continued from the row above.
    const unnumbered = candidates.filter((r) => !r.numbered);
    const subTasks = unnumbered.length > 0 && unnumbered.filter((r) => r.filled).length >= ctx.options.threshold * unnumbered.length;
    for (const r of candidates) if (r.numbered || subTasks) rows.push({ table, row: r.row, filled: r.filled, groupLead: r.groupLead });
  }
  const filled = rows.filter((r) => r.filled).length;
  if (!isHabit(ctx, filled, rows.length)) return;
  for (const r of rows) {
    if (r.filled) continue;
    ctx.report({
      message: `此行未填写责任单位，任务表${rows.length}行中${filled}行填写了 (no responsible unit in this row; ${filled} of ${rows.length} rows name one)`,
      range: r.row.range,
    });
  }
  leadRows(ctx, rows);
}

/** A task's row in a responsibility table; `groupLead`: the group's row above it names a lead unit. */
interface TaskRow {
  table: Table;
  row: TableRow;
  filled: boolean;
  groupLead: boolean;
}

/**
 * The one row naming units but no lead unit where the table has a 牵头单位 column and the habit is to fill it (a lead
 * on its group's row leads it). More such rows may be a lead cell merged over them, its text lost in conversion; so
 * may the one right under a row that names its lead (a cell merged over two rows keeps its text in the first): that
 * one is told as a question, at the level of information.
 */
function leadRows(ctx: RuleContext<Options>, rows: readonly TaskRow[]): void {
  const led = rows.filter((r) => r.table.columns.lead !== undefined && r.filled);
  const hasLead = (r: TaskRow) => r.groupLead || (r.row.cells[r.table.columns.lead!]?.norm ?? '') !== '';
  const withLead = led.filter(hasLead).length;
  if (withLead !== led.length - 1 || !isHabit(ctx, withLead, led.length)) return;
  led.forEach((r, k) => {
    if (hasLead(r)) return;
    const above = led[k - 1];
    const mayBeMerged = above !== undefined && above.table === r.table;
    ctx.report({
      message: mayBeMerged
        ? `此行未填写牵头单位（如与上一行合并单元格，请核对），任务表${led.length}行中${withLead}行填写了 (no lead unit in this row, unless its cell is merged with the row above; ${withLead} of ${led.length} rows name one)`
        : `此行未填写牵头单位，任务表${led.length}行中${withLead}行填写了 (no lead unit in this row; ${withLead} of ${led.length} rows name one)`,
      range: r.row.range,
      severity: mayBeMerged ? 'info' : undefined,
    });
  });
}
