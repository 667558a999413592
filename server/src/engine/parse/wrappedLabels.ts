// A label a PDF's wrap made of the last character of a name: 授予…称号：张三、李四、王五、赵小 / 六、孙七。 — the 六、
// is the end of 赵小六, not an item numbered six.
import type { Line } from '../model';
import { type HeadingLabel, parseHeadingLabel } from './headings';
import { pageWidthOf, runsTo } from './pageWidth';
import { content, isBlank } from './text';

/**
 * The lines from `from` to `to` opening with a one-character numeral and 、 that go on with a name cut at the end of
 * the line right above: that line runs names together with 、 (after its colon, if any) and ends inside one, the
 * line goes on with more names or closes them (孙七、周八, 孙七。: not a heading's title such as 保障措施), and the
 * numeral neither goes on with the list of such labels before it nor starts one that goes on (李小 / 一、王五。 with
 * no 二、 after it is the end of 李小一).
 */
export function wrappedNameLabels(lines: readonly Line[], from: number, to: number, skip: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  const labels: { line: number; label: HeadingLabel }[] = [];
  for (let i = from; i < to; i++) {
    if (skip.has(i)) continue;
    const h = parseHeadingLabel(lines[i].text);
    if (h?.kind === 'cn') labels.push({ line: i, label: h });
  }
  let last = 0;
  labels.forEach(({ line: i, label: h }, k) => {
    const listed = h.value === 1 ? labels[k + 1]?.label.value === 2 : h.value === last + 1;
    if (h.label.length === 2 && h.label.endsWith('、') && !listed && i > from && endsInsideName(lines[i - 1].text) && goesOnWithNames(h.text)) {
      out.add(i);
      return;
    }
    last = h.value;
  });
  return out;
}

/** 张三、李四、王五、赵小: names run together with 、, the last of them one to three characters (a name, or one cut short) and not closed. */
export function endsInsideName(text: string): boolean {
  if (isBlank(text)) return false;
  const line = content(text);
  const names = line.slice(Math.max(line.lastIndexOf(':'), line.lastIndexOf('：')) + 1);
  const items = names.split('、');
  return items.length > 1 && !/[，,。；;！？!?]/.test(names) && /^[\u4e00-\u9fff]{1,3}$/.test(items[items.length - 1]);
}

/** The rest of a line after the numeral: names run together with 、, or a name that closes the list. */
function goesOnWithNames(text: string): boolean {
  const body = text.replace(/[。；;]$/, '');
  return body !== '' && !/[，,。；;：:！？!?]/.test(body) && (body.includes('、') || body !== text);
}

/**
 * The lines opening with a decimal number run into the words after it (2.5平均浓度…) right under a line that ends in
 * a Latin letter (…PM): a wrap cut a figure's name (PM2.5) in two, no label of an outline starts there.
 */
export function wrappedFigureLabels(lines: readonly Line[], from: number, to: number, skip: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  for (let i = Math.max(from, 1); i < to; i++) {
    if (skip.has(i) || isBlank(lines[i - 1].text)) continue;
    const c = lines[i].text.charCodeAt(0);
    if (c < 0x30 || c > 0x39) continue; // a label the wrap left flush at the line's start
    const h = parseHeadingLabel(lines[i].text);
    if (h?.kind === 'decimal' && !h.spaceAfter && /[A-Za-z]$/.test(lines[i - 1].text) && !underTitle(lines[i - 1].text)) out.add(i);
  }
  return out;
}

/** What ends a sentence, or a line that introduces what follows it. */
const SENTENCE_END = /[。；;！!？?：:]$/;

/**
 * The lines opening with a decimal number run into the words after it (1.6确定。) right under a line that runs to the
 * page's width and ends inside a sentence (…灾害等级按本预案): a narrow page's wrap cut the sentence before a figure or a
 * section it cites, no label of an outline starts there. Not under a heading's title alone (2．推动5G / 2.1加快…).
 */
export function wrappedSentenceLabels(lines: readonly Line[], from: number, to: number, skip: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  let width: number | null | undefined;
  const pageWidth = () => (width === undefined ? (width = pageWidthOf(lines, from, lines[to - 1].end) ?? null) : width);
  for (let i = Math.max(from, 1); i < to; i++) {
    if (skip.has(i) || skip.has(i - 1)) continue;
    const c = lines[i].text.charCodeAt(0);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19))) continue; // a label the wrap left flush at the line's start
    const h = parseHeadingLabel(lines[i].text);
    if (h?.kind !== 'decimal' || h.spaceAfter || h.text.trim() === '') continue;
    const above = lastVisible(lines[i - 1].text);
    if (above === '' || SENTENCE_END.test(above) || underTitle(lines[i - 1].text)) continue;
    const width = pageWidth();
    if (width !== null && runsTo(width, lines[i - 1].text)) out.add(i);
  }
  return out;
}

/**
 * The lines opening with a label right under a line that ends in 第 or an arrow (…抢救第 / 一、合理利用…, …③公示→ /
 * ④资金拨付。): a wrap cut an ordinal (第一) or a run of steps (①→②→③→④) in two, no label of an outline starts there.
 */
export function wrappedRunLabels(lines: readonly Line[], from: number, to: number, skip: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  for (let i = Math.max(from, 1); i < to; i++) {
    if (skip.has(i)) continue;
    const last = lastVisible(lines[i - 1].text);
    if (last === '' || !RUN_GOES_ON.includes(last)) continue;
    const h = parseHeadingLabel(lines[i].text);
    if (h && h.kind !== 'article') out.add(i);
  }
  return out;
}

/** The last characters of a line that a sentence cannot end with: 第 waits for its numeral, an arrow for its next step. */
const RUN_GOES_ON = '第→⇒➔➝';

/** A line's last character that is not a space ('' for a blank line). */
function lastVisible(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000' || text[i] === '\r')) i--;
  return i >= 0 ? text[i] : '';
}

/** A heading's line that is a title alone, no sentence in it (2．推动5G): an outline goes on under it (2.1加快…). */
function underTitle(above: string): boolean {
  const h = parseHeadingLabel(above);
  return h !== undefined && !/[。；;！？!?]/.test(h.text);
}
