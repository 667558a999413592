// typography/doubled-punctuation: the same mark twice (，， 。。 、、 ；；), or
// two pause marks in a row (，。 、，), left by editing.
import type { Rule } from '../types';
import { proofreadEnd } from './util';

/** Marks of the same kind, whatever their width. */
const KIND: Record<string, string> = {
  '，': 'comma', ',': 'comma', '。': 'period', '、': 'enum', '；': 'semi', ';': 'semi',
  '：': 'colon', ':': 'colon', '？': 'question', '?': 'question', '！': 'bang', '!': 'bang',
};
const PAIR = /([，,。、；;：:？?！!])([ \t\u3000]*)([，,。、；;：:？?！!])/g;
/** Pause marks: two of them in a row is always a slip. ?! may legitimately combine (？！). */
const PAUSE = new Set(['comma', 'period', 'enum', 'semi', 'colon']);

const rule: Rule = {
  id: 'typography/doubled-punctuation',
  category: 'typography',
  defaultSeverity: 'error',
  description: '标点重复或连用（，， 。。 、，） (doubled or stacked punctuation)',
  fixable: true,
  check(ctx) {
    const text = ctx.text.slice(0, proofreadEnd(ctx.issue));
    PAIR.lastIndex = 0;
    for (let m; (m = PAIR.exec(text)); ) {
      const [all, a, , b] = m;
      const start = m.index;
      const end = start + all.length;
      // "http://", "8:30" and the like are not prose.
      if (/[A-Za-z0-9/]/.test(text[end] ?? '') && (a === ':' || b === ':')) continue;
      const same = KIND[a] === KIND[b];
      if (!same && !(PAUSE.has(KIND[a]) && PAUSE.has(KIND[b]))) continue;
      if (same) {
        ctx.report({
          message: `标点“${a}”重复 (doubled punctuation ${a}${b})`,
          range: { start, end },
          fix: { title: `删除多余的“${b}” (remove the second ${b})`, edits: [{ range: { start: start + 1, end }, text: '' }] },
        });
      } else {
        ctx.report({
          message: `标点“${a}${b}”连用，应删去其一 (two punctuation marks in a row: ${a}${b})`,
          range: { start, end },
        });
      }
      PAIR.lastIndex = end;
    }
  },
};

export default rule;
