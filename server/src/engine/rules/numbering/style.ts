// numbering/style: one level of one document writes its labels one way — the
// same mark after the number (1. not 1、), the same bracket width, the same
// spacing after the label, the same width of digits (1． not １．). Only a clear minority is reported, fixed to the majority.
import type { GazetteDocument, Heading, Issue, Range } from '../../model';
import { movableMemo } from '../../documentMemo';
import { memoize } from '../shared/memo';
import type { Edit, Rule, RuleContext } from '../types';
import { headingTree, kindKey } from './lists';
import { addTo } from '../../arrays';
import { fullWidthDigits, halfWidthDigits } from '../../parse/text';

interface Options {
  /** Share of the level the majority form must reach before the rest is reported. */
  majority: number;
}

const rule: Rule<Options> = {
  id: 'numbering/style',
  category: 'numbering',
  defaultSeverity: 'warning',
  description: '同一文件同级编号写法一致：标点、括号全半角、编号后空格、数字全半角 (one level, one label style)',
  fixable: true,
  optionsSchema: {
    majority: { type: 'number', minimum: 0.5, maximum: 1, description: 'share the majority form must reach (0.5-1)' },
  },
  defaultOptions: { majority: 0.6 },
  // The same level across the issue breaks a tie inside one document (1. 与 1.  once each).
  issueContext(ctx) {
    return habitsOf(ctx.issue).key;
  },
  checkDocument(ctx, doc) {
    const { habits } = habitsOf(ctx.issue);
    for (const group of levels(ctx.issue, doc)) {
      const kind = kindKey(group[0]);
      const wide = (property: Property) => habits.get(`${kind}|${property.name}`);
      checkSeparators(ctx, group, wide);
      checkBrackets(ctx, group, wide);
      checkSpacing(ctx, group, wide);
      checkDigits(ctx, group, wide);
    }
  },
};

export default rule;

/** A property of a label that one level writes one way, over the labels it applies to. */
interface Property {
  name: string;
  keep(h: Heading): boolean;
  of(h: Heading): string | boolean;
}

const SEPARATOR: Property = {
  name: 'separator',
  keep: (h) => h.kind === 'cn' || h.kind === 'arabic' || h.kind === 'decimal',
  // Decimal labels have no separator after the number; compare the dot between components.
  of: (h) => (h.kind === 'decimal' ? (h.label.includes('．') ? '．' : '.') : h.separator),
};

const width = (c: string) => (c === '（' || c === '）' ? 'full' : 'half');

const BRACKET: Property = {
  name: 'bracket',
  keep: (h) => h.kind === 'paren-cn' || h.kind === 'paren-arabic',
  of: (h) => {
    const open = width(h.label[0]);
    const close = width(h.label[h.label.length - 1]);
    return open === close ? open : 'mixed';
  },
};

const SPACING: Property = {
  name: 'spacing',
  // A label with nothing after it on its line says nothing about spacing.
  keep: (h) => h.text.length > 0,
  of: (h) => h.spaceAfter,
};

/** The width of an Arabic label's digits (1． or １．, from an input method in full-width mode). */
const DIGITS: Property = {
  name: 'digits',
  keep: (h) => h.kind === 'arabic' || h.kind === 'paren-arabic' || h.kind === 'decimal',
  of: (h) => (/[０-９]/.test(h.label) ? 'full' : 'half'),
};

const PROPERTIES = [SEPARATOR, BRACKET, SPACING, DIGITS];

/** The levels of a document: its placed headings (indices) by part and kind. Indices only: a moved copy keeps them. */
const levelIndices = movableMemo((doc: GazetteDocument, issue: Issue): number[][] => {
  const byKey = new Map<string, number[]>();
  const { placed } = headingTree(issue, doc);
  doc.headings.forEach((h, i) => {
    if (placed.has(i)) addTo(byKey, `${h.part}|${kindKey(h)}`, i);
  });
  return [...byKey.values()];
});

function levels(issue: Issue, doc: GazetteDocument): Heading[][] {
  return levelIndices(doc, issue).map((g) => g.map((i) => doc.headings[i]));
}

type Counts = Map<string, Map<string | boolean, number>>;

/** How often each form of each property occurs per level kind in a document ("arabic|spacing" → true: 5). Counts only: a moved copy keeps them. */
const countsOf = movableMemo((doc: GazetteDocument, issue: Issue): Counts => {
  const counts: Counts = new Map();
  for (const group of levels(issue, doc)) {
    const kind = kindKey(group[0]);
    for (const p of PROPERTIES) {
      const key = `${kind}|${p.name}`;
      for (const h of group) {
        if (!p.keep(h)) continue;
        let forms = counts.get(key);
        if (!forms) counts.set(key, (forms = new Map()));
        const form = p.of(h);
        forms.set(form, (forms.get(form) ?? 0) + 1);
      }
    }
  }
  return counts;
});

/**
 * The habits of the issue: the form the same level across the issue near
 * unanimously takes, per level kind and property; and a key naming them.
 */
const habitsOf = memoize((issue: Issue): { habits: Map<string, string | boolean>; key: string } => {
  const total: Counts = new Map();
  for (const doc of issue.documents) {
    for (const [key, forms] of countsOf(doc, issue)) {
      let sum = total.get(key);
      if (!sum) total.set(key, (sum = new Map()));
      for (const [form, n] of forms) sum.set(form, (sum.get(form) ?? 0) + n);
    }
  }
  const habits = new Map<string, string | boolean>();
  for (const [key, forms] of total) {
    let all = 0;
    let top: [string | boolean, number] | undefined;
    for (const [form, n] of forms) {
      all += n;
      if (!top || n > top[1]) top = [form, n];
    }
    if (top && all >= 5 && top[1] / all >= 0.8) habits.set(key, top[0]);
  }
  const key = [...habits].map(([k, v]) => `${k}=${v}`).sort().join(';');
  return { habits, key };
});

/** The issue-wide habit of the document's level for a property, when there is one. */
type Wide = (property: Property) => string | boolean | undefined;

function ranked<T>(list: readonly Heading[], of: (h: Heading) => T): [T, number][] {
  const counts = new Map<T, number>();
  for (const h of list) counts.set(of(h), (counts.get(of(h)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/**
 * The majority form of a property over a level that mixes two forms, when it is
 * clear; a tie is broken by the same level across the issue when that is near unanimous.
 */
function majority(ctx: RuleContext<Options>, items: readonly Heading[], property: Property, wide: Wide): string | boolean | undefined {
  const local = ranked(items, property.of);
  if (local.length < 2) return undefined;
  const [value, n] = local[0];
  const share = Math.max(0.5, Math.min(1, Number(ctx.options.majority) || 0.6));
  if (n >= 2 && n / items.length >= share && n > items.length - n) return value;
  // Only a small level (1. and 2. once each) borrows the issue's habit; a large even split has none.
  if (n !== local[1][1] || items.length > 4) return undefined;
  return wide(property);
}

/** The labels of a level whose form of a property is not the level's majority form, and that form. */
function minority(ctx: RuleContext<Options>, group: Heading[], property: Property, wide: Wide): { want: string | boolean; odd: Heading[] } | undefined {
  const items = group.filter(property.keep);
  const want = items.length ? majority(ctx, items, property, wide) : undefined;
  return want === undefined ? undefined : { want, odd: items.filter((h) => property.of(h) !== want) };
}

function checkSeparators(ctx: RuleContext<Options>, group: Heading[], wide: Wide): void {
  const found = minority(ctx, group, SEPARATOR, wide);
  if (!found) return;
  const want = found.want as string;
  for (const h of found.odd) {
    const have = SEPARATOR.of(h) as string;
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
  const items = group.filter(BRACKET.keep);
  if (items.length === 0) return;
  const style = BRACKET.of;
  const want = (majority(ctx, items, BRACKET, wide) as string | undefined) ?? (items.every((h) => style(h) !== 'half') ? 'full' : items.every((h) => style(h) !== 'full') ? 'half' : undefined);
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
  const found = minority(ctx, group, SPACING, wide);
  if (!found) return;
  const want = found.want;
  for (const h of found.odd) {
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

function checkDigits(ctx: RuleContext<Options>, group: Heading[], wide: Wide): void {
  const found = minority(ctx, group, DIGITS, wide);
  if (!found) return;
  const want = found.want;
  for (const h of found.odd) {
    const label = want === 'half' ? halfWidthDigits(h.label) : fullWidthDigits(h.label);
    ctx.report({
      message: `同级编号大多用${want === 'half' ? '半角' : '全角'}数字，此处为“${h.label}” (this level mostly writes ${want}-width digits)`,
      range: h.labelRange,
      fix: { title: `改为“${label}” (use ${label})`, edits: [{ range: h.labelRange, text: label }] },
    });
  }
}
