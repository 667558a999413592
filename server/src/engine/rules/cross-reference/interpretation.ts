// cross-reference/interpretation: a 政策解读 interprets a document printed in
// the issue (or elsewhere in the workspace), cited by its own title and number.
import type { Citation, GazetteDocument, HeadingKind, Paragraph } from '../../model';
import { findDocNumbers } from '../../parse/docNumber';
import { sourceRange } from '../../parse/paragraphs';
import { normalize, numeralValue } from '../../parse/text';
import type { Rule, RuleContext } from '../types';
import { citationsIn, paragraphsIn } from '../shared/locate';
import { checkCitation } from './citation';
import { lookup, namesOf, sameTitle, shown, withoutPlace } from './shared';
import { aliasesOf, aliasNamed, citedTitle, fullTitle } from '../shared/aliases';
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
      const { written, inTitle } = subjectWritten(ctx, d, citations);
      if (!written) continue;
      // 《…关于修改〈某办法〉的决定》解读: the title inside is written 〈〉, the document's own title 《》.
      const target = resolve(ctx, d, asPrinted(written));
      if (!target) {
        ctx.report({
          message: `所解读的《${shown(written)}》未在本期刊出 (the interpreted document is not printed in this issue)`,
          range: inTitle ? d.title.range : citations[0].title.range,
          severity: 'warning',
        });
        continue;
      }
      if (!target.uri) checkStructureClaims(ctx, d, target.document, target.name);
      if (!target.uri && target.document.kind === 'decree') checkDecreeNumbers(ctx, d, target.document);
      checkShortNameDeclarations(ctx, d, target.name);
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

/** 以市政府令第12号公布: the decree an interpretation names, in a sentence naming no other text. */
/** This city's decrees only (市政府令, 某市人民政府令): not 省政府令, 国务院令. */
const DECREE_NAMED = /市(?:人民)?政府令[ \t\n]*第[ \t\n]*([0-9]{1,5})[ \t\n]*号/g;

/**
 * The decree an interpretation of decreed rules names (经市政府常务会议审议通过，以市政府令第12号公布) against the
 * decree that prints them; not in a sentence about another text (原《…》（市政府令第48号）, 废止, 修改).
 */
function checkDecreeNumbers(ctx: RuleContext, d: GazetteDocument, decree: GazetteDocument): void {
  const serial = /第0*([0-9]{1,5})号/.exec(decree.title.norm)?.[1];
  if (!serial) return;
  const text = ctx.text.slice(d.range.start, d.range.end);
  for (const m of text.matchAll(DECREE_NAMED)) {
    if (m[1].replace(/^0+/, '') === serial) continue;
    const before = text.slice(Math.max(0, m.index! - 60), m.index!);
    const sentence = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；')) + 1);
    if (/原|废止|修改|修订|此前|曾/.test(sentence) || /[（(][^（）()]*$/.test(sentence)) continue;
    const start = d.range.start + m.index!;
    ctx.report({
      message: `解读称以第${m[1]}号令公布，所解读的规章由第${serial}号令公布 (the interpretation names another decree than the one promulgating the rules)`,
      range: { start, end: start + m[0].length },
      related: [{ range: decree.title.range, message: '公布该规章的令 (the decree)' }],
    });
  }
}

/** The title of what an interpretation interprets as it writes it: in its own title, bare in it, or its first citation. */
function subjectWritten(ctx: RuleContext, d: GazetteDocument, citations: readonly Citation[]): { written?: string; inTitle?: string } {
  // A short name the piece declares (《若干措施》政策解读 … 以下简称《若干措施》) stands for the full title.
  const titleName = /《([^《》]+)》/.exec(d.title.norm)?.[1];
  const inTitle = titleName === undefined ? undefined : fullTitle(ctx.issue, titleName, d.range.start);
  const written = inTitle ?? bareTitleSubject(ctx, d) ?? (citations[0] ? citedTitle(ctx.issue, citations[0]) : undefined);
  return { written, inTitle };
}

/** The document an interpretation interprets, printed in this issue, and the name it is printed under. */
export function interpretedDocument(ctx: RuleContext, d: GazetteDocument): { document: GazetteDocument; name: string } | undefined {
  const { written } = subjectWritten(ctx, d, citationsIn(ctx.issue, d.range));
  const target = written ? resolve(ctx, d, asPrinted(written)) : undefined;
  return target && !target.uri ? target : undefined;
}

/**
 * 《X》（以下简称《办法》）where 《办法》 is how the piece names the document it interprets (the subject's title ends
 * so): X is that title, and an X printed nowhere that differs from it in a word or two is a slip in it
 * (…安全管理规定 for …安全管理办法).
 */
function checkShortNameDeclarations(ctx: RuleContext, d: GazetteDocument, subject: string): void {
  for (const a of aliasesOf(ctx.issue)) {
    // A number after the title: cross-reference/citation compares the title with the numbered document's.
    if (a.scope.start !== d.range.start || a.citation.number || !subject.endsWith(a.name) || a.name === subject) continue;
    const full = asPrinted(a.citation.title.norm);
    if (full === subject || sameTitle(full, subject) || !nearTitle(full, subject)) continue;
    if (lookup(ctx.issue).byName(full).length > 0) continue;
    ctx.report({
      message: `解读以《${shown(full)}》为《${a.name}》的全称，所解读文件的标题为《${shown(subject)}》 (the full title declared for the short name differs from the interpreted document's)`,
      range: a.citation.title.range,
    });
  }
}

/** Two titles of one length within two characters that share their first half: one written for the other. */
function nearTitle(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return k * 2 >= b.length;
}

/** A title as its document prints it: the 〈〉 a citation nests inside 《》 written 《》. */
export function asPrinted(title: string): string {
  return title.replace(/〈/g, '《').replace(/〉/g, '》');
}

/**
 * The interpreted document and the name it is printed under: the name written, or, for a short name no one
 * declared (《若干措施》), the one document printed here whose name ends so, as a reader would take it.
 */
function resolve(ctx: RuleContext, self: GazetteDocument, subject: string): { document: GazetteDocument; uri?: string; name: string } | undefined {
  const found = find(ctx, self, subject);
  if (found) return { ...found, name: subject };
  return SHORT_NAME.test(subject) ? onlyEndingIn(ctx, self, subject) : undefined;
}

function find(ctx: RuleContext, self: GazetteDocument, subject: string): { document: GazetteDocument; uri?: string } | undefined {
  const here = lookup(ctx.issue).byName(subject).find((d) => d !== self && d.kind !== 'interpretation');
  if (here) return { document: here };
  return ctx.workspace?.findByTitle(subject).find((t) => t.uri !== ctx.uri && t.document.kind !== 'interpretation' && namesOf(t.document).includes(subject));
}

/** What makes a title an interpretation's, around the name of what it interprets. */
const INTERPRETATION_WORDS = /^(?:关于)?(.{4,80}?)(?:的)?(?:政策解读|解读|政策问答|问答|答记者问)$/;

/**
 * The document an interpretation titled without 《》 names (临江市…若干措施政策解读, 关于…的解读, …问答): the title less
 * those words, printed here under that name or under it with the place in front (临江市…).
 */
function bareTitleSubject(ctx: RuleContext, d: GazetteDocument): string | undefined {
  const name = INTERPRETATION_WORDS.exec(d.title.norm)?.[1];
  if (!name) return undefined;
  if (find(ctx, d, name)) return name;
  return onlyEndingIn(ctx, d, name, true)?.name;
}

/** The one document printed here (no interpretation) with a name ending in `tail` (after a place, if asked). */
function onlyEndingIn(ctx: RuleContext, self: GazetteDocument, tail: string, afterPlace = false): { document: GazetteDocument; name: string } | undefined {
  let hit: { document: GazetteDocument; name: string } | undefined;
  for (const d of ctx.issue.documents) {
    if (d === self || d.kind === 'interpretation') continue;
    const name = namesOf(d).find((n) => (afterPlace ? withoutPlace(n, tail) : n.length > tail.length && n.endsWith(tail)));
    if (!name) continue;
    if (hit && hit.document !== d) return undefined;
    hit ??= { document: d, name };
  }
  return hit;
}

/**
 * "《办法》共三章二十条", "本规定共分15条", "《若干措施》共3个方面12条", "《办法》（某政发〔2024〕5号）共5条", "共二章":
 * what an interpretation says of the interpreted rules' structure: the parts (章, or 方面 of measures) and 条.
 * No two runs of spaces stand side by side (`[ \t]*个?[ \t]*`): on a long run they would share it every way.
 */
const NUMERAL = '[一二三四五六七八九十百零〇0-9０-９]{1,6}';
const COUNT = `共[ \\t]*(?:[分有][ \\t]*)?(?:(${NUMERAL})[ \\t]*(?:个[ \\t]*)?(章|方面)(?:[ \\t]*(?:[、，,][ \\t]*)?(${NUMERAL})[ \\t]*条)?|(${NUMERAL})[ \\t]*条)`;
const CLAIM = new RegExp(
  `(?:《([^《》]{1,60})》(?:[ \\t]*[(（][^()（）]{1,40}[)）])?|[本该此](?:办法|规定|条例|细则|规则|措施))[^。；;！？]{0,8}?${COUNT}`,
  'g',
);
/**
 * "若干措施共5个方面20条", "答：“若干措施”共…": a short name declared in quotes, written without 《》 at the start of a
 * sentence or an answer and followed by 共. Anything else bare is too loose to take for the name.
 */
const BARE_CLAIM = new RegExp(`(?:^|[。；;！？!?]|答[ \\t]*[：:])[ \\t]*[“"]?([^\\s《》“”"共。；;，,、：:！？!?]{2,30})[”"]?[ \\t]*${COUNT}`, 'g');
/** What an interpretation calls the rules it interprets, short of their title: 《办法》, 《实施细则》, 《措施》. */
export const SHORT_NAME = /^(?:[^《》]{0,4})(?:办法|规定|条例|细则|规则|措施|意见)$/;

/**
 * How many items each level of a part without articles lists (一、 2, （一） 6 …): measures (若干措施) count
 * their 条 at whichever level they number them. Empty when the part has no headings.
 */
function levelCounts(target: GazetteDocument, part: number): number[] {
  const counts = new Map<string, number>();
  for (const h of target.headings) if (h.part === part && h.kind !== 'box') counts.set(kindKey(h), (counts.get(kindKey(h)) ?? 0) + 1);
  return [...counts.values()];
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
  const count = (s: { doc: GazetteDocument; part: number }, kind: HeadingKind) => s.doc.headings.filter((h) => h.part === s.part && h.kind === kind).length;
  // Rules count their 第N条; measures (若干措施) without articles, the items of any of their levels.
  const levelsOf = (s: { doc: GazetteDocument; part: number }) => (count(s, 'article') > 0 ? [count(s, 'article')] : levelCounts(s.doc, s.part));
  for (const p of paragraphsIn(ctx.issue, d.range)) {
    if (!p.text.includes('共')) continue;
    for (const m of claimsIn(ctx, p)) {
      // 《行政处罚法》共八章: another law's structure, not the interpreted rules'; but the rules a 修改决定 republishes are its.
      // A short name the piece declares (以下简称《若干措施》) is the title it stands for, whatever it looks like.
      const alias = m[1] !== undefined ? aliasNamed(ctx.issue, normalize(m[1]), sourceRange(p, m.index, m.index + 1).start) : undefined;
      const named = alias ? asPrinted(alias.citation.title.norm) : m[1] !== undefined ? asPrinted(m[1].replace(/\s/g, '')) : undefined;
      const isSubject = named === undefined || named === subject || (alias !== undefined && sameTitle(named, subject));
      const other = !isSubject ? scopeNamed(named!) : undefined;
      if (!isSubject && !other && (alias || !(SHORT_NAME.test(named!) && subject.replace(/\([^()]*\)$/, '').endsWith(named!.slice(-2))))) continue;
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

/** The counts a paragraph writes: after 《X》 or 本办法, or after a bare short name declared in quotes. */
function claimsIn(ctx: RuleContext, p: Paragraph): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  CLAIM.lastIndex = 0;
  for (let m; (m = CLAIM.exec(p.text)); ) out.push(m);
  const counted = new Set(out.map((m) => m.index + m[0].lastIndexOf('共')));
  BARE_CLAIM.lastIndex = 0;
  for (let m; (m = BARE_CLAIM.exec(p.text)); ) {
    const alias = aliasNamed(ctx.issue, normalize(m[1]), sourceRange(p, m.index, m.index + 1).start);
    if (alias?.quoted && !counted.has(m.index + m[0].lastIndexOf('共'))) out.push(m);
  }
  return out;
}
