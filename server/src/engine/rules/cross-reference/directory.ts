// cross-reference/directory: a 发文目录 row names the document printed with its
// number by that document's title. A body title that disagrees with the
// 发文目录 is reported here only when the 目录 does not list the document
// (cross-reference/toc reports it otherwise). Numbers that differ are
// doc-number/consistency's; a printed document the list leaves out is
// doc-number/sequence's.
import type { Rule } from '../types';
import { shown } from './shared';
import { listings, titleBlame } from './witnesses';

const rule: Rule = {
  id: 'cross-reference/directory',
  category: 'cross-reference',
  defaultSeverity: 'error',
  description: '发文目录与所刊文件一致：标题相同、所刊文件均已列入 (the 发文目录 matches the documents printed: same titles, none left out)',
  fixable: false,
  check(ctx) {
    const dir = ctx.issue.directory;
    if (!dir) return;
    const l = listings(ctx.issue);
    for (const [row, d] of l.rows) {
      if (!d) continue; // numbers issued in the month but not printed here
      const listing = l.of.get(d)!;
      if (listing.row !== row) continue;
      for (const w of titleBlame(ctx.issue, d, listing)) {
        if (w.source === 'directory') {
          ctx.report({
            message: `发文目录中的标题与所刊文件不一致：发文目录为“${shown(row.title!.norm)}”，正文为“${shown(d.title.norm)}” (title differs from the document printed)`,
            range: row.title!.range,
            related: [{ range: d.title.range, message: '正文标题 (title in the body)' }],
            suggestions: [{ title: '改为正文标题 (use the body title)', edits: [{ range: row.title!.range, text: d.title.text.replace(/\s+/g, '') }] }],
          });
        } else if (w.source === 'body' && !listing.toc) {
          ctx.report({
            message: `正文标题与发文目录不一致：正文为“${shown(d.title.norm)}”，发文目录为“${shown(row.title!.norm)}” (the title differs from the 发文目录)`,
            range: d.title.range,
            related: [{ range: row.title!.range, message: '发文目录 (list of documents issued)' }],
          });
        }
      }
    }
    // A printed document missing from the list is doc-number/sequence's (one report, by the month the list covers).
  },
};

export default rule;
