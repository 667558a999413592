// The 人事任免 section: its subheadings (任命： / 免去：) and entries, and its title where nothing else marks it.
import type { Line, TextSpan } from '../model';
import { content, contentEnd, nextNonBlank, normalize, span } from './text';

export const SUBHEADING = /^(?:\*\*)?(任命|免去|免职|聘任|解聘|任职|免职如下)[ \t]*[:：](?:\*\*)?$/;
/** An entry names a person: 张三同志任…, 免去…, 张三的…职务, or 张三为… / 欧阳明任… (a name of 2–6 characters, then 为 or 任). */
export const ENTRY = /同志|^免去|职务[;；。]?$|^[\u4e00-\u9fff·]{2,6}?[为任](?![何务])/;

/**
 * A 人事任免 section that neither the 目录 nor 【】 marks, known by its shape: a title at line `i` naming 任免, perhaps
 * the period under it (（2024年6月份）), then 任命： or 免去： and an entry. Returns the title's last line.
 */
export function appointmentsTitle(lines: readonly Line[], i: number, to: number): number | undefined {
  const next = (from: number) => nextNonBlank(lines, from, Math.min(to, from + 3));
  const below = next(i + 1);
  if (below === undefined) return undefined;
  const period = /^\(.{1,16}\)$/.test(normalize(content(lines[below].text))) ? below : undefined;
  const sub = period === undefined ? below : next(period + 1);
  if (sub === undefined || !SUBHEADING.test(content(lines[sub].text))) return undefined;
  const entry = next(sub + 1);
  if (entry === undefined || !ENTRY.test(content(lines[entry].text))) return undefined;
  return period ?? i;
}

/** A subheading as a title line's end may carry it: **任命:**, 任免：. Group 1 is its verb. */
const RUN_IN_SUBHEADING = String.raw`(?:\*\*)?(任命|免去|免职|聘任|解聘|任免)[ \t]*[:：](?:\*\*)?`;
/** A subheading run into the end of the section's title line: (2018年12月份)**任命:**, 人事任免 任免： */
const TRAILING_SUBHEADING = new RegExp(`${RUN_IN_SUBHEADING}$`);
/** That subheading after the title that ends before it, to its line's end. */
const AFTER_TITLE = new RegExp(`^[ \\t\u3000]*(${RUN_IN_SUBHEADING})[ \\t\u3000]*(?:\\r?\\n|\\r|$)`);

/**
 * The title of a 人事任免 section without the subheading an extraction ran into its last line (【市政府人事任免】(2018
 * 年12月份)**任命:**): the title is what names the section, the subheading heads its first list.
 */
export function withoutTrailingSubheading(lines: readonly Line[], title: TextSpan, to: number): TextSpan {
  const line = lines[to];
  const from = Math.max(0, title.range.start - line.start);
  const stop = contentEnd(line.text, from, false);
  const m = TRAILING_SUBHEADING.exec(line.text.slice(0, stop));
  if (!m || m.index <= from) return title;
  let cut = m.index;
  while (cut > from && /\s/.test(line.text[cut - 1])) cut--;
  if (cut <= from) return title;
  const text = title.text.slice(0, title.text.length - line.text.slice(m.index, stop).trim().length).trimEnd();
  if (!text) return title;
  return span(text, { start: title.range.start, end: line.start + cut });
}

/** The subheading right after a section title on its line, where withoutTrailingSubheading left it: 任命 in **任命:**. */
export function subheadingAfterTitle(text: string, title: TextSpan): { range: { start: number; end: number }; verb: string } | undefined {
  const rest = text.slice(title.range.end, title.range.end + 40);
  const m = AFTER_TITLE.exec(rest);
  if (!m) return undefined;
  const start = title.range.end + m[0].indexOf(m[1]);
  return { range: { start, end: start + m[1].length }, verb: m[2] };
}
