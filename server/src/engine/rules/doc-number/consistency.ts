// doc-number/consistency: one document, one number — its 发文字号 line, its TOC
// entry, its 发文目录 row and every citation of it in the issue agree on issuer
// code, year and serial. Brackets and spaces are doc-number/format's concern.
import type { Citation, DocNumber } from '../../model';
import type { Rule, RuleContext } from '../types';
import { ROLE_NAME, collectRefs, differences, editsToMatch, numberKey, sameNumber, titleKey, type DocRefs } from './refs';
import { addTo } from '../../arrays';
import { shownNumber } from '../../parse/docNumber';
import { inside } from '../shared/locate';

const rule: Rule = {
  id: 'doc-number/consistency',
  category: 'doc-number',
  defaultSeverity: 'error',
  description: '同一文件的发文字号在目录、正文、发文目录和引用处一致 (one document, one number everywhere)',
  fixable: true,
  check(ctx) {
    const refs = collectRefs(ctx.issue);
    const printed = new Map<string, number>();
    for (const d of refs.docs) printed.set(numberKey(d.number), (printed.get(numberKey(d.number)) ?? 0) + 1);
    for (const d of refs.docs) checkDocument(ctx, d, printed, () => refs.docs.filter((o) => o !== d).map((o) => o.number));
    checkCitations(ctx, refs.otherCitations);
    for (const d of refs.docs) checkSelfRepeal(ctx, d, refs.otherCitations);
  },
};

export default rule;

function checkDocument(ctx: RuleContext, d: DocRefs, printed: Map<string, number>, others: () => DocNumber[]): void {
  const own = d.number;
  const listed = [...d.toc.map((e) => e.number!), ...d.directory.map((r) => r.number!)];
  const differ = listed.filter((n) => !sameNumber(n, own));
  // The document line is the odd one out when every listing agrees on another number,
  // or when the only listing is unique while the line repeats another document's number.
  const lineIsWrong =
    differ.length === listed.length &&
    differ.length > 0 &&
    differ.every((n) => sameNumber(n, differ[0])) &&
    (differ.length >= 2 || listingIsBetter(d, differ[0], printed, others()));
  const truth = lineIsWrong ? differ[0] : own;
  if (lineIsWrong) {
    const where = [...new Set(differ.map((n) => ROLE_NAME[n.role].zh))].join('、');
    const diff = differences(own, truth);
    ctx.report({
      message: `发文字号“${shownNumber(own)}”的${diff.zh}与${where}所列“${shownNumber(truth)}”不一致 (the ${diff.en} of the document's number differs from the one listed elsewhere)`,
      range: own.range,
      related: differ.map((n) => ({ range: n.range, message: `${ROLE_NAME[n.role].zh}：${shownNumber(n)} (${ROLE_NAME[n.role].en})` })),
      fix: { title: `改为与${where}一致 (match ${differ.map((n) => ROLE_NAME[n.role].en).join(', ')})`, edits: editsToMatch(own, truth) },
    });
  }
  for (const n of [...listed, ...d.citations.map((c) => c.number!)]) {
    if (sameNumber(n, truth)) continue;
    if (lineIsWrong && n.role !== 'citation') continue; // reported once, at the line
    if (n.role === 'citation' && isEarlierVersion(ctx, n, truth)) continue;
    const diff = differences(n, truth);
    const role = ROLE_NAME[n.role];
    ctx.report({
      message: `${role.zh}的发文字号“${shownNumber(n)}”与文件“${shownNumber(truth)}”的${diff.zh}不一致 (the ${diff.en} in ${role.en} differs from the document's number)`,
      range: n.range,
      related: [{ range: truth.range, message: `${ROLE_NAME[truth.role].zh}：${shownNumber(truth)} (${ROLE_NAME[truth.role].en})` }],
      fix: { title: `改为“${truth.issuer}〔${truth.year}〕${Number(truth.serial)}号” (match the document's number)`, edits: editsToMatch(n, truth) },
    });
  }
}

/** The same outside document cited with different numbers in one issue. */
function checkCitations(ctx: RuleContext, citations: Citation[]): void {
  const byTitle = new Map<string, DocNumber[]>();
  for (const c of citations) {
    const t = titleKey(c.title.norm);
    if (t.length < 8) continue;
    addTo(byTitle, t, c.number!);
  }
  for (const list of byTitle.values()) {
    const counts = new Map<string, number>();
    for (const n of list) counts.set(numberKey(n), (counts.get(numberKey(n)) ?? 0) + 1);
    if (counts.size < 2) continue;
    const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
    const majority = n * 2 > list.length ? list.find((x) => numberKey(x) === best)! : undefined;
    const reference = majority ?? list[0];
    for (const x of list) {
      if (sameNumber(x, reference)) continue;
      const diff = differences(x, reference);
      ctx.report({
        message: `同一文件在本期被引用为“${shownNumber(reference)}”，此处为“${shownNumber(x)}”，${diff.zh}不一致 (the same document is cited with another ${diff.en} elsewhere in this issue)`,
        range: x.range,
        severity: majority ? undefined : 'warning',
        related: [{ range: reference.range, message: `另一处引用：${shownNumber(reference)} (the other citation)` }],
        fix: majority ? { title: '与其他引用一致 (match the other citations)', edits: editsToMatch(x, reference) } : undefined,
      });
    }
  }
}

/**
 * A document repealing the one it replaces under its own number (`《…》（汀政办发〔2025〕30号）同时废止` inside 汀政办发〔2025〕30号):
 * the old number was overwritten with the new one's.
 */
function checkSelfRepeal(ctx: RuleContext, d: DocRefs, otherCitations: Citation[]): void {
  for (const c of [...d.citations, ...otherCitations]) {
    const n = c.number!;
    if (!inside(n.range, d.doc.range) || !sameNumber(n, d.number)) continue;
    const after = ctx.text.slice(n.range.end, n.range.end + 12);
    if (!/^[)）]?[ \t]*(?:同时|一并|即行|予以)?(?:废止|失效|停止执行)/.test(after)) continue;
    ctx.report({
      message: `本文件废止的文件“${shownNumber(n)}”与本文件的发文字号相同 (the document repeals a document under its own number)`,
      range: n.range,
      related: [{ range: d.number.range, message: `本文件：${shownNumber(d.number)} (the document's own number)` }],
    });
  }
}

/** 原《…》(绍政办发〔2006〕84号)同时废止: an earlier document with the same title, not a misprint. */
function isEarlierVersion(ctx: RuleContext, cited: DocNumber, doc: DocNumber): boolean {
  if (Number(cited.year) !== Number(doc.year) && Number(cited.serial) !== Number(doc.serial)) return true;
  const before = ctx.text.slice(Math.max(0, cited.range.start - 80), cited.range.start);
  const after = ctx.text.slice(cited.range.end, cited.range.end + 16);
  return /原《[^《》]*》[ \t(（]*$/.test(before) || /废止|失效|停止执行/.test(after);
}

/**
 * With one listing (the TOC) against the line, the rest of the issue decides for the listing when
 * the line's number repeats another document's, breaks the printed run of its series (12, 13, [19],
 * 15, 16 where the TOC says 14; or 12, [15], 14 where it says 13, the gap the listing fills, unless the
 * line's number is the one that goes on in print order: 12, 14, [15]), has a year other than its 成文日期's,
 * or an issuer code no other document uses while the listing's is in use.
 */
function listingIsBetter(d: DocRefs, listed: DocNumber, printed: Map<string, number>, others: DocNumber[]): boolean {
  const own = d.number;
  if ((printed.get(numberKey(own)) ?? 0) > 1 && !printed.has(numberKey(listed))) return true;
  if (listed.issuer !== own.issuer) {
    const uses = (code: string) => others.some((o) => o.issuer === code);
    return uses(listed.issuer) && !uses(own.issuer);
  }
  const year = d.doc.signature?.date?.year;
  if (Number(listed.year) !== Number(own.year)) return year !== undefined && Number(listed.year) === year;
  const series = others.filter((o) => o.issuer === own.issuer && Number(o.year) === Number(own.year));
  const serials = new Set(series.map((o) => Number(o.serial)));
  // Between the serials printed before and after it (12, 14, [15] goes on after 14, where 13 would not).
  const before = series.filter((o) => o.range.start < own.range.start).pop();
  const after = series.find((o) => o.range.start > own.range.start);
  const inOrder = (n: DocNumber) => (!before || Number(before.serial) < Number(n.serial)) && (!after || Number(n.serial) < Number(after.serial));
  // How well a serial fits the run: -1 taken, else how many of its two neighbours are printed (13 between 12 and 14: 2).
  const fit = (n: DocNumber) => {
    const s = Number(n.serial);
    return serials.has(s) ? -1 : Number(serials.has(s - 1)) + Number(serials.has(s + 1));
  };
  return serials.size >= 2 && fit(listed) > 0 && fit(listed) > fit(own) && (inOrder(listed) || !inOrder(own));
}
