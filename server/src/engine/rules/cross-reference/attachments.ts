// cross-reference/attachments: the 附件说明 and the attachments printed after a
// document agree (each declared one printed or marked 略, each printed one
// declared, same titles); 见附件N points at an attachment that exists; an
// attachment naming the plan it belongs to uses the plan's name. Gaps in the
// numbering 1, 2, 3 are numbering/sequence's.
import { matchesFrom } from '../shared/scan';
import { attachmentName } from '../../parse/attachments';
import { halfWidthDigits } from '../../parse/text';
import { printedTitleLine } from '../shared/attachments';
import { scheduleLabels, scheduleReferences, scheduleTitles } from '../shared/schedules';
import type { Attachment, AttachmentDecl, GazetteDocument, Range } from '../../model';
import type { Rule, RuleContext } from '../types';
import { normalize, planTitle, shown, withoutYears } from './shared';
import { windows } from './witnesses';

const rule: Rule = {
  id: 'cross-reference/attachments',
  category: 'cross-reference',
  defaultSeverity: 'error',
  description: '附件说明与所附附件一致，见附件N有对应附件 (attachments match their declaration; 见附件N resolves)',
  fixable: false,
  checkDocument(ctx, d) {
    pair(ctx, d);
    scheduleNames(ctx, d);
    references(ctx, d);
    planName(ctx, d);
  },
};

export default rule;

/** Declarations and printed attachments, matched by number, then title, then position. */
function pair(ctx: RuleContext, d: GazetteDocument): void {
  const decls = d.attachmentDecls;
  const printed = d.attachments;
  const used = new Set<Attachment>();
  const unmatched: AttachmentDecl[] = [];
  for (const decl of decls) {
    const a =
      printed.find((p) => !used.has(p) && decl.number !== undefined && p.number === decl.number && p.sub === decl.sub) ??
      printed.find((p) => !used.has(p) && p.title?.norm === decl.title.norm);
    if (a) {
      used.add(a);
      compareTitles(ctx, d, decl, a);
    } else unmatched.push(decl);
  }
  // 附件1-1, 附件1-2 printed inside a 附件1 declared whole: parts of it, declared with it.
  const spare = printed.filter((p) => !used.has(p) && !(p.sub !== undefined && decls.some((d) => d.number === p.number && d.sub === undefined)));
  // An attachment printed without its 附件 line is a part of its own (structure/attachment-label reports the label).
  const unlabelled: Attachment[] = planTitle(d)
    ? []
    : d.parts.flatMap((p, part) => (p.kind === 'attached' && p.title ? [{ range: p.range, labelRange: p.title.range, title: p.title, part }] : []));
  for (const decl of unmatched) {
    // Printed as its parts (附件1-1, 附件1-2) only.
    if (decl.omitted || (decl.sub === undefined && printed.some((p) => p.number === decl.number && p.sub !== undefined))) continue;
    const same = unlabelled.findIndex((a) => a.title!.norm === decl.title.norm);
    if (same >= 0) {
      unlabelled.splice(same, 1);
      continue;
    }
    const a = spare.shift() ?? unlabelled.shift();
    if (a) {
      compareTitles(ctx, d, decl, a);
      continue;
    }
    // Its title printed on a line of its own after the 落款, without a label: structure/attachment-label's.
    if (printedTitleLine(ctx.issue, d, decl) >= 0) continue;
    ctx.report({
      message: `附件“${shown(decl.title.norm)}”已在附件说明中列出，但未刊出，也未注明“略” (declared attachment is neither printed nor marked omitted)`,
      range: decl.title.range,
    });
  }
  for (const a of spare) {
    ctx.report({
      message: decls.length
        ? `${attachmentName(a)}未在附件说明中列出 (printed attachment is not in the attachment list)`
        : `${attachmentName(a)}已刊出，但正文后没有附件说明 (printed attachment without an attachment list)`,
      range: a.labelRange,
    });
  }
}

/** A 附表 printed under another title than the list under the text gives it: by number, or the one to the one. */
function scheduleNames(ctx: RuleContext, d: GazetteDocument): void {
  const { declared, printed } = scheduleTitles(ctx.issue, d);
  for (const decl of declared) {
    const p = decl.number === undefined ? (declared.length === 1 && printed.length === 1 ? printed[0] : undefined) : printed.find((x) => x.number === decl.number);
    if (!p || p.norm === decl.norm) continue;
    ctx.report({
      message: `附表标题“${shown(p.norm)}”与附表说明中的“${shown(decl.norm)}”不一致 (table title differs from its declaration)`,
      range: p.range,
      related: [{ range: decl.range, message: '附表说明 (declaration)' }],
    });
  }
}

function compareTitles(ctx: RuleContext, d: GazetteDocument, decl: AttachmentDecl, a: Attachment): void {
  // A printed title that says the attachment is left out (…说明（略）) names it all the same; a count closing either
  // title (…名单（共8名）) gives the list's size, not its name.
  if (!a.title || withoutCount(a.title.norm.replace(/\((?:略|另发|另行印发)\)$/, '')) === withoutCount(decl.title.norm)) return;
  // Which of the two is the slip: the one whose differing words the document's own text does not use.
  const [wa, wd] = windows(a.title.norm, decl.title.norm);
  const cuts = [decl.range, a.title.range].sort((x, y) => x.start - y.start);
  const own = normalize(ctx.text.slice(d.range.start, cuts[0].start) + '\n' + ctx.text.slice(cuts[0].end, cuts[1].start) + '\n' + ctx.text.slice(cuts[1].end, d.range.end));
  const declWrong = wa !== '' && wd !== '' && own.includes(wa) && !own.includes(wd);
  const [at, other] = declWrong ? [decl.title, a.title] : [a.title, decl.title];
  ctx.report({
    message: declWrong
      ? `附件说明中的“${shown(decl.title.norm)}”与所附附件标题“${shown(a.title.norm)}”不一致 (declared title differs from the printed attachment's)`
      : `附件标题“${shown(a.title.norm)}”与附件说明中的“${shown(decl.title.norm)}”不一致 (attachment title differs from its declaration)`,
    range: at.range,
    related: [{ range: other.range, message: declWrong ? '所附附件标题 (printed title)' : '附件说明 (declaration)' }],
  });
}

/** A title without the count that closes it: …名单(共8名). */
function withoutCount(title: string): string {
  return title.replace(/\(共\d{1,4}[项个条名人家所件](?:单位|集体)?\)$/, '');
}

function attachmentCount(list: readonly { number?: number; sub?: number }[]): number {
  const numbers = new Set<number>();
  let unnumbered = 0;
  for (const a of list) {
    if (a.number === undefined) unnumbered++;
    else numbers.add(a.number);
  }
  return numbers.size + unnumbered;
}

const NUMBERED_REF = /附件[ \t]*([0-9０-９]{1,2})/y;

function references(ctx: RuleContext, d: GazetteDocument): void {
  // 见附表N where the document prints no 附表N.
  const schedules = new Set(scheduleLabels(ctx.issue, d).map((s) => s.number));
  for (const ref of scheduleReferences(ctx.text, d)) {
    if (schedules.has(ref.number)) continue;
    ctx.report({ message: `见附表${ref.number}，但本文件没有附表${ref.number} (no table 附表${ref.number} in this document)`, range: ref.range });
  }
  const declared = new Set<number>();
  for (const a of d.attachmentDecls) if (a.number !== undefined) declared.add(a.number);
  for (const a of d.attachments) if (a.number !== undefined) declared.add(a.number);
  // How many attachments: 附件1-1 and 附件1-2 are parts of one 附件1.
  const count = Math.max(attachmentCount(d.attachmentDecls), attachmentCount(d.attachments));
  const printedParts = d.parts.some((p) => p.kind === 'attachment');
  let dangling = false;
  for (const ref of d.attachmentRefs) {
    if (ref.number === undefined) {
      if (count === 0 && !printedParts) {
        ctx.report({ message: '“见附件”，但本文件没有附件 (refers to an attachment but the document has none)', range: ref.range, severity: 'warning' });
      }
      continue;
    }
    // By number, or by position (a single attachment is not numbered; a misnumbered list is its own finding).
    // 见附件1-3 where 附件1 comes in parts: the part must be there too.
    const parts = [...d.attachmentDecls, ...d.attachments].filter((a) => a.number === ref.number && a.sub !== undefined);
    const missing = ref.sub !== undefined && parts.length > 0 ? !parts.some((a) => a.sub === ref.sub) : !(declared.has(ref.number) || ref.number <= count);
    if (!missing) continue;
    dangling = true;
    const name = attachmentName(ref);
    ctx.report({
      message: `见${name}，但本文件没有${name} (no attachment ${name.slice(2)} in this document)`,
      range: ref.range,
    });
  }
  // Soft: numbered attachments cited in the text except one (not while a reference is broken: it may be that one).
  // Counted by number: 附件1-1 and 附件1-2 are parts of one 附件1.
  const numbered = d.attachmentDecls.filter((a, k, all) => a.number !== undefined && all.findIndex((b) => b.number === a.number) === k);
  if (numbered.length < 3 || dangling) return;
  const cited = citedNumbers(ctx, d);
  const citedDecls = numbered.filter((a) => cited.has(a.number!));
  if (citedDecls.length < 2 || citedDecls.length === numbered.length) return;
  for (const a of numbered) {
    if (cited.has(a.number!)) continue;
    ctx.report({
      message: `附件${a.number}未在正文中提及，而其他附件均有“见附件” (attachment ${a.number} is never referred to, unlike the others)`,
      range: a.title.range,
      severity: 'info',
    });
  }
}

/** Every 附件N written in the document's text, outside its 附件说明 and labels. */
function citedNumbers(ctx: RuleContext, d: GazetteDocument): Set<number> {
  const skip = [...d.attachmentDecls.map((a) => a.range), ...d.attachments.map((a) => a.labelRange)];
  const out = new Set<number>();
  const text = ctx.text.slice(d.range.start, d.range.end);
  for (const m of matchesFrom(text, '附件', NUMBERED_REF)) {
    const at = d.range.start + m.index;
    if (skip.some((r) => r.start <= at && at < r.end)) continue;
    out.add(Number(halfWidthDigits(m[1])));
  }
  return out;
}

/**
 * An attachment whose title names the plan it belongs to must use the plan's
 * exact name: 绍兴市慢性病防治中长期规划…主要指标 under 绍兴市防治慢性病中长期规划.
 * Only a reordering of the same characters or one changed character is taken
 * for a slip; a different name may be a different plan.
 */
function planName(ctx: RuleContext, d: GazetteDocument): void {
  const plan = planTitle(d);
  if (!plan) return;
  const core = withoutYears(plan);
  const kind = core.slice(-2);
  const titles = [
    ...d.attachmentDecls.map((a) => a.title),
    ...d.attachments.map((a) => a.title).filter((t): t is NonNullable<typeof t> => !!t),
  ];
  for (const t of titles) {
    if (t.norm.includes(core)) continue;
    const at = t.norm.indexOf(kind);
    if (at < 0) continue;
    const named = t.norm.slice(0, at + kind.length).replace(/^\d{4}年(度)?/, '');
    if (named === core || !slip(named, core)) continue;
    ctx.report({
      message: `附件标题中的“${named}”与所属文件名称“${core}”不一致 (the attachment names its plan differently)`,
      range: t.range,
      severity: 'warning',
      suggestions: [{ title: `改为“${core}” (use the plan's name)`, edits: [{ range: rangeOf(ctx.text, t.range, named), text: core }] }].filter((s) => s.edits[0].range.end > s.edits[0].range.start),
    });
  }
}

function slip(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 6) return false;
  if ([...a].sort().join('') === [...b].sort().join('')) return true;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

/** Where `named` is written inside the title's source range (empty when wrapped or spaced). */
function rangeOf(text: string, r: Range, named: string): Range {
  const at = text.slice(r.start, r.end).indexOf(named);
  return at < 0 ? { start: r.start, end: r.start } : { start: r.start + at, end: r.start + at + named.length };
}
