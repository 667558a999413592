// A document's title is written up to three times: in the body, in the 目录 and
// in the 发文目录. When they disagree, the odd one out is the one to report; with
// only two witnesses, the issuing organ, the form of a title, the plan's own
// title and the document's own words decide, and the body is trusted last.
import type { DirectoryRow, DocNumber, GazetteDocument, Issue, Range, TocEntry } from '../../model';
import { issuedName, lastLine, lookup, normalize, planTitle, sameTitle } from './shared';
import { movableMemo } from '../../documentMemo';

export type Source = 'body' | 'toc' | 'directory';

export interface Witness {
  source: Source;
  value: string;
  range: Range;
}

export interface Listing {
  toc?: TocEntry;
  row?: DirectoryRow;
}

export interface Listings {
  /** Where each document is listed. */
  of: Map<GazetteDocument, Listing>;
  /** Entries and rows, with the document they list (undefined: none found). */
  entries: Map<TocEntry, GazetteDocument | undefined>;
  rows: Map<DirectoryRow, GazetteDocument | undefined>;
}

const cache = new WeakMap<Issue, Listings>();

/** Matches TOC entries and 发文目录 rows to documents: by title first, then by number. */
export function listings(issue: Issue): Listings {
  let l = cache.get(issue);
  if (l) return l;
  l = { of: new Map(), entries: new Map(), rows: new Map() };
  const docs = lookup(issue);
  const match = (title: string, n: DocNumber | undefined): GazetteDocument | undefined => {
    const byTitle = docs.byName(title).filter((d) => sameTitle(d.title.norm, title) || d.preTitle?.norm === title);
    return (n && byTitle.find((d) => d.number?.key === n.key)) ?? byTitle[0] ?? (n ? docs.byKey(n.key)[0] : undefined);
  };
  for (const e of issue.toc?.entries ?? []) {
    if (!e.number) continue;
    const d = match(e.title.norm, e.number);
    l.entries.set(e, d);
    if (d && !l.of.get(d)?.toc) l.of.set(d, { ...l.of.get(d), toc: e });
  }
  for (const row of issue.directory?.rows ?? []) {
    if (!row.number || !row.title) continue;
    const d = match(row.title.norm, row.number);
    l.rows.set(row, d);
    if (d && !l.of.get(d)?.row) l.of.set(d, { ...l.of.get(d), row });
  }
  cache.set(issue, l);
  return l;
}

/** The witnesses of a document's title that are wrong. */
export function titleBlame(issue: Issue, d: GazetteDocument, listing: Listing): Witness[] {
  const all: Witness[] = [{ source: 'body', value: d.title.norm, range: d.title.range }];
  if (listing.toc) all.push({ source: 'toc', value: listing.toc.title.norm, range: listing.toc.title.range });
  if (listing.row?.title) all.push({ source: 'directory', value: listing.row.title.norm, range: listing.row.title.range });
  return blame(all, (a, b) => titleTieBreak(issue, d, a, b), (x, y) => sameTitle(x, y) || (x === d.title.norm && d.preTitle?.norm === y) || (y === d.title.norm && d.preTitle?.norm === x));
}

function blame(all: Witness[], tieBreak: (a: Witness, b: Witness) => Witness, same: (x: string, y: string) => boolean): Witness[] {
  if (all.every((w) => same(w.value, all[0].value))) return [];
  // The value most witnesses agree on.
  const agreeing = all.map((w) => all.filter((o) => same(o.value, w.value)).length);
  const best = Math.max(...agreeing);
  if (best >= 2 && agreeing.filter((c) => c === best).length === best) return all.filter((_, i) => agreeing[i] !== best);
  if (all.length === 2) return [tieBreak(all[0], all[1])];
  return all.filter((w) => w.source !== 'body');
}

const KINDS = '通知|意见|决定|通报|批复|报告|请示|函|纪要|公告|通告|办法|规定|细则|方案|计划|规划|要点|命令|决议|公报';
const ENDS_WITH_KIND = new RegExp(`(?:${KINDS})$`);
const KIND_THEN_NOTE = new RegExp(`(?:${KINDS})\\(`);

/**
 * 关于…<文种>, perhaps with a note: 关于…的通知(2018年修订). As /关于.+(KIND)(\(.*\))?$/
 * finds it, without reading on from every 关于 and every bracket (quadratic on a long row).
 */
function wellFormed(title: string): boolean {
  const line = lastLine(title);
  const at = line.indexOf('关于');
  if (at < 0) return false;
  const rest = line.slice(at + 3);
  return ENDS_WITH_KIND.test(rest) || (rest.endsWith(')') && KIND_THEN_NOTE.test(rest));
}

function titleTieBreak(issue: Issue, d: GazetteDocument, a: Witness, b: Witness): Witness {
  const listed = a.source === 'body' ? b : a;
  const body = a.source === 'body' ? a : b;
  const decide = (ok: (w: Witness) => boolean): Witness | undefined => (ok(listed) && !ok(body) ? body : ok(body) && !ok(listed) ? listed : undefined);
  // A document's title starts with the organ that signs it and reads 关于…的<文种>.
  const organ = d.signature?.organ?.norm;
  const verdict =
    (organ && organ.length >= 4 ? decide((w) => w.value.startsWith(organ) && /^(关于|转发|批转|印发)/.test(w.value.slice(organ.length))) : undefined) ??
    (/关于/.test(body.value + listed.value) ? decide((w) => wellFormed(w.value)) : undefined);
  if (verdict) return verdict;
  // 关于印发X的通知 names the plan printed after it.
  const plan = planTitle(d);
  if (plan) {
    const ok = (w: Witness) => {
      const x = issuedName(w.value);
      return x !== undefined && sameTitle(x, plan);
    };
    if (ok(listed) && !ok(body)) return body;
  }
  // The words that differ, as the document's own text uses them.
  const own = ownText(d, issue);
  for (const [left, right] of [[2, 2], [1, 1], [0, 3], [3, 0]]) {
    const [wl, wb] = windows(listed.value, body.value, left, right);
    if (wl.length < 3 || wb.length < 3) continue;
    if (own.includes(wl) && !own.includes(wb)) return body;
    if (own.includes(wb)) break;
  }
  return listed;
}

/** A document's text but its title, normalised. Text alone: a moved copy of the document keeps it. */
const ownText = movableMemo((d: GazetteDocument, issue: Issue): string =>
  normalize(issue.text.slice(d.range.start, d.title.range.start) + '\n' + issue.text.slice(d.title.range.end, d.range.end)),
);

/** The differing stretch of two strings with `left` and `right` characters around it. */
export function windows(a: string, b: string, left = 2, right = left): [string, string] {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const cut = (x: string) => x.slice(Math.max(0, p - left), Math.min(x.length, x.length - s + right));
  return [cut(a), cut(b)];
}
