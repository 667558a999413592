// The 人事任免 section: its subheadings (任命： / 免去：) and entries, and its title where nothing else marks it.
import type { Line } from '../model';
import { content, nextNonBlank, normalize } from './text';

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
