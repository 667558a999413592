// numbering/style: one level of one document writes its labels one way — the
// same mark after the number (1. not 1、), the same bracket width, the same
// spacing after the label. Only a clear minority is reported, fixed to the majority.
import type { GazetteDocument, Heading, Range } from '../../model';
import type { Edit, Rule, RuleContext } from '../types';
import { add, headingTree, kindKey } from './lists';

interface Options {
  /** Share of the level the majority form must reach before the rest is reported. */
  majority: number;
}

const rule: Rule<Options> = {
  id: 'numbering/style',
  category: 'numbering',
  defaultSeverity: 'warning',
  description: '同一文件同级编号写法一致：标点、括号全半角、编号后空格 (one level, one label style)',
  fixable: true,
  optionsSchema: {
    majority: { type: 'number', minimum: 0.5, maximum: 1, description: 'share the majority form must reach (0.5-1)' },
  },
  defaultOptions: { majority: 0.6 },
  check(ctx) {
    // The same level across the issue breaks a tie inside one document (1. 与 1.  once each).
    const issueLevels = new Map<string, Heading[]>();
    for (const doc of ctx.issue.documents) {
      for (const group of levels(ctx, doc)) {
        const k = kindKey(group[0]);
        for (const h of group) add(issueLevels, k, h);
      }
    }
    // The habit of a level across the issue, per property: computed once, only when a tie asks for it.
    const habits = new Map<string, unknown>();
    for (const doc of ctx.issue.documents) {
      for (const group of levels(ctx, doc)) {
        const kind = kindKey(group[0]);
        const wide: Wide = (property, keep, of) => {
          const key = `${kind}|${property}`;
          if (!habits.has(key)) habits.set(key, issueHabit((issueLevels.get(kind) ?? []).filter(keep), of));
          return habits.get(key) as ReturnType<typeof of> | undefined;
        };
        checkSeparators(ctx, group, wide);
        checkBrackets(ctx, group, wide);
        checkSpacing(ctx, group, wide);
      }
    }
  },
};

export default rule;

/** The levels of a document: its placed headings by part and kind. Kept per document object. */
const levelCache = new WeakMap<GazetteDocument, Heading[][]>();

function levels(ctx: RuleContext<Options>, doc: GazetteDocument): Heading[][] {
  const known = levelCache.get(doc);
  if (known) return known;
  const groups = new Map<string, Heading[]>();
  const { placed } = headingTree(ctx.issue, doc);
  for (const [i, h] of doc.headings.entries()) {
    if (!placed.has(i)) continue;
    const key = `${h.part}|${kindKey(h)}`;
    add(groups, key, h);
  }
  const out = [...groups.values()];
  levelCache.set(doc, out);
  return out;
}

/** The issue-wide habit of a level for one property (of), when known: `keep` picks the headings it applies to. */
type Wide = <T>(property: string, keep: (h: Heading) => boolean, of: (h: Heading) => T) => T | undefined;

function ranked<T>(list: readonly Heading[], of: (h: Heading) => T): [T, number][] {
  const counts = new Map<T, number>();
  for (const h of list) counts.set(of(h), (counts.get(of(h)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** The value the same level across the issue near unanimously takes. */
function issueHabit<T>(wide: readonly Heading[], of: (h: Heading) => T): T | undefined {
  if (wide.length === 0) return undefined;
  const [value, m] = ranked(wide, of)[0];
  return wide.length >= 5 && m / wide.length >= 0.8 ? value : undefined;
}

/**
 * The majority value of `of` over a level that mixes two forms, when it is clear;
 * a tie is broken by the same level across the issue when that is near unanimous.
 */
function majority<T>(ctx: RuleContext<Options>, items: readonly Heading[], of: (h: Heading) => T, wide: () => T | undefined): T | undefined {
  const local = ranked(items, of);
  if (local.length < 2) return undefined;
  const [value, n] = local[0];
  const share = Math.max(0.5, Math.min(1, Number(ctx.options.majority) || 0.6));
  if (n >= 2 && n / items.length >= share && n > items.length - n) return value;
  // Only a small level (1. and 2. once each) borrows the issue's habit; a large even split has none.
  if (n !== local[1][1] || items.length > 4) return undefined;
  return wide();
}

function checkSeparators(ctx: RuleContext<Options>, group: Heading[], wide: Wide): void {
  const keep = (h: Heading) => h.kind === 'cn' || h.kind === 'arabic' || h.kind === 'decimal';
  const items = group.filter(keep);
  if (items.length === 0) return;
  // Decimal labels have no separator after the number; compare the dot between components.
  const sep = (h: Heading) => (h.kind === 'decimal' ? (h.label.includes('．') ? '．' : '.') : h.separator);
  const want = majority(ctx, items, sep, () => wide('separator', keep, sep));
  if (want === undefined) return;
  for (const h of items) {
    const have = sep(h);
    if (have === want) continue;
    const edits: Edit[] = [];
    for (let i = 0; i < h.label.length; i++) {
      if (h.label[i] === have) edits.push({ range: { start: h.labelRange.start + i, end: h.labelRange.start + i + 1 }, text: want });
    }
    ctx.report({
      message: `同级编号大多用“${want}”，此处为“${h.label}” (this level mostly writes "${want}" after the number, here "${have}")`,
      range: h.labelRange,
      fix: { title: `改为“${want}” (use ${want})`, edits },
    });
  }
}

function checkBrackets(ctx: RuleContext<Options>, group: Heading[], wide: Wide): void {
  const keep = (h: Heading) => h.kind === 'paren-cn' || h.kind === 'paren-arabic';
  const items = group.filter(keep);
  if (items.length === 0) return;
  const width = (c: string) => (c === '（' || c === '）' ? 'full' : 'half');
  const style = (h: Heading) => {
    const open = width(h.label[0]);
    const close = width(h.label[h.label.length - 1]);
    return open === close ? open : 'mixed';
  };
  const want = majority(ctx, items, style, () => wide('bracket', keep, style)) ?? (items.every((h) => style(h) !== 'half') ? 'full' : items.every((h) => style(h) !== 'full') ? 'half' : undefined);
  for (const h of items) {
    const have = style(h);
    if (have === want || (want === undefined && have !== 'mixed')) continue;
    const target = want ?? width(h.label[0]);
    const [open, close] = target === 'full' ? ['（', '）'] : ['(', ')'];
    const edits: Edit[] = [];
    if (h.label[0] !== open) edits.push({ range: { start: h.labelRange.start, end: h.labelRange.start + 1 }, text: open });
    if (h.label[h.label.length - 1] !== close) edits.push({ range: { start: h.labelRange.end - 1, end: h.labelRange.end }, text: close });
    ctx.report({
      message:
        have === 'mixed'
          ? `编号“${h.label}”的前后括号全半角不一致 (opening and closing brackets differ in width)`
          : `同级编号大多用${target === 'full' ? '全角' : '半角'}括号，此处为“${h.label}” (this level mostly uses ${target}-width brackets)`,
      range: h.labelRange,
      fix: { title: `改为“${open}…${close}” (use ${target}-width brackets)`, edits },
    });
  }
}

function checkSpacing(ctx: RuleContext<Options>, group: Heading[], wide: Wide): void {
  // A label with nothing after it on its line says nothing about spacing.
  const keep = (h: Heading) => h.text.length > 0;
  const items = group.filter(keep);
  const spaced = (h: Heading) => h.spaceAfter;
  const want = majority(ctx, items, spaced, () => wide('spacing', keep, spaced));
  if (want === undefined) return;
  for (const h of items) {
    if (h.spaceAfter === want) continue;
    const after = h.labelRange.end;
    const ws = /^[ \t\u3000]*/.exec(ctx.text.slice(after, after + 8))![0];
    const range: Range = { start: h.labelRange.start, end: after + ws.length };
    ctx.report({
      message: want
        ? `同级编号后大多空一格，“${h.label}”后没有空格 (this level mostly has a space after the label; here none)`
        : `同级编号后大多不空格，“${h.label}”后有空格 (this level mostly has no space after the label; here one)`,
      range,
      fix: want
        ? { title: '在编号后加空格 (add a space)', edits: [{ range: { start: after, end: after }, text: ' ' }] }
        : { title: '删除编号后的空格 (remove the space)', edits: [{ range: { start: after, end: after + ws.length }, text: '' }] },
    });
  }
}
