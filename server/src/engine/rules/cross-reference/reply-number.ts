// cross-reference/reply-number: a reply to a deputy's 建议 or a member's 提案 names what it answers by its number twice:
// in its title (关于市政协十届四次会议第0123号提案办理情况的答复) and in the sentence acknowledging it (您提出的《关于…的
// 提案》（第0123号）收悉). The two must be the same number; a reply answering several names each in its title.
import type { GazetteDocument } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { paragraphsIn } from '../shared/locate';
import type { Rule, RuleContext } from '../types';

/** 第0123号提案, 第128号、第156号建议, 第128、135号建议 in a title: the numbers, then the kind. */
const TITLE = /((?:第?[0-9]{1,6}号?[、和及与]){0,9}第?[0-9]{1,6}号)(提案|建议|议案)/g;
const NUMBER = /[0-9]{1,6}/g;
/**
 * The acknowledgement: 《…提案》（第0123号）收悉, …的建议（第182号）收悉, （提案第0123号）, 第128号建议收悉,
 * 《…建议》（第128号，以下简称…）收悉, …（第0123号）（以下简称《提案》）收悉, 已收到; read on the joined paragraphs (a wrap may
 * cut the number).
 */
const ACKNOWLEDGED = /(?:(提案|建议|议案)》?[（(](?:提案|建议|议案)?第?([0-9]{1,6})号[^（()）]{0,12}[)）]|第([0-9]{1,6})号(提案|建议|议案))[^，。；]{0,16}?(?:收悉|收到)/g;
/** How far into the body the acknowledgement is looked for: it opens the reply. */
const OPENING = 600;

const rule: Rule = {
  id: 'cross-reference/reply-number',
  category: 'cross-reference',
  defaultSeverity: 'error',
  description: '建议、提案答复的标题与正文“收悉”句所称的建议、提案编号一致 (a reply names the same 建议 or 提案 number in its title and where it acknowledges it)',
  fixable: false,
  checkDocument(ctx, d) {
    checkReply(ctx, d);
  },
};

export default rule;

function checkReply(ctx: RuleContext, d: GazetteDocument): void {
  // By kind, each number's value (0123 is 123) and how the title writes it.
  const titled = new Map<string, Map<number, string>>();
  for (const m of d.title.norm.matchAll(TITLE)) {
    const numbers = titled.get(m[2]) ?? new Map<number, string>();
    for (const n of m[1].matchAll(NUMBER)) numbers.set(Number(n[0]), n[0]);
    titled.set(m[2], numbers);
  }
  if (titled.size === 0) return;
  const start = d.title.range.end;
  for (const p of paragraphsIn(ctx.issue, { start, end: Math.min(d.range.end, start + OPENING) })) {
    const found = [...p.text.matchAll(ACKNOWLEDGED)];
    if (found.length === 0) continue;
    // The sentence that acknowledges: a 提案 named later with 收悉 (去年第0119号提案收悉后…) is another matter.
    const sentenceEnd = p.text.indexOf('。', found[0].index! + found[0][0].length);
    for (const m of found) {
      if (sentenceEnd >= 0 && m.index! > sentenceEnd) break;
      const kind = m[1] ?? m[4];
      const written = m[2] ?? m[3];
      const numbers = titled.get(kind);
      if (!numbers || numbers.has(Number(written))) continue;
      const from = m.index! + m[0].indexOf(written, m[1] ? m[1].length : 0);
      const listed = [...numbers.values()].map((n) => `第${n}号`).join('、');
      ctx.report({
        message: `正文所称第${written}号${kind}与标题所称${listed}${kind}不一致 (the ${kind} acknowledged is not the one the title names)`,
        range: sourceRange(p, from, from + written.length),
        related: [{ range: d.title.range, message: '文件标题 (the title)' }],
      });
    }
    return;
  }
}
