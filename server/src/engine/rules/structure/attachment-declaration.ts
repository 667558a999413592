// structure/attachment-declaration: the 附件说明 in GB/T 9704 §7.3.4 form:
// "附件：1．title", numbered when there is more than one attachment, no
// punctuation after a title, a colon after 附件. Which width the colon takes
// is typography/punctuation-width's business (extracted files use ":"
// throughout); gaps in the numbering are numbering/sequence's.
import type { GazetteDocument } from '../../model';
import { content, prefixLength, trimEndChars } from '../../parse/text';
import type { Rule, RuleContext } from '../types';
import { colonHabit, lineAt, previousNonBlank } from './util';

const TRAILING = /[。，,；;：:、]$/;
/** "附件慈善工作…名单" or "附件1.…": a declaration that lost its colon. */
const NO_COLON = /^附[ \t]*件(?![ \t]*[:：])(?![ \t]*(?:\d{1,2}[ \t]*)?$)[ \t]*(\d{1,2}[ \t]*[.．、][ \t]*)?[^\s:：\d.．、]/;
const LOOKBACK = 8;

const rule: Rule = {
  id: 'structure/attachment-declaration',
  category: 'structure',
  defaultSeverity: 'warning',
  description: '附件说明格式：附件：1．名称，多个附件须编号，名称后不加标点 (attachment declaration: 附件：1．title, numbered when several, no punctuation after a title)',
  fixable: true,
  check(ctx) {
    for (const d of ctx.issue.documents) {
      checkDecls(ctx, d);
      checkMissingColon(ctx, d);
    }
  },
};

export default rule;

function checkDecls(ctx: RuleContext, d: GazetteDocument): void {
  const decls = d.attachmentDecls;
  for (const a of decls) {
    if (decls.length > 1 && a.number === undefined) {
      ctx.report({
        message: `有多个附件时应标注顺序号：“附件：1．${a.title.text}” (number the attachments when there are several)`,
        range: a.title.range,
      });
    }
    if (a.number !== undefined && a.numberRange && !/[0-9０-９]/.test(ctx.text.slice(a.numberRange.start, a.numberRange.end))) {
      // 一、title: the standard numbers the 附件说明 1．title.
      const sep = ctx.text[a.numberRange.end] === '、' ? 1 : 0;
      const range = { start: a.numberRange.start, end: a.numberRange.end + sep };
      const right = `${a.number}${sep ? '．' : ''}`;
      ctx.report({
        message: `附件说明的序号应使用阿拉伯数字：“${a.number}．” (number the attachments in Arabic numerals)`,
        range,
        fix: { title: `改为“${right}” (use ${right})`, edits: [{ range, text: right }] },
      });
    }
    if (decls.length === 1 && a.number !== undefined) {
      ctx.report({
        message: '只有一个附件时不标注顺序号 (a single attachment takes no number)',
        range: a.numberRange ?? a.title.range,
        severity: 'info',
      });
    }
    const title = trimEndChars(a.title.text);
    const m = TRAILING.exec(title);
    if (!m) continue;
    const source = ctx.text.slice(a.range.start, a.range.end);
    const at = a.range.start + source.lastIndexOf(m[0]);
    if (at < a.range.start) continue;
    ctx.report({
      message: `附件名称后不加标点，此处有“${m[0]}” (no punctuation after an attachment's title)`,
      range: { start: at, end: at + 1 },
      fix: { title: `删除“${m[0]}” (remove ${m[0]})`, edits: [{ range: { start: at, end: at + 1 }, text: '' }] },
    });
  }
}

/** A "附件…" line just above the 落款 without a colon: the parser does not take it for a declaration. */
function checkMissingColon(ctx: RuleContext, d: GazetteDocument): void {
  const organ = d.signature?.organ ?? d.signature?.date;
  if (!organ) return;
  const lines = ctx.issue.lines;
  const sigLine = lineAt(ctx.issue, organ.range.start);
  const floor = lineAt(ctx.issue, d.range.start);
  let i = sigLine;
  for (let seen = 0; seen < LOOKBACK; seen++) {
    i = previousNonBlank(lines, i - 1, floor);
    if (i < 0) return;
    const c = content(lines[i].text);
    if (/[。；;]$/.test(c)) return; // the body's last sentence: no declaration here
    if (c.length > 80 || !NO_COLON.test(c) || c.includes('。')) continue;
    const start = lines[i].start + prefixLength(lines[i].text);
    const at = start + /^附[ \t]*件/.exec(c)![0].length;
    const colon = colonHabit(ctx.issue);
    ctx.report({
      message: '附件说明的“附件”后缺少冒号 (colon missing after 附件)',
      range: { start, end: start + c.length },
      fix: { title: `补上“${colon}” (add ${colon})`, edits: [{ range: { start: at, end: at }, text: colon }] },
    });
    return;
  }
}
