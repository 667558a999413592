// A printed 名单's counts: "（共20名）" under its title or closing it, a section's own count, against the entries
// listed (in groups, summed over its groups or sections).
import type { Attachment, GazetteDocument, Line, Range } from '../../model';
import { content, isBlank } from '../../parse/text';
import { lineIndexAt } from '../shared/locate';
import type { RuleContext } from '../types';
import { headingTree } from './lists';
import { entryLines, entryCount, exactly } from './names';
import { type Section, sectionEntries, sectionsIn } from './roll-sections';
import { claimReport } from './count-report';
import { type Listed, countedAs, headingClaims, lister, itemsAmong, sum } from './heading-counts';

/** "（共20名）" alone under a printed attachment's title: a 名单 whose entries follow, a line each or in one paragraph. */
const LIST_CLAIM = /^[(（][ \t]*共[ \t]*(\d{1,4})[ \t]*(个|名|人|家|所|项|件)(?:单位|集体)?[ \t]*[)）]$/;

/** A count closing a 名单's title (…表彰名单（共8个）). */
const TITLE_LIST_CLAIM = /[(（][ \t]*共[ \t]*(\d{1,4})[ \t]*(个|名|人|家|所|项|件)(?:单位|集体)?[ \t]*[)）]$/;

export function checkListClaims(ctx: RuleContext, doc: GazetteDocument): void {
  const lines = ctx.issue.lines;
  for (const a of doc.attachments) {
    if (!a.title?.norm.includes('名单')) continue;
    const { line, under, from, end } = rollBounds(ctx, doc, a);
    // The count alone under the title, or closing it; and the count closing its title in the 附件 line.
    const claims = [listClaim(line, under ?? TITLE_LIST_CLAIM.exec(content(line.text))), declaredClaim(ctx, doc, a)].filter((c) => c !== undefined);
    const sections = sectionsIn(doc, lines, from, end);
    for (const s of sections) checkSection(ctx, doc, s);
    const what = `附件“${a.title.text.replace(TITLE_LIST_CLAIM, '')}”`;
    for (const { claim, measure } of claims) {
      const unit = countedAs(measure);
      const groups = sections.length > 0 ? sectionsTotal(ctx, doc, sections, unit) : groupsTotal(ctx, doc, a.part, unit);
      if (groups === undefined) checkEntries(ctx, doc, claim, measure, from, end, what);
      else if (groups !== 'unknown' && !groups.some((g) => claim.value >= g.low && claim.value <= g.high)) claimReport(ctx, claim, groups[0].count, what, groups[0].range, measure);
    }
  }
}

/**
 * Where a printed 名单's entries are: from the line under its title, or under the count alone under it (`under`), to
 * the end of its part; `line` is the line of the count, or of the title.
 */
export function rollBounds(ctx: RuleContext, doc: GazetteDocument, a: Attachment): { line: Line; under: RegExpExecArray | null; from: number; end: number } {
  const lines = ctx.issue.lines;
  const titleLine = lineIndexAt(lines, a.title!.range.end);
  let i = titleLine + 1;
  while (i < lines.length && isBlank(lines[i].text)) i++;
  const under = i < lines.length ? LIST_CLAIM.exec(content(lines[i].text)) : null;
  return { line: under ? lines[i] : lines[titleLine], under, from: (under ? i : titleLine) + 1, end: doc.parts[a.part]?.range.end ?? a.range.end };
}

/**
 * The entries of a printed 名单 as a whole, counted in `unit` (a count of people counts the groups of people only):
 * summed over its sections or groups, or its entries where it has none; undefined where they cannot be counted.
 */
export function rollListed(ctx: RuleContext, doc: GazetteDocument, a: Attachment, unit: string): Listed | undefined {
  const { from, end } = rollBounds(ctx, doc, a);
  const sections = sectionsIn(doc, ctx.issue.lines, from, end);
  const groups = sections.length > 0 ? sectionsTotal(ctx, doc, sections, unit) : groupsTotal(ctx, doc, a.part, unit);
  if (groups === 'unknown') return undefined;
  // Counted in people: the groups of people only, where the 名单 holds others too.
  if (groups !== undefined) return groups.at(-1);
  const found = entryLines(doc, ctx.issue.lines, from, end);
  const count = found?.range && entryCount(found.texts, unit, found.texts, found.full);
  return count && count.count >= 2 ? { ...count, range: found!.range! } : undefined;
}

/** A count of a 名单 read on `line`: its value, where its digits and measure word are, and the measure word. */
function listClaim(line: { start: number; text: string }, m: RegExpExecArray | null): { claim: { value: number; range: Range }; measure: string } | undefined {
  if (!m) return undefined;
  const at = line.start + line.text.lastIndexOf(m[1]);
  return { claim: { value: Number(m[1]), range: { start: at, end: at + m[1].length + m[2].length } }, measure: m[2] };
}

/** The count closing attachment `a`'s title in the 附件 line (附件：2024年度优秀志愿者名单（共8名）). */
function declaredClaim(ctx: RuleContext, doc: GazetteDocument, a: Attachment) {
  const bare = (title: string) => title.replace(TITLE_LIST_CLAIM, '');
  const decl =
    doc.attachmentDecls.find((d) => d.number !== undefined && d.number === a.number && d.sub === a.sub) ??
    doc.attachmentDecls.find((d) => bare(d.title.norm) === bare(a.title!.norm)) ??
    (doc.attachmentDecls.length === 1 && doc.attachments.length === 1 ? doc.attachmentDecls[0] : undefined);
  if (!decl || decl.omitted) return undefined;
  const text = ctx.text.slice(decl.title.range.start, decl.title.range.end);
  return listClaim({ start: decl.title.range.start, text }, TITLE_LIST_CLAIM.exec(content(text)));
}

/** A section's count (先进集体名单（共8个）) against its entries. */
function checkSection(ctx: RuleContext, doc: GazetteDocument, s: Section): void {
  if (s.claim) checkEntries(ctx, doc, s.claim, s.claim.measure, s.from, s.end, `“${s.name}”`);
}

/** The entries of a 名单's sections summed, as groupsTotal sums its groups'. */
function sectionsTotal(ctx: RuleContext, doc: GazetteDocument, sections: readonly Section[], unit: string): Listed[] | 'unknown' {
  const counted = sections.map((s) => {
    const measure = countedAs(s.claim?.measure ?? unit);
    return { measure, listed: sectionEntries(doc, ctx.issue.lines, s, measure) ?? (s.claim && { ...exactly(s.claim.value), range: s.range }) };
  });
  const all = sum(counted.map((c) => c.listed));
  if (!all) return 'unknown';
  const people = (measure: string) => measure === '名';
  const same = sum(counted.filter((c) => people(c.measure) === people(unit)).map((c) => c.listed));
  return same && same.count !== all.count ? [all, same] : [all];
}

/**
 * The entries of a 名单 in groups (一、先进集体（3个） / 二、先进个人（5名）), summed over its groups: a group's own count
 * where its entries cannot be counted. A total may count the entries of all groups, or (in a count of people) only
 * the groups of its measure: both sums, all first. Undefined for a 名单 without groups; unknown where a group cannot be
 * counted.
 */
function groupsTotal(ctx: RuleContext, doc: GazetteDocument, part: number, unit: string): Listed[] | 'unknown' | undefined {
  const { parents } = headingTree(ctx.issue, doc);
  const top = itemsAmong(doc, doc.headings.flatMap((h, i) => (h.part === part && h.kind !== 'box' && parents[i] < 0 ? [i] : [])));
  if (top.length === 0) return undefined;
  const claims = headingClaims(ctx, doc);
  const listed = lister(ctx, doc, claims);
  const people = (measure: string) => measure === '名';
  const counted = top.map((i) => {
    const own = claims.get(i);
    const entries = listed(i, own?.measure ?? unit);
    // A group short of an entry against its own count: a total agreeing with the groups' counts is no slip of its own.
    const claimed = entries && own && entries.claimed === undefined && !(own.value >= entries.low && own.value <= entries.high) ? { ...entries, claimed: own.value } : entries;
    return { measure: own?.measure ?? unit, listed: claimed ?? (own && { ...exactly(own.value), range: doc.headings[i].range }) };
  });
  const all = sum(counted.map((c) => c.listed));
  if (!all) return 'unknown';
  const same = sum(counted.filter((c) => people(c.measure) === people(unit)).map((c) => c.listed));
  return same && same.count !== all.count ? [all, same] : [all];
}

/** The entries of a 名单 (or one group of it) from line `from` up to offset `end`, against the count claimed. */
function checkEntries(ctx: RuleContext, doc: GazetteDocument, claim: { value: number; range: Range }, unit: string, from: number, end: number, what: string): void {
  const found = entryLines(doc, ctx.issue.lines, from, end);
  const count = found?.range && entryCount(found.texts, unit, found.texts, found.full);
  if (count === undefined || count.count < 2 || (claim.value >= count.low && claim.value <= count.high)) return;
  claimReport(ctx, claim, count.count, what, found!.range, unit);
}
