// responsible-unit/names: one unit spelled two ways (市人社局 / 市人社保局 /
// 市人力社保局, 市发改委 / 市发展改革委). Names come from every annotation of the
// issue, the other issues of the workspace and the configured list; two names
// are variants when they share the first two characters and the organ suffix
// and the shorter is the longer with up to three characters left out, or its
// short form (市住建局 / 市住房和城乡建设局).
import type { GazetteDocument, Issue, Range } from '../../model';
import type { RelatedLocation, Rule, RuleContext } from '../types';
import type { WorkspaceIndex } from '../../workspace';
import { memoize, memoizeText } from '../shared/memo';
import { addTo } from '../../arrays';
import { movableDocumentCache, movableMemo } from '../../documentMemo';
import { annotationsByDocument, annotationsOf, unitKey } from './shared';

interface Options {
  /** Unit names known to be right (the configuration's `units`). */
  known: string[];
}

const SUFFIX = /(局|委|办|厅|部|室|院|会|中心|署|处|队|站|所|社|联|行|关|司)$/;
const COLLECTIVE = /^各|成员单位|有关|相关|所属/;
const PREFIX = /^(市委|市政府|市)/;
const MAX_GAP = 3;
/** How many characters a short form may leave out of its long form (市人社局 / 市人力资源和社会保障局: 7). */
const MAX_ABBREVIATED = 8;

interface Occurrence {
  range: Range;
  document: number;
}

interface Entry {
  name: string;
  key: string;
  /** How often the spelling is written in this issue's annotations, and in which documents (indices, in order). */
  count: number;
  documents: number[];
  /** Where: found only for the spellings a report names (see fillHere). */
  here: Occurrence[];
  filled: boolean;
  elsewhere: { uri: string; range: Range }[];
  known: boolean;
}

const rule: Rule<Options> = {
  id: 'responsible-unit/names',
  category: 'responsible-unit',
  defaultSeverity: 'warning',
  description: '同一单位的名称应前后一致 (one unit, one name)',
  fixable: false,
  optionsSchema: {
    known: { type: 'array', items: { type: 'string' }, description: 'Unit names known to be right; they are never reported and win as the suggested form.' },
  },
  defaultOptions: { known: [] },
  check(ctx) {
    const entries = collect(ctx);
    const together = coListed(ctx.issue);
    for (const [e, partners] of variants(entries, together)) {
      if (e.count === 0 || e.known) continue;
      const best = partners.filter((p) => better(p, e)).sort((x, y) => (better(x, y) ? -1 : better(y, x) ? 1 : 0))[0];
      if (!best) continue;
      for (const x of [e, ...partners]) fillHere(ctx.issue, x);
      report(ctx, e, best, partners);
    }
  },
};

export default rule;

/** The first character of the issue's usual issuer code (嘉政办发 → 嘉): which city's units these are. */
const cityOf = memoize((issue: Issue): string => {
  const counts = new Map<string, number>();
  for (const d of issue.documents) if (d.number) counts.set(d.number.issuer[0], (counts.get(d.number.issuer[0]) ?? 0) + 1);
  // '' when unknown: kept by memoize, which takes undefined for "not yet derived".
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
});

/** The key of a unit name, or '' when the name is not compared (too short, collective, no unit suffix). */
const eligibleKey = memoizeText((name: string): string => {
  // 委员会 and 办公室 as their short forms write them (市卫生健康委员会 / 市卫健委, 市人民防空办公室 / 市人防办).
  const key = unitKey(name).replace(/委员会$/, '委').replace(/办公室$/, '办');
  return eligible(key) ? key : '';
});

/** Pairs of keys listed side by side in one annotation: two units, never one spelled two ways. */
const coListed = memoize((issue: Issue): Set<string> => {
  const out = new Set<string>();
  for (const d of issue.documents) for (const pair of documentPairs(d, issue)) out.add(pair);
  return out;
});

/** The pairs one document lists together: names only, so a moved copy keeps them and an edit recounts one document. */
const documentPairs = movableMemo((d: GazetteDocument, issue: Issue): string[] => {
  const out: string[] = [];
  const { text, table } = annotationsOf(issue, d);
  for (const a of [...text, ...table.map((t) => t.annotation)]) {
    const keys = [...new Set(a.units.map((u) => eligibleKey(u.name)).filter((k) => k !== ''))];
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) out.push(pairKey(keys[i], keys[j]));
  }
  return out;
});

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function eligible(key: string): boolean {
  return key.length >= 4 && SUFFIX.test(key) && !COLLECTIVE.test(key) && key.replace(PREFIX, '').length >= 3;
}

function collect(ctx: RuleContext<Options>): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  // The same few names recur across the issue and its versions: each spelling is keyed once.
  const entry = (name: string): Entry | undefined => {
    const key = eligibleKey(name);
    if (key === '') return undefined;
    let e = entries.get(key);
    if (!e) entries.set(key, (e = { name: name.replace(/\s+/g, ''), key, count: 0, documents: [], here: [], filled: false, elsewhere: [], known: false }));
    return e;
  };
  ctx.issue.documents.forEach((d, document) => {
    for (const { name, at } of documentNames(d, ctx.issue).values()) {
      const e = entry(name)!;
      e.count += at.length;
      e.documents.push(document);
    }
  });
  if (ctx.workspace) {
    // Only names that can pair with one written here: those of the same buckets (see variants).
    const elsewhere = namesElsewhere(ctx.workspace, ctx.uri, ctx.issue);
    for (const bucket of new Set([...entries.values()].map((e) => bucketOf(e.key)))) {
      for (const other of elsewhere.get(bucket) ?? []) {
        const e = entries.get(other.key);
        if (e) e.elsewhere = other.at;
        else entries.set(other.key, { name: other.name, key: other.key, count: 0, documents: [], here: [], filled: false, elsewhere: other.at, known: false });
      }
    }
  }
  for (const name of ctx.options.known ?? []) {
    const e = entry(name);
    if (e) {
      e.known = true;
      e.name = name;
    }
  }
  return entries;
}

/**
 * Pairs of spellings of one unit. Only direct pairs count (市农业局 is a variant of
 * both 市农业经济局 and 市农业农村局, which are not variants of each other), and
 * names are compared only within one first-two-characters + suffix bucket.
 */
function variants(entries: Map<string, Entry>, together: Set<string>): Map<Entry, Entry[]> {
  const buckets = new Map<string, Entry[]>();
  for (const e of entries.values()) {
    const b = bucketOf(e.key);
    const list = buckets.get(b) ?? [];
    list.push(e);
    buckets.set(b, list);
  }
  const out = new Map<Entry, Entry[]>();
  const link = (a: Entry, b: Entry) => addTo(out, a, b);
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = list[i].key.length <= list[j].key.length ? [list[i], list[j]] : [list[j], list[i]];
        if (a.key.length === b.key.length || !(b.key.length - a.key.length <= MAX_GAP ? isSubsequence(a.key, b.key) : isAbbreviation(a.key, b.key))) continue;
        // A body under the shorter one (市税务局 / 市税务局稽查局), the shorter's name with a word put before it
        // (市信息中心 / 市信用信息中心), or two units one annotation lists side by side.
        if (b.key.startsWith(a.key) || b.key.includes(a.key.slice(1)) || together.has(pairKey(a.key, b.key))) continue;
        // A kind of body one name has and the other has not: 市中心医院 is not 市中医院 with a character left out.
        if (kindsOf(a.key) !== kindsOf(b.key)) continue;
        link(a, b);
        link(b, a);
      }
    }
  }
  return out;
}

/** Words that name a kind of body: a name without one of them is another body, not a shorter spelling. */
const KIND_WORDS = /中心|医院|学院|学校|大学|集团|公司|银行|协会|商会|研究院|研究所/g;

/** A company's legal form (集团有限公司, 股份有限公司, 有限责任公司): its full name of what a short form calls 公司. */
const COMPANY_FORM = /(?:集团)?(?:股份)?有限(?:责任)?公司$|集团公司$/;

function kindsOf(key: string): string {
  // 市公交公司 is 市公共交通集团有限公司 written short: its 集团 is part of the company's form, not another body.
  return [...new Set(key.replace(COMPANY_FORM, '公司').match(KIND_WORDS) ?? [])].sort().join('|');
}

/** Names are compared only within a bucket: the first two characters and the organ suffix. */
function bucketOf(key: string): string {
  return key.slice(0, 2) + '|' + SUFFIX.exec(key)![1];
}

/** A unit name written in other issues of the workspace: its first spelling there, and where. */
interface NameElsewhere {
  key: string;
  name: string;
  at: { uri: string; range: Range }[];
}

interface Elsewhere {
  /** The files read and their issues, in the workspace's order: the names stand while these are the same. */
  others: [string, Issue][];
  byBucket: Map<string, NameElsewhere[]>;
}

/** Per workspace, by file and city: an edit replaces the file's own issue, not the others. */
const elsewhereCache = new WeakMap<WorkspaceIndex, Map<string, Elsewhere>>();
const ELSEWHERE_KEPT = 8;

/**
 * The unit names of the workspace's other issues (of the same city, or of no known city), by
 * bucket. Kept until one of those issues changes: at every keystroke only the edited file's own
 * issue is new, and reading every annotation of a workspace of 100 issues again took 8 ms.
 */
function namesElsewhere(ws: WorkspaceIndex, uri: string | undefined, issue: Issue): Map<string, NameElsewhere[]> {
  const city = cityOf(issue);
  const others: [string, Issue][] = [];
  for (const [u, other] of ws.entries()) {
    if (u === uri || other === issue) continue;
    // 市农业局 in one city and 市农业经济局 in another are two bodies.
    const otherCity = cityOf(other);
    if (city && otherCity && city !== otherCity) continue;
    others.push([u, other]);
  }
  let kept = elsewhereCache.get(ws);
  if (!kept) elsewhereCache.set(ws, (kept = new Map()));
  const slot = `${uri}|${city}`;
  const cached = kept.get(slot);
  const same = (read: [string, Issue][]) => read.length === others.length && read.every(([u, i], k) => u === others[k][0] && i === others[k][1]);
  if (cached && same(cached.others)) {
    // The least recently used slot goes first.
    kept.delete(slot);
    kept.set(slot, cached);
    return cached.byBucket;
  }
  const byKey = new Map<string, NameElsewhere>();
  const byBucket = new Map<string, NameElsewhere[]>();
  for (const [u, other] of others) {
    for (const { text, table } of annotationsByDocument(other)) {
      for (const a of [...text, ...table.map((t) => t.annotation)]) {
        for (const unit of a.units) {
          const key = eligibleKey(unit.name);
          if (key === '') continue;
          let name = byKey.get(key);
          if (!name) {
            byKey.set(key, (name = { key, name: unit.name.replace(/\s+/g, ''), at: [] }));
            addTo(byBucket, bucketOf(key), name);
          }
          name.at.push({ uri: u, range: unit.range });
        }
      }
    }
  }
  kept.delete(slot);
  kept.set(slot, { others, byBucket });
  if (kept.size > ELSEWHERE_KEPT) kept.delete(kept.keys().next().value!);
  return byBucket;
}

/** The spelling to prefer: a configured one, then the more frequent, then the fuller. */
function better(a: Entry, b: Entry): boolean {
  if (a.known !== b.known) return a.known;
  const wa = a.count + a.elsewhere.length;
  const wb = b.count + b.elsewhere.length;
  return wa !== wb ? wa > wb : a.key.length > b.key.length;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}

/**
 * A short form that keeps the first character of the long form's words: 市住建局 of
 * 市住房和城乡建设局 (住|房和城乡, 建|设), 市人社局 of 市人力资源和社会保障局. At least two of
 * the kept characters stand for a longer word; one long tail is a more specific body
 * (市交通运输局 / 市交通运输综合行政执法局), not a short form, unless it only says what the
 * body does (市大数据局 / 市大数据发展管理局).
 */
function isAbbreviation(short: string, long: string): boolean {
  const suffix = SUFFIX.exec(short)![1];
  if (!long.endsWith(suffix) || long.length - short.length > MAX_ABBREVIATED) return false;
  const [s, l] = [short.slice(0, -suffix.length), long.slice(0, -suffix.length)];
  if (l[0] !== s[0]) return false;
  // Each kept character opens a word that runs to the next kept character.
  let words = 0;
  let generic = 0;
  let at = 0;
  for (let i = 1; i <= s.length; i++) {
    const next = i < s.length ? l.indexOf(s[i], at + 1) : l.length;
    if (next < 0) return false;
    if (next - at > 1) {
      words++;
      if (GENERIC.test(l.slice(at + 1, next))) generic++;
    }
    at = next;
  }
  // Or the one word left out says only what the body does (市大数据发展管理局 / 市大数据局).
  return words >= 2 || (words === 1 && generic === 1);
}

/** Words a unit's short form leaves out without naming another body: 发展管理, 事务管理, 服务. */
const GENERIC = /^(?:发展|管理|服务|事务)+$/;

/** A spelling written in a document's annotations: the first way it is written, and where (from the document's start). */
interface DocumentName {
  name: string;
  at: [number, number][];
}

/** The spellings written in a document's annotations, by key. Offsets from the document's start: a moved copy keeps them. */
const documentNames = movableMemo((d: GazetteDocument, issue: Issue): Map<string, DocumentName> => {
  const names = new Map<string, DocumentName>();
  const { text, table } = annotationsOf(issue, d);
  for (const a of [...text, ...table.map((t) => t.annotation)]) {
    for (const u of a.units) {
      const key = eligibleKey(u.name);
      if (key === '') continue;
      let known = names.get(key);
      if (!known) names.set(key, (known = { name: u.name, at: [] }));
      known.at.push([u.range.start - d.range.start, u.range.end - d.range.start]);
    }
  }
  return names;
});

/** Where a spelling is written in the issue's annotations. */
function fillHere(issue: Issue, e: Entry): void {
  if (e.filled) return;
  e.filled = true;
  for (const document of e.documents) {
    const d = issue.documents[document];
    for (const [start, end] of documentNames(d, issue).get(e.key)!.at) e.here.push({ range: { start: d.range.start + start, end: d.range.start + end }, document });
  }
}

function report(ctx: RuleContext<Options>, e: Entry, best: Entry, partners: Entry[]): void {
  const prose = proseMentions(ctx.issue, [e, ...partners]);
  // The documents where a partner spelling is written, and where the preferred one is first written.
  const partnerDocuments = new Set<number>();
  for (const o of partners) for (const x of [...o.here, ...(prose.get(o) ?? [])]) partnerDocuments.add(x.document);
  const firstIn = new Map<number, Occurrence>();
  for (const o of best.here) if (!firstIn.has(o.document)) firstIn.set(o.document, o);
  for (const occ of [...e.here, ...(prose.get(e) ?? [])]) {
    // Two spellings inside one document are an inconsistency; across documents a hint.
    const sameDocument = partnerDocuments.has(occ.document);
    ctx.report({
      message: `“${e.name}”与“${best.name}”似为同一单位的不同写法 (same unit spelled two ways; did you mean ${best.name}?)`,
      range: occ.range,
      severity: sameDocument ? 'warning' : 'hint',
      related: relatedOf(best, firstIn, occ.document),
      suggestions: [{ title: `改为“${best.name}” (use ${best.name})`, edits: [{ range: occ.range, text: best.name }] }],
    });
  }
}

function relatedOf(best: Entry, firstIn: Map<number, Occurrence>, document: number): RelatedLocation[] | undefined {
  const here = firstIn.get(document) ?? best.here[0];
  if (here) return [{ range: here.range, message: `此处写作“${best.name}” (written ${best.name} here)` }];
  const there = best.elsewhere[0];
  return there ? [{ range: there.range, uri: there.uri, message: `另一期写作“${best.name}” (written ${best.name} in another issue)` }] : undefined;
}

/** Where a name is written in each document, from the document's start: a document an edit did not reach, moved or not, is searched once. */
const positionsInDocument = movableDocumentCache<Map<string, number[]>>();

/** Where a name is written inside the issue's documents, with the index of the document. */
function positionsOf(issue: Issue, name: string): { at: number; document: number }[] {
  const out: { at: number; document: number }[] = [];
  issue.documents.forEach((d, document) => {
    let byName = positionsInDocument.get(d);
    if (!byName) positionsInDocument.set(d, (byName = new Map()));
    let list = byName.get(name);
    if (!list) {
      list = [];
      const text = issue.text.slice(d.range.start, d.range.end);
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) list.push(at);
      byName.set(name, list);
    }
    for (const at of list) out.push({ at: d.range.start + at, document });
  });
  return out;
}

/** Mentions of the cluster's names in running text (市人社局负责…), outside the annotations already counted. */
function proseMentions(issue: Issue, cluster: Entry[]): Map<Entry, Occurrence[]> {
  const out = new Map<Entry, Occurrence[]>();
  const counted = new Set(cluster.flatMap((e) => e.here.map((o) => o.range.start)));
  const longer = (e: Entry, at: number) => cluster.some((o) => o.key.length > e.key.length && o.name.length > e.name.length && issue.text.startsWith(o.name, at - o.name.indexOf(e.name)) && o.name.includes(e.name));
  for (const e of cluster) {
    const list: Occurrence[] = [];
    for (const { at, document } of positionsOf(issue, e.name)) {
      if (counted.has(at) || longer(e, at)) continue;
      list.push({ range: { start: at, end: at + e.name.length }, document });
    }
    out.set(e, list);
  }
  return out;
}
