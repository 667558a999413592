// Helpers shared by the typography rules: character classes, the part of the
// issue that is proofread (the colophon is not), and "segments": pieces of
// running text (logical paragraphs, titles, TOC entries) with a map back to
// source offsets.
import type { GazetteDocument, Issue, Paragraph, Range, TextSpan } from '../../model';
import { buildParagraphs, sourceOffset } from '../../parse/paragraphs';
import { memoize } from '../shared/memo';
import type { DocumentRule, RuleContext } from '../types';
import { paragraphsIn } from '../shared/locate';
import { lineAt } from '../structure/util';
import { append } from '../../arrays';

export const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export function isCjk(ch: string | undefined): boolean {
  return !!ch && CJK.test(ch);
}

/** Whitespace as regex \s and String.prototype.trim see it, by code unit. */
export function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** End of the proofread text: the colophon (主办单位：… at the back) is the printer's, not the drafters'. */
export function proofreadEnd(issue: Issue): number {
  return issue.colophon?.start ?? issue.text.length;
}

/** A piece of running text and the source offset of each of its characters. */
export interface Segment {
  text: string;
  /** Source offset of text[i]. */
  at(i: number): number;
  range: Range;
  kind: 'paragraph' | 'title' | 'toc' | 'directory' | 'addressee';
  /** The paragraph of a paragraph segment. */
  paragraph?: Paragraph;
}

/** A paragraph as a segment; `at` is a method, not a closure made for each paragraph. */
class ParagraphSegment implements Segment {
  readonly kind = 'paragraph';
  readonly text: string;
  readonly range: Range;

  constructor(readonly paragraph: Paragraph) {
    this.text = paragraph.text;
    this.range = paragraph.range;
  }

  at(i: number): number {
    return sourceOffset(this.paragraph, i);
  }
}

export function paragraphSegment(p: Paragraph): Segment {
  return new ParagraphSegment(p);
}

/**
 * A TextSpan joined from several lines (titles): its characters appear in the
 * source in order, separated only by whitespace, line breaks or Markdown residue.
 */
export function spanSegment(source: string, s: TextSpan, kind: Segment['kind']): Segment {
  const offsets: number[] = [];
  const limit = Math.min(source.length, s.range.end);
  let j = s.range.start;
  for (let i = 0; i < s.text.length; i++) {
    let probe = j;
    while (probe < limit && source[probe] !== s.text[i]) probe++;
    // Not found (the span was rewritten): fall back to the last position found.
    if (probe < limit) j = probe + 1;
    offsets.push(probe < limit ? probe : Math.max(s.range.start, j - 1));
  }
  return {
    text: s.text,
    at: (i) => offsets[Math.min(i, offsets.length - 1)] ?? s.range.start,
    range: s.range,
    kind,
  };
}

const documentSegmentCache = new WeakMap<GazetteDocument, Segment[]>();

/**
 * The running text of one document, in order: its paragraphs, and its titles and
 * addressee where no paragraph covers their line. Kept per document object.
 */
export function documentSegments(issue: Issue, d: GazetteDocument): Segment[] {
  let out = documentSegmentCache.get(d);
  if (!out) {
    const add = segmentBuilder(issue.text, paragraphsIn(issue, d.range));
    add(d.preTitle, 'title');
    add(d.title, 'title');
    add(d.addressee, 'addressee');
    for (const p of d.parts) add(p.title, 'title');
    out = add.done();
    documentSegmentCache.set(d, out);
  }
  return out;
}

/** The running text outside every document, in order: paragraphs (a preface), TOC entries, 发文目录 rows. */
export const outsideSegments = memoize((issue: Issue): Segment[] => {
  const add = segmentBuilder(issue.text, paragraphsOutside(issue));
  for (const e of issue.toc?.entries ?? []) add(e.title, 'toc');
  for (const r of issue.directory?.rows ?? []) add(r.title, 'directory');
  return add.done();
});

/** Collects paragraphs and then spans whose line no paragraph or earlier span starts. */
function segmentBuilder(text: string, paragraphs: readonly Paragraph[]) {
  const out: Segment[] = paragraphs.map(paragraphSegment);
  const covered = new Set(paragraphs.map((p) => p.range.start));
  const add = (s: TextSpan | undefined, kind: Segment['kind']) => {
    if (!s || !s.text) return;
    const line = lineStartOf(text, s.range.start);
    if (covered.has(line) || covered.has(s.range.start)) return;
    covered.add(line);
    out.push(spanSegment(text, s, kind));
  };
  add.done = () => out.sort((a, b) => a.range.start - b.range.start);
  return add;
}

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** The proofread text outside every document, as ranges between line breaks: cover, TOC, 发文目录, a preface. */
export const outsideDocuments = memoize((issue: Issue): Range[] => {
  const end = proofreadEnd(issue);
  const out: Range[] = [];
  let from = 0;
  for (const d of issue.documents) {
    if (d.range.start > from) out.push({ start: from, end: Math.min(d.range.start, end) });
    from = Math.max(from, d.range.end);
  }
  if (from < end) out.push({ start: from, end });
  return out.filter((r) => r.end > r.start);
});

/**
 * An issue-wide total of counts ({f, h}, {separated, adjacent}): the documents'
 * (kept per document, so an edit recounts one) and the text's outside them.
 */
export function issueTotals<C extends Record<string, number>>(issue: Issue, ofDocument: (d: GazetteDocument) => C, outside: readonly C[]): C {
  const total = {} as Record<string, number>;
  const add = (c: C) => {
    for (const k in c) total[k] = (total[k] ?? 0) + c[k];
  };
  for (const d of issue.documents) add(ofDocument(d));
  for (const c of outside) add(c);
  return total as C;
}

/**
 * checkDocument and checkOutside of a rule that reads the proofread text stretch by
 * stretch (each document's, then what lies outside them): `scan` sees one range.
 */
export function scanningText(scan: (ctx: RuleContext, range: Range) => void): Pick<DocumentRule, 'checkDocument' | 'checkOutside'> {
  return {
    checkDocument: (ctx, d) => scan(ctx, documentText(ctx.issue, d)),
    checkOutside: (ctx) => {
      for (const r of outsideDocuments(ctx.issue)) scan(ctx, r);
    },
  };
}

/** Each document's proofread text. */
function documentText(issue: Issue, d: { range: Range }): Range {
  return { start: d.range.start, end: Math.min(d.range.end, proofreadEnd(issue)) };
}

const cache = new WeakMap<Issue, Paragraph[]>();
const extraCache = new WeakMap<Issue, Paragraph[]>();

/** The paragraphs of allParagraphs outside every document (a preface, an excerpt with no 发文字号). */
export function paragraphsOutside(issue: Issue): Paragraph[] {
  allParagraphs(issue);
  return extraCache.get(issue)!;
}

/**
 * The body paragraphs of the documents, plus paragraphs of body text outside
 * any document (a preface, an excerpt with no 发文字号), in order. The cover,
 * the TOC, the 发文目录 and the colophon are not running text.
 */
export function allParagraphs(issue: Issue): Paragraph[] {
  const cached = cache.get(issue);
  if (cached) return cached;
  const lines = issue.lines;
  const from = issue.toc ? lineAt(issue, issue.toc.range.end) + 1 : 0;
  const to = issue.colophon ? lineAt(issue, issue.colophon.start) : lines.length;
  const blocked: Range[] = issue.documents.map((d) => d.range);
  if (issue.directory) blocked.push(issue.directory.range);
  blocked.sort((a, b) => a.start - b.start);
  const extra: Paragraph[] = [];
  let b = 0;
  let run = -1;
  for (let i = from; i <= to; i++) {
    let free = i < to;
    if (free) {
      while (b < blocked.length && blocked[b].end < lines[i].start) b++;
      free = !(b < blocked.length && blocked[b].start <= lines[i].end);
    }
    if (free && run < 0) run = i;
    if (!free && run >= 0) {
      append(extra, buildParagraphs(lines, run, i, { reserved: new Set() }));
      run = -1;
    }
  }
  const out = extra.length ? [...issue.paragraphs, ...extra].sort((a, b) => a.range.start - b.range.start) : issue.paragraphs;
  cache.set(issue, out);
  extraCache.set(issue, extra);
  return out;
}
