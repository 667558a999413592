// cross-reference/note-markers: notes gathered under 注释： (or 注：) and the markers in the text
// they explain (…决策部署①，, 《…指南》[1]，). A note whose marker the text lacks, or a marker no
// note explains, is a reference broken by an edit. A document whose notes no marker of the text
// matches at all is left alone: an extraction that drops superscripts drops every marker, and a
// table's 注：①…②… are remarks, not notes.
import type { GazetteDocument } from '../../model';
import { notesOf, pairedStyles } from '../shared/notes';
import type { Rule, RuleContext } from '../types';

const rule: Rule = {
  id: 'cross-reference/note-markers',
  category: 'cross-reference',
  defaultSeverity: 'warning',
  description: '注释与正文中的注释标记应一一对应 (every note has its marker in the text, every marker its note)',
  fixable: false,
  checkDocument(ctx, d) {
    checkNotes(ctx, d);
  },
};

export default rule;

function checkNotes(ctx: RuleContext, d: GazetteDocument): void {
  const found = notesOf(ctx.issue, d);
  for (const style of pairedStyles(found)) {
    const own = found.notes.filter((n) => n.style === style);
    const marked = found.markers.filter((m) => m.style === style);
    const noted = new Set(own.map((n) => n.value));
    const markedValues = new Set(marked.map((m) => m.value));
    for (const n of own) {
      if (markedValues.has(n.value)) continue;
      ctx.report({ message: `注释${n.label}在正文中没有对应的注释标记 (note ${n.label} is marked nowhere in the text)`, range: n.range });
    }
    const reported = new Set<number>();
    for (const m of marked) {
      if (noted.has(m.value) || reported.has(m.value)) continue;
      reported.add(m.value);
      ctx.report({
        message: `正文中的注释标记${m.label}没有对应的注释 (no note explains marker ${m.label})`,
        range: m.range,
        related: [{ range: own[0].range, message: '注释 (the notes)' }],
      });
    }
  }
}
