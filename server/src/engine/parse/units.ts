// Responsible-unit annotations inside task paragraphs:
//   〔责任单位:市建委,各县(市、区)政府〕   〔责任单位:A,配合单位:B、C〕
//   (市食安办牵头,市农业农村局配合,各县(市、区)负责)   (责任单位:A、B,2018年7月底前完成)
import type { Paragraph, Unit, UnitAnnotation, UnitRole } from '../model';
import { sourceRange, UNIT_LABEL, UNIT_LABEL_LINE } from './paragraphs';
import { trimEndChars, WHITE_SPACE } from './text';

const OPENER = /[〔(（[［【﹝]/g;
const CLOSERS = '〕)）]］】﹞';
const INNER_OPEN = '(（';
const LABEL = new RegExp(`^(${UNIT_LABEL})([ \\t]*)([:：]*)`);
const ROLE_WORD = /(牵头|配合|负责|协助|参与|落实)$/;
/** Units and their role, up to the role word: 各县（市、区）政府负责. */
const ROLE_CLAUSE = /^[ \t]*[^。；;，,()（）]{1,20}(?:[(（][^()（）]{1,8}[)）][^。；;，,()（）]{0,20})*(?:负责|牵头|配合|落实)/;
/** The labels of an annotation's deadline field (完成时限：2024年底). */
const TIME_LABEL = '完成时限|完成时间|时间节点|时限';
const DEADLINE = new RegExp(`(\\d{4}年)?\\d{1,2}月(底|末|中旬|上旬|下旬)?前?(完成)?|(长期|持续)推进|年底前完成|^(?:${TIME_LABEL})[ \\t]*[:：]`);
const TIME_FIELD = new RegExp(`(?:${TIME_LABEL})[ \\t]*[:：]`, 'g');
/** After a semicolon inside an annotation, another of its fields: 配合单位：…, 完成时限：…. */
const NEXT_FIELD = new RegExp(`^[ \\t\\u3000]*(?:${UNIT_LABEL}|${TIME_LABEL})[ \\t]*[:：]`);
const MAX_CONTENT = 300;
const ANNOTATION_WORD = /单位|部门|牵头|配合|负责|协助|参与/;
/** The word every unit label ends in (责任单位, 牵头部门). */
const ANNOTATION_LABEL_WORD = /单位|部门/;
const ROLE_ANYWHERE = /牵头|配合|负责|协助|参与/;
/** A remark closing an annotation, on what holds beyond this item: ，以下均需各县（市、区）政府落实，不再列出. */
const REMARK = /[,，][ \t]*(?:以下|下同|后同|不再|均需|均由)[\s\S]*$/;

/** A field's content without brackets: units (各县（市、区）政府 holds a short pair) or a deadline, to a comma or a stop. */
const FIELD = '(?:[^。；;：:，,()（）]|[（(][^。；;：:，,()（）]{1,8}[)）]){2,80}';
/**
 * A unit after a comma in such a field (责任单位：市建委，各县（市、区）): a name ending as a unit's does, where the field
 * or its sentence goes on, so that a clause going on after the units (，要加强统筹协调) is none.
 */
const UNIT_AFTER_COMMA = '[，,][ \\t\\u3000]*(?:[^。；;：:，,()（）]|[（(][^。；;：:，,()（）]{1,8}[)）]){0,30}?(?:政府|部门|单位|局|委|办|院|厅|中心|公司|集团|会|队|所|站|行|社|联|[（(][^。；;：:，,()（）]{1,8}[)）])(?=[，,；;。]|[ \\t\\u3000]*$)';
const UNITS = `${FIELD}(?:${UNIT_AFTER_COMMA}){0,6}`;
/**
 * A unit label closing a task's sentence without brackets, to the paragraph's end (…（修订），起草单位：市公共资源交易中心、
 * 市发展改革委。), with the fields after it (；配合单位：…, ，完成时限：…): the item's annotation, as a label line is.
 */
const TRAILING_LABEL = new RegExp(
  `[，,；;。][ \\t\\u3000]*(${UNIT_LABEL})([ \\t]*)([:：]+)${UNITS}(?:[，,；;][ \\t\\u3000]*(?:${UNIT_LABEL}|${TIME_LABEL})[ \\t]*[:：]+${UNITS}){0,3}[。；;]?[ \\t\\u3000]*$`,
);
/** How far from a paragraph's end its closing label is looked for. */
const TRAILING_REACH = 240;

/** Whether a paragraph may hold an annotation: a bracket, or a unit label opening it or closing it. */
export function mayHoldAnnotation(text: string): boolean {
  return /[〔(（[［【﹝]/.test(text) || UNIT_LABEL_LINE.test(text) || (ANNOTATION_LABEL_WORD.test(text) && TRAILING_LABEL.test(text.slice(-TRAILING_REACH)));
}

/** Finds the annotations of one paragraph. */
export function findUnitAnnotations(p: Paragraph): UnitAnnotation[] {
  const out: UnitAnnotation[] = [];
  const t = p.text;
  // Every annotation holds a label (…单位/…部门) or a role word: most paragraphs have neither.
  if (!ANNOTATION_WORD.test(t)) return out;
  const line = UNIT_LABEL_LINE.exec(t);
  if (line) {
    out.push(labelLine(p, line));
    return out;
  }
  OPENER.lastIndex = 0;
  for (let m; (m = OPENER.exec(t)); ) {
    const i = m.index;
    const rest = t.slice(i + 1, i + 1 + MAX_CONTENT);
    const label = LABEL.exec(rest);
    if (!label && !ROLE_ANYWHERE.test(rest)) continue; // cheap: spares findClose on runs of brackets
    const close = findClose(t, i + 1);
    const contentEnd = close ?? t.length;
    const content = t.slice(i + 1, contentEnd);
    if (!label && !isRoleList(content, close !== undefined)) continue;
    if (close === undefined && !label) continue;
    out.push(build(p, i, close, label, content));
    OPENER.lastIndex = (close ?? t.length) + 1;
  }
  if (out.length === 0) {
    const tail = Math.max(0, t.length - TRAILING_REACH);
    const trailing = TRAILING_LABEL.exec(t.slice(tail));
    // From the label on, as a label line reads it: the match's opening mark and spaces are before it.
    if (trailing) out.push(labelLine(p, trailing, tail + trailing.index + trailing[0].indexOf(trailing[1])));
  }
  return out;
}

/** Scans to the closing bracket at depth 0, skipping nested (…) pairs; undefined when the paragraph ends first. */
function findClose(t: string, from: number): number | undefined {
  let depth = 0;
  const limit = Math.min(t.length, from + MAX_CONTENT);
  for (let j = from; j < limit; j++) {
    const c = t[j];
    if (c === '。' || c === '；' || c === ';') {
      // A semicolon before the annotation's next field (；完成时限：2024年底), or before another unit's role
      // (市卫健委负责；各县（市、区）政府负责), is inside it.
      if (depth === 0 && !(c !== '。' && (NEXT_FIELD.test(t.slice(j + 1, j + 12)) || ROLE_CLAUSE.test(t.slice(j + 1, j + 48))))) return undefined;
    }
    if (INNER_OPEN.includes(c) || c === '〔' || c === '[' || c === '［' || c === '﹝') {
      // A nested bracket right inside a unit name: 各县〔市〕, 嘉兴经济技术开发区(国际商务区).
      depth++;
      continue;
    }
    if (CLOSERS.includes(c)) {
      if (depth > 0) {
        depth--;
        continue;
      }
      return j;
    }
  }
  return undefined;
}

function isRoleList(content: string, closed: boolean): boolean {
  if (!closed || content.length < 3 || /[。“”《》]/.test(content)) return false;
  // Role clauses side by side (市卫健委负责；各县（市、区）政府负责): each one a list.
  if (/[；;]/.test(content)) return content.split(/[；;]/).every((clause) => isRoleList(clause, true));
  const trimmed = trimEndChars(content.replace(REMARK, '').replace(DEADLINE, ''), `,，、${WHITE_SPACE}`);
  if (!ROLE_WORD.test(trimmed) && !/(牵头|配合)[,，、]/.test(trimmed)) return false;
  // Every comma-separated piece must look like "<units><role word>" or a plain unit list.
  return /^[^,，]*?(牵头|配合|负责|协助|参与|[市区县局委办厅])/.test(trimmed);
}

function build(
  p: Paragraph,
  openAt: number,
  close: number | undefined,
  label: RegExpExecArray | null,
  content: string,
): UnitAnnotation {
  const end = close === undefined ? p.text.length : close + 1;
  const contentStart = openAt + 1;
  const afterLabel = label ? contentStart + label[0].length : contentStart;
  const annotation: UnitAnnotation = {
    range: sourceRange(p, openAt, end),
    open: p.text[openAt],
    openRange: sourceRange(p, openAt, openAt + 1),
    close: close === undefined ? '' : p.text[close],
    closeRange: close === undefined ? undefined : sourceRange(p, close, close + 1),
    label: label?.[1],
    labelRange: label ? sourceRange(p, contentStart, contentStart + label[1].length) : undefined,
    colon: label ? label[3] : '',
    content,
    contentRange: sourceRange(p, contentStart, close ?? p.text.length),
    units: [],
    separators: [],
  };
  // The units end where a remark on the items below begins.
  const remark = REMARK.exec(content);
  splitUnits(p, annotation, afterLabel, remark ? contentStart + remark.index : (close ?? p.text.length), label ? roleOf(label[1]) : 'responsible');
  return annotation;
}

/**
 * An annotation that is a label and its units with no brackets: 牵头单位：市金融办, a paragraph of its own under an item,
 * the label at its start (open and close are ''), or closing the item's sentence, the label at `labelAt`.
 */
function labelLine(p: Paragraph, m: RegExpExecArray, labelAt = m[0].length - m[1].length - m[2].length - m[3].length): UnitAnnotation {
  const t = p.text;
  // The content, as in a bracketed annotation, starts with the label; the units after its colon.
  const unitsAt = labelAt + m[1].length + m[2].length + m[3].length;
  // Up to the item's deadline field, on the next line (完成时限：…), which the paragraph may have joined.
  TIME_FIELD.lastIndex = unitsAt;
  const deadline = TIME_FIELD.exec(t);
  const contentEnd = trimEndChars(deadline ? t.slice(0, deadline.index) : t, `。；;${WHITE_SPACE}`).length;
  const annotation: UnitAnnotation = {
    range: sourceRange(p, labelAt, contentEnd),
    open: '',
    openRange: sourceRange(p, labelAt, labelAt),
    close: '',
    label: m[1],
    labelRange: sourceRange(p, labelAt, labelAt + m[1].length),
    colon: m[3],
    content: t.slice(labelAt, contentEnd),
    contentRange: sourceRange(p, labelAt, contentEnd),
    units: [],
    separators: [],
  };
  splitUnits(p, annotation, unitsAt, contentEnd, roleOf(m[1]));
  return annotation;
}

function roleOf(label: string): UnitRole {
  return label.startsWith('牵头') ? 'lead' : label.startsWith('配合') || label.startsWith('协办') ? 'support' : 'responsible';
}

/** The units named in a table cell (责任单位 / 牵头单位 / 配合单位 columns); △ marks the lead unit. */
export function annotationFromCell(cell: { text: string; range: { start: number; end: number } }, role: UnitRole): UnitAnnotation {
  const p: Paragraph = { range: cell.range, text: cell.text, pieces: [{ at: 0, offset: 0, length: cell.text.length }] };
  const a: UnitAnnotation = {
    range: cell.range,
    open: '',
    openRange: { start: cell.range.start, end: cell.range.start },
    close: '',
    colon: '',
    content: cell.text,
    contentRange: cell.range,
    units: [],
    separators: [],
  };
  splitUnits(p, a, 0, cell.text.length, role, true, true);
  return a;
}

/** Splits the content into unit names, tracking role changes (配合单位:…, X牵头, Y配合). */
function splitUnits(p: Paragraph, a: UnitAnnotation, from: number, to: number, role: UnitRole, spaceSeparates = false, labelled = !!a.label): void {
  const t = p.text;
  let depth = 0;
  let start = from;
  // Without a label, a role word closes a 、 group: in "A、B配合" both A and B support.
  let group = a.units.length;
  const implicit = new Set<Unit>();
  const flush = (end: number, sep: string) => {
    let name = t.slice(start, end);
    const lead = name.length - name.trimStart().length;
    name = name.trim();
    let unitRole = role;
    const relabel = /^(责任单位|牵头单位|配合单位|协办单位|责任部门|牵头部门|配合部门)[ \t]*[:：]+/.exec(name);
    let offset = start + lead;
    if (relabel) {
      role = roleOf(relabel[1]);
      unitRole = role;
      name = name.slice(relabel[0].length);
      offset += relabel[0].length;
      labelled = true;
    }
    // The role after the name: 市数据局牵头, 市数据局〔牵头〕 (a marker inside a labelled list).
    const word = /(?:[〔(（[［](牵头|配合|负责)[〕)）\]］]|(牵头|配合|负责|落实|协助|参与))$/.exec(name);
    if (word) {
      const roleWord = word[1] ?? word[2];
      const worded: UnitRole = roleWord === '牵头' ? 'lead' : roleWord === '负责' || roleWord === '落实' ? 'responsible' : 'support';
      // Under a 牵头 or 配合 label, 负责 and 落实 say how the units act (配合单位：市级有关单位按职责分工负责), not another role.
      unitRole = labelled && role !== 'responsible' && worded === 'responsible' ? role : worded;
      // 市级有关部门按职责分工负责: the manner is no part of the name.
      name = name.slice(0, -word[0].length).replace(/(?:等)?(?:按|根据)?(?:各自)?职责(?:分工)?$/, '');
      if (!labelled && word[2]) for (const u of a.units.slice(group)) if (implicit.has(u)) u.role = unitRole;
    }
    const mark = /^△/.exec(name);
    if (mark) {
      unitRole = 'lead';
      name = name.slice(1);
      offset += 1;
    }
    if (name && !DEADLINE.test(name)) {
      const unit: Unit = { name, range: sourceRange(p, offset, offset + name.length), role: unitRole };
      a.units.push(unit);
      if (!word && !mark && !relabel) implicit.add(unit);
    }
    if (sep) a.separators.push(sep);
    if (sep !== '、') group = a.units.length;
  };
  for (let j = from; j < to; j++) {
    const c = t[j];
    if ('(（〔[［﹝'.includes(c)) depth++;
    else if (')）〕]］﹞'.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '、' && /^各.{1,2}$/.test(t.slice(start, j).trim())) continue; // 各区、县(市)政府 is one name
    else if (depth === 0 && (c === ',' || c === '，' || c === '、' || c === ';' || c === '；')) {
      flush(j, c);
      start = j + 1;
    } else if (depth === 0 && spaceSeparates && c === ' ' && t.slice(start, j).trim() && !/^[,，、 ]/.test(t.slice(j + 1))) {
      // a space between two names in a table cell (a separator the converter left)
      if (t.slice(j + 1).trim()) {
        flush(j, ' ');
        start = j + 1;
      }
    }
  }
  flush(to, '');
}
