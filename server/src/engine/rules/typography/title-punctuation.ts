// typography/title-punctuation: a title ending in a punctuation mark. Titles
// take no sentence punctuation (条例 §9(7); GB/T 9704 §7.3.1).
import type { TextSpan } from '../../model';
import { trimEndChars } from '../../parse/text';
import type { Rule } from '../types';
import { spanSegment } from './util';

const TRAILING = /[。，,；;：:、]$|(?<=[\u3400-\u9fff）)”》])\.$/;

const rule: Rule = {
  id: 'typography/title-punctuation',
  category: 'typography',
  defaultSeverity: 'error',
  description: '标题末尾不加标点 (no punctuation at the end of a title)',
  fixable: true,
  check(ctx) {
    const seen = new Set<number>();
    const check = (s: TextSpan | undefined, what: string) => {
      if (!s || seen.has(s.range.start)) return;
      seen.add(s.range.start);
      const t = trimEndChars(s.text, ' \t\u3000*');
      if (!TRAILING.test(t)) return;
      const at = spanSegment(ctx.text, s, 'title').at(t.length - 1);
      const mark = ctx.text[at];
      ctx.report({
        message: `${what}末尾不应有标点“${mark}” (no punctuation at the end of a title)`,
        range: { start: at, end: at + 1 },
        fix: { title: `删除“${mark}” (remove ${mark})`, edits: [{ range: { start: at, end: at + 1 }, text: '' }] },
      });
    };
    for (const d of ctx.issue.documents) {
      if (d.kind !== 'document' && d.kind !== 'interpretation') continue;
      check(d.preTitle, '标题');
      check(d.title, '标题');
      for (const p of d.parts) check(p.title, p.kind === 'attachment' ? '附件标题' : '标题');
    }
    for (const e of ctx.issue.toc?.entries ?? []) check(e.title, '目录中的标题');
  },
};

export default rule;
