// responsible-unit/separator: the separator between groups of units (",", ";",
// or in tables a space left by a line break in the cell) should be the same
// throughout a document. "、" between peer units is a different role and is
// not compared, and neither are groups with the fields of two roles
// (牵头单位：A；配合单位：B、C, written with a semicolon between fields and a comma
// between groups): each is compared with its own kind.
import type { UnitAnnotation } from '../../model';
import type { Rule, RuleContext } from '../types';
import { annotationsOf, gaps, majority, type Gap, type GapKind } from './shared';

const SPACE_HABIT = 0.8;
const MIN_HABIT = 3;
const SEPARATOR_ONLY = /^[,，;；、 \t\u3000]+$/;
const NAMES: Record<GapKind, string> = { peer: '、', comma: '逗号', semicolon: '分号', space: '空格', other: '' };
const GLOSS: Record<GapKind, string> = { peer: 'enumeration comma', comma: 'comma', semicolon: 'semicolon', space: 'space', other: '' };

const rule: Rule = {
  id: 'responsible-unit/separator',
  category: 'responsible-unit',
  defaultSeverity: 'warning',
  description: '同一文件中单位之间的分隔符应一致 (units are separated the same way throughout a document)',
  fixable: true,
  checkDocument(ctx, document) {
    const { text, table } = annotationsOf(ctx.issue, document);
    for (const found of [text.flatMap((a) => roleGaps(ctx.text, a)), table.flatMap(({ annotation }) => roleGaps(ctx.text, annotation))]) {
      compare(ctx, found.filter((g) => g.betweenRoles));
      compare(ctx, found.filter((g) => !g.betweenRoles));
    }
  },
};

export default rule;

/**
 * The gaps of an annotation, but a semicolon between role clauses in an annotation whose clauses hold commas
 * (市场监管局牵头，市公安局配合；各县（市、区）政府负责 or …负责；各县政府负责，以下不再列出): a clause of a
 * higher level, as GB/T 15834 sets it off.
 */
function roleGaps(text: string, a: UnitAnnotation): Gap[] {
  const all = gaps(text, a);
  // (Labelled fields, 牵头单位：A；配合单位：B，C, keep their semicolon: the fields' own separator, compared as such.)
  if ((a.label && /牵头|配合|协办/.test(a.label)) || !/[,，]/.test(a.content.replace(/[(（][^()（）]*[)）]/g, ''))) return all;
  return all.filter((g) => !(g.betweenRoles && g.kind === 'semicolon'));
}

function compare(ctx: RuleContext, all: Gap[]): void {
  const groups = all.filter((g) => g.kind === 'comma' || g.kind === 'semicolon' || g.kind === 'space');
  const spaces = groups.filter((g) => g.kind === 'space').length;
  // A space is a line break inside a printed cell: a layout of its own when (nearly) every cell uses it,
  // a lost punctuation mark when the document also separates with punctuation.
  const punctuation = groups.filter((g) => g.kind !== 'space');
  const habit =
    spaces >= SPACE_HABIT * groups.length
      ? { kind: 'space' as GapKind, count: spaces, char: ' ' }
      : punctuationHabit(punctuation);
  if (!habit) return;
  for (const g of groups) {
    if (g.kind === habit.kind) continue;
    const title = habit.kind === 'space' ? '改为空格 (use a space)' : `改为“${habit.char}” (use ${habit.char})`;
    const edit = { range: g.range, text: habit.char };
    // An edit replaces the separator and nothing else: never a word (a label, a role) read into the gap.
    const safe = SEPARATOR_ONLY.test(g.text) && ctx.text.slice(g.range.start, g.range.end) === g.text;
    ctx.report({
      message: `单位之间此处用${NAMES[g.kind]}分隔，本文件其他${habit.count}处用${NAMES[habit.kind]}${habit.kind === 'space' ? '' : `“${habit.char}”`} (units separated by a ${GLOSS[g.kind]} here, by a ${GLOSS[habit.kind]} elsewhere)`,
      range: g.range,
      // Turning punctuation into a layout space is only a suggestion.
      ...(!safe ? {} : habit.kind === 'space' ? { suggestions: [{ title, edits: [edit] }] } : { fix: { title, edits: [edit] } }),
    });
  }
}

function punctuationHabit(punctuation: Gap[]): { kind: GapKind; count: number; char: string } | undefined {
  const habit = majority(punctuation.map((g) => g.kind));
  if (!habit || habit.tie || habit.count < MIN_HABIT) return undefined;
  const char = majority(punctuation.filter((g) => g.kind === habit.value).map((g) => g.text.trim()))!.value;
  return { kind: habit.value, count: habit.count, char };
}
