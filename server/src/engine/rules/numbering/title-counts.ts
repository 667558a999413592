// "30条政策意见" in a title: against the items of the document it names.
import type { GazetteDocument, Range, TextSpan } from '../../model';
import { chineseToInt } from '../../parse/text';
import type { RuleContext } from '../types';
import { headingTree } from './lists';

const TITLE_COUNT = /(\d{1,3}|[一二三四五六七八九十百]{1,4})[ \t\u3000]*条(?=[ \t\u3000]*(?:政策|意见|措施|举措|规定|建议|要求|细则))/;

/** "30条政策意见" in a title: the items of the document it names. */
export function checkTitles(ctx: RuleContext, doc: GazetteDocument): void {
  const titles: TextSpan[] = [doc.title, ...(doc.preTitle ? [doc.preTitle] : []), ...doc.parts.flatMap((p) => (p.title ? [p.title] : []))];
  const counts = new Map<string, number>();
  const { lists } = headingTree(ctx.issue, doc);
  for (const l of lists) {
    const k = `${l.part}|${l.key}`;
    counts.set(k, (counts.get(k) ?? 0) + l.items.length);
  }
  if (counts.size === 0) return;
  const seen = new Set<number>();
  for (const title of titles) {
    if (seen.has(title.range.start)) continue;
    seen.add(title.range.start);
    const m = TITLE_COUNT.exec(title.text);
    if (!m || /贯彻|落实|执行|学习/.test(title.text.slice(0, m.index))) continue;
    const claimed = /\d/.test(m[1]) ? Number(m[1]) : chineseToInt(m[1]);
    const all = [...counts.values()];
    if (!Number.isFinite(claimed) || all.includes(claimed)) continue;
    const closest = all.reduce((a, b) => (Math.abs(b - claimed) < Math.abs(a - claimed) ? b : a));
    if (closest < claimed / 2 || closest > claimed * 2) continue;
    const at = findInSource(ctx.text, title.range, m[1]);
    if (!at) continue;
    ctx.report({
      message: `标题称“${m[1]}条”，正文列出${closest}条 (the title claims ${claimed} items, ${closest} are listed)`,
      range: at,
      severity: 'warning',
    });
  }
}

function findInSource(text: string, r: Range, needle: string): Range | undefined {
  const m = new RegExp(`${needle}(?=[ \\t\\u3000]*条)`).exec(text.slice(r.start, r.end));
  return m ? { start: r.start + m.index, end: r.start + m.index + needle.length } : undefined;
}
