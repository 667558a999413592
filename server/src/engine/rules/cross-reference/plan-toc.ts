// cross-reference/plan-toc: a long document (a 规划纲要) may print its own 目录 of its chapters, sections and
// boxes before its body; each entry must be a heading of the body with the same title, and each heading of a
// kind the 目录 lists must be in it.
import type { GazetteDocument, Heading, HeadingKind, Line, Range } from '../../model';
import { parseHeadingLabel } from '../../parse/headings';
import { content, isBlank, isPageArtifactLine, normalize, prefixLength } from '../../parse/text';
import { isTocHeader } from '../../parse/toc';
import type { Rule, RuleContext } from '../types';
import { lineIndexAt } from '../shared/locate';

const rule: Rule = {
  id: 'cross-reference/plan-toc',
  category: 'cross-reference',
  defaultSeverity: 'error',
  description: '文件自带的目录与其章节一致：标题相同，不多列、不漏列 (a document\'s own 目录 matches its chapters and sections)',
  fixable: false,
  checkDocument(ctx, d) {
    const lines = ctx.issue.lines;
    d.parts.forEach((part, k) => {
      for (let i = lineIndexAt(lines, part.range.start); i < lines.length && lines[i].start < part.range.end; i++) {
        if (!lines[i].text.includes('录') || !isTocHeader(lines[i].text)) continue;
        const contents = readContents(lines, i + 1, part.range.end);
        if (contents) compare(ctx, d, k, contents);
        return;
      }
    });
  },
};

export default rule;

/** The kinds of heading a document's 目录 lists. */
const LISTED: ReadonlySet<HeadingKind> = new Set<HeadingKind>(['division', 'chapter', 'section', 'box']);

interface Item {
  key: string;
  kind: HeadingKind;
  /** 第四章　深入打好污染防治攻坚战, as shown in messages. */
  shown: string;
  /** The title as compared: the line's, and with the lines a wrap carried it onto. */
  titles: string[];
  range: Range;
}

/**
 * Where each heading is in the outline: 第二节 under 第三章 (under 第一篇) is not 第二节 under 第一章. Chapters
 * are keyed under their part too, whether they number on across parts or start again in each.
 */
class Keys {
  private division = 0;
  private chapter = 0;
  key(kind: HeadingKind, value: number): string {
    if (kind === 'division') {
      this.division = value;
      this.chapter = 0;
      return `篇${value}`;
    }
    if (kind === 'chapter') {
      this.chapter = value;
      return `篇${this.division}章${value}`;
    }
    if (kind === 'section') return `篇${this.division}章${this.chapter}节${value}`;
    return `专栏${value}`;
  }
}

/**
 * The entries of a 目录 that starts at line `from`, up to the body: the first heading the 目录 has listed
 * already, or the short entry without a label it listed before them (its 第一章, or the 前言 before it, printed
 * again). Page numbers and leader dots are dropped; a line without a label right under an entry without a page
 * is the entry's title wrapped; short lines without a label (前言, 结束语) are entries not compared. Undefined
 * where the body never starts again (no 目录 of this document's headings).
 */
function readContents(lines: readonly Line[], from: number, end: number): { entries: Item[]; body: number } | undefined {
  const keys = new Keys();
  const entries: Item[] = [];
  const seen = new Set<string>();
  /** 前言, 序言: short entries without a label listed before the first heading. */
  const opening = new Set<string>();
  let last: (Item & { paged: boolean; line: number }) | undefined;
  for (let i = from; i < lines.length && lines[i].start < end; i++) {
    const text = lines[i].text;
    if (isBlank(text) || isPageArtifactLine(text)) continue;
    const label = parseHeadingLabel(text);
    if (label && LISTED.has(label.kind)) {
      const key = keys.key(label.kind, label.value);
      if (seen.has(key)) return entries.length >= 2 ? { entries, body: lines[i].start } : undefined;
      seen.add(key);
      const { title, paged } = withoutPage(label.text);
      last = { key, kind: label.kind, shown: `${label.label.replace(/[ \t\u3000]+/g, '')}　${title}`, titles: [normalize(title)], range: contentRange(lines[i]), paged, line: i };
      entries.push(last);
      continue;
    }
    const c = content(text);
    if (last && i === last.line + 1 && !last.paged && c.length <= 30 && !/[。；]$/.test(c) && !label) {
      const { title, paged } = withoutPage(c);
      last.titles.push(last.titles[last.titles.length - 1] + normalize(title));
      last.paged = paged;
      last.line = i;
      continue;
    }
    if (c.length <= 20 && !/[。；，,]/.test(c)) {
      const entry = normalize(withoutPage(c).title);
      if (opening.has(entry)) return entries.length >= 2 ? { entries, body: lines[i].start } : undefined;
      // Only an entry before the first heading is looked for again: a running head repeated on each page of the 目录 is not.
      if (entries.length === 0) opening.add(entry);
      last = undefined;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** The headings of the body, of the kinds the 目录 lists, by key (the first of a key: numbering reports a repeat). */
function bodyItems(lines: readonly Line[], d: GazetteDocument, part: number, from: number, kinds: ReadonlySet<HeadingKind>): Map<string, Item> {
  const keys = new Keys();
  const out = new Map<string, Item>();
  for (const h of d.headings) {
    if (h.part !== part || h.range.start < from || !LISTED.has(h.kind)) continue;
    const key = keys.key(h.kind, h.value);
    if (!kinds.has(h.kind) || out.has(key)) continue;
    const title = titleOf(h.text);
    // A title with a colon of its own (创新引领：打造科创高地) is listed whole.
    const titles = [...bodyTitles(lines, h, title), normalize(h.text.trim())];
    out.set(key, { key, kind: h.kind, shown: `${h.label.replace(/[ \t\u3000]+/g, '')}　${title}`, titles, range: h.range });
  }
  return out;
}

/** A heading's title, and with the line under it where a wrap may have carried the title on. */
function bodyTitles(lines: readonly Line[], h: Heading, title: string): string[] {
  const titles = [normalize(title)];
  const i = lineIndexAt(lines, h.range.start) + 1;
  const next = i < lines.length ? lines[i].text : '';
  const c = content(next);
  if (!isBlank(next) && c.length <= 20 && !/[。；]$/.test(c) && !parseHeadingLabel(next)) titles.push(titles[0] + normalize(c));
  return titles;
}

function compare(ctx: RuleContext, d: GazetteDocument, part: number, contents: { entries: Item[]; body: number }): void {
  const kinds = new Set(contents.entries.map((e) => e.kind));
  const body = bodyItems(ctx.issue.lines, d, part, contents.body, kinds);
  const listed = new Set<string>();
  for (const e of contents.entries) {
    listed.add(e.key);
    const h = body.get(e.key);
    if (!h) {
      ctx.report({
        message: `本文件目录所列“${e.shown}”在正文中没有 (listed in the document's own contents, not printed in it)`,
        range: e.range,
        severity: 'warning',
      });
    } else if (!e.titles.some((t) => h.titles.includes(t))) {
      ctx.report({
        message: `本文件目录中的“${e.shown}”与正文“${h.shown}”不一致 (the document's own contents give another title than its body)`,
        range: e.range,
        related: [{ range: h.range, message: '正文标题 (the heading in the body)' }],
      });
    }
  }
  for (const h of body.values()) {
    if (listed.has(h.key)) continue;
    ctx.report({
      message: `正文“${h.shown}”未列入本文件目录 (printed, but not listed in the document's own contents)`,
      range: h.range,
      severity: 'warning',
    });
  }
}

/** A title less what may close it in a 目录: a page number (12, (12), - 12 -) after leader dots or spaces, and the dots. */
function withoutPage(text: string): { title: string; paged: boolean } {
  const end = skipBack(text, text.length, SPACES);
  const closed = skipBack(text, end, ')）-—－' + SPACES);
  let digits = closed;
  while (digits > 0 && closed - digits < 3 && isDigit(text.charCodeAt(digits - 1))) digits--;
  if (digits < closed) {
    const led = skipBack(text, digits, '(（-—－' + LEADERS + SPACES);
    // A page is set off by dots, spaces or brackets: digits run into the words are the title's (…到2025).
    if (led < digits) return { title: text.slice(0, led), paged: true };
  }
  return { title: text.slice(0, skipBack(text, end, LEADERS + SPACES)), paged: false };
}

const SPACES = ' \t\u3000';
const LEADERS = '.．·•…⋯_-—';

/** Where a text ends once the characters of a set before `end` are skipped. */
function skipBack(text: string, end: number, chars: string): number {
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return end;
}

function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** A heading's title: up to a full stop or colon that runs the text on after it. */
function titleOf(text: string): string {
  const stop = text.search(/[。：:]/);
  return (stop > 0 ? text.slice(0, stop) : text).trim();
}

function contentRange(line: Line): Range {
  const from = prefixLength(line.text);
  return { start: line.start + from, end: line.start + from + content(line.text).length };
}
