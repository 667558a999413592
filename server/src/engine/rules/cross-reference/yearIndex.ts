// A year's index (某市人民政府公报2024年总目录) in the last issue lists the documents of this issue too:
// an entry whose number is that of a document printed here gives its title.
import type { GazetteDocument, Range } from '../../model';
import { findDocNumbers } from '../../parse/docNumber';
import { content, isBlank, normalize, prefixLength } from '../../parse/text';
import { endsWithIndexPage, isSectionName, isYearIndexHeading, yearIndexEnd } from '../../parse/toc';
import { lineIndexAt } from '../shared/locate';
import type { RuleContext } from '../types';
import { shown } from './shared';

export function checkYearIndex(ctx: RuleContext): void {
  const { lines } = ctx.issue;
  // The first document printed under each number, as the index entries name them.
  const printed = new Map<string, GazetteDocument>();
  for (const d of ctx.issue.documents) if (d.kind === 'document' && d.number && !printed.has(d.number.key)) printed.set(d.number.key, d);
  for (const index of ctx.issue.documents) {
    if (index.kind !== 'other' || !isYearIndexHeading(index.title.text)) continue;
    const head = lineIndexAt(lines, index.title.range.start);
    const end = yearIndexEnd(lines, head);
    // The lines of the entry's title read so far (a title wraps over lines above its number's).
    let pending: number[] = [];
    for (let i = head + 1; i < end; i++) {
      const text = lines[i].text;
      if (isBlank(text)) continue;
      if (isSectionName(text)) {
        pending = [];
        continue;
      }
      const number = findDocNumbers(ctx.text, 'citation', lines[i].start, lines[i].end)[0];
      if (!number) {
        if (endsWithIndexPage(text)) pending = [];
        else pending.push(i);
        continue;
      }
      // Title（number）…page on one line, or the title on the lines above （number）…page.
      const before = text.slice(prefixLength(text), number.range.start - lines[i].start).replace(/[(（\s\u3000]+$/, '');
      const title: Range | undefined = before
        ? { start: lines[i].start + prefixLength(text), end: lines[i].start + prefixLength(text) + before.length }
        : pending.length > 0 ? { start: lines[pending[0]].start + prefixLength(lines[pending[0]].text), end: lines[pending[pending.length - 1]].end } : undefined;
      pending = [];
      const doc = printed.get(number.key);
      if (!title || !doc) continue;
      const norm = normalize(content(ctx.text.slice(title.start, title.end)));
      if (norm === doc.title.norm) continue;
      ctx.report({
        message: `总目录中的标题“${shown(norm)}”与本期所刊文件（${number.key}）的标题“${shown(doc.title.norm)}”不一致 (the year's index gives another title than the document printed)`,
        range: title,
        related: [{ range: doc.title.range, message: '所刊文件标题 (the printed title)' }],
      });
    }
  }
}
