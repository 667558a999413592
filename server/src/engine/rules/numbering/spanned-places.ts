// numbering/totals: a count of the places something spans (分布在6个县（区）, 涉及5个乡镇) and the places then named one by
// one (其中芗城区10个、龙文区8个…; ：A县、B县…): each place is named once, so the places named are as many as the count.
// Read only where every clause of the list up to its sentence's end names one place (with its count or not), and the
// list is not said to be partial: 等, 主要, 部分, 其余 / 其他 (the rest said apart), 各, or a 其中 over a subset with a
// count of its own (其中3个县位于山区).
import type { GazetteDocument } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { numeralValue } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import { allMatches } from '../shared/scan';
import { splitAtJoin } from '../shared/joins';
import type { RuleContext } from '../types';

/** Kinds of place a count may span (县（区）, 县（市、区）, 乡镇, 街道, 社区). */
const PLACE_KIND = '县（市、区）|县\\(市、区\\)|县（区）|县\\(区\\)|区（县）|区\\(县\\)|县（市）|乡镇（街道）|镇（街道）|乡（镇）|县区|区县|乡镇|街道|社区|行政村|县|区|镇|乡|村';
/**
 * The places spanned, and what opens their list: a 其中, 分别是/为, 包括, 即 or a colon, right after the count or past the
 * sentence's end (涉及3个县（区）。其中，…).
 */
const SPANNED = new RegExp(
  `(?:分布在|分布于|涉及|覆盖|遍及|分属|位于)[ \\t]*(?:(?:全|本)[省市县区])?[ \\t]*([0-9]{1,3}|[二三四五六七八九十]{1,3})[ \\t]*个[ \\t]*(${PLACE_KIND})[ \\t]*(?:[，,。；;][ \\t]*)?(?:其中|分别是|分别为|分别|包括|即)?[ \\t]*[，,：:]?[ \\t]*`,
  'g',
);
/**
 * A place's name, three characters or more (芗城区, 漳浦县, 石塘镇, 城东街道; not 城区, 新区 said of no one place), with no
 * other place's mark or a verb inside (白沙镇为重点镇 says something of a place).
 */
const PLACE = /^(?:(?![区县市镇乡村为是的])[\u4e00-\u9fff]){2,6}(?:区|县|市|镇|乡|街道|村|社区)$/;
/** A clause of the list: a place, perhaps with its count (芗城区10个, 龙文区8处), its own detail in brackets read over. */
const PLACE_CLAUSE = /^([\u4e00-\u9fff]{3,10}?)(?:[ \t]*[0-9]{1,6}(?:\.[0-9]{1,2})?[ \t]*[\u4e00-\u9fff]{1,2})?$/;
/** Words saying a list names some places only, or the rest apart (等, 主要, 部分, 其余, 各). */
const PARTIAL = /等|主要|部分|其余|其他|其它|剩余|剩下|另|各|均|以及|分别/;

/** How far after the count its list is read. */
const REACH = 300;

export function checkSpannedPlaces(ctx: RuleContext, doc: GazetteDocument): void {
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    const text = p.text;
    if (!text.includes('个')) continue;
    for (const m of allMatches(text, SPANNED)) {
      const count = numeralValue(m[1]);
      const from = m.index + m[0].length;
      const end = from + text.slice(from, from + REACH).search(/[。；;]|$/);
      const list = text.slice(from, end).replace(/[（(][^（()）]*[)）]/g, '');
      if (list === '' || PARTIAL.test(list)) continue;
      // The last two perhaps joined by 和, 及 or 与 (石塘镇、白沙镇和城东街道), not the 和 of a name (和平镇).
      const clauses = list.split(/[、，,]/).flatMap((c) => joinedPlaces(c.trim()));
      const names = clauses.map((c) => PLACE_CLAUSE.exec(c)?.[1]);
      if (names.length < 2 || names.some((n) => !n || !PLACE.test(n))) continue;
      const named = new Set(names).size;
      if (named !== names.length || named === count) continue;
      const at = m.index + m[0].indexOf(m[1]);
      const spanEnd = at + m[0].slice(at - m.index).indexOf(m[2]) + m[2].length;
      const span = text.slice(m.index, spanEnd).replace(/[ \t]/g, '');
      ctx.report({
        message: `称${span}，其后所列为${named}个 (${named} places are named, not ${count})`,
        range: sourceRange(p, at, spanEnd),
      });
    }
  }
}

/** A clause that is two places joined by 和, 及 or 与 (白沙镇和城东街道), as the two; else the clause. */
function joinedPlaces(clause: string): string[] {
  return splitAtJoin(clause, (a, b) => PLACE.test(a) && PLACE.test(PLACE_CLAUSE.exec(b)?.[1] ?? ''), ONE_CHARACTER_JOINS);
}

/** 和, 及, 与 (a list 以及 joins is read as partial: see PARTIAL). */
const ONE_CHARACTER_JOINS = /和|及|与/g;
