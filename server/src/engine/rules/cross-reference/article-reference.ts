// cross-reference/article-reference: 根据《办法》第十六条, 本办法第二十条, （见第十二条）, 依照本规定第三章 — a
// reference to an article or chapter of rules printed in the issue must name one they have.
import type { GazetteDocument, Heading, Paragraph, Range } from '../../model';
import { findDocNumbers } from '../../parse/docNumber';
import { INSERTED_ARTICLE } from '../../parse/headings';
import { sourceRange } from '../../parse/paragraphs';
import { intToChinese, normalize, numeralValue, writtenLike } from '../../parse/text';
import type { Rule, RuleContext } from '../types';
import { paragraphsIn } from '../shared/locate';
import { addTo } from '../../arrays';
import { aliasNamed } from '../shared/aliases';
import { lookup, sameTitle, shown, withoutYears } from './shared';
import { asPrinted, interpretedDocument, SHORT_NAME } from './interpretation';
import { checkDecimalReferences, checkOtherPlanReferences } from './decimal-reference';

const rule: Rule = {
  id: 'cross-reference/article-reference',
  category: 'cross-reference',
  defaultSeverity: 'error',
  description: '引用本期所刊规章、规范性文件的第N条、第N章应确有其条、其章 (a reference to an article or chapter of rules printed in the issue names one they have)',
  fixable: false,
  check(ctx) {
    const extents = new Map<string, Extent>();
    for (const d of ctx.issue.documents) {
      // A 修改决定 (将第十六条改为第十七条) and what interprets one speak of the old numbering.
      if (amends(d.title.norm)) continue;
      checkDecimalReferences(ctx, d);
      checkOtherPlanReferences(ctx, d);
      const subject = d.kind === 'interpretation' ? interpretedDocument(ctx, d) : undefined;
      if (subject && amends(subject.name)) continue;
      const decisions = decisionParts(d);
      for (const p of paragraphsIn(ctx.issue, d.range)) {
        if (!ANY_REFERENCE.test(p.text) || RENUMBERING.test(p.text)) continue;
        // The decision a decree promulgates before the rules it amends.
        if (decisions.has(partAt(d, p.range.start))) continue;
        for (const ref of referencesIn(p)) {
          const scope = scopeOf(ctx, d, p, ref, subject);
          if (!scope || !republishedOrUnamended(scope)) continue;
          const key = `${ctx.issue.documents.indexOf(scope.doc)}:${scope.part}`;
          let extent = extents.get(key);
          if (!extent) extents.set(key, (extent = extentOf(ctx, scope)));
          for (const n of ref.numbers) {
            if (n.kind === 'paragraph' || n.kind === 'item') {
              checkWithinArticle(ctx, p, scope, extent, n);
              continue;
            }
            const last = n.kind === 'article' ? extent.article : extent.chapter;
            if (!last) continue;
            if (n.value <= last.value) {
              if (n.inserted) checkInserted(ctx, p, scope, extent, n);
              continue;
            }
            const word = n.kind === 'article' ? '条' : '章';
            ctx.report({
              message: `所引${scope.shownName}第${n.written}${word}不存在，其最后一${word}为${last.label} (no ${n.kind} ${n.value}: the last one is ${last.value})`,
              range: sourceRange(p, n.at, n.end),
              related: last.range ? [{ range: last.range, message: `最后一${word} (the last ${n.kind})` }] : undefined,
            });
          }
        }
      }
    }
  },
};

export default rule;

/** 关于修改《…》的决定, 修正案: what amends rules and cites their articles by the numbers they had. */
function amends(title: string): boolean {
  return /修改|修正|废止/.test(title) && /决定|修正案/.test(title);
}

/**
 * The parts of a document that amend rules and so cite their old numbers: one titled as a decision, and in a decree
 * what it promulgates before the rules it republishes as amended (the parse makes each of those a part of its own,
 * after the decision, from their title and the line of their history under it).
 */
function decisionParts(d: GazetteDocument): Set<number> {
  const out = new Set<number>();
  d.parts.forEach((x, i) => {
    if (x.title && amends(x.title.norm)) out.add(i);
  });
  if (d.kind === 'decree' && d.parts[1]?.kind === 'attached' && d.parts.slice(2).some((x) => x.kind === 'attached')) out.add(1);
  return out;
}

/**
 * Rules whose articles may be checked: in a document amending rules, only those it republishes after the decision
 * (a decision printed alone names the old numbers, and nothing in it is the rules as they now stand).
 */
function republishedOrUnamended(scope: Scope): boolean {
  const decisions = decisionParts(scope.doc);
  if (decisions.size === 0) return true;
  const part = scope.doc.parts[scope.part];
  return part.kind === 'attached' && !decisions.has(scope.part) && scope.part > Math.min(...decisions);
}

const NUM = '[一二三四五六七八九十百千零〇两0-9０-９]{1,8}';
/**
 * A paragraph that renumbers, rewrites or strikes articles (将原第十六条改为第十七条；将第三条修改为：“…”；删去第五条；
 * 删除了原第十八条；第九条予以删除); not one that forbids deleting something (违反本办法第二十条规定，擅自删除公共数据的) or
 * speaks of changing something else (逾期未改为合规用途的).
 */
const RENUMBERING = new RegExp(`改为[ \\t]*[第现：:“"]|删去|删除[了 \\t]*原?第|第[ \\t]*${NUM}[ \\t]*[条款项章][ \\t]*(?:予以)?删除`);
/**
 * What a reference names articles of: 《X》 (and a number after it), 本办法, or 见 before 第N条 (not the 见 of 意见第五条), or
 * a verb of applying rules right before it (依照第十一条的规定, 违反第九条规定).
 */
const ANCHOR = /《([^《》\n]{1,60})》([ \t]*[(（][^()（）\n]{1,40}[)）])?|本[ \t]*(办法|规定|条例|细则|规则|规程|准则|章程|措施)|(?:参见|详见|(?<!意)见|(依照|依据|根据|按照|违反))(?=[ \t]*第)/g;
/** A 第N条 or 第N章 anywhere: a paragraph without one is passed over in one pass. */
const ANY_REFERENCE = new RegExp(`第[ \\t]*${NUM}[ \\t]*[条章]`);
/** The first 第N条 / 第N章 right after the anchor. */
const FIRST = new RegExp(`[ \\t]*第[ \\t]*(${NUM})[ \\t]*(条|章)`, 'y');
/**
 * What goes on naming places in the same rules: 第一款, 第（二）项, 、第五条, 至第十八条, 和第九条. No two runs of
 * spaces stand side by side (an optional word or bracket between them): on a long run they would share it every way.
 */
const NEXT = new RegExp(`[ \\t]*(?:(?:、|和|及|以及|与|或者|或|至|到)[ \\t]*)?第[ \\t]*(?:[(（][ \\t]*)?(${NUM})[ \\t]*(?:[)）][ \\t]*)?(条|章|款|项|节)`, 'y');

interface NumberRef {
  /** 第N条, 第N章; 第N款 and 第（N）项 of the article named before them. */
  kind: 'article' | 'chapter' | 'paragraph' | 'item';
  value: number;
  written: string;
  /** For a 款 or 项: the article's number. */
  article?: number;
  /** 第八条之二: an article an amendment inserted after 第八条, its number after 之. */
  inserted?: number;
  /** The 第N条 in the paragraph's text. */
  at: number;
  end: number;
}

interface Reference {
  /** 《X》: the name written; 本办法: the word; 见 (依照): undefined. */
  name?: string;
  self?: string;
  /** The parenthesis after 《X》: its number, if any, must be the printed document's. */
  after?: { at: number; end: number };
  at: number;
  numbers: NumberRef[];
}

/** 之二 right after 第八条: the article an amendment inserted second after it. */
const SUB = /[ \t]*之[ \t]*([一二三四五六七八九十]{1,3})/y;

const KIND_OF: Record<string, NumberRef['kind'] | undefined> = { 条: 'article', 章: 'chapter', 款: 'paragraph', 项: 'item' };

/** The references of a paragraph to articles and chapters, with every 第N条 / 第N章 they go on to name. */
function referencesIn(p: Paragraph): Reference[] {
  const out: Reference[] = [];
  ANCHOR.lastIndex = 0;
  for (let m; (m = ANCHOR.exec(p.text)); ) {
    // 原《办法》第十条: the rules as they were.
    if (p.text[m.index - 1] === '原') continue;
    FIRST.lastIndex = m.index + m[0].length;
    const first = FIRST.exec(p.text);
    if (!first) continue;
    const numbers: NumberRef[] = [];
    // The article the chain last named: a 款 or 项 right after it is its own (第十二条第一款第（三）项).
    let article: number | undefined;
    /** Reads a match and what follows it (之二); returns where the chain goes on. */
    const add = (x: RegExpExecArray): number => {
      const kind = KIND_OF[x[2]];
      const value = numeralValue(x[1]);
      const at = x.index + x[0].length - x[0].trimStart().length;
      let end = x.index + x[0].length;
      SUB.lastIndex = end;
      const sub = x[2] === '条' ? SUB.exec(p.text) : null;
      if (sub) end = SUB.lastIndex;
      if (!Number.isFinite(value)) return end;
      // The 款 and 项 of an inserted article are not read: its shape is not the article's it follows.
      if (kind === 'article') article = sub ? undefined : value;
      else if (kind !== 'paragraph' && kind !== 'item') article = undefined;
      if (!kind || (kind !== 'article' && kind !== 'chapter' && article === undefined)) return end;
      const inserted = sub ? numeralValue(sub[1]) : undefined;
      numbers.push({ kind, value, written: x[1], article: kind === 'paragraph' || kind === 'item' ? article : undefined, inserted, at, end });
      return end;
    };
    NEXT.lastIndex = add(first);
    for (let x; (x = NEXT.exec(p.text)); ) NEXT.lastIndex = add(x);
    const after = m[2] ? { at: m.index + m[0].length - m[2].length, end: m.index + m[0].length } : undefined;
    // 依照《土地管理法》…，根据第四十七条: the rules of the sentence's title, not known here.
    if (m[4] !== undefined && SENTENCE_TITLE.test(p.text.slice(sentenceStart(p.text, m.index), m.index))) continue;
    out.push({ name: m[1], self: m[3], after, at: m.index, numbers });
    // The chain read: the next anchor is after it.
    ANCHOR.lastIndex = Math.max(ANCHOR.lastIndex, numbers.length ? numbers[numbers.length - 1].end : FIRST.lastIndex);
  }
  return out;
}

/** A title named in a sentence before a bare reference. */
const SENTENCE_TITLE = /《/;

/** Where the sentence holding `at` starts. */
function sentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !'。；;！？!?'.includes(text[i - 1])) i--;
  return i;
}

interface Scope {
  doc: GazetteDocument;
  part: number;
  shownName: string;
}

/** The rules a reference names, printed in this issue, and the part of their document that holds them. */
function scopeOf(ctx: RuleContext, d: GazetteDocument, p: Paragraph, ref: Reference, subject?: { document: GazetteDocument; name: string }): Scope | undefined {
  const offset = sourceRange(p, ref.at, ref.at + 1).start;
  const here = partAt(d, offset);
  const asSubject = () => (subject ? scopeNamed(subject.document, subject.name) : undefined);
  if (ref.name !== undefined) {
    const written = normalize(ref.name);
    const alias = aliasNamed(ctx.issue, written, offset);
    const full = asPrinted(alias ? alias.citation.title.norm : written);
    const printed = lookup(ctx.issue).byName(full).filter((x) => x.kind !== 'interpretation');
    if (printed.length === 1) {
      const scope = scopeNamed(printed[0], full);
      return scope && numberAgrees(ctx, p, ref, scope.doc) ? scope : undefined;
    }
    // 《办法》 declared nowhere, in an interpretation of 某市…管理办法: the rules it interprets.
    if (printed.length === 0 && !alias && subject && SHORT_NAME.test(written) && withoutYears(subject.name).endsWith(written)) return asSubject();
    return undefined;
  }
  if (ref.self !== undefined) {
    // 本办法 in rules titled …办法; in an interpretation, the rules it interprets.
    const title = d.parts[here].title?.norm ?? (here === 0 ? d.title.norm : undefined);
    if (title && withoutYears(title).endsWith(ref.self)) return { doc: d, part: here, shownName: `本${ref.self}` };
    if (subject && withoutYears(subject.name).endsWith(ref.self)) return asSubject();
    return undefined;
  }
  // 见第十二条: in rules, their own article (见第三章: in a plan, its own chapter); in an interpretation, the interpreted rules'.
  if (d.headings.some((h) => h.part === here && (h.kind === 'article' || h.kind === 'chapter'))) return { doc: d, part: here, shownName: '本文件' };
  return asSubject();
}

/** The part of a document printed under a name: an attached part of that title, the document itself, or its one part with articles. */
function scopeNamed(doc: GazetteDocument, name: string): Scope | undefined {
  const shownName = `《${shown(name)}》`;
  const titled = doc.parts.findIndex((p) => p.title !== undefined && sameTitle(p.title.norm, name));
  if (titled >= 0) return { doc, part: titled, shownName };
  if (sameTitle(doc.title.norm, name)) return { doc, part: 0, shownName };
  const withArticles = new Set(doc.headings.filter((h) => h.kind === 'article').map((h) => h.part));
  return withArticles.size === 1 ? { doc, part: [...withArticles][0], shownName } : undefined;
}

/** The part of a document holding an offset. */
function partAt(d: GazetteDocument, offset: number): number {
  let found = 0;
  d.parts.forEach((p, i) => {
    if (p.range.start <= offset && offset < p.range.end && p.range.start >= d.parts[found].range.start) found = i;
  });
  return found;
}

/** 《X》（某政发〔2019〕3号）第五条: rules of that title under another number are another version, not the one printed. */
function numberAgrees(ctx: RuleContext, p: Paragraph, ref: Reference, doc: GazetteDocument): boolean {
  if (!ref.after) return true;
  const r = sourceRange(p, ref.after.at, ref.after.end);
  const cited = findDocNumbers(ctx.text, 'citation', r.start, r.end);
  if (cited.length > 0) return doc.number !== undefined && cited.some((n) => n.key === doc.number!.key);
  // （市政府令第12号）after rules a decree promulgates.
  const serial = /令[ \t]*第[ \t]*(\d{1,5})[ \t]*号/.exec(ctx.text.slice(r.start, r.end))?.[1];
  if (serial === undefined) return true;
  return doc.kind === 'decree' && new RegExp(`第0*${Number(serial)}号`).test(doc.title.norm);
}

interface Last {
  value: number;
  label: string;
  range?: Range;
}

interface Extent {
  article?: Last;
  chapter?: Last;
  /** The articles an amendment inserted, by the article they follow: the highest 之N, and where it is. */
  inserted: Map<number, Last & { sub: number }>;
  /** The articles' 款 and 项, read when first referred to. */
  shapes?: Map<number, ArticleShape | undefined>;
}

/** A 第八条之二 must be one the rules have: an article inserted after 第八条, as many as that. */
function checkInserted(ctx: RuleContext, p: Paragraph, scope: Scope, extent: Extent, n: NumberRef): void {
  const last = extent.inserted.get(n.value);
  if (last && n.inserted! <= last.sub) return;
  const cited = `第${n.written}条之${intToChinese(n.inserted!)}`;
  const message = last
    ? `所引${scope.shownName}${cited}不存在，第${n.written}条之后只增加至${last.label} (no article ${n.value}-${n.inserted}: the last inserted after article ${n.value} is ${n.value}-${last.sub})`
    : `所引${scope.shownName}${cited}不存在，第${n.written}条之后未增加条文 (no article ${n.value}-${n.inserted}: none is inserted after article ${n.value})`;
  ctx.report({ message, range: sourceRange(p, n.at, n.end), related: last ? [{ range: last.range!, message: `${last.label} (the last inserted after article ${n.value})` }] : undefined });
}

/** What an article holds, counted so as never to fall short: a wrap after a 。 reads as one more 款, never one fewer. */
interface ArticleShape {
  label: string;
  labelRange: Range;
  /** Its paragraphs (款): the article's own and every one under it that no label opens. */
  paragraphs: number;
  /** The highest （N） that labels an item (项) in its text, or 1． / （1） under it; 0 for none. */
  items: number;
}

/** A 第N款 or 第（N）项 must be one the article it follows has (本办法第十二条第一款第（四）项 where it lists three). */
function checkWithinArticle(ctx: RuleContext, p: Paragraph, scope: Scope, extent: Extent, n: NumberRef): void {
  const shapes = (extent.shapes ??= new Map());
  if (!shapes.has(n.article!)) shapes.set(n.article!, shapeOf(ctx, scope, n.article!));
  const shape = shapes.get(n.article!);
  if (!shape) return;
  const article = `${scope.shownName}${shape.label}`;
  let message: string | undefined;
  if (n.kind === 'paragraph' && n.value > shape.paragraphs) {
    message = `所引${article}第${n.written}款不存在，该条只有${writtenLike('一', shape.paragraphs)}款 (article ${n.article} has ${shape.paragraphs} paragraph${shape.paragraphs > 1 ? 's' : ''}, not ${n.value})`;
  } else if (n.kind === 'item' && shape.items === 0) {
    message = `所引${article}第（${n.written}）项不存在，该条未分项 (article ${n.article} lists no items)`;
  } else if (n.kind === 'item' && n.value > shape.items) {
    const last = intToChinese(shape.items);
    message = `所引${article}第（${n.written}）项不存在，该条只列至第（${last}）项 (article ${n.article} lists items up to ${shape.items}, not ${n.value})`;
  }
  if (message) ctx.report({ message, range: sourceRange(p, n.at, n.end), related: [{ range: shape.labelRange, message: `${shape.label} (article ${n.article})` }] });
}

/**
 * An item's label in an article's text, one a line or run in: （三） or （3） (not 第（三）项), 3． or 3、 opening a line
 * or after a colon or semicolon, ③. Some rules label their items so; counting every style keeps a count from falling short.
 */
const ITEM_LABEL = /(?<!第[ \t]*)[(（][ \t]*([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[ \t]*[)）]|(?:^|[\n：:；;。])[ \t\u3000]*([0-9０-９]{1,2})[．.、](?![0-9０-９])|([①-⑳])/g;

/** The number an item's label gives (see ITEM_LABEL). */
function itemNumber(m: RegExpExecArray): number {
  if (m[3]) return m[3].charCodeAt(0) - 0x245f;
  return numeralValue(m[1] ?? m[2]) || 0;
}

/** The 款 and 项 of an article of the part a scope names, or undefined when no heading of the part is that article. */
function shapeOf(ctx: RuleContext, scope: Scope, value: number): ArticleShape | undefined {
  const doc = scope.doc;
  const h = doc.headings.find((x) => x.part === scope.part && x.kind === 'article' && x.value === value);
  if (!h) return undefined;
  const end = h.blockEnd;
  const under = doc.headings.filter((x) => x.range.start > h.range.start && x.range.start < end);
  const labelled = new Set(under.map((x) => x.range.start));
  let paragraphs = 0;
  for (const q of paragraphsIn(ctx.issue, { start: h.range.start, end: end - 1 })) if (!labelled.has(q.range.start)) paragraphs++;
  let items = 0;
  ITEM_LABEL.lastIndex = 0;
  const body = ctx.text.slice(h.range.start, end);
  for (let m; (m = ITEM_LABEL.exec(body)); ) items = Math.max(items, itemNumber(m));
  // Items some rules label 1． or （1）: counted too, as a count may never fall short.
  for (const x of under) if (x.kind === 'arabic' || x.kind === 'paren-arabic') items = Math.max(items, x.value);
  return { label: labelOf(h), labelRange: h.labelRange, paragraphs: Math.max(paragraphs, 1), items };
}

/**
 * The last article and chapter of a part: its headings', or a line opening with a higher 第N条 the heading tree
 * did not take (a wrapped or run-in article), so that only a number the rules really lack is reported.
 */
function extentOf(ctx: RuleContext, scope: Scope): Extent {
  const out: Extent = { inserted: new Map() };
  const take = (kind: 'article' | 'chapter', value: number, label: string, range?: Range) => {
    const last = out[kind];
    if (Number.isFinite(value) && (!last || value > last.value)) out[kind] = { value, label, range };
  };
  for (const h of scope.doc.headings) {
    if (h.part === scope.part && (h.kind === 'article' || h.kind === 'chapter')) take(h.kind, h.value, labelOf(h), h.labelRange);
  }
  const range = scope.doc.parts[scope.part].range;
  LINE_LABEL.lastIndex = 0;
  const body = ctx.text.slice(range.start, range.end);
  for (let m; (m = LINE_LABEL.exec(body)); ) take(m[2] === '条' ? 'article' : 'chapter', numeralValue(m[1]), `第${m[1]}${m[2]}`);
  // Every line opening with 第八条之一, also one a wrap made of a citation: a count that never falls short.
  INSERTED_ARTICLE.lastIndex = 0;
  for (let m; (m = INSERTED_ARTICLE.exec(body)); ) {
    const value = numeralValue(m[2]);
    const sub = numeralValue(m[3]);
    const known = out.inserted.get(value);
    if (known && known.sub >= sub) continue;
    const at = range.start + m.index + m[0].indexOf(m[1]);
    out.inserted.set(value, { value, sub, label: m[1], range: { start: at, end: at + m[1].length } });
  }
  // Measures numbered 一、…十二、 with no 第N条 (若干措施, 若干政策) are cited by 条 all the same (《若干措施》第五条), the
  // 条 being any of their items: (十五) of a list run on under 一、–四、, or 30． . The highest label of any kind is
  // their last, so that only a number past every label is reported.
  if (!out.article && scope.doc.headings.some((h) => h.part === scope.part && h.kind === 'cn')) takeMeasures(ctx, scope, range, body, take);
  return out;
}

/**
 * The items of measures without 第N条, any of which a 第N条 may count: every label of theirs (a list that starts again
 * under each 一、, （一）–（四） in five groups, by how many it holds), items run in (一、降低成本。1．…2．…) and the rows
 * of a table of them (序号 1–20).
 */
function takeMeasures(ctx: RuleContext, scope: Scope, range: Range, body: string, take: (kind: 'article', value: number, label: string, range?: Range) => void): void {
  const lists = new Map<Heading['kind'], Heading[]>();
  for (const h of scope.doc.headings) {
    if (h.part !== scope.part || !ITEM_KINDS.has(h.kind)) continue;
    take('article', h.value, `“${labelOf(h)}”`, h.labelRange);
    addTo(lists, h.kind, h);
  }
  for (const list of lists.values()) {
    const last = list[list.length - 1];
    const parent = scope.doc.headings[last.parent];
    if (list.length > last.value) take('article', list.length, `“${parent ? labelOf(parent) : ''}${labelOf(last)}”`, last.labelRange);
  }
  ITEM_LABEL.lastIndex = 0;
  for (let m; (m = ITEM_LABEL.exec(body)); ) take('article', itemNumber(m), `“${m[0].replace(/^[\s：:；;。]+/, '')}”`);
  for (const t of scope.doc.tables) {
    if (t.part !== scope.part || t.range.start < range.start || t.range.end > range.end) continue;
    const rows = t.rows.filter((r) => r !== t.header && !r.isHeader);
    if (rows.length) take('article', rows.length, `表中第${rows.length}行`, rows[rows.length - 1].range);
    for (const r of rows) {
      const first = r.cells[0]?.text.trim() ?? '';
      if (/^(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})$/.test(first)) take('article', numeralValue(first), `“${first}”`, r.cells[0].range);
    }
  }
}

/** The labels whose items a 第N条 may count where rules have no 第N条 of their own. */
const ITEM_KINDS = new Set<Heading['kind']>(['cn', 'paren-cn', 'arabic', 'paren-arabic', 'circled']);

/**
 * A line opening with 第N条 or 第N章; not where a clause's number or a joining word follows (第十三条第二项所列…,
 * 第五条至第八条): a citation a wrap put at the line's start, which numbers no article of the rules.
 */
const LINE_LABEL = new RegExp(`^[ \\t\\u3000#*]*第[ \\t]*(${NUM})[ \\t]*(条|章)(?![ \\t]*(?:第[(（]?[一二三四五六七八九十0-9]+[)）]?[项款目节]|[和及与或、至]))`, 'gm');

function labelOf(h: Heading): string {
  return h.label.replace(/\s+/g, '');
}
