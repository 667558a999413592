// Helpers shared by the structure rules.
import type { GazetteDocument, Issue, Line } from '../../model';
import { content, isBlank } from '../../parse/text';
import { lineIndexAt } from '../shared/locate';

/** Index of the line holding an offset. */
export function lineAt(issue: Issue, offset: number): number {
  return lineIndexAt(issue.lines, offset);
}

/** The next non-blank line at or after `from` (before `to`), or -1. */
export function nextNonBlank(lines: readonly Line[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (!isBlank(lines[i].text)) return i;
  return -1;
}

export function previousNonBlank(lines: readonly Line[], from: number, floor: number): number {
  for (let i = from; i >= floor; i--) if (!isBlank(lines[i].text)) return i;
  return -1;
}

/** The issuing organ named at the head of a title: 嘉兴市人民政府办公室 in 嘉兴市人民政府办公室关于…. */
export function organOfTitle(d: GazetteDocument): string | undefined {
  const m = /^(.{2,30}?)(?:关于|转发|印发|批转)/.exec(d.title.norm);
  return m ? m[1] : undefined;
}

const ORGAN_END = /(政府|办公室|办公厅|委员会|委|局|厅|部|署|院|会|办|中心|公司|集团|学校|大学|街道|人大|政协|法院|检察院|指挥部|领导小组)$/;

/** A line that reads as a signing organ: short, unpunctuated, ending like an organ name. */
export function isOrganLike(lineText: string, organ?: string): boolean {
  const c = content(lineText).replace(/[ \t\u3000]/g, '');
  if (organ && c === organ) return true;
  return c.length >= 3 && c.length <= 40 && !/[。，,；;：:！？!?“”《》\t]/.test(c) && ORGAN_END.test(c);
}

/** The colon the file's addressees use (its own habit), defaulting to the standard full-width one. */
export function colonHabit(issue: Issue): string {
  let half = 0;
  let full = 0;
  for (const d of issue.documents) {
    const last = d.addressee?.text.slice(-1);
    if (last === ':') half++;
    else if (last === '：') full++;
  }
  if (half + full === 0) {
    for (const p of issue.paragraphs) for (const ch of p.text) ch === ':' ? half++ : ch === '：' ? full++ : 0;
  }
  return half > full ? ':' : '：';
}

/**
 * A 成文日期 line in a form the date parser does not take: 2018.12.17,
 * 2018-12-17, 2018/12/17, 18年12月17日, 2018年12月17 (日 missing).
 */
export function malformedDate(lineText: string): { year: number; month: number; day: number; raw: string } | undefined {
  const c = content(lineText).trim();
  const m =
    /^(\d{4})[ \t]*[.．\-－/／][ \t]*(\d{1,2})[ \t]*[.．\-－/／][ \t]*(\d{1,2})[ \t]*日?$/.exec(c) ??
    /^(\d{4})[ \t]*年[ \t]*(\d{1,2})[ \t]*月[ \t]*(\d{1,2})$/.exec(c) ??
    /^(\d{2})[ \t]*年[ \t]*(\d{1,2})[ \t]*月[ \t]*(\d{1,2})[ \t]*日$/.exec(c);
  if (!m) return undefined;
  const year = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
  return { year, month: Number(m[2]), day: Number(m[3]), raw: c };
}
