// structure/attachment-label: an attachment printed without its "附件" label
// (GB/T 9704 §7.3.7), found safely: the 附件说明 names a title, that title is
// printed after the 落款 with no label line above it, and the issue's other
// printed attachments do carry labels. A label numbered in Chinese numerals
// (附件一) is reported too: the standard numbers them 附件1.
import type { Attachment, AttachmentDecl, GazetteDocument, Issue } from '../../model';
import { attachmentLabel, attachmentName } from '../../parse/attachments';
import { printedTitleLine } from '../shared/attachments';
import { content, prefixLength } from '../../parse/text';
import type { Rule, RuleContext } from '../types';
import { previousNonBlank } from './util';
import { memoize } from '../shared/memo';

const rule: Rule = {
  id: 'structure/attachment-label',
  category: 'structure',
  defaultSeverity: 'warning',
  description: '附件正文前缺少“附件”标签 (a printed attachment lacks its 附件 label)',
  fixable: true,
  // Whether the issue labels its attachments at all is the issue's; the rest is each document's.
  issueContext(ctx) {
    return labelsAttachments(ctx.issue) ? 'labelled' : '';
  },
  checkDocument(ctx, d) {
    for (const a of d.attachments) chineseNumeral(ctx, a);
    // An issue that never labels attachments: house style, not a slip.
    if (!labelsAttachments(ctx.issue)) return;
    const lines = ctx.issue.lines;
    for (const decl of d.attachmentDecls) {
      if (decl.omitted || d.attachments.some((a) => a.title && a.title.norm === decl.title.norm)) continue;
      const titleLine = printedTitleLine(ctx.issue, d, decl);
      if (titleLine < 0) continue;
      const above = previousNonBlank(lines, titleLine - 1, 0);
      // A label line above it (附件, 附件2), not the 附件说明 naming it.
      if (above >= 0 && attachmentLabel(lines[above].text)) continue;
      const label = labelFor(d, decl);
      const line = lines[titleLine];
      const start = line.start + prefixLength(line.text);
      ctx.report({
        message: `附件“${decl.title.text}”正文前缺少“${label}”标签 (attachment printed without its ${label} label)`,
        range: { start, end: start + content(line.text).length },
        related: [{ range: decl.range, message: '附件说明 (attachment declaration)' }],
        fix: { title: `在标题前加“${label}” (add the ${label} label)`, edits: [{ range: { start: line.start, end: line.start }, text: `${label}\n\n` }] },
      });
    }
  },
};

export default rule;

/** 附件一 → 附件1. */
function chineseNumeral(ctx: RuleContext, a: Attachment): void {
  if (a.number === undefined) return;
  const label = ctx.text.slice(a.labelRange.start, a.labelRange.end);
  const m = /[一二三四五六七八九十]+/.exec(label);
  if (!m) return;
  const range = { start: a.labelRange.start + m.index, end: a.labelRange.start + m.index + m[0].length };
  ctx.report({
    message: `附件标签的序号应使用阿拉伯数字：“附件${a.number}” (number an attachment's label in Arabic numerals)`,
    range,
    fix: { title: `改为“附件${a.number}” (use 附件${a.number})`, edits: [{ range, text: String(a.number) }] },
  });
}

/** Does the issue print an 附件 label anywhere (once per issue: asked for each of its documents)? */
const labelsAttachments = memoize((issue: Issue): boolean => issue.documents.some((d) => d.attachments.length > 0));

function labelFor(d: GazetteDocument, decl: AttachmentDecl): string {
  return d.attachmentDecls.length > 1 ? attachmentName(decl) : '附件';
}
