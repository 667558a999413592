// The entries of a 名单 as its layout shows them: names run together with 、, a name and its post a line, units a line
// each; and how many they are, where the layout says so plainly (numbering/totals counts them against its counts).
import type { GazetteDocument, Line, Range } from '../../model';
import { parseHeadingLabel } from '../../parse/headings';
import { endsInsideName } from '../../parse/wrappedLabels';
import { content, isPageArtifactLine, isRecordLine, isTableRow } from '../../parse/text';
import { firstStarting } from '../shared/locate';
import { wrappedAmong } from '../shared/pageWidth';

/** A count of entries: the likeliest, and the least and the most the layout allows (a line break may fall inside a name). */
export interface Count {
  count: number;
  low: number;
  high: number;
}

export function exactly(count: number): Count {
  return { count, low: count, high: count };
}

/** A remark on a list rather than an entry of it: a note, its order, what it holds (以上名单排名不分先后。). */
export const LIST_REMARK = /^(?:注|备注|说明)[:：]|^(?:以上|上述)|不分先后|笔画|为序|排序/;

/**
 * What closes a document or its list rather than going on with an entry: the closing remark (希望受表彰的同志珍惜荣誉…),
 * the closing formula (特此通报), a date (2024年3月6日, …2024年8月12日印发).
 */
export const LIST_CLOSE = /^(?:希望|特此|此复|此令)|[0-9０-９〇○零一二三四五六七八九]{4}[ \t]*年[ \t]*[0-9０-９一二三四五六七八九十]{1,2}[ \t]*月[ \t]*[0-9０-９一二三四五六七八九十]{1,3}[ \t]*日[ \t]*(?:印发)?$/;

/** A line's width without its spaces. */
const width = (text: string) => text.replace(/[ \t\u3000]/g, '').length;

/**
 * The lines from `from` (up to offset `end`) that each hold an entry, a remark on the list aside, up to the first
 * other line; undefined where that line, right under the last entry, may be its tail a PDF wrapped (…信息科 / 科员。):
 * not a heading, nor a line holding a comma, nor what closes the list, nor wider than every entry (a wrap leaves a
 * tail no wider than the line it broke).
 */
export function entryRun(doc: GazetteDocument, lines: readonly Line[], from: number, end: number, isEntry: (text: string) => boolean): EntryLines | undefined {
  const texts: string[] = [];
  const at: number[] = [];
  let range: Range | undefined;
  let gap = false;
  let widest = 0;
  for (let j = from; j < lines.length && lines[j].start < end; j++) {
    const text = content(lines[j].text);
    if (text === '' || isPageArtifactLine(text)) {
      gap = true;
      continue;
    }
    if (LIST_REMARK.test(text) || /^[(（][^()（）]*[)）]$/.test(text)) continue;
    const label = isLabelLine(doc, lines, j);
    if (label || !isEntry(text)) {
      const tail = !label && !/[，,]/.test(text) && !LIST_CLOSE.test(text) && width(text) <= widest;
      if (texts.length > 0 && !gap && tail) return undefined;
      break;
    }
    gap = false;
    widest = Math.max(widest, width(text));
    texts.push(text);
    at.push(j);
    range = { start: range?.start ?? lines[j].start, end: lines[j].end };
  }
  return { texts, range, full: wrappedAmong(doc, lines, at) };
}

/** Lines of entries, and where they are (none: no range). */
export interface EntryLines {
  texts: string[];
  range?: Range;
  /** Whether a wrap, not its words, ended each text's line (see wrappedAmong). */
  full?: boolean[];
}

/**
 * Whether line j opens with a heading's label: not a name's last character a wrap put at the line's start (赵小 /
 * 六、孙七。), which the parse reads as no heading.
 */
export function isLabelLine(doc: GazetteDocument, lines: readonly Line[], j: number): boolean {
  const h = parseHeadingLabel(lines[j].text);
  return !!h && !(h.kind === 'cn' && j > 0 && endsInsideName(lines[j - 1].text) && !isHeadingAt(doc, lines[j].start));
}

/** Whether one of the document's headings (sorted by start) opens at offset `start`: by binary search, asked for each line of a list. */
function isHeadingAt(doc: GazetteDocument, start: number): boolean {
  return doc.headings[firstStarting(doc.headings, start)]?.range.start === start;
}

/** The lines names after a colon run on to: while they end with 、, or the next holds more names. */
export function namesRunOn(doc: GazetteDocument, lines: readonly Line[], names: string, from: number, end: number): EntryLines {
  const texts: string[] = [];
  const at: number[] = [];
  let last = names;
  let range: Range | undefined;
  let gap = false;
  let depth = bracketDepth(names, 0);
  for (let j = from; j < lines.length && lines[j].start < end; j++) {
    const text = content(lines[j].text);
    if (text === '' || isPageArtifactLine(text)) {
      gap = true;
      continue;
    }
    // A line right under a line of names is one a PDF wrapped if it starts with a name or a name's tail (the
    // names after it may end in anything: 市第一中学), or closes a bracket that line left open (李四（市交通 /
    // 运输局）、赵六。); after a blank line it may be a new paragraph, which holds names only where each is shaped like one.
    const tail = !gap && ((endsInsideName(last) && /^[\u4e00-\u9fff]{1,3}[。；;]?$/.test(text)) || (depth > 0 && closesFirst(text)));
    if (isLabelLine(doc, lines, j) || !(last.endsWith('、') || tail || (text.includes('、') && isNameList(text) && namesOnly(text, gap ? Infinity : 1)))) break;
    gap = false;
    depth = bracketDepth(text, depth);
    texts.push(text);
    at.push(j);
    last = text;
    range = { start: range?.start ?? lines[j].start, end: lines[j].end };
  }
  return { texts, range, full: wrappedAmong(doc, lines, at) };
}

/**
 * The lines of a 名单's entries from line `from` up to offset `end`; undefined where they hold a table or groups
 * (一、先进集体, 单位：, or a section's line such as 先进集体名单（共8个）).
 */
export function entryLines(doc: GazetteDocument, lines: readonly Line[], from: number, end: number): EntryLines | undefined {
  const texts: string[] = [];
  const at: number[] = [];
  let first: number | undefined;
  let last = from;
  for (let j = from; j < lines.length && lines[j].start < end; j++) {
    const text = content(lines[j].text);
    // A note on the list (（排名不分先后）, 注：…, 以上名单按姓氏笔画排序。) is no entry.
    if (text === '' || isPageArtifactLine(text) || /^[(（][^()（）]*[)）]$/.test(text) || LIST_REMARK.test(text)) continue;
    // The closing remark or the line of the printing under the names ends them.
    if (LIST_CLOSE.test(text) || isRecordLine(text)) break;
    // A table is checked by its rows; groups make a count this check does not try.
    if (isTableRow(text) || isLabelLine(doc, lines, j) || /[:：]$/.test(text) || sectionLine(text)) return undefined;
    texts.push(text);
    at.push(j);
    first ??= j;
    last = j;
  }
  return { texts, full: wrappedAmong(doc, lines, at), range: first === undefined ? undefined : { start: lines[first].start, end: lines[last].end } };
}

/**
 * An unlabelled section's line in a 名单, and its count if it gives one: 先进集体名单（共8个）, “先进集体”（3个）, or the
 * honour alone in quotes (“先进个人”).
 */
export function sectionLine(text: string): { name: string; count?: { digits: string; measure: string } } | undefined {
  const m = SECTION.exec(text);
  if (m) return { name: m[1].replace(/^“|”$/g, ''), count: { digits: m[2], measure: m[3] } };
  return /^“[^“”]{2,20}”$/.test(text) ? { name: text.slice(1, -1) } : undefined;
}

const SECTION = /^([^，,。；;：:、()（）\s]{2,30}?)[ \t\u3000]*[(（][ \t]*(?:共[ \t]*)?([0-9０-９]{1,4})[ \t]*(个|名|人|家|所)(?:单位|集体)?[ \t]*[)）]$/;

/** Where names under offset `at` end, at the latest: at the end of its part, or at the signature under it. */
export function listEnd(doc: GazetteDocument, at: number): number {
  const part = doc.parts.find((p) => p.range.start <= at && at < p.range.end);
  const signature = doc.signature?.organ?.range.start ?? doc.signature?.date?.range.start;
  const end = part?.range.end ?? doc.range.end;
  return signature !== undefined && signature > at ? Math.min(signature, end) : end;
}

/** Names and nothing else: no punctuation but 、 (a note in brackets aside, a closing 。 or ；). */
export function isNameList(text: string): boolean {
  const bare = text.replace(/[(（][^()（）]*[)）]/g, '').replace(/[。；;]$/, '');
  return bare !== '' && !/[，,；;：:！？!?。]/.test(bare);
}

/**
 * 张　三　市财政局科员, 王海燕（女）  市应急管理局: a person's name, set apart by spaces from a post that is no sentence
 * and gives no number (财务会计　　2名 gives places, not a person).
 */
export function isPersonLine(text: string): boolean {
  const cells = cellsIn(text);
  // Two posts may be held at once (院长、教授, 主任、律师); names set off by 、 are no post.
  return cells.length === 2 && PERSON.test(cells[0]) && !/[，,。；;：:！？!?0-9０-９]/.test(cells[1]) && cells[1].split('、').every((post) => post.length >= 2 && !isName(post)) && !isTableRow(text);
}

/** A cell shaped like a person's name and ending as no post or unit does: in 张　三　　李　四 the second is a name; in 张三　　科员, not. */
function isName(cell: string): boolean {
  return PERSON.test(cell) && !POST_END.test(cell) && !UNIT_END.test(cell);
}

/** How a short post ends: 科员, 局长, 主任, 书记, 教师, 教授, 民警, 主席, 代表, 干部 (not 生 or 民, which end names as often). */
const POST_END = /(?:员|长|任|记|师|授|警|官|席|表|部|事|医|计|理)$/;

/**
 * Whether the first `count` items of a line are shaped like names: a person's (at most four characters), or a
 * unit's. A sentence with a 、 in it (希望受到表彰的同志珍惜荣誉、再接再厉。) is not; the last item of a line that
 * does not close the list may be a name the line cut.
 */
export function namesOnly(text: string, count = Infinity): boolean {
  const items = text.replace(/[(（][^()（）]*[)）]|[ \t\u3000]/g, '').split('、');
  const closed = /[。；;]$/.test(text);
  return items.every((item, k) => {
    const name = item.replace(/等?[。；;]?$/, '');
    return k >= count || (k === items.length - 1 && !closed) || name.length <= 4 || PERSON.test(name) || UNIT_END.test(name) || PLACE_END.test(name);
  });
}

/** How the name of a place or a body of people ends, in lists of units: 红旗村, 东湖街道, 青年志愿者协会. */
const PLACE_END = /(?:村|社区|街道|镇|乡|区|县|市|组|班|厂|店|团|园|协会|商会|合作社)$/;

/**
 * How many entries a 名单 lists, where its layout says so plainly; undefined where it does not (several
 * names to a line, a name over its post, hard-wrapped entries).
 */
export function entryCount(entries: readonly string[], measure: string, printed: readonly string[] = entries, full: readonly boolean[] = []): Count | undefined {
  if (entries.length === 0) return undefined;
  // Names run together with 、, perhaps over lines a PDF wrapped, perhaps a line each group (江北区：甲公司、乙公司).
  if (entries.some((e) => e.includes('、')) && entries.every((e) => cellsIn(e).length === 1)) return namesCount(entries, printed, /[名人]/.test(measure), full);
  entries = joinBracketWraps(entries);
  const cells = entries.map(cellsIn);
  // A line each: a name and its unit (王海燕  市应急管理局), whatever the unit holds; not two names (张　三　　李　四).
  if (cells.every((c) => c.length === 2)) return cells.some((c) => isName(c[1])) ? undefined : exactly(entries.length);
  if (cells.some((c) => c.length !== 1)) return undefined;
  const length = (e: string) => e.replace(/[ \t\u3000]/g, '').length;
  // One name a line. People (名, 人): names of 2 to 4 characters, a unit in brackets after them or not
  // (王五（江北区财政局）); or the layout is another (a name over its post).
  if (/[名人]/.test(measure)) return entries.every((e) => length(e.replace(/[(（][^()（）]*[)）]$/, '')) <= 4) ? exactly(entries.length) : undefined;
  // Units: a name's tail a wrap put on a line of its own (…有限 / 公司) is no entry of its own; a short name
  // after a whole one (县委) is.
  return exactly(entries.filter((e, k) => k === 0 || length(e) > 2 || !UNIT_END.test(e.trim()) || UNIT_END.test(entries[k - 1].trim())).length);
}

/**
 * Entries a PDF broke inside a bracket joined back (王五（江北区 / 财政局）): a line that leaves a bracket open, and
 * the next, which closes it before it opens another, hold one name.
 */
function joinBracketWraps(entries: readonly string[]): string[] {
  const joined: string[] = [];
  let open = false;
  for (const e of entries) {
    if (open && closesFirst(e)) joined[joined.length - 1] += e;
    else joined.push(e);
    open = bracketDepth(e, open ? 1 : 0) > 0;
  }
  return joined;
}

/** How many brackets are open at the end of a line (李四（市交通: one), from `depth` open at its start. */
function bracketDepth(text: string, depth: number): number {
  for (const c of text) {
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
  }
  return depth;
}

/** Whether a line closes a bracket before it opens one: 运输局）、赵六（…）. */
function closesFirst(text: string): boolean {
  const m = /[()（）]/.exec(text);
  return m !== null && (m[0] === ')' || m[0] === '）');
}

/** A line's group before its names: 江北区：甲公司、乙公司. */
const LINE_GROUP = /^[^、，,。；;：:()（）]{1,12}[：:](?=.)/;

/**
 * Names run together with 、 over lines. A line that ends with 、, or a group's name starting the next (江北区：),
 * settles where a name ends; elsewhere the break may fall inside a name (a PDF wrapping a full line) or after one
 * (a line each group): likelier after one where the line is short of the longest or ends as a unit's name does,
 * and surely inside where it leaves a single character of a person's name. `printed` holds the whole line each
 * entry is on (a heading before the names after its colon).
 */
function namesCount(entries: readonly string[], printed: readonly string[], people: boolean, full: readonly boolean[]): Count {
  const bare = (name: string) => name.replace(/[(（][^()（）]*[)）]|[ \t\u3000]/g, '');
  const length = (e: string) => e.replace(/[ \t\u3000]/g, '').length;
  const widest = Math.max(...printed.map(length));
  const runs: string[] = [];
  let open = 0;
  let short = 0;
  let depth = 0;
  entries.forEach((e, k) => {
    const before = depth;
    depth = bracketDepth(e, depth);
    const group = LINE_GROUP.exec(e);
    if (k === 0 || group) {
      runs.push(e.slice(group?.[0].length ?? 0));
      return;
    }
    const last = bare(entries[k - 1].split('、').at(-1)!);
    const first = bare(e.split('、')[0]).replace(/[。；;]$/, '');
    // A line as wide as the page's wrapped lines that does not end with 、 was cut by the wrap, inside a name
    // (…市消防救 / 援支队, …沂东县 / 水利局): names each on a line of their own end where their words do. Unless the
    // line happens to end on a whole name at the width: two people's names too long to be one (…孙建华 / 钱伟明).
    const apart = full[k - 1] && people && PLAIN_NAME.test(last) && PLAIN_NAME.test(first) && last.length + first.length > 4;
    if (apart) {
      runs.push(e);
      return;
    }
    runs[runs.length - 1] += e;
    // A break inside a bracket (李四（市交通 / 运输局）) is inside a name.
    if (entries[k - 1].endsWith('、') || e.startsWith('、') || (before > 0 && closesFirst(e))) return;
    if (full[k - 1]) {
      // A unit's name over one long enough to be a name of its own, not a tail (办公室, 支队): perhaps two (…指挥部 /
      // 石门县雁池乡人民政府), perhaps one cut (市公安局 / 交通警察支队).
      if (!people && UNIT_END.test(last) && first.length >= 4 && (UNIT_END.test(first) || PLACE_END.test(first))) open++;
      return;
    }
    if (people && (last.length === 1 || first.length === 1)) return;
    // A unit's name of two characters at most that ends as none does (市自 / 然资源和规划局) is a piece of one.
    if (!people && last.length <= 2 && !UNIT_END.test(last) && !PLACE_END.test(last)) return;
    open++;
    if (length(printed[k - 1]) < widest * 0.75 || UNIT_END.test(last)) short++;
  });
  const low = runs.reduce((n, run) => n + topLevelItems(run, people), 0);
  // 甲、乙、丙等: more than those named, how many the list does not say.
  const more = /等[。；;]?$/.test(runs.at(-1)!.trim()) ? Infinity : 0;
  return { count: low + short, low, high: low + open + more };
}

/** How a unit's name ends: an organ, a company, a school. */
export const UNIT_END = /(?:局|委|办|厅|院|府|会|队|部|处|所|站|中心|公司|集团|学校|医院|银行|馆|室|社|科)$/;

/** The cells of a 名单 line set off by spaces; a two-character name spaced to align (刘  强, 邓建军、唐　亮) is one. */
export function cellsIn(line: string): string[] {
  // A note after a name (李　娟（女）, （满族）) is the name's.
  const parts = line.replace(/[(（][^()（）]{1,4}[)）]/g, '').split(/[ \t\u3000]{2,}|\u3000/).filter((c) => c !== '');
  // A part that starts with one character (亮。, 亮等, 亮、王五) after a cell that ends with one (唐, 、唐, 及唐); not
  // after a name it has made whole (张　三　　李　四 are two).
  // 娜（临溪县应急管理局）、孙建华: a unit in brackets after the name is no part of it, nor one a wrap left open (娜（临溪县).
  const starts = (part: string) => part.split('、')[0].replace(/[(（][^()（）]*(?:[)）]|$)/g, '').replace(/[。；;]$/, '').replace(/等$/, '').length === 1;
  const ends = (cell: string) => /(?:^|[、及和])[^、]$/.test(cell);
  const cells: string[] = [];
  for (const part of parts) {
    if (cells.length > 0 && starts(part) && ends(cells[cells.length - 1])) cells[cells.length - 1] += part;
    else cells.push(part);
  }
  return cells;
}

/**
 * Items separated by 、 outside brackets: 各区、县(市、区)政府 is one. The last two may be joined by 及 or 和
 * (邓建军及唐亮, 甲公司和乙公司) where both sides are names; 和 inside a name (市发展和改革委员会, 王和平) is not.
 */
function topLevelItems(text: string, people: boolean): number {
  let depth = 0;
  let n = 1;
  let item = '';
  const joined = () => {
    const m = /^([^及和]+)[及和]([^及和]+)$/.exec(item.replace(/[(（][^()（）]*[)）]|[ \t\u3000]/g, '').replace(/等?[。；;]?$/, ''));
    return m && [m[1], m[2]].every((side) => (people ? PERSON.test(side) : UNIT_END.test(side))) ? 1 : 0;
  };
  for (const c of text) {
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
    else if (c === '、' && depth === 0) {
      n += 1 + joined();
      item = '';
      continue;
    }
    item += c;
  }
  return n + joined();
}

/** A person's name of Chinese characters only, as long as one may be. */
const PLAIN_NAME = /^[\u4e00-\u9fff]{2,4}$/;

/** A person's name as a 名单 prints it: 2 to 4 characters, or two parts joined by a middle dot (阿依古丽·买买提). */
const PERSON = /^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]+[·•．][\u4e00-\u9fff]+)$/;
