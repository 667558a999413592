// typography/comma-between-quotes: a 顿号 between quoted or book-title items
// that stand side by side (“五水共治”、“四边三化” / 《…规定》、《…办法》).
// GB/T 15834-2011 §5.5: between such items a 顿号 is usually left out (it is
// kept when a note in brackets comes between them, which this pattern never
// matches). A house style that always writes it is respected: only files that
// mostly leave it out are checked, and findings are soft.
import type { GazetteDocument, Issue, Range } from '../../model';
import { movableMemo } from '../../documentMemo';
import type { Rule, RuleContext } from '../types';
import { memoize } from '../shared/memo';
import { matchesFrom } from '../shared/scan';
import { issueTotals, outsideDocuments, scanningText } from './util';

const CLOSERS = ['”', '》'];
const SEPARATED = /([”》])[ \t]*、[ \t]*([“《])/y;
/** Side by side (group 1) or separated by a 顿号: never both at one closer, so one walk counts the two. */
const SIDE_BY_SIDE_OR_SEPARATED = /[”》](?:([“《])|[ \t]*、[ \t]*[“《])/y;

const rule: Rule = {
  id: 'typography/comma-between-quotes',
  category: 'typography',
  defaultSeverity: 'info',
  description: '并列的引号或书名号之间通常不用顿号（“A”“B”、《A》《B》） (no 顿号 between quoted or book-title items side by side)',
  fixable: true,
  // The file's habit (items side by side mostly without 顿号), and how many there are: the message says it.
  issueContext(ctx) {
    return String(habitOf(ctx.issue));
  },
  ...scanningText(scan),
};

export default rule;

function scan(ctx: RuleContext, range: Range): void {
  const adjacent = habitOf(ctx.issue);
  if (adjacent === 0) return;
  for (const m of matchesFrom(ctx.text.slice(0, range.end), CLOSERS, SEPARATED, range.start)) {
    const start = m.index + 1;
    const end = m.index + m[0].length - 1;
    ctx.report({
      message: `并列的${m[1] === '》' ? '书名号' : '引号'}之间通常不用顿号，本文件其他${adjacent}处也未用 (no 顿号 between items in ${m[1] === '》' ? '《》' : '“”'}, as elsewhere in this file)`,
      range: { start: m.index, end: end + 1 },
      fix: { title: '删除顿号 (remove the 顿号)', edits: [{ range: { start, end }, text: '' }] },
    });
  }
}

/** How many items stand side by side without 顿号 in the proofread text, when they outnumber those with one (else 0). */
const habitOf = memoize((issue: Issue): number => {
  const { separated = 0, adjacent = 0 } = issueTotals(
    issue,
    (d) => documentCounts(d, issue),
    outsideDocuments(issue).map((r) => countsIn(issue.text, r)),
  );
  return separated > 0 && adjacent > separated ? adjacent : 0;
});

/** Counts only: a moved copy of the document keeps them, so an edit recounts one document. */
const documentCounts = movableMemo((d: GazetteDocument, issue: Issue) => countsIn(issue.text, d.range));

function countsIn(text: string, range: Range): { separated: number; adjacent: number } {
  const counts = { separated: 0, adjacent: 0 };
  for (const m of matchesFrom(text.slice(0, range.end), CLOSERS, SIDE_BY_SIDE_OR_SEPARATED, range.start)) {
    if (m[1] !== undefined) counts.adjacent++;
    else counts.separated++;
  }
  return counts;
}
