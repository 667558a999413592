// Helpers shared by the cross-reference rules: the names a document answers to
// and lookups of the issue's documents by number key or title.
import type { Citation, GazetteDocument, Issue, Range, TocEntry } from '../../model';
import { normalize } from '../../parse/text';
import { movableMemo } from '../../documentMemo';
import { memoize } from '../shared/memo';
import { TitleIndex } from './titleIndex';

/** "…关于印发X的通知" → X: the plan a notice issues (also 转发, 颁布). */
export function issuedName(titleNorm: string): string | undefined {
  const name = namedBetween(titleNorm, ['关于印发', '关于转发', '关于颁布', '关于发布'], ['通知', '决定'], true);
  return name === undefined ? undefined : stripBookMarks(name);
}

/**
 * What the last line of a title names between the first of `leads` and the kind
 * that ends it, less a 的 before the kind when `dropDe`: 关于印发X的通知 → X. As
 * /关于印发(.+?)的?通知$/ finds it, without reading on from every lead (quadratic
 * on a long line).
 */
export function namedBetween(title: string, leads: readonly string[], kinds: readonly string[], dropDe: boolean): string | undefined {
  const line = lastLine(title);
  const kind = kinds.find((k) => line.endsWith(k));
  if (kind === undefined) return undefined;
  let first = -1;
  let from = -1;
  for (const lead of leads) {
    const at = line.indexOf(lead);
    if (at >= 0 && (first < 0 || at < first)) [first, from] = [at, at + lead.length];
  }
  const to = line.length - kind.length;
  if (from < 0 || to <= from) return undefined;
  const name = line.slice(from, to);
  return dropDe && name.length > 1 && name.endsWith('的') ? name.slice(0, -1) : name;
}

/** The text after the last line break: what a pattern ending in $ without the m flag can match. */
export function lastLine(text: string): string {
  return text.slice(Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'), text.lastIndexOf('\u2028'), text.lastIndexOf('\u2029')) + 1);
}

export function stripBookMarks(s: string): string {
  return s.replace(/^《(.*)》$/, '$1');
}

/** The printed title of the plan a notice issues or forwards (its attached part), if any. */
export function planTitle(d: GazetteDocument): string | undefined {
  if (d.preTitle) return d.preTitle.norm;
  // Otherwise an attached part is the plan only under a 印发/转发 notice: elsewhere it is an unlabelled attachment.
  if (!issuedName(d.title.norm) && !/(转发|批转)/.test(d.title.norm)) return undefined;
  return d.parts.find((p) => p.kind === 'attached' && p.title)?.title?.norm;
}

/** Every normalised name a document answers to: its title, its plan's title, the name in 关于印发X的通知. Shared: read, never change. */
export const namesOf: (d: GazetteDocument) => readonly string[] = movableMemo((d: GazetteDocument): string[] => {
  const names = new Set<string>([d.title.norm]);
  if (d.preTitle) names.add(d.preTitle.norm);
  for (const p of d.parts) if (p.kind === 'attached' && p.title) names.add(p.title.norm);
  // Cited without the issuing organ: 《关于印发…的通知》.
  const about = d.title.norm.indexOf('关于');
  if (about > 0) names.add(d.title.norm.slice(about));
  const issued = issuedName(d.title.norm);
  if (issued) names.add(issued);
  return [...names];
});

const YEARS = /[(〔](?:[\d０-９]{4}(?:[-~—至][\d０-９]{4})?年?(?:度)?|试行|修订|征求意见稿)[)〕]$/;

/** A title without a trailing (2018-2020年) or (试行). */
export function withoutYears(norm: string): string {
  let s = norm;
  for (let guard = 0; guard < 3 && YEARS.test(s); guard++) s = s.replace(YEARS, '');
  return s;
}

/**
 * Do two titles name the same thing? Equal once normalised, or equal but for a
 * trailing parenthetical one of them leaves out (a citation may drop the years).
 */
export function sameTitle(a: string, b: string): boolean {
  if (a === b) return true;
  // A period under a title, bare in the body and in brackets in the 目录 (…纪要 / 第 8 期 for …纪要（第8期）).
  if (barePeriod(a) === b || barePeriod(b) === a) return true;
  // A citation writes the title inside a cited title in 〈〉 (《关于落实〈政府工作报告〉…的通知》), the document in 《》.
  if (a.includes('〈') || b.includes('〈')) return sameTitle(bookMarks(a), bookMarks(b));
  const ya = withoutYears(a);
  const yb = withoutYears(b);
  return (ya === b || yb === a) && ya === yb;
}

/** A title ending in a period in brackets (…纪要(第8期), …人事任免(2024年3月份)) with the brackets dropped; else undefined. */
function barePeriod(title: string): string | undefined {
  const m = PERIOD_IN_BRACKETS.exec(title);
  return m ? title.slice(0, m.index) + m[1] : undefined;
}
const PERIOD_IN_BRACKETS = /\((第\d{1,4}期|\d{4}年(?:第?[一二三四1-4]季度|\d{1,2}月份?)?)\)$/;

/** 〈〉 written 《》. */
function bookMarks(title: string): string {
  return title.replace(/〈/g, '《').replace(/〉/g, '》');
}

/** The title cited without the place in front: 城市绿化管理办法 for 某市城市绿化管理办法. */
export function withoutPlace(name: string, title: string): boolean {
  return name.endsWith(title) && /[省市县区]$/.test(name.slice(0, name.length - title.length));
}

export function answersTo(d: GazetteDocument, titleNorm: string): boolean {
  return namesOf(d).some((n) => sameTitle(n, titleNorm));
}

export interface DocumentLookup {
  byKey(key: string): GazetteDocument[];
  byName(norm: string): GazetteDocument[];
}

const cache = new WeakMap<Issue, DocumentLookup>();

/** The issue's documents by number key and by every name they answer to. */
export function lookup(issue: Issue): DocumentLookup {
  let l = cache.get(issue);
  if (l) return l;
  const keys = new Map<string, GazetteDocument[]>();
  const names = new Map<string, GazetteDocument[]>();
  const add = (m: Map<string, GazetteDocument[]>, k: string, d: GazetteDocument) => {
    const list = m.get(k) ?? [];
    if (!list.includes(d)) list.push(d);
    m.set(k, list);
  };
  for (const d of issue.documents) {
    if (d.number) add(keys, d.number.key, d);
    for (const n of namesOf(d)) {
      add(names, n, d);
      add(names, withoutYears(n), d);
    }
  }
  l = {
    byKey: (k) => keys.get(k) ?? [],
    byName: (n) => {
      const found = [...(names.get(n) ?? []), ...(names.get(withoutYears(n)) ?? [])];
      return [...new Set(found)].filter((d) => answersTo(d, n));
    },
  };
  cache.set(issue, l);
  return l;
}

/** Title text for messages: the normalised form is easier to compare by eye than a wrapped original. */
export function shown(s: string): string {
  return s.length > 40 ? s.slice(0, 38) + '…' : s;
}

export { normalize };

/**
 * The document a 目录 entry without a number names (人事任免, 政策解读, a decree): one whose title starts
 * the same way (for a decree, its number, else the title of the rules it promulgates). Undefined
 * for the 发文目录 or a name too short to tell; null when nothing matches.
 */
export function documentOfNumberlessEntry(issue: Issue, e: TocEntry): GazetteDocument | undefined | null {
  const names = entryNaming(e);
  if (!names) return undefined;
  // An entry that gives a decree's or an announcement's number names the one of that number, whatever else it says.
  const index = numberlessIndex(issue);
  if (names.serial !== undefined) {
    const i = index.bySerial.get(names.serial);
    return i === undefined ? null : issue.documents[i];
  }
  // The first document without a number it names, else the first it names.
  let named: GazetteDocument | undefined;
  for (const i of index.titles.candidates(names.entry)) {
    const x = issue.documents[i];
    if (!names(x)) continue;
    if (!x.number) return x;
    named ??= x;
  }
  if (named) return named;
  const dir = issue.directory;
  if (dir && names.close(normalize(dir.heading.text))) return undefined;
  return null;
}

/**
 * Whether a document may be the one a 目录 entry without a number names (documentOfNumberlessEntry gives
 * the first such): a cheap test of one document, where the entries naming a few documents are wanted.
 */
export function entryMayName(e: TocEntry, d: GazetteDocument): boolean {
  return entryNaming(e)?.(d) ?? false;
}

type Naming = ((x: GazetteDocument) => boolean) & { entry: string; serial: string | undefined; close: (title: string) => boolean };

/** The issue's documents by the decree or announcement number their titles give, and by the titles entryNaming compares. */
const numberlessIndex = memoize((issue: Issue) => {
  const bySerial = new Map<string, number>();
  issue.documents.forEach((d, i) => {
    const serial = d.kind === 'decree' || d.kind === 'announcement' ? serialNumber(d.title.norm) : undefined;
    if (serial !== undefined && !bySerial.has(serial)) bySerial.set(serial, i);
  });
  const titles = issue.documents.map((d) => [d.title, ...(d.kind === 'decree' ? d.parts.map((p) => p.title) : [])].flatMap((t) => (t ? [stripBrackets(t.norm)] : [])));
  return { bySerial, titles: new TitleIndex(titles) };
});

/** The test of the documents an entry names; undefined for a name too short to tell. */
function entryNaming(e: TocEntry): Naming | undefined {
  const name = stripBrackets(e.title.norm);
  if (name.length < 4) return undefined;
  const close = (t: string) => {
    const s = stripBrackets(t);
    return s.startsWith(name) || name.startsWith(s) || s.includes(name);
  };
  const serial = serialNumber(name);
  const names =
    serial !== undefined
      ? (x: GazetteDocument) => (x.kind === 'decree' || x.kind === 'announcement') && serialNumber(x.title.norm) === serial
      : (x: GazetteDocument) => close(x.title.norm) || (x.kind === 'decree' && x.parts.some((p) => p.title && close(p.title.norm)));
  return Object.assign(names, { entry: name, serial, close });
}

/**
 * The number of a decree or announcement named in a title, with the kind's last character: 令345 for
 * 某市人民政府令第345号, 某市人民政府令(第345号), …(市政府令第345号); 告1 for 某市人民政府公告(2024年第1号).
 */
function serialNumber(norm: string): string | undefined {
  const m = /([令告])\(?(?:\d{4}年)?第(\d{1,5})号/.exec(norm);
  // By value: 第012号 is number 12 with a slip (doc-number/format reports the zero).
  return m ? m[1] + Number(m[2]) : undefined;
}

/** A normalized title without 【】 (a section's) and Markdown emphasis. */
export function stripBrackets(norm: string): string {
  return norm.replace(/[【】*]/g, '');
}

/** 某市人民政府办公室转发省政府办公厅关于…的通知, with the document it forwards printed after it: listed and shown with it. */
export function forwards(issue: Issue, notice: GazetteDocument, d: GazetteDocument): boolean {
  if (!notice.title.norm.includes('转发')) return false;
  const title = stripBrackets(d.title.norm);
  return issue.citations.some(
    (c) => c.range.start >= notice.range.start && c.range.end <= notice.range.end && ((d.number && c.number?.key === d.number.key) || stripBrackets(c.title.norm) === title),
  );
}

/** A decree's number after a citation of rules: （市政府令第12号）, （临江市人民政府令第12号）. */
const DECREE_AFTER = /^([ \t]*[(（][ \t]*)(([\u4e00-\u9fff]{0,10}?)令[ \t]*第[ \t]*(\d{1,5})[ \t]*号)[ \t]*[)）]/;

/**
 * The decree number printed after a citation (《…办法》（市政府令第12号）): where it is, its serial as
 * written, and the decree of this issue with that number, if one is printed. This government's decrees
 * only: 市政府令, 市人民政府令, or the decree's own organ (临江市人民政府令); not 省政府令.
 */
export function decreeNumberAfter(issue: Issue, c: Citation): { range: Range; serial: string; organ: string; decree?: GazetteDocument } | undefined {
  // Read with a wrap's line break taken out (…人民政府令第 / 21号）): each kept character's source offset in `at`.
  const raw = issue.text.slice(c.range.end, c.range.end + 44);
  const at: number[] = [];
  let joined = '';
  for (let k = 0; k < raw.length; k++) {
    if (raw[k] === '\n' || raw[k] === '\r') continue;
    at.push(c.range.end + k);
    joined += raw[k];
  }
  const m = DECREE_AFTER.exec(joined);
  if (!m) return undefined;
  const start = at[m[1].length];
  const end = at[m[1].length + m[2].length - 1] + 1;
  const organ = m[3];
  // By value: a decree printed 第012号 is decree 12 (doc-number/format reports its zero).
  const serial = new RegExp(`第0*${Number(m[4])}号`);
  const decree = issue.documents.find(
    (x) => x.kind === 'decree' && serial.test(x.title.norm) && (/^市(?:人民)?政府$/.test(organ) || x.title.norm.startsWith(`${organ}令`)),
  );
  return { range: { start, end }, serial: m[4], organ, decree };
}
