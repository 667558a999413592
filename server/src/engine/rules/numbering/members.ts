// numbering/totals: the members of a body the document sets up (领导小组由市发展改革委、市教育局、…等15个部门和单位组成;
// 联席会议成员单位包括…等12个部门) against the units it names: in that sentence, where it names them all (as many as
// the count or one short, four or more: a few names before 等 are examples), or else in the duties set out for each unit below, a
// paragraph each (（一）市发展改革委：负责…; 市教育局、市人力资源社会保障局：负责…). Not where no units are named, the
// count is not given (…等部门组成), or the duties leave some units to a closing line (其他成员单位按照职责分工…).
import type { GazetteDocument, Paragraph } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { isPageArtifactLine, numeralValue } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import { allMatches } from '../shared/scan';
import { splitAtJoin } from '../shared/joins';
import type { RuleContext } from '../types';

/** The count of members: 等15个部门和单位, 等十二个成员单位, 等9个单位. */
const COUNT = /等[ \t]*([0-9]{1,3}|[二三四五六七八九十]{1,3})[ \t]*个[ \t]*(部门和单位|部门（单位）|部门\(单位\)|成员单位|部门|单位)/g;
/** What opens the names before the count in their clause: 由, 包括, 成员单位为. */
const OPENER = /由|包括|包含|成员(?:单位)?为/g;
/** Words of a sentence setting up a body of members. */
const BODY = /领导小组|工作小组|联席会议|委员会|指挥部|工作专班|专班|协调小组|工作组|议事协调/;
/** Words saying the units are its members: 组成, 成员. */
const MEMBERS = /组成|成员/;
/** A unit's name (市发展改革委, 市委宣传部, 市消防救援支队, 市妇联, 国网某供电公司). */
const UNIT = /^[\u4e00-\u9fff]{2,24}(?:局|委|办|厅|院|署|部|中心|队|所|处|室|会|行|公司|集团|政府|联|协|社|台|站|馆|团|分局|支队)$/;
/** A list item's label: （一）, 一、, 1．, (1), 1. */
const LABEL = /^[ \t\u3000]*(?:[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、．.]|[0-9]{1,2}[、．.](?![0-9]))[ \t\u3000]*/;
/** A unit's duties, a paragraph each: its name (or names) and a colon, then what it does. */
const DUTY = /^([^：:。，,；;]{2,80})[：:][ \t]*[\u4e00-\u9fff“《]/;
/** Names that are no member unit (the body itself, its office, its heads; units in general: 各县（区）人民政府). */
const NOT_A_MEMBER = /领导小组|联席会议|指挥部|专班|组长|成员|召集人|^各|^有关|^相关|^其他/;
/** A closing line leaving other units to their own duties: the duties then name some units only. */
const OTHERS = /其他(?:各)?成员单位|其余成员单位|其他(?:有关|相关)?(?:部门|单位)/;

/** How far around the count its sentence is read. */
const REACH = 600;

export function checkMemberCounts(ctx: RuleContext, doc: GazetteDocument): void {
  const paragraphs = paragraphsIn(ctx.issue, doc.range);
  const claims: { k: number; at: number; end: number; count: number; written: string; names: number }[] = [];
  for (const [k, p] of paragraphs.entries()) {
    const text = p.text;
    if (!text.includes('等')) continue;
    for (const m of allMatches(text, COUNT)) {
      // The sentence around the count, within reach of it.
      const floor = Math.max(0, m.index - REACH);
      const window = text.slice(floor, m.index);
      const start = floor + Math.max(window.lastIndexOf('。'), window.lastIndexOf('；'), window.lastIndexOf(';')) + 1;
      const after = text.slice(m.index, m.index + REACH);
      const end = m.index + after.search(/[。；;]|$/);
      const sentence = text.slice(start, end);
      if (!BODY.test(sentence) || !MEMBERS.test(sentence)) continue;
      const count = numeralValue(m[1]);
      const at = m.index + m[0].indexOf(m[1]);
      // A unit that leads the body, named apart before the list (由市发展改革委牵头，市教育局、…等15个部门组成), is one of
      // the count: the list is then not all of it.
      const names = /牵头|召集/.test(text.slice(start, m.index)) ? 0 : namesBefore(text, start, m.index);
      claims.push({ k, at, end: m.index + m[0].length, count, written: m[0].slice(1).replace(/[ \t]/g, ''), names });
    }
  }
  for (const c of claims) {
    const p = paragraphs[c.k];
    // Every member named in the sentence, or all but one (four or more: fewer may be examples), or more than the count.
    if ((c.names > c.count && c.names >= 2) || (c.names < c.count && c.names >= 4 && c.names >= c.count - 1)) {
      report(ctx, p, c, c.names, '句中列出');
      continue;
    }
    // Else the duties below, where the document sets up one body only.
    if (claims.length !== 1) continue;
    const duties = dutiesAfter(paragraphs, c.k + 1);
    if (duties !== undefined && duties >= 3 && duties !== c.count) report(ctx, p, c, duties, '其后所列职责涉及');
  }
}

function report(ctx: RuleContext, p: Paragraph, c: { at: number; end: number; count: number; written: string }, found: number, where: string): void {
  ctx.report({
    message: `称${c.written}，${where}${found}个 (${found} member units are named, not ${c.count})`,
    range: sourceRange(p, c.at, c.end),
  });
}

/**
 * How many units the sentence names right before the count, set off by 、 in its clause, past 由 or 包括 (brackets read
 * over: 市发展改革委（市粮食和储备局）); 0 unless every name is a unit's.
 */
function namesBefore(text: string, start: number, at: number): number {
  const before = text.slice(start, at).replace(/[（(][^（()）]*[)）]/g, '');
  let list = before.slice(Math.max(...['，', ',', '：', ':'].map((c) => before.lastIndexOf(c))) + 1);
  const opened = [...list.matchAll(OPENER)].at(-1);
  if (opened) list = list.slice(opened.index! + opened[0].length);
  const names = list.split('、').flatMap((n) => joinedUnits(n.trim()));
  if (names.some((n) => !UNIT.test(n))) return 0;
  return new Set(names).size;
}

/** A name that is two units joined by 和, 及 or 与 (市民政局和市卫生健康委), as the two; else the name (市住房和城乡建设局). */
function joinedUnits(name: string): string[] {
  return splitAtJoin(name, (a, b) => UNIT.test(a) && UNIT.test(b));
}

/**
 * How many units the first run of duty paragraphs after `from` names (three or more paragraphs in a row, a heading
 * between them read over); undefined where there is none, or a line after it leaves other units to their duties.
 */
function dutiesAfter(paragraphs: readonly Paragraph[], from: number): number | undefined {
  const units = new Set<string>();
  let run = 0;
  let k = from;
  for (; k < paragraphs.length; k++) {
    // A page's number or running header between the duties, or the rest of a duty a page break cut: the run goes on.
    if (isPageArtifactLine(paragraphs[k].text) || (run > 0 && !/[。；;]\s*$/.test(paragraphs[k - 1].text) && !LABEL.test(paragraphs[k].text))) continue;
    const text = paragraphs[k].text.replace(LABEL, '');
    const names = dutyUnits(text);
    if (names) {
      run++;
      for (const n of names) units.add(n);
    } else if (run >= 3) {
      break;
    } else if (run > 0) {
      run = 0;
      units.clear();
    }
  }
  if (run < 3) return undefined;
  // A closing line for the rest, right after the run.
  if (k < paragraphs.length && OTHERS.test(paragraphs[k].text)) return undefined;
  return units.size;
}

/**
 * The member units a duty paragraph names before its colon (none where it sets out the duties of units in general:
 * 各县（市、区）人民政府：负责…), or undefined if it is no duty paragraph.
 */
function dutyUnits(text: string): string[] | undefined {
  const m = DUTY.exec(text);
  if (!m) return undefined;
  const names = m[1].replace(/[（(][^（()）]*[)）]/g, '').split('、').map((n) => n.trim());
  if (names.every((n) => NOT_A_MEMBER.test(n))) return [];
  if (names.some((n) => !UNIT.test(n) || NOT_A_MEMBER.test(n))) return undefined;
  return names;
}
