// A reference to a section of a plan numbered 1 / 1.1 / 1.1.1 (应急预案): 按本预案1.5确定, （见4.2）, 详见本方案3.2节 must
// name a section the plan has.
import type { GazetteDocument } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { halfWidthDigits } from '../../parse/text';
import type { RuleContext } from '../types';
import { citationsIn, paragraphsIn } from '../shared/locate';
import { allMatches } from '../shared/scan';
import { lookup, namesOf } from './shared';

/** 本预案1.5, 本方案第3.2节; 见4.2 before a bracket's end or a comma (not 见1.5倍, 本预案1.5倍标准). */
const REFERENCE =
  /(?:(本(?:预案|方案|计划|规划|办法|细则)(?:第)?)|(见|详见|参见))[ \t]*([0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2}){1,3})(?![0-9０-９.．])[ \t]*(节|条|款|部分)?/g;
/** A further label in the list (、3.2.2, 和4.3, 至4.3). */
const FURTHER = /[ \t]*(?:、|和|及|与|至)[ \t]*([0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2}){1,3})(?![0-9０-９.．])/y;
/** What may follow a bare 见4.2: the end of a bracket, clause or sentence. */
const ENDS_REFERENCE = /^[ \t]*(?:[）)，,。；;、]|$)/;
/** A figure's measure word right after the number (按本预案1.5倍标准, 本方案2.5万元, 1.5米, 3.5级): no section. */
const MEASURE_AFTER = /^[ \t]*(?:倍|[%％‰]|个百分点|[万亿千]|[元吨亩米秒度级]|公里|公顷|平方|立方|小时|分钟|摄氏度|℃)/;

function sectionsOf(d: GazetteDocument): Set<string> {
  return new Set(d.headings.filter((h) => h.kind === 'decimal' && h.path && h.path.length > 1).map((h) => h.path!.join('.')));
}

/**
 * 按照应急预案4.2的规定 in a document that cites the plan printed in this issue (根据《…关于印发…应急预案的通知》（…21号）):
 * the section must be one that plan has. Only where the document cites one printed document with a decimal outline.
 */
const OTHER_PLAN = /(?<!本)预案(?:第)?[ \t]*([0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2}){1,3})(?![0-9０-９.．])[ \t]*(节|条|款|部分|的|规定|要求|[，,。；;）)])/g;

export function checkOtherPlanReferences(ctx: RuleContext, d: GazetteDocument): void {
  if (!ctx.text.slice(d.range.start, d.range.end).includes('预案')) return;
  const cited = new Set<GazetteDocument>();
  const printed = lookup(ctx.issue);
  // The document's own citations (found by binary search: not every citation of the issue for each document).
  for (const c of citationsIn(ctx.issue, d.range)) {
    if (c.range.end > d.range.end) continue;
    const found = c.number ? printed.byKey(c.number.key) : printed.byName(c.title.norm);
    for (const x of found) if (x !== d && !cited.has(x) && namesOf(x).some((n) => n.includes('预案')) && sectionsOf(x).size >= 3) cited.add(x);
  }
  if (cited.size !== 1) return;
  const plan = [...cited][0];
  const sections = sectionsOf(plan);
  const deepest = Math.max(...[...sections].map((x) => x.split('.').length));
  for (const p of paragraphsIn(ctx.issue, d.range)) {
    if (!/预案(?:第)?[ \t]*[0-9０-９][.．]/.test(p.text)) continue;
    for (const m of allMatches(p.text, OTHER_PLAN)) {
      const label = halfWidthDigits(m[1]).replace(/．/g, '.');
      const path = label.split('.').map(Number);
      if (path.length > deepest || sections.has(path.join('.'))) continue;
      const at = m.index! + m[0].indexOf(m[1]);
      ctx.report({
        message: `所引预案${label}在所刊预案中没有对应的条目 (no section ${label} in the plan cited)`,
        range: sourceRange(p, at, at + m[1].length),
        related: [{ range: plan.title.range, message: '所引预案 (the plan)' }],
      });
    }
  }
}

export function checkDecimalReferences(ctx: RuleContext, d: GazetteDocument): void {
  const sections = sectionsOf(d);
  // A decimal outline of its own: a few sections at least.
  if (sections.size < 3) return;
  const deepest = Math.max(...[...sections].map((s) => s.split('.').length));
  for (const p of paragraphsIn(ctx.issue, d.range)) {
    if (!/[0-9０-９][.．][0-9０-９]/.test(p.text)) continue;
    for (const m of allMatches(p.text, REFERENCE)) {
      // The labels after the first in a list (见3.2.1、3.2.2, 本预案4.1至4.3).
      const labels = [{ at: m.index! + m[0].indexOf(m[3]), written: m[3] }];
      let end = m.index! + m[0].length;
      if (!m[4]) {
        FURTHER.lastIndex = end;
        for (let f = FURTHER.exec(p.text); f; f = FURTHER.exec(p.text)) {
          labels.push({ at: f.index + f[0].length - f[1].length, written: f[1] });
          end = FURTHER.lastIndex;
        }
      }
      if (!m[4] && MEASURE_AFTER.test(p.text.slice(end, end + 8))) continue;
      if (m[2] && !m[4] && !ENDS_REFERENCE.test(p.text.slice(end, end + 2))) continue;
      for (const { at, written } of labels) {
        const label = halfWidthDigits(written).replace(/．/g, '.');
        const path = label.split('.').map(Number);
        if (path.length > deepest || sections.has(path.join('.'))) continue;
        ctx.report({
          message: `所引${label}在本文件中没有对应的条目 (no section ${label} in the document)`,
          range: sourceRange(p, at, at + written.length),
        });
      }
    }
  }
}
