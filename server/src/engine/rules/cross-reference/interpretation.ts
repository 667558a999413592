// cross-reference/interpretation: a 政策解读 interprets a document printed in
// the issue (or elsewhere in the workspace), cited by its own title and number.
import type { GazetteDocument } from '../../model';
import { findDocNumbers } from '../../parse/docNumber';
import type { Rule, RuleContext } from '../types';
import { citationsIn } from '../shared/locate';
import { checkCitation } from './citation';
import { lookup, namesOf, shown } from './shared';

const rule: Rule = {
  id: 'cross-reference/interpretation',
  category: 'cross-reference',
  defaultSeverity: 'error',
  description: '政策解读所解读的文件应在本期刊出，标题与文号相符 (an interpretation names a printed document by its title and number)',
  fixable: false,
  check(ctx) {
    for (const d of ctx.issue.documents) {
      if (d.kind !== 'interpretation') continue;
      const citations = citationsIn(ctx.issue, d.range);
      for (const c of citations) checkCitation(ctx, c);
      const inTitle = /《([^《》]+)》/.exec(d.title.norm)?.[1];
      const subject = inTitle ?? citations[0]?.title.norm;
      if (!subject) continue;
      const target = find(ctx, d, subject);
      if (!target) {
        ctx.report({
          message: `所解读的《${shown(subject)}》未在本期刊出 (the interpreted document is not printed in this issue)`,
          range: inTitle ? d.title.range : citations[0].title.range,
          severity: 'warning',
        });
        continue;
      }
      // A number written in the interpretation's own title.
      const number = target.document.number;
      if (!number) continue;
      const key = number.key;
      for (const n of findDocNumbers(ctx.text, 'interpretation', d.title.range.start, d.title.range.end)) {
        if (n.key === key) continue;
        ctx.report({
          message: `解读标题中的文号“${n.key}”与所解读文件的文号“${key}”不一致 (number differs from the interpreted document's)`,
          range: n.range,
          related: [{ range: number.range, uri: target.uri, message: '所解读文件的文号 (its number)' }],
        });
      }
    }
  },
};

export default rule;

function find(ctx: RuleContext, self: GazetteDocument, subject: string): { document: GazetteDocument; uri?: string } | undefined {
  const here = lookup(ctx.issue).byName(subject).find((d) => d !== self && d.kind !== 'interpretation');
  if (here) return { document: here };
  return ctx.workspace?.findByTitle(subject).find((t) => t.uri !== ctx.uri && t.document.kind !== 'interpretation' && namesOf(t.document).includes(subject));
}
