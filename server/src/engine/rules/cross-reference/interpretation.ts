// cross-reference/interpretation: a 政策解读 interprets a document printed in
// the issue (or elsewhere in the workspace), cited by its own title and number.
import type { GazetteDocument, HeadingKind } from '../../model';
import { findDocNumbers } from '../../parse/docNumber';
import { sourceRange } from '../../parse/paragraphs';
import { numeralValue } from '../../parse/text';
import type { Rule, RuleContext } from '../types';
import { citationsIn, paragraphsIn } from '../shared/locate';
import { checkCitation } from './citation';
import { lookup, namesOf, shown } from './shared';
import { kindKey } from '../numbering/lists';

const rule: Rule = {
  id: 'cross-reference/interpretation',
  category: 'cross-reference',
  defaultSeverity: 'error',
  description: '政策解读所解读的文件应在本期刊出，标题、文号与所称章条数相符 (an interpretation names a printed document by its title and number, and counts its chapters and articles right)',
  fixable: false,
  check(ctx) {
    for (const d of ctx.issue.documents) {
      if (d.kind !== 'interpretation') continue;
      const citations = citationsIn(ctx.issue, d.range);
      for (const c of citations) checkCitation(ctx, c);
      const inTitle = /《([^《》]+)》/.exec(d.title.norm)?.[1];
      const written = inTitle ?? citations[0]?.title.norm;
      if (!written) continue;
      // 《…关于修改〈某办法〉的决定》解读: the title inside is written 〈〉, the document's own title 《》.
      const subject = asPrinted(written);
      const target = find(ctx, d, subject);
      if (!target) {
        ctx.report({
          message: `所解读的《${shown(written)}》未在本期刊出 (the interpreted document is not printed in this issue)`,
          range: inTitle ? d.title.range : citations[0].title.range,
          severity: 'warning',
        });
        continue;
      }
      if (!target.uri) checkStructureClaims(ctx, d, target.document, subject);
      // A number written in the interpretation's own title.
      const number = target.document.number;
      if (!number) continue;
      const key = number.key;
      for (const n of findDocNumbers(ctx.text, 'interpretation', d.title.range.start, d.title.range.end)) {
        if (n.key === key) continue;
        ctx.report({
          message: `解读标题中的文号“${n.key}”与所解读文件的文号“${key}”不一致 (number differs from the interpreted document's)`,
          range: n.range,
          related: [{ range: number.range, uri: target.uri, message: '所解读文件的文号 (its number)' }],
        });
      }
    }
  },
};

export default rule;

/** A title as its document prints it: the 〈〉 a citation nests inside 《》 written 《》. */
function asPrinted(title: string): string {
  return title.replace(/〈/g, '《').replace(/〉/g, '》');
}

function find(ctx: RuleContext, self: GazetteDocument, subject: string): { document: GazetteDocument; uri?: string } | undefined {
  const here = lookup(ctx.issue).byName(subject).find((d) => d !== self && d.kind !== 'interpretation');
  if (here) return { document: here };
  return ctx.workspace?.findByTitle(subject).find((t) => t.uri !== ctx.uri && t.document.kind !== 'interpretation' && namesOf(t.document).includes(subject));
}

/**
 * "《办法》共三章二十条", "本规定共分15条", "《若干措施》共3个方面12条", "《办法》（某政发〔2024〕5号）共5条", "共二章":
 * what an interpretation says of the interpreted rules' structure: the parts (章, or 方面 of measures) and 条.
 * No two runs of spaces stand side by side (`[ \t]*个?[ \t]*`): on a long run they would share it every way.
 */
const NUMERAL = '[一二三四五六七八九十百零〇0-9０-９]{1,6}';
const CLAIM = new RegExp(
  `(?:《([^《》]{1,60})》(?:[ \\t]*[(（][^()（）]{1,40}[)）])?|[本该此](?:办法|规定|条例|细则|规则|措施))[^。；;！？]{0,8}?共[ \\t]*(?:[分有][ \\t]*)?` +
    `(?:(${NUMERAL})[ \\t]*(?:个[ \\t]*)?(章|方面)(?:[ \\t]*(?:[、，,][ \\t]*)?(${NUMERAL})[ \\t]*条)?|(${NUMERAL})[ \\t]*条)`,
  'g',
);
/** What an interpretation calls the rules it interprets, short of their title: 《办法》, 《实施细则》, 《措施》. */
const SHORT_NAME = /^(?:[^《》]{0,4})(?:办法|规定|条例|细则|规则|措施|意见)$/;

/**
 * How many items each level of a part without articles lists (一、 2, （一） 6 …): measures (若干措施) count
 * their 条 at whichever level they number them. Empty when the part has no headings.
 */
function levelCounts(target: GazetteDocument, part: number): number[] {
  const counts = new Map<string, number>();
  for (const h of target.headings) if (h.part === part && h.kind !== 'box') counts.set(kindKey(h), (counts.get(kindKey(h)) ?? 0) + 1);
  return [...counts.values()];
}

/**
 * 《某市城市道路挖掘管理办法》（以下简称《办法》）: the short name an interpretation gives a title. Group 1 the title,
 * group 2 the short name.
 */
const ALIAS = /《([^《》]{2,80})》[ \t]*[(（]以下简称[ \t]*[《“"]([^《》“”"()（）]{1,12})[》”"][)）]/g;

/** The short names the interpretation defines, each for the title it stands for. */
function aliasesIn(ctx: RuleContext, d: GazetteDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of paragraphsIn(ctx.issue, d.range)) {
    if (!p.text.includes('以下简称')) continue;
    for (const m of p.text.matchAll(ALIAS)) out.set(m[2], asPrinted(m[1].replace(/\s/g, '')));
  }
  return out;
}

/** The chapters and articles an interpretation counts, against those of the part it interprets. */
function checkStructureClaims(ctx: RuleContext, d: GazetteDocument, target: GazetteDocument, subject: string): void {
  // A part of the interpreted document, or the rules a 修改决定 amends printed as a document of their own.
  const scopeNamed = (name: string): { doc: GazetteDocument; part: number } | undefined => {
    const part = target.parts.findIndex((p) => p.title?.norm === name);
    if (part >= 0) return { doc: target, part };
    if (target.title.norm === name) return { doc: target, part: 0 };
    const printed = lookup(ctx.issue).byName(name).find((x) => x !== d && x !== target && x.kind !== 'interpretation');
    return printed && name !== subject ? { doc: printed, part: 0 } : undefined;
  };
  const own = scopeNamed(subject);
  const aliases = aliasesIn(ctx, d);
  const count = (s: { doc: GazetteDocument; part: number }, kind: HeadingKind) => s.doc.headings.filter((h) => h.part === s.part && h.kind === kind).length;
  // Rules count their 第N条; measures (若干措施) without articles, the items of any of their levels.
  const levelsOf = (s: { doc: GazetteDocument; part: number }) => (count(s, 'article') > 0 ? [count(s, 'article')] : levelCounts(s.doc, s.part));
  for (const p of paragraphsIn(ctx.issue, d.range)) {
    if (!p.text.includes('共')) continue;
    CLAIM.lastIndex = 0;
    for (let m; (m = CLAIM.exec(p.text)); ) {
      // 《行政处罚法》共八章: another law's structure, not the interpreted rules'; but the rules a 修改决定 republishes are its.
      const written = m[1] !== undefined ? asPrinted(m[1].replace(/\s/g, '')) : undefined;
      const named = written !== undefined ? aliases.get(written) ?? written : undefined;
      const other = named !== undefined && named !== subject ? scopeNamed(named) : undefined;
      if (named !== undefined && named !== subject && !other && !(SHORT_NAME.test(named) && subject.replace(/\([^()]*\)$/, '').endsWith(named.slice(-2)))) continue;
      const scope = other ?? own;
      if (!scope) continue;
      const levels = levelsOf(scope);
      if (levels.length === 0) continue;
      const title = other ? named! : subject;
      const word = m[3];
      const claimedTops = m[2] !== undefined ? numeralValue(m[2]) : undefined;
      const articlesText = m[4] ?? m[5];
      const claimedArticles = articlesText !== undefined ? numeralValue(articlesText) : undefined;
      // 章 are the rules' chapters; 方面 the top level of measures numbered without chapters, when there is a
      // level under it. Measures whose 方面 are titles without labels number only their 条 (一、…十二、): the
      // 方面 cannot be counted then, whether the 条 are the one level or the top one of two.
      const aspects = word === '方面' && count(scope, 'article') === 0 && levels.length > 1 && levels.indexOf(claimedArticles ?? NaN) !== 0;
      const tops = word === '章' ? count(scope, 'chapter') : aspects ? levels[0] : undefined;
      const topsWrong = claimedTops !== undefined && tops !== undefined && claimedTops !== tops;
      // The 条 of measures may be counted at any level but the 方面 one.
      const articleLevels = aspects ? levels.slice(1) : levels;
      const articlesWrong = claimedArticles !== undefined && !articleLevels.includes(claimedArticles);
      if (!topsWrong && !articlesWrong) continue;
      const articles = claimedArticles === undefined ? undefined : articleLevels.reduce((a, b) => (Math.abs(b - claimedArticles) < Math.abs(a - claimedArticles) ? b : a));
      const at = m.index + m[0].lastIndexOf('共');
      const said = `${m[2] !== undefined ? `${m[2]}${word === '方面' ? '个方面' : '章'}` : ''}${articlesText !== undefined ? `${articlesText}条` : ''}`;
      // Parts that cannot be counted are not said.
      const has = `${tops !== undefined ? `${tops}${word === '方面' ? '个方面' : '章'}` : ''}${articles !== undefined ? `${articles}条` : ''}`;
      const en = (n: number | undefined, what: string) => (n !== undefined ? `${n} ${what}` : '');
      const counted = [en(claimedTops, word === '方面' ? 'parts' : 'chapters'), en(claimedArticles, 'articles')].filter(Boolean).join(' and ');
      const actual = [en(tops, word === '方面' ? 'parts' : 'chapters'), en(articles, 'articles')].filter(Boolean).join(' and ');
      ctx.report({
        message: `解读称共${said}，所解读的《${shown(title)}》有${has} (the interpretation counts ${counted}; the document has ${actual})`,
        range: sourceRange(p, at, m.index + m[0].length),
        severity: 'warning',
      });
    }
  }
}
