// cross-reference/section-name: boxes (专栏N:“X”代表性项目) that name the section
// they belong to should all do so; a box whose quoted name matches no heading
// above it, while most others reuse their section's name, is a slip.
import type { GazetteDocument, Heading } from '../../model';
import { normalize } from '../../parse/text';
import type { Rule, RuleContext } from '../types';

const rule: Rule = {
  id: 'cross-reference/section-name',
  category: 'cross-reference',
  defaultSeverity: 'warning',
  description: '专栏名称沿用所在部分的名称时应处处一致 (boxes that reuse their section\'s name do so throughout)',
  fixable: false,
  checkDocument(ctx, d) {
    checkBoxNames(ctx, d);
  },
};

export default rule;

interface Box {
  heading: Heading;
  name: string;
  /** The nearest heading above the box, one per kind. */
  above: Heading[];
  match?: Heading;
}

function checkBoxNames(ctx: RuleContext, d: GazetteDocument): void {
  const boxes: Box[] = [];
  d.headings.forEach((h, i) => {
    if (h.kind !== 'box') return;
    const quoted = /[“"]([^”"]{2,40})[”"]/.exec(h.text);
    if (!quoted) return;
    const name = normalize(quoted[1]);
    const above: Heading[] = [];
    const kinds = new Set<string>();
    for (let j = i - 1; j >= 0 && d.headings[j].part === h.part; j--) {
      const k = d.headings[j];
      if (k.kind === 'box' || kinds.has(k.kind)) continue;
      kinds.add(k.kind);
      above.push(k);
    }
    const match = above.find((k) => related(name, sectionName(k)));
    boxes.push({ heading: h, name, above, match });
  });
  const matched = boxes.filter((b) => b.match);
  if (boxes.length < 3 || matched.length < 2 || matched.length * 2 <= boxes.length) return;
  // The kind of heading the other boxes take their name from.
  const kinds = new Map<string, number>();
  for (const b of matched) kinds.set(b.match!.kind, (kinds.get(b.match!.kind) ?? 0) + 1);
  const kind = [...kinds].sort((a, b) => b[1] - a[1])[0][0];
  for (const b of boxes) {
    if (b.match) continue;
    const section = b.above.find((k) => k.kind === kind);
    if (!section) continue;
    const at = ctx.text.indexOf(b.name, b.heading.range.start);
    const range = at >= 0 && at < b.heading.range.end ? { start: at, end: at + b.name.length } : b.heading.range;
    ctx.report({
      message: `${b.heading.label.replace(/\s+/g, '')}名称“${b.name}”与所在部分“${sectionName(section)}”不一致，其他专栏均沿用所在部分的名称 (box name differs from its section's, unlike the other boxes)`,
      range,
      related: [{ range: section.range, message: '所在部分 (its section)' }],
    });
  }
}

/** A heading's name: its text up to the first full stop or colon. */
function sectionName(h: Heading): string {
  return normalize(h.text).split(/[。:;]/)[0].replace(/[,、]$/, '');
}

function related(name: string, section: string): boolean {
  return section.length >= 2 && (section.includes(name) || name.includes(section));
}
