// typography/repeated-clause: the same clause written twice in a row
// ("…改革的方案,…改革的方案。"), a copy-and-paste slip.
import type { Rule } from '../types';
import { allParagraphs, paragraphSegment } from './util';

const CLAUSE = /[^，,。；;：:！!？?、\n]+[，,。；;：:！!？?]?/g;
const MIN_LENGTH = 6;

const rule: Rule = {
  id: 'typography/repeated-clause',
  category: 'typography',
  defaultSeverity: 'warning',
  description: '同一分句连续重复出现 (the same clause written twice in a row)',
  fixable: true,
  check(ctx) {
    for (const p of allParagraphs(ctx.issue)) {
      const seg = paragraphSegment(p);
      const t = seg.text;
      let prev: { start: number; end: number; body: string } | undefined;
      CLAUSE.lastIndex = 0;
      for (let m; (m = CLAUSE.exec(t)); ) {
        const body = m[0].replace(/[，,。；;：:！!？?]$/, '').trim();
        const cur = { start: m.index, end: m.index + m[0].length, body };
        if (prev && body.length >= MIN_LENGTH && body === prev.body && /[\u3400-\u9fff]/.test(body)) {
          // Remove the first copy with its mark, keeping the second one's ending.
          const start = seg.at(prev.start);
          const end = seg.at(cur.start);
          ctx.report({
            message: `分句“${body}”连续重复 (clause repeated: ${body})`,
            range: { start, end: seg.at(cur.end - 1) + 1 },
            fix: { title: '删除重复的分句 (remove the repeated clause)', edits: [{ range: { start, end }, text: '' }] },
          });
        }
        prev = cur;
      }
    }
  },
};

export default rule;
