// typography/doubled-punctuation: the same mark twice (，， 。。 、、 ；；), or
// two pause marks in a row (，。 、，), left by editing.
import type { Range } from '../../model';
import type { Rule, RuleContext } from '../types';
import { scanningText } from './util';

/** Marks of the same kind, whatever their width. */
const KIND: Record<string, string> = {
  '，': 'comma', ',': 'comma', '。': 'period', '、': 'enum', '；': 'semi', ';': 'semi',
  '：': 'colon', ':': 'colon', '？': 'question', '?': 'question', '！': 'bang', '!': 'bang',
};
const PAIR = /([，,。、；;：:？?！!])([ \t\u3000]*)([，,。、；;：:？?！!])/g;
const NEXT = new RegExp(PAIR.source, 'y');
/** Pause marks: two of them in a row is always a slip. ?! may legitimately combine (？！). */
const PAUSE = new Set(['comma', 'period', 'enum', 'semi', 'colon']);

const rule: Rule = {
  id: 'typography/doubled-punctuation',
  category: 'typography',
  defaultSeverity: 'error',
  description: '标点重复或连用（，， 。。 、，） (doubled or stacked punctuation)',
  fixable: true,
  ...scanningText(scan),
};

export default rule;

function scan(ctx: RuleContext, { start: from, end: to }: Range): void {
  const text = ctx.text.slice(0, to);
  PAIR.lastIndex = from;
  for (let m; (m = PAIR.exec(text)); ) {
    const [all, a, , b] = m;
    const start = m.index;
    let end = start + all.length;
    if (!stacked(text, a, b, end)) continue;
    if (KIND[a] !== KIND[b]) {
      ctx.report({
        message: `标点“${a}${b}”连用，应删去其一 (two punctuation marks in a row: ${a}${b})`,
        range: { start, end },
      });
      PAIR.lastIndex = end;
      continue;
    }
    // A run of the same mark (，，，，) is one slip: one finding, fixed in one go.
    let count = 2;
    for (let next; (next = sameAfter(text, end - 1, a)); count++) end = next;
    ctx.report({
      message: count === 2 ? `标点“${a}”重复 (doubled punctuation ${a}${b})` : `标点“${a}”连续重复${count}次 (punctuation ${a} repeated ${count} times)`,
      range: { start, end },
      fix: {
        title: count === 2 ? `删除多余的“${b}” (remove the second ${b})` : `只保留一个“${a}” (keep one ${a})`,
        edits: [{ range: { start: start + 1, end }, text: '' }],
      },
    });
    PAIR.lastIndex = end;
  }
}

/** Two marks in a row that are a slip: the same kind, or two pause marks; "http://", "8:30" and the like are not prose. */
function stacked(text: string, a: string, b: string, end: number): boolean {
  if (/[A-Za-z0-9/]/.test(text[end] ?? '') && (a === ':' || b === ':')) return false;
  return KIND[a] === KIND[b] || (PAUSE.has(KIND[a]) && PAUSE.has(KIND[b]));
}

/** End of the next mark of the same kind as `a` right after the mark at `at` (spaces between allowed), if any. */
function sameAfter(text: string, at: number, a: string): number | undefined {
  NEXT.lastIndex = at;
  const m = NEXT.exec(text);
  if (!m || KIND[m[3]] !== KIND[a] || !stacked(text, m[1], m[3], at + m[0].length)) return undefined;
  return at + m[0].length;
}
