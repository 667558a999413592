// cross-reference/effective-date: one set of rules, one day it takes effect. A decree says when the rules it
// promulgates take effect (现予公布，自2026年5月1日起施行) and so does their last article (本办法自2026年5月1日起施行); a
// 政策解读 repeats the day of the document it interprets (《办法》自2026年5月1日起施行). Each must be that document's day.
import type { GazetteDocument, Issue, Range } from '../../model';
import { memoize } from '../shared/memo';
import type { Rule, RuleContext } from '../types';
import { interpretedDocument } from './interpretation';

/** 自2026年5月1日起施行 (实施, 执行, 生效): the day, spaces and a wrap's line break allowed. */
const TAKES_EFFECT = /自[\s]{0,3}([0-9]{4})[\s]{0,3}年[\s]{0,3}([0-9]{1,2})[\s]{0,3}月[\s]{0,3}([0-9]{1,2})[\s]{0,3}日[\s]{0,3}起[\s]{0,3}(?:施[\s]{0,3}行|实[\s]{0,3}施|执[\s]{0,3}行|生[\s]{0,3}效)/g;
/** A document speaking of itself: 本办法, 本规定, 本细则, 本决定 …. */
const ITSELF = /本(?:办法|规定|细则|条例|规则|实施办法|实施细则|决定|意见|通知|方案|措施|规划|标准|目录|清单|公告|通告|令)/;
/** Words that make the day another's: part of the rules (第十条自…), a repealed text, a period (有效期至). */
const OTHER = /第[一二三四五六七八九十百零〇两0-9]+条|废止|失效|原《|有效期|之前|此前|以前/;

interface Stated {
  day: string;
  range: Range;
  /** The sentence up to the statement. */
  lead: string;
}

const rule: Rule = {
  id: 'cross-reference/effective-date',
  category: 'cross-reference',
  defaultSeverity: 'error',
  description: '令与其公布的规章、政策解读与所解读文件所称施行日期一致 (a decree and its rules, an interpretation and its document, give the same day they take effect)',
  fixable: false,
  check(ctx) {
    for (const d of ctx.issue.documents) {
      if (d.kind === 'decree') checkDecree(ctx, d);
      else if (d.kind === 'interpretation') checkInterpretation(ctx, d);
    }
  },
};

export default rule;

/** The days a range states something takes effect, each with the sentence before it. */
/** The days stated in each range already read, by issue: a document's are asked for again as another's decree or subject. */
const statedByRange = memoize((_issue: Issue) => new Map<string, Stated[]>());

function statedIn(ctx: RuleContext, range: Range): readonly Stated[] {
  const byRange = statedByRange(ctx.issue);
  const key = `${range.start}:${range.end}`;
  let found = byRange.get(key);
  if (!found) byRange.set(key, (found = readStated(ctx, range)));
  return found;
}

function readStated(ctx: RuleContext, range: Range): Stated[] {
  const text = ctx.text.slice(range.start, range.end);
  const out: Stated[] = [];
  for (const m of text.matchAll(TAKES_EFFECT)) {
    const before = text.slice(Math.max(0, m.index! - 80), m.index!);
    // From the sentence's start (。, ；, a colon, a blank line), the article's own label (第二十四条) left out.
    const from = Math.max(0, ...[...before.matchAll(/[。；;：:]|\n[ \t\u3000]*\n/g)].map((b) => b.index! + b[0].length));
    const lead = before.slice(from).replace(/^\s*第[一二三四五六七八九十百零〇两0-9]+条[\s\u3000]*/, '');
    out.push({ day: `${m[1]}年${Number(m[2])}月${Number(m[3])}日`, range: { start: range.start + m.index!, end: range.start + m.index! + m[0].length }, lead });
  }
  return out;
}

/** The one day a document states for itself (本办法自…起施行), or undefined where it states none or several. */
function ownDay(ctx: RuleContext, d: GazetteDocument, range: Range = d.range): Stated | undefined {
  const own = statedIn(ctx, range).filter((s) => ITSELF.test(s.lead) && !OTHER.test(s.lead));
  return own.length > 0 && own.every((s) => s.day === own[0].day) ? own[own.length - 1] : undefined;
}

/** A decree's day (现予公布，自…起施行) against the day the rules it promulgates give themselves. */
function checkDecree(ctx: RuleContext, d: GazetteDocument): void {
  const main = d.parts.find((p) => p.kind === 'main');
  const rules = d.parts.filter((p) => p.kind === 'attached');
  if (!main || rules.length !== 1) return;
  const said = statedIn(ctx, main.range).filter((s) => !OTHER.test(s.lead));
  if (said.length !== 1) return;
  const own = ownDay(ctx, d, rules[0].range);
  if (!own || own.day === said[0].day) return;
  ctx.report({
    message: `规章自称${own.day}起施行，公布令称${said[0].day}起施行 (the rules take effect on another day than the decree promulgating them says)`,
    range: own.range,
    related: [{ range: said[0].range, message: '公布令所称施行日期 (the decree\'s day)' }],
  });
}

/** Whether a decree says another day than its rules (reported at the rules): which one the interpretation follows is moot. */
function decreeDisagrees(ctx: RuleContext, d: GazetteDocument, own: Stated): boolean {
  const main = d.kind === 'decree' ? d.parts.find((p) => p.kind === 'main') : undefined;
  return !!main && statedIn(ctx, main.range).some((s) => !OTHER.test(s.lead) && s.day !== own.day);
}

/** An interpretation's 《办法》自…起施行 against the day the document it interprets gives itself. */
function checkInterpretation(ctx: RuleContext, d: GazetteDocument): void {
  const target = interpretedDocument(ctx, d);
  if (!target) return;
  const own = ownDay(ctx, target.document);
  if (!own || decreeDisagrees(ctx, target.document, own)) return;
  for (const s of statedIn(ctx, d.range)) {
    // Said of the document interpreted: named in 《》 by its title or a short name its title ends in (《办法》).
    const named = [...s.lead.matchAll(/《([^《》]+)》/g)].map((m) => m[1].replace(/\s/g, ''));
    const subject = named[named.length - 1];
    if (!subject || OTHER.test(s.lead) || !(subject === target.name || (subject.length <= 8 && target.name.endsWith(subject)))) continue;
    if (s.day === own.day) continue;
    ctx.report({
      message: `解读称${s.day}起施行，所解读的《${target.name}》为${own.day}起施行 (the interpretation gives another day than the document it interprets)`,
      range: s.range,
      related: [{ range: own.range, message: '文件所称施行日期 (the document\'s day)' }],
    });
  }
}
