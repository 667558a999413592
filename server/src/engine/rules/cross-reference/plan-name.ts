// cross-reference/plan-name: a plan is called the same everywhere: in the title
// of the notice that issues it (关于印发X的通知), in "现将《X》印发给你们", in its
// own printed title, and in its self-references (本实施方案 in a 工作方案).
import { matchesFrom } from '../shared/scan';
import type { GazetteDocument, Range } from '../../model';
import { movableMemo } from '../../documentMemo';
import { citationsIn } from '../shared/locate';
import type { Rule, RuleContext } from '../types';
import { namedBetween, planTitle, sameTitle, shown, withoutYears } from './shared';
import { listings, titleBlame } from './witnesses';

const QUALIFIERS = '三年行动|实施细则|实施|工作|行动|指导|总体|专项|暂行|管理';
const KINDS = '方案|计划|规划|办法|意见|细则|规定|要点|措施|规则|条例|通知|决定|通报|公告|通告';
const SELF = new RegExp(`本(${QUALIFIERS})?(${KINDS})`, 'y');
/** The kinds of a document that is itself a plan or rules: not a notice, decision, report or announcement. */
const OWN_KIND = /(?:方案|计划|规划|办法|意见|细则|规定|要点|措施|规则|条例)$/;
// 基本, 成本, 文本, 日本 …: 本 inside a word is not a self-reference.
const WORD_BEFORE = /[基根成资样文版日原剧课标范账脚读书副正蓝母股话画稿]$/;

const rule: Rule = {
  id: 'cross-reference/plan-name',
  category: 'cross-reference',
  defaultSeverity: 'warning',
  description: '文件名称前后一致：印发通知、正文标题与“本方案”等自称 (a plan is called the same in its notice, its title and its self-references)',
  fixable: false,
  check(ctx) {
    for (const d of ctx.issue.documents) {
      const plan = planTitle(d);
      if (plan) issuing(ctx, d, plan);
      selfReferences(ctx, d, plan);
    }
  },
};

export default rule;

function issuing(ctx: RuleContext, d: GazetteDocument, plan: string): void {
  const planSpan = d.parts.find((p) => p.kind === 'attached' && p.title)?.title ?? d.preTitle!;
  const named = namedBetween(d.title.norm, ['关于印发'], ['的通知'], false)?.replace(/^《(.*)》$/, '$1');
  // 转发市总工会关于…意见的通知 forwards 关于…的意见: compared without 的 and the forwarded organ.
  const fwd = namedBetween(d.title.norm, ['转发', '批转'], ['通知'], true);
  const loose = (x: string) => x.replace(/[《》的]/g, '');
  const differs = named ? !sameTitle(named, plan) : fwd !== undefined && !loose(fwd).endsWith(loose(plan)) && !loose(plan).endsWith(loose(fwd));
  if (differs) {
    // The 目录 and 发文目录 vouch for the notice's title: when they agree with it the plan's title is the slip;
    // when they disagree, cross-reference/toc or /directory reports the notice's title.
    const listing = listings(ctx.issue).of.get(d);
    const blamed = listing ? titleBlame(ctx.issue, d, listing) : [];
    if (!blamed.some((w) => w.source === 'body')) {
      const vouched = !!listing && blamed.length === 0;
      ctx.report({
        message: `通知标题${named ? '印发' : '转发'}的是“${shown(named ?? fwd!)}”，所附文件标题为“${shown(plan)}” (the notice names the plan differently from its printed title)`,
        range: vouched ? planSpan.range : d.title.range,
        related: [vouched ? { range: d.title.range, message: '通知标题 (the notice\'s title)' } : { range: planSpan.range, message: '所附文件标题 (the plan\'s title)' }],
      });
    }
  }
  // 现将《X》印发给你们 in the notice itself.
  const main = d.parts[0].range;
  for (const c of citationsIn(ctx.issue, main)) {
    if (c.number) continue;
    const after = ctx.text.slice(c.range.end, c.range.end + 30).replace(/\s/g, '');
    if (!/^(已经[^,，。]{0,12}同意[,，]?现)?印发给你们/.test(after)) continue;
    if (sameTitle(c.title.norm, plan) || (named && sameTitle(c.title.norm, named))) continue;
    ctx.report({
      message: `印发的《${shown(c.title.norm)}》与所附文件标题“${shown(plan)}”不一致 (the plan is named differently from its printed title)`,
      range: c.title.range,
      related: [{ range: planSpan.range, message: '所附文件标题 (the plan\'s title)' }],
    });
  }
}

/** 本实施方案 / 本办法 … must agree with the title of the part they are written in. */
function selfReferences(ctx: RuleContext, d: GazetteDocument, plan: string | undefined): void {
  // A notice issuing two plans prints both in one part: their self-references cannot be told apart.
  if ((d.title.norm.match(new RegExp(`(${KINDS})`, 'g')) ?? []).length > 2) return;
  const words = selfWordsOf(d, ctx.text);
  d.parts.forEach((part, p) => {
    if (part.kind === 'attachment') return;
    const names = part.kind === 'attached' ? [plan ?? part.title?.norm] : [d.title.norm, plan];
    const titles = names.filter((n): n is string => !!n).map((n) => withoutYears(n));
    if (titles.length === 0) return;
    for (const w of words[p]) {
      const word = w.qualifier + w.kind;
      if (titles.some((t) => t.endsWith(word))) continue;
      // In the plan, 本通知/本决定 mean the notice that issues it; in the notice, another kind may mean the plan.
      // A document that is itself the plan (…的实施意见, issued by no notice) is named by its own title.
      const itself = part.kind === 'main' && !plan && d.kind === 'document' && OWN_KIND.test(titles[0]);
      const title = titles.find((t) => t.endsWith(w.kind)) ?? ((part.kind === 'attached' || itself) && !/^(通知|决定)$/.test(w.kind) ? titles[0] : undefined);
      if (!title) continue;
      const at = part.range.start + w.at;
      const range: Range = { start: at, end: at + w.text.length };
      const own = ownName(title);
      ctx.report({
        message: `“${w.text}”与文件名称“${shown(title)}”不一致，应为“本${own}” (self-reference does not match the document's name)`,
        range,
        suggestions: [{ title: `改为“本${own}” (use 本${own})`, edits: [{ range, text: `本${own}` }] }],
      });
    }
  });
}

/** A 本…方案 word: where in its part (from the part's start), as written, and its qualifier and kind. */
interface SelfWord {
  at: number;
  text: string;
  qualifier: string;
  kind: string;
}

/** The 本…方案 words of each part of a document, found once: a moved copy of the document keeps them. */
const selfWordsOf = movableMemo((d: GazetteDocument, source: string): SelfWord[][] =>
  d.parts.map((part) => {
    const out: SelfWord[] = [];
    if (part.kind === 'attachment') return out;
    const text = source.slice(part.range.start, part.range.end);
    for (const m of matchesFrom(text, '本', SELF)) {
      if (WORD_BEFORE.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
      // Inside a quotation (a 修改决定 quoting the rules' new wording: 修改为：“违反本办法…”) it is the quoted text's.
      if (text.lastIndexOf('“', m.index) > text.lastIndexOf('”', m.index)) continue;
      out.push({ at: m.index, text: m[0], qualifier: m[1] ?? '', kind: m[2] });
    }
    return out;
  }),
);

/** The kind word a title ends with, with its qualifier: …工作方案 → 工作方案; a rule's alone (…管理办法 → 办法: 本办法). */
function ownName(title: string): string {
  const m = new RegExp(`(${QUALIFIERS})?(${KINDS})$`).exec(title);
  if (!m) return title.slice(-2);
  return /^(办法|规定|规则|条例|细则)$/.test(m[2]) ? m[2] : m[0];
}
