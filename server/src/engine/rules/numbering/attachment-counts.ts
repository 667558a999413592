// Counts of a printed attachment's rows: "现公布…名录（共5项）" after its title, "对3件…予以废止（见附件1）" in the
// clause that refers to it.
import type { GazetteDocument, Range } from '../../model';
import { RANK } from '../../parse/headings';
import { normalize, numeralValue } from '../../parse/text';
import type { RuleContext } from '../types';
import { logicalTables, seqValue } from './tables';
import { claimReport } from './count-report';

/** "现公布第七批…名录（共5项）", "《…清单》(共12项)": a count right after a printed attachment's title, against the rows of its table. */
export function checkAttachmentClaims(ctx: RuleContext, doc: GazetteDocument): void {
  const claims = doc.counts.filter((c) => c.table === undefined);
  if (claims.length === 0 || doc.attachments.length === 0) return;
  for (const claim of claims) {
    const before = normalize(ctx.text.slice(Math.max(doc.range.start, claim.range.start - 80), claim.range.start)).replace(/》?[(（]?$/, '');
    // The count may close the title itself (名单（共13个）), in the 附件说明 and over the table.
    const attachment = doc.attachments.find((a) => {
      const title = a.title?.norm.replace(TITLE_CLAIM, '');
      return title !== undefined && title.length >= 4 && before.endsWith(title);
    });
    const listed = attachment && attachmentRows(doc, attachment.part);
    const unit = ctx.text[claim.range.end - 1];
    if (listed && claim.value !== listed.rows) claimReport(ctx, claim, listed.rows, `附件“${attachment.title!.text}”`, listed.range, '个名家件'.includes(unit) ? unit : '项');
  }
}

/** A count closing an attachment's title: （共13个）. */
const TITLE_CLAIM = /\(?共\d{1,4}[项个条名家件]\)?$/;

/** The rows of a printed attachment's numbered tables, and where they are; undefined when it has none. */
function attachmentRows(doc: GazetteDocument, part: number): { rows: number; range: Range } | undefined {
  const own = logicalTables(doc).filter((t) => t.part === part && t.seq !== undefined);
  if (own.length === 0) return undefined;
  // Groups under headings, one of them without a table of its own (一、市直单位 with a line each, 二、长宁区（3个） with a
  // table): the tables are some of the list.
  const heads = doc.headings.filter((h) => h.part === part && h.kind !== 'box');
  const bare = heads.some((h, k) => {
    const next = heads[k + 1];
    if (next && RANK[next.kind] > RANK[h.kind]) return false; // a group over sub-groups
    const until = next?.range.start ?? Infinity;
    return !own.some((t) => t.rows.some((r) => r.range.start > h.range.start && r.range.start < until));
  });
  if (bare) return undefined;
  let rows = 0;
  for (const t of own) for (const row of t.rows) if (!row.isHeader && !t.isTotal(row) && seqValue(row, t.seq!)) rows++;
  return { rows, range: { start: own[0].rows[0].range.start, end: own[own.length - 1].rows.at(-1)!.range.end } };
}

/**
 * "对3件市政府规范性文件予以废止（见附件1）": a count in the clause that refers to an attachment, the reference perhaps
 * naming what it shows (（目录见附件1）, （名单详见附件2）).
 */
const COUNTED_REFERENCE = /([0-9]{1,4}|[一两二三四五六七八九十百]{1,4})[ \t]*(件|项|个|家|所|名)[^。；;，,（(]{0,30}[（(][ \t]*(?:[\u4e00-\u9fff]{1,4})?见附件[ \t]*(?:[0-9０-９]{1,2})?[ \t]*[)）]$/;

/**
 * "实施12项具体措施，具体任务分工见附件。": a count of items (项, 件) in the clause before the one that refers to the
 * attachment; not 个, 家, 名 (涉及5个部门，具体任务分工见附件: the departments are not the rows).
 */
const COUNTED_BEFORE_REFERENCE = /(?<![0-9.．])([0-9]{1,4}|[一两二三四五六七八九十百]{1,4})[ \t]*(件|项)[^。；;，,（(]{0,30}[，,][ \t]*(?:具体|详细|详|各项)?[^。；;，,（(0-9]{0,8}见附件[ \t]*(?:[0-9０-９]{1,2})?$/;

/** A second count after the first, in the same clause. */
const COUNT_IN = /(?:[0-9]{1,4}|[一两二三四五六七八九十百]{1,4})[ \t]*(?:件|项|个|家|所|名)/;

export function checkReferenceClaims(ctx: RuleContext, doc: GazetteDocument): void {
  for (const ref of doc.attachmentRefs) {
    // 见附件 without a number: the document's one attachment.
    const number = ref.number ?? (doc.attachments.length === 1 ? doc.attachments[0].number ?? 1 : undefined);
    if (number === undefined) continue;
    // The clause up to the bracket closing the reference, or up to the reference closing the sentence.
    const close = /^[ \t]*[)）]/.exec(ctx.text.slice(ref.range.end, ref.range.end + 4));
    const closesSentence = !close && /^[ \t]*(?:[。；;]|$)/m.test(ctx.text.slice(ref.range.end, ref.range.end + 4));
    if (!close && !closesSentence) continue;
    const end = ref.range.end + (close ? close[0].length : 0);
    const clause = ctx.text.slice(Math.max(doc.range.start, ref.range.start - 48), end);
    const m = (close ? COUNTED_REFERENCE : COUNTED_BEFORE_REFERENCE).exec(clause);
    // Not an ordinal (第3项), a rate (每5件), an article (一个目录), nor a clause counting two things (废止3件、修改2件).
    if (!m || /[第每前]$/.test(clause.slice(0, m.index)) || (m[1] === '一' && m[2] === '个') || COUNT_IN.test(m[0].slice(m[1].length + m[2].length))) continue;
    const attachment = ref.number === undefined ? doc.attachments[0] : doc.attachments.find((a) => a.number === ref.number && a.sub === undefined);
    const listed = attachment && attachmentRows(doc, attachment.part);
    const value = numeralValue(m[1]);
    if (!listed || value === listed.rows) continue;
    const start = end - m[0].length;
    if (countsRunUpTo(ctx.text.slice(Math.max(doc.range.start, start - 200), start), m[2], value, listed.rows)) continue;
    const seen = ref.number === undefined ? '见附件' : `见附件${ref.number}`;
    const claim = { value, range: { start, end: start + m[1].length + m[2].length } };
    ctx.report({
      message: `称${m[1]}${m[2]}（${seen}），附件${ref.number ?? ''}实际列出${listed.rows}${m[2]} (claims ${value} items, ${ref.number !== undefined ? `attachment ${ref.number}` : 'the attachment'} lists ${listed.rows})`,
      range: claim.range,
      related: [{ range: listed.range, message: '所计条目 (the items counted)' }],
      suggestions: /^\d+$/.test(m[1]) ? [{ title: `改为${listed.rows} (use ${listed.rows})`, edits: [{ range: { start, end: start + m[1].length }, text: String(listed.rows) }] }] : undefined,
    });
  }
}

const SENTENCE_END = /[。；;！？!?）)]/;
const COUNT_OF = /([0-9]{1,4}|[一两二三四五六七八九十百]{1,4})[ \t]*(件|项|个|家|所|名)/g;

/**
 * 取消3项，下放2项，新增2项（见附件2）: the attachment lists the counts of the sentence together; the last counts
 * from some count before it in the sentence (of the same unit) up to the referring one add up to the rows.
 */
function countsRunUpTo(before: string, unit: string, last: number, rows: number): boolean {
  let from = before.length;
  while (from > 0 && !SENTENCE_END.test(before[from - 1])) from--;
  const counts = [...before.slice(from).matchAll(COUNT_OF)].filter((c) => c[2] === unit && !/[第每前]$/.test(before.slice(from, from + c.index!)));
  let total = last;
  for (let k = counts.length - 1; k >= 0; k--) {
    total += numeralValue(counts[k][1]);
    if (total === rows) return true;
  }
  return false;
}
