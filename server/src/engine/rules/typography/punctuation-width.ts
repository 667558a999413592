// typography/punctuation-width: , : ; ( ) ? ! whose width breaks the file's own
// habit. GB/T 15834 wants full-width marks in Chinese text, but text extracted
// from PDF is often half-width throughout; the file's majority is taken as its
// style. In a full-width file every paragraph with half-width marks is
// reported; in a half-width file a lone full-width mark is tolerated (it is the
// standard form) and only full-width stretches are reported. One finding per
// paragraph, with a fix converting that paragraph's marks.
import { parseHeadingLabel } from '../../parse/headings';
import { prefixLength } from '../../parse/text';
import { sourceOffset } from '../../parse/paragraphs';
import type { GazetteDocument, Issue, Paragraph } from '../../model';
import { movableMemo } from '../../documentMemo';
import type { Edit, Rule, RuleContext } from '../types';
import { textMarks } from '../shared/marks';
import { memoize, memoizeText } from '../shared/memo';
import { issueTotals, paragraphsOutside } from './util';
import { paragraphsIn } from '../shared/locate';

const TO_FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };
const TO_HALF: Record<string, string> = Object.fromEntries(Object.entries(TO_FULL).map(([h, f]) => [f, h]));
// A URL, or <…> around a host or address (a dot inside: checked in code, as a
// pattern seeking the dot backtracked over the whole run for each position).
// (A URL ends at a closing bracket: [门户网站](https://…/zwgk/)查阅, the Markdown link's.)
const URL = /<?https?:\/\/[^\s<>，。；）)]+>?|<([^<>\s]+)>/g;

interface Mark {
  i: number;
  ch: string;
  full: boolean;
}

const rule: Rule = {
  id: 'typography/punctuation-width',
  category: 'typography',
  defaultSeverity: 'warning',
  description: '标点全半角与本文件的主要习惯不一致 (punctuation width breaks the file\'s dominant style)',
  fixable: true,
  // The style is the issue's; each document's paragraphs are then judged against it.
  issueContext(ctx) {
    return styleOf(ctx.issue);
  },
  checkDocument(ctx, d) {
    checkParagraphs(ctx, paragraphsIn(ctx.issue, d.range));
  },
  checkOutside(ctx) {
    checkParagraphs(ctx, paragraphsOutside(ctx.issue));
  },
};

export default rule;

/** 'full' or 'half': the width most punctuation of the issue's running text has; '' when it has none. */
const styleOf = memoize((issue: Issue): string => {
  const { f: full = 0, h: half = 0 } = issueTotals(
    issue,
    (d) => documentWidths(d, issue),
    paragraphsOutside(issue).map((p) => {
      const { f, h } = widthsOfText(p.text);
      return { f, h };
    }),
  );
  return full + half === 0 ? '' : full > half ? 'full' : 'half';
});

/** Counts only: a moved copy of the document keeps them, so an edit recounts one document. */
const documentWidths = movableMemo((d: GazetteDocument, issue: Issue): { f: number; h: number } => {
  const counts = { f: 0, h: 0 };
  for (const p of paragraphsIn(issue, d.range)) {
    const { f, h } = widthsOfText(p.text);
    counts.f += f;
    counts.h += h;
  }
  return counts;
});

/** Reports the paragraphs (in order, of one document or outside all) whose marks break the issue's style. */
function checkParagraphs(ctx: RuleContext, paragraphs: readonly Paragraph[]): void {
  const style = styleOf(ctx.issue);
  if (!style) return;
  const fullStyle = style === 'full';
  // In a half-width file, a paragraph that has the half-width marks keeps its full-width ？！ as it keeps its 。: they
  // end sentences, which a converter that halves , : ; ( ) may leave as they are.
  const counts = paragraphs.map((p) => {
    const { f, h, e } = widthsOfText(p.text);
    return { f: fullStyle || h === 0 ? f : f - e, h };
  });
  const flagged = counts.map(({ f, h }) => (fullStyle ? h > 0 : f >= 2));
  if (!fullStyle) {
    // A single full-width mark joins a neighbouring stretch ("第二十条 个人账户的管理：").
    const base = [...flagged];
    counts.forEach(({ f, h }, k) => {
      if (f === 1 && h === 0 && (base[k - 1] || base[k + 1])) flagged[k] = true;
    });
  }
  paragraphs.forEach((p, k) => {
    if (!flagged[k]) return;
    const marks: Mark[] = [];
    punctuationOf(p.text, marks);
    // The full-width ？！ left out of the count are left as they are (see above).
    const keepsEnds = !fullStyle && counts[k].h > 0;
    const wrong = marks.filter((m) => m.full !== fullStyle && !(keepsEnds && SENTENCE_ENDS.includes(m.ch)));
    const edits: Edit[] = wrong.map((m) => {
      const at = sourceOffset(p, m.i);
      return { range: { start: at, end: at + 1 }, text: (fullStyle ? TO_FULL : TO_HALF)[m.ch] };
    });
    const shown = [...new Set(wrong.map((m) => m.ch))].join('');
    ctx.report({
      message: fullStyle
        ? `本文件标点以全角为主，此段有半角标点“${shown}”（${wrong.length}处） (half-width punctuation in a file that uses full-width marks)`
        : `本文件标点以半角为主，此段夹杂全角标点“${shown}”（${wrong.length}处） (full-width punctuation in a file that uses half-width marks)`,
      range: { start: edits[0].range.start, end: edits[edits.length - 1].range.end },
      fix: { title: fullStyle ? '本段改为全角标点 (use full-width marks in this paragraph)' : '本段改为半角标点 (use half-width marks in this paragraph)', edits },
    });
  });
}

/** Full-width marks that end a sentence as 。 does, kept in a half-width file's paragraph. */
const SENTENCE_ENDS = '！？';

/** 1 for a half-width mark, 2 for a full-width one, by code unit. */
const WIDTH = new Uint8Array(0x10000);
for (const [h, f] of Object.entries(TO_FULL)) {
  WIDTH[h.charCodeAt(0)] = 1;
  WIDTH[f.charCodeAt(0)] = 2;
}

/** How many of a paragraph's punctuation marks are full and half width (the marks themselves are listed only for the few paragraphs reported). */
const widthsOfText = memoizeText((t: string): { f: number; h: number; e: number } => punctuationOf(t));

/**
 * Counts the marks of a text that are Chinese punctuation (not digits 1,000 / 8:30,
 * URLs, English, heading labels) by width; lists them in `out` when given.
 */
function punctuationOf(t: string, out?: Mark[]): { f: number; h: number; e: number } {
  // Of the heading labels only (一) and (1) hold marks: read the label when the text starts with a bracket.
  let labelFrom = 0;
  let labelTo = 0;
  const at = prefixLength(t);
  if (t[at] === '(' || t[at] === '（') {
    const label = parseHeadingLabel(t);
    if (label) {
      labelFrom = label.at;
      labelTo = label.at + label.label.length;
    }
  }
  const marks = textMarks(t);
  // A URL has a colon (http://) or angle brackets.
  const urls: number[] = [];
  let urlLike = false;
  for (const i of marks) if (t.charCodeAt(i) === 0x3a || t.charCodeAt(i) === 0x3c) urlLike = true;
  if (urlLike) {
    URL.lastIndex = 0;
    for (let m; (m = URL.exec(t)); ) {
      if (m[1] === undefined || m[1].slice(1, -1).includes('.')) urls.push(m.index, m.index + m[0].length);
      else URL.lastIndex = m.index + 1; // not an address: a URL may start inside
    }
  }
  // A Markdown link's or image's target, brackets included: ](https://…), ](#anchor).
  if (t.includes('](')) {
    MARKDOWN_TARGET.lastIndex = 0;
    for (let m; (m = MARKDOWN_TARGET.exec(t)); ) urls.push(m.index + 1, m.index + m[0].length);
    if (urls.length > 2) sortSpans(urls);
  }
  let u = 0;
  let f = 0;
  let h = 0;
  let e = 0; // full-width ！？
  for (const i of marks) {
    const width = WIDTH[t.charCodeAt(i)];
    if (width === 0 || (i >= labelFrom && i < labelTo)) continue;
    while (u < urls.length && urls[u + 1] <= i) u += 2;
    if (u < urls.length && urls[u] <= i) continue;
    const full = width === 2;
    const code = t.charCodeAt(i);
    if (!full) {
      const before = t.charCodeAt(neighbour(t, i, -1));
      const after = t.charCodeAt(neighbour(t, i, 1));
      if ((code === 0x2c || code === 0x3a) && isDigit(t.charCodeAt(i - 1)) && isDigit(t.charCodeAt(i + 1))) continue;
      if (code === 0x28 || code === 0x29) {
        if (isAlnum(before) && isAlnum(after)) continue; // f(x), English
      } else if (!isChinese(before) && !isChinese(after)) continue;
    }
    if (full) f++;
    else h++;
    if (code === 0xff01 || code === 0xff1f) e++;
    out?.push({ i, ch: t[i], full });
  }
  return { f, h, e };
}

const MARKDOWN_TARGET = /\]\([^()\s]*\)/g;

/** Sorts [start, end, start, end, …] by start, in place. */
function sortSpans(spans: number[]): void {
  const pairs: [number, number][] = [];
  for (let k = 0; k < spans.length; k += 2) pairs.push([spans[k], spans[k + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  pairs.forEach(([a, b], k) => {
    spans[2 * k] = a;
    spans[2 * k + 1] = b;
  });
}

/** Index of the nearest character on one side, past spaces (out of the text's bounds when there is none). */
function neighbour(t: string, i: number, dir: 1 | -1): number {
  let j = i + dir;
  for (let c = t.charCodeAt(j); c === 0x20 || c === 0x09 || c === 0x3000; c = t.charCodeAt(j)) j += dir;
  return j;
}

// Character classes on code units (NaN, outside the text, is in none).
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAlnum = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** Chinese context: an ideograph or a CJK / full-width mark. */
const isChinese = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || CHINESE_MARKS.includes(c);
const CHINESE_MARKS = [...'“”‘’《》…—'].map((c) => c.charCodeAt(0));
