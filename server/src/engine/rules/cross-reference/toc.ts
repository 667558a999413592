// cross-reference/toc: every 目录 entry names a document printed in the issue,
// by the same title; every document is listed; pages run forward. When the 目录
// and the body disagree, the 发文目录 (or the signing organ, the form of a title,
// the plan's title, the document's own words) tells which of the two is wrong.
// Numbers that differ are doc-number/consistency's.
import type { GazetteDocument, TextSpan, TocEntry } from '../../model';
import { normalize } from '../../parse/text';
import type { RelatedLocation, Rule, RuleContext } from '../types';
import { documentOfNumberlessEntry, forwards, shown, stripBrackets } from './shared';
import { listings, titleBlame, type Listing } from './witnesses';
import { checkYearIndex } from './yearIndex';

const rule: Rule = {
  id: 'cross-reference/toc',
  category: 'cross-reference',
  defaultSeverity: 'error',
  description: '目录与正文一致：文件齐全、标题相同、页码递增 (table of contents matches the body: every document, same titles, pages in order)',
  fixable: false,
  check(ctx) {
    checkYearIndex(ctx);
    const toc = ctx.issue.toc;
    if (!toc) return;
    if (toc.entries.length === 0 && ctx.issue.documents.length > 0) {
      // Nothing below the header could be read as an entry: say so, rather than check nothing in silence.
      ctx.report({
        message: '目录中没有可识别的条目（条目应为“标题（发文字号）……页码”等形式），未能核对目录与正文 (no entry of the table of contents could be read; it was not checked against the body)',
        range: toc.headerRange,
        severity: 'warning',
      });
      return;
    }
    const l = listings(ctx.issue);
    const listed = new Set<GazetteDocument>([...l.of].filter(([, x]) => x.toc).map(([d]) => d));
    pages(ctx, toc.entries.filter((e) => e.page !== undefined && e.pageRange));
    const orphans: TocEntry[] = [];
    for (const e of toc.entries) {
      if (!e.number) {
        const d = documentOfNumberlessEntry(ctx.issue, e);
        if (d) {
          listed.add(d);
          decreeTitle(ctx, e, d);
        } else if (d === null) {
          const other = decreeNumbered(ctx, e, listed);
          if (other) listed.add(other);
          else orphans.push(e);
        }
        continue;
      }
      const d = l.entries.get(e);
      if (!d) {
        ctx.report({
          message: `目录条目“${shown(e.title.norm)}”（${e.number.key}）在正文中找不到对应文件 (entry names no document of this issue)`,
          range: e.title.range,
        });
        continue;
      }
      const listing = l.of.get(d)!;
      if (listing.toc !== e) {
        ctx.report({
          message: '目录重复列出同一文件 (the same document is listed twice)',
          range: e.title.range,
          severity: 'warning',
          related: [{ range: listing.toc!.title.range, message: '第一次列出 (first entry)' }],
        });
        continue;
      }
      compare(ctx, d, listing);
    }
    // An entry without a number and a numberless piece that nothing lists: one title written two ways.
    for (const e of orphans) {
      const d = ctx.issue.documents.find((x) => !x.number && !listed.has(x) && similar(stripBrackets(x.title.norm), stripBrackets(e.title.norm)));
      if (d) {
        listed.add(d);
        compare(ctx, d, { toc: e });
        continue;
      }
      ctx.report({
        message: `目录条目“${shown(e.title.norm)}”在正文中找不到对应部分 (entry names nothing printed in this issue)`,
        range: e.title.range,
        severity: 'warning',
      });
    }
    if (toc.entries.filter((e) => e.number).length < 2) return;
    ctx.issue.documents.forEach((d, k) => {
      if (listed.has(d) || !(d.kind === 'interpretation' || d.kind === 'decree' || d.kind === 'announcement' || (d.kind === 'document' && d.number))) return;
      if (k > 0 && forwards(ctx.issue, ctx.issue.documents[k - 1], d)) return;
      ctx.report({
        message: '此文件未列入目录 (document not listed in the table of contents)',
        range: d.title.range,
        severity: 'warning',
        related: [{ range: toc.headerRange, message: '目录 (table of contents)' }],
      });
    });
  },
};

export default rule;

function compare(ctx: RuleContext, d: GazetteDocument, listing: Listing): void {
  const e = listing.toc!;
  for (const w of titleBlame(ctx.issue, d, listing)) {
    if (w.source === 'toc') {
      ctx.report({
        message: `目录标题与正文标题不一致：目录为“${shown(e.title.norm)}”，正文为“${shown(d.title.norm)}” (title differs from the document's)`,
        range: e.title.range,
        related: [{ range: d.title.range, message: '正文标题 (title in the body)' }],
        suggestions: [{ title: '改为正文标题 (use the body title)', edits: [{ range: e.title.range, text: d.title.text.replace(/\s+/g, '') }] }],
      });
    } else if (w.source === 'body') {
      ctx.report({
        message: `正文标题与目录${listing.row ? '及发文目录' : ''}不一致：正文为“${shown(d.title.norm)}”，目录为“${shown(e.title.norm)}” (the title differs from the table of contents)`,
        range: d.title.range,
        related: others(listing),
        suggestions: [{ title: '改为目录中的标题 (use the listed title)', edits: [{ range: d.title.range, text: e.title.text.replace(/\s+/g, '') }] }],
      });
    }
  }
}

/** An entry that names rules by their title and their decree's number: 某市城市绿化管理办法（市政府令第12号）. */
const DECREE_ENTRY = /^(.{4,}?)[(（][ \t]*[\u4e00-\u9fff]{0,10}令[ \t]*第[ \t]*(\d{1,5})[ \t]*号[ \t]*[)）]$/;

/** The titles a decree prints: its own (某市人民政府令第12号) and those of the rules or decision it promulgates. */
function decreeTitles(d: GazetteDocument): TextSpan[] {
  return [d.title, ...d.parts.flatMap((p) => (p.title ? [p.title] : []))];
}

const closeTitles = (a: string, b: string) => a.includes(b) || b.includes(a);

/** The decree the entry's number names prints rules of another title. */
function decreeTitle(ctx: RuleContext, e: TocEntry, d: GazetteDocument): void {
  const m = d.kind === 'decree' ? DECREE_ENTRY.exec(e.title.text.trim()) : null;
  if (!m) return;
  const name = stripBrackets(normalize(m[1]));
  const titles = decreeTitles(d);
  // No rules read under the decree (its 落款 lost, say): nothing to compare the entry with.
  const printed = titles.find((t, k) => k > 0 && !t.norm.endsWith('令'));
  if (!printed || titles.some((t) => closeTitles(stripBrackets(t.norm), name))) return;
  ctx.report({
    message: `目录标题与正文标题不一致：目录为“${shown(name)}”，第${m[2]}号令公布的是“${shown(printed.norm)}” (title differs from the rules the decree promulgates)`,
    range: e.title.range,
    related: [{ range: printed.range, message: '正文标题 (title in the body)' }],
  });
}

/**
 * An entry whose decree number names no decree printed, while its title is that of the rules a decree of
 * another number promulgates: the number is the slip. Returns that decree.
 */
function decreeNumbered(ctx: RuleContext, e: TocEntry, listed: Set<GazetteDocument>): GazetteDocument | undefined {
  const m = DECREE_ENTRY.exec(e.title.text.trim());
  if (!m) return undefined;
  const name = stripBrackets(normalize(m[1]));
  const d = ctx.issue.documents.find((x) => x.kind === 'decree' && !listed.has(x) && decreeTitles(x).slice(1).some((t) => stripBrackets(t.norm) === name));
  const printed = d && /第(\d{1,5})号/.exec(d.title.norm)?.[1];
  if (!d || !printed) return undefined;
  // The serial as written in the source (the entry's text joins its wrapped lines).
  const source = ctx.text.slice(e.title.range.start, e.title.range.end);
  const serial = [...source.matchAll(/第[ \t\u3000]*(\d{1,5})[ \t\u3000]*号/g)].at(-1);
  if (!serial) return undefined;
  const at = e.title.range.start + serial.index! + serial[0].indexOf(serial[1]);
  ctx.report({
    message: `目录所列令号“第${m[2]}号”与正文“第${printed}号”不一致 (the decree number in the table of contents differs from the one printed)`,
    range: { start: at, end: at + serial[1].length },
    related: [{ range: d.title.range, message: '正文令号 (the number printed)' }],
    suggestions: [{ title: `改为第${printed}号 (use ${printed})`, edits: [{ range: { start: at, end: at + serial[1].length }, text: printed }] }],
  });
  return d;
}

function others(listing: Listing): RelatedLocation[] {
  const out: RelatedLocation[] = [{ range: listing.toc!.title.range, message: '目录 (table of contents)' }];
  if (listing.row?.title) out.push({ range: listing.row.title.range, message: '发文目录 (list of documents issued)' });
  return out;
}

/** Page numbers never go down. A dip is reported where it is; a spike (2, 40, 7) at the entry that jumped. */
function pages(ctx: RuleContext, entries: TocEntry[]): void {
  const p = entries.map((e) => e.page!);
  const gaps = p.slice(1).map((x, i) => x - p[i]).filter((g) => g >= 0).sort((a, b) => a - b);
  const usual = Math.max(1, gaps[gaps.length >> 1] ?? 1);
  const reported = new Set<number>();
  for (let i = 1; i < p.length; i++) {
    if (p[i] >= p[i - 1]) continue;
    // A spike: the next page is below it too, or (at the end) it leapt far beyond the usual length of a document.
    const fits = i < 2 || p[i] >= p[i - 2];
    const spike = fits && (i + 1 < p.length ? p[i + 1] < p[i - 1] : i >= 2 && p[i - 1] - p[i - 2] > 4 * usual);
    const at = spike ? i - 1 : i;
    if (reported.has(at)) continue;
    reported.add(at);
    const other = spike ? i : i - 1;
    ctx.report({
      message: spike
        ? `目录页码${p[at]}大于其后各条（下一条为${p[other]}） (page number out of order: larger than the pages after it)`
        : `目录页码${p[at]}小于上一条的${p[other]} (page number goes backwards)`,
      range: entries[at].pageRange!,
      related: [{ range: entries[other].pageRange!, message: `${spike ? '下' : '上'}一条为第${p[other]}页 (${spike ? 'next' : 'previous'} entry's page)` }],
    });
  }
}

/** Two titles that share most of their beginning and end (a few characters changed in the middle). */
function similar(a: string, b: string): boolean {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return (p + s) >= 0.7 * Math.max(a.length, b.length);
}

