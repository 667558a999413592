// typography/comma-between-quotes: a 顿号 between quoted or book-title items
// that stand side by side (“五水共治”、“四边三化” / 《…规定》、《…办法》).
// GB/T 15834-2011 §5.5: between such items a 顿号 is usually left out (it is
// kept when a note in brackets comes between them, which this pattern never
// matches). A house style that always writes it is respected: only files that
// mostly leave it out are checked, and findings are soft.
import type { Rule } from '../types';
import { proofreadEnd } from './util';
import { matchesFrom } from '../shared/scan';

const CLOSERS = ['”', '》'];
const SEPARATED = /([”》])[ \t]*、[ \t]*([“《])/y;
const ADJACENT = /[”》][“《]/y;

const rule: Rule = {
  id: 'typography/comma-between-quotes',
  category: 'typography',
  defaultSeverity: 'info',
  description: '并列的引号或书名号之间通常不用顿号（“A”“B”、《A》《B》） (no 顿号 between quoted or book-title items side by side)',
  fixable: true,
  check(ctx) {
    const text = ctx.text.slice(0, proofreadEnd(ctx.issue));
    const separated = matchesFrom(text, CLOSERS, SEPARATED);
    if (separated.length === 0) return;
    const adjacent = matchesFrom(text, CLOSERS, ADJACENT).length;
    if (adjacent <= separated.length) return;
    for (const m of separated) {
      const start = m.index + 1;
      const end = m.index + m[0].length - 1;
      ctx.report({
        message: `并列的${m[1] === '》' ? '书名号' : '引号'}之间通常不用顿号，本文件其他${adjacent}处也未用 (no 顿号 between items in ${m[1] === '》' ? '《》' : '“”'}, as elsewhere in this file)`,
        range: { start: m.index, end: end + 1 },
        fix: { title: '删除顿号 (remove the 顿号)', edits: [{ range: { start, end }, text: '' }] },
      });
    }
  },
};

export default rule;
