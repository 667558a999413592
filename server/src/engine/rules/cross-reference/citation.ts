// cross-reference/citation: 《title》(number) citing a document printed in this
// issue or in another issue of the workspace: a number that belongs to a
// printed document comes with that document's title; across issues, a title
// that names a printed document comes with its number. (Within one issue a
// title cited with another number is doc-number/consistency's, and malformed
// numbers are doc-number/format's.)
import type { Citation, GazetteDocument } from '../../model';
import type { RelatedLocation, Rule, RuleContext } from '../types';
import { documentIndexAt } from '../shared/locate';
import { citedTitle } from '../shared/aliases';
import { decreeNumberAfter, lookup, namesOf, planTitle, sameTitle, shown, withoutPlace, withoutYears } from './shared';

const rule: Rule = {
  id: 'cross-reference/citation',
  category: 'cross-reference',
  defaultSeverity: 'error',
  description: '引用本期（或工作区内）文件时标题与文号须相符 (a citation of a printed document gives its title and number)',
  fixable: false,
  check(ctx) {
    for (const c of ctx.issue.citations) {
      // Interpretations are cross-reference/interpretation's.
      if (ctx.issue.documents[documentIndexAt(ctx.issue, c.range.start)]?.kind === 'interpretation') continue;
      checkCitation(ctx, c);
    }
  },
};

export default rule;

interface Target {
  document: GazetteDocument;
  uri?: string;
}

/** 《rules》（市政府令第12号） where the issue prints decree 12: the rules it promulgates, by that title. */
function checkDecreeCitation(ctx: RuleContext, c: Citation, own: GazetteDocument | undefined, title: string): void {
  const cited = decreeNumberAfter(ctx.issue, c);
  if (!cited || (cited.decree && cited.decree === own)) return;
  if (!cited.decree) {
    // No decree of that number printed, the rules cited by title printed under another: the number slipped.
    const promulgating = ctx.issue.documents.find(
      (x) => x.kind === 'decree' && x !== own && x.parts.some((p) => p.kind === 'attached' && p.title && sameTitle(p.title.norm, title)),
    );
    const serial = promulgating && /第0*([0-9]{1,4})号/.exec(promulgating.title.norm)?.[1];
    // This government's decree (市政府令, or the printed decree's own organ), not 省政府令.
    const ours = (x: GazetteDocument) => /^市(?:人民)?政府$/.test(cited.organ) || x.title.norm.startsWith(`${cited.organ}令`);
    if (!promulgating || !serial || serial === cited.serial || !ours(promulgating) || repealing(ctx.issue.text, c.range.start, cited.range.end)) return;
    ctx.report({
      message: `《${shown(title)}》由第${serial}号令公布，此处引作第${cited.serial}号令 (the rules cited were promulgated by decree ${serial}, not ${cited.serial})`,
      range: cited.range,
      related: [{ range: promulgating.title.range, message: '公布该规章的令 (the decree promulgating the rules)' }],
    });
    return;
  }
  const d = cited.decree;
  const rules = d.parts.filter((p) => p.kind === 'attached' && p.title).map((p) => p.title!);
  if (rules.length === 0 || rules.some((t) => sameTitle(t.norm, title) || withoutPlace(t.norm, title))) return;
  // A title to offer only where the decree promulgates one set of rules (a 修改决定 names others in 《》: the
  // slip may as well be the number).
  const offered = rules.length === 1 && !/[《》〈〉]/.test(rules[0].text) ? rules[0] : undefined;
  ctx.report({
    message: `第${cited.serial}号令公布的是《${shown(rules[0].norm)}》，此处引作《${shown(title)}》 (cited title differs from the rules that decree promulgates)`,
    range: c.title.range,
    related: [{ range: rules[0].range, message: '该令公布的规章 (the rules the decree promulgates)' }],
    suggestions: offered ? [{ title: '改为该规章的标题 (use its title)', edits: [{ range: c.title.range, text: offered.text.replace(/\s+/g, '') }] }] : undefined,
  });
}

/**
 * Whether the sentence around a citation repeals or replaces what it cites (《…办法》（市政府令第48号）同时废止): an earlier
 * set of rules of the same title, under its own decree.
 */
function repealing(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 30);
  // The sentence: from the last 。, ； or ： (a 主送机关's), or blank line (a title's end), before it.
  const from = Math.max(...[...before.matchAll(/[。；：:]|\n[ \t\u3000]*\n/g)].map((m) => m.index! + m[0].length), 0);
  const sentence = before.slice(from) + after.slice(0, after.search(/[。；]|$/));
  return /废止|失效|停止执行|替代|取代|原《/.test(sentence);
}

export function checkCitation(ctx: RuleContext, c: Citation): void {
  const n = c.number;
  const own = ctx.issue.documents[documentIndexAt(ctx.issue, c.range.start)];
  // A short name declared in the citing document (以下简称《若干措施》) cites the title it stands for.
  const title = citedTitle(ctx.issue, c);
  if (!n) {
    checkDecreeCitation(ctx, c, own, title);
    return;
  }
  const docs = lookup(ctx.issue);
  // The title names a document printed here: a number that differs is doc-number/consistency's.
  if (docs.byName(title).some((d) => d !== own)) return;
  const here = docs.byKey(n.key).filter((d) => d !== own);
  if (here.length) {
    if (!here.some((d) => cites(d, title))) titleDiffers(ctx, c, { document: here[0] });
    return;
  }
  const ws = ctx.workspace;
  if (!ws) return;
  const elsewhere = (list: { uri: string; document: GazetteDocument }[]) => list.filter((t) => t.uri !== ctx.uri && ws.get(t.uri) !== ctx.issue);
  const there = elsewhere(ws.findByNumber(n.key));
  if (there.length) {
    if (!there.some((t) => cites(t.document, title))) titleDiffers(ctx, c, there[0]);
    return;
  }
  // Another issue prints a document of this title: a slip in the serial, not an earlier version of the same title.
  const titled = elsewhere(ws.findByTitle(title)).find((t) => t.document.number && t.document.number.issuer === n.issuer && t.document.number.year === n.year);
  if (!titled) return;
  const key = titled.document.number!.key;
  ctx.report({
    message: `引用《${shown(title)}》的文号应为“${key}”，此处为“${n.key}” (cited number differs from the document's)`,
    range: n.range,
    related: [related(titled, titled.document.number!.range, '该文件的文号 (the document\'s number)')],
    suggestions: [{ title: `改为 ${key} (use ${key})`, edits: [{ range: n.range, text: key }] }],
  });
}

/**
 * Does the cited title name the document (its title, its plan's, with or without the place in front, or the kind
 * its title ends in: 《通知》（某政发〔2025〕9号） in the 解读 of that 通知)?
 */
function cites(d: GazetteDocument, title: string): boolean {
  const kindAlone = KIND_ALONE.test(title);
  return namesOf(d).some((name) => sameTitle(name, title) || withoutPlace(name, title) || (kindAlone && withoutYears(name).endsWith(title)));
}

/** A document called by its kind, with at most a word before it (《通知》, 《办法》, 《实施方案》), as the text about it does. */
const KIND_ALONE = /^[^《》〈〉]{0,4}(?:通知|决定|意见|办法|规定|条例|细则|规则|措施|方案|计划|规划|批复|通告|公告|通报|报告)$/;

function titleDiffers(ctx: RuleContext, c: Citation, t: Target): void {
  const d = t.document;
  const best = planTitle(d) ?? d.title.norm;
  ctx.report({
    message: `${c.number!.key}的标题为《${shown(best)}》，此处引作《${shown(c.title.norm)}》 (cited title differs from the document of that number)`,
    range: c.title.range,
    related: [related(t, d.title.range, '该文件 (the document)')],
    suggestions: [{ title: '改为该文件的标题 (use its title)', edits: [{ range: c.title.range, text: best }] }],
  });
}

function related(t: Target, range: { start: number; end: number }, message: string): RelatedLocation {
  return t.uri ? { range, message, uri: t.uri } : { range, message };
}
