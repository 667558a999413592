// numbering/totals: things counted, then where they stand, announced with 分布如下 (设置电子监控点位36个。… 监控点位分布如下：
// （一）江滨路沿线9个，九龙大道沿线8个；（二）水仙大街沿线10个，环城北路沿线9个。): each stands in one place, and all
// of them are said to be shared out, so the places' counts add up to the count.
// The count may lead the list itself (设置监控点位36个，分布如下：江滨路沿线9个，…), the thing counted then named before it.
// A count leading it in a 其中 (充电桩120台，其中快充桩80台，分布如下：…) leaves open whether the places share out it or the whole.
// Read only where every clause of the list is a place and its count in the count's unit, nothing else (其中, a bracket,
// a second figure): the count looked for a few paragraphs back, the one count of the unit right after the thing named.
import type { GazetteDocument, Paragraph } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';

/** 监控点位分布如下：, 上述点位具体分布情况如下： (what is counted, then the lead word and its colon). */
const LEAD = /([^，,。；;：:0-9０-９]{2,16}?)(?:的)?(?:具体)?分布(?:情况)?如下[ \t]*[：:]/;
/** A count right before the lead, which names nothing (监控点位36个，分布如下：); or before the places in its sentence (充电桩120台，分布在城东片区42台、…). */
const COUNTED_LEAD = /(?<![0-9])([0-9]{1,6})[ \t]*([个处家所座条辆台套])[ \t]*[，,][ \t]*(?:(?:具体)?分布(?:情况)?如下[ \t]*[：:]|(分布(?:在|于))(?=[^0-9，,。；;]{2,20}?[0-9]))/;
/** Words before what is counted that are no part of its name: a verb of the lead (现将), or a pointer back (上述点位). */
const NOT_THE_NAME = /^(?:现将|现|将|把|对)?(?:上述|以上|前述|各|全部|所有|这些)?/;
/** A list item's label: （一）, 一、, 1．, (1). */
const LABEL = /^[ \t\u3000]*(?:[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、．.]|[0-9]{1,2}[、．.](?![0-9]))[ \t\u3000]*/;
/** One clause of the list: a place and its count, nothing more (江滨路沿线9个). */
const PLACE_COUNT = /^([^0-9０-９（()）“”《》]{2,20}?)[ \t]*([0-9]{1,5})[ \t]*([个处家所座条辆台套])$/;
/** Words a clause of counts of places holds none of: a part of a part, a total, something beside the places. */
const NOT_A_PLACE = /其中|合计|共计|总计|共|另|含|新增|增加|减少|约|近|超过|以上|以下|左右/;
const UNITS = '个处家所座条辆台套';
/** Characters a name of what is counted comes right after: the end of a verb that sets it up or has it (设置, 安装,
 * 建成, 配备, 现有), 在, 的, 为. Not 共, the first of a name's words too (公共充电桩); 共 before the count is read over. */
const BEFORE_A_NAME = /[置立设装建成备有在的为了将对是]/;
/** A part opening its clause (其中快充桩80台), and the count closing the clause before it: the whole it is taken from. */
const PART_OPENS = /^其中[ \t]*/;
const HAN = /\p{Script=Han}/u;
/** How many characters a name of what is counted may have. */
const NAME_REACH = 12;
/** The count closing the clause before a part (充电桩120台，其中…), in any of the units: the part's is checked. */
const WHOLE_BEFORE = new RegExp(`(?:共计|共)?[ \\t]*(?<![0-9])([0-9]{1,6})[ \\t]*([${UNITS}])[ \\t]*[，,][ \\t]*$`);
/** How many paragraphs back the count is looked for. */
const REACH = 3;

export function checkDistributions(ctx: RuleContext, doc: GazetteDocument): void {
  const paragraphs = paragraphsIn(ctx.issue, doc.range);
  for (let i = 0; i < paragraphs.length; i++) {
    if (!paragraphs[i].text.includes('分布')) continue;
    const text = paragraphs[i].text;
    const named = LEAD.exec(text);
    const lead = named ?? COUNTED_LEAD.exec(text);
    if (!lead) continue;
    const counted = named ? undefined : countLeading(paragraphs[i], lead);
    const noun = counted ? '' : lead[1].replace(/^[ \t\u3000]+/, '').replace(NOT_THE_NAME, '');
    if (!counted && noun.length < 2) continue;
    // The list after the colon in the same paragraph, or the items under it; after 分布在, the rest of its sentence.
    const rest = text.slice(lead.index + lead[0].length);
    const inline = !named && lead[3] !== undefined;
    const after = (inline ? rest.slice(0, (rest.indexOf('。') + 1 || rest.length + 1) - 1) : rest).trim();
    const items = after !== '' ? [after] : itemsFrom(paragraphs, i + 1);
    const parts = items.length > 0 ? placeCounts(items) : undefined;
    if (!parts || parts.length < 2) continue;
    const whole = counted ?? countBefore(paragraphs, i, noun, parts[0].unit, text.slice(0, lead.index));
    if (!whole || whole.unit !== parts[0].unit) continue;
    const sum = parts.reduce((a, p) => a + p.figure, 0);
    if (sum === whole.figure || sum === whole.part) continue;
    // The count as the text writes it (监控点位36个), not as the lead names it back (上述点位).
    const written = whole.paragraph.text.slice(whole.from, whole.end).replace(/[ \t]/g, '');
    ctx.report({
      message: `称${written}，“${inline ? lead[3] : '分布如下'}”所列各处之和为${sum}${whole.unit} (the places listed add up to ${sum}, not ${whole.figure})`,
      range: sourceRange(whole.paragraph, whole.at, whole.end),
    });
  }
}

/** The texts of the labelled items right after `from`, each without its label; none unless two or more. */
function itemsFrom(paragraphs: readonly Paragraph[], from: number): string[] {
  const out: string[] = [];
  for (let k = from; k < paragraphs.length; k++) {
    const label = LABEL.exec(paragraphs[k].text);
    if (!label) break;
    out.push(paragraphs[k].text.slice(label[0].length));
  }
  return out.length >= 2 ? out : [];
}

/** Every clause of the items as a place and its count, all in one unit; undefined if any clause is other. */
function placeCounts(items: readonly string[]): { figure: number; unit: string }[] | undefined {
  const out: { figure: number; unit: string }[] = [];
  for (const item of items) {
    for (const clause of item.split(/[，,；;、。]/)) {
      const c = clause.trim();
      if (c === '') continue;
      const m = PLACE_COUNT.exec(c);
      if (!m || NOT_A_PLACE.test(m[1]) || (out.length > 0 && out[0].unit !== m[3])) return undefined;
      out.push({ figure: Number(m[2]), unit: m[3] });
    }
  }
  return out;
}

interface Count {
  paragraph: Paragraph;
  /** Where the name of what is counted starts. */
  from: number;
  figure: number;
  unit: string;
  at: number;
  end: number;
  /** A part of it the lead follows (其中快充桩80台): the places may share out either. */
  part?: number;
}

/**
 * The count of what the lead names, in its unit, right after its name (设置电子监控点位36个), in the words before the
 * lead or the few paragraphs before it: the one such count there, not a rough one (36个以上).
 */
function countBefore(paragraphs: readonly Paragraph[], lead: number, noun: string, unit: string, leadWords: string): Count | undefined {
  const pattern = new RegExp(`${escape(noun)}[ \\t]*(?:共计|共)?[ \\t]*([0-9]{1,6})[ \\t]*([${UNITS}])(?![0-9]|以上|以下|左右|余|多)`, 'g');
  const found: Count[] = [];
  for (let k = Math.max(0, lead - REACH); k <= lead; k++) {
    const text = k === lead ? leadWords : paragraphs[k].text;
    for (const m of text.matchAll(pattern)) {
      const at = m.index! + m[0].indexOf(m[1], noun.length);
      if (m[2] !== unit) continue;
      const from = nameStart(text, m.index!) ?? m.index!;
      found.push({ paragraph: paragraphs[k], from, figure: Number(m[1]), unit: m[2], at, end: m.index! + m[0].length });
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

/** The count right before a lead that names nothing, and the name written before it; none if no name is. */
function countLeading(paragraph: Paragraph, lead: RegExpExecArray): Count | undefined {
  const text = paragraph.text;
  let k = lead.index;
  while (k > 0 && ' \t'.includes(text[k - 1])) k--;
  for (const word of ['共计', '共']) {
    if (text.startsWith(word, k - word.length)) {
      k -= word.length;
      break;
    }
  }
  while (k > 0 && ' \t'.includes(text[k - 1])) k--;
  let from = nameStart(text, k);
  if (from === undefined) return undefined;
  const part = PART_OPENS.exec(text.slice(from, k));
  if (part) from += part[0].length;
  if (k - from < 2) return undefined;
  const at = lead.index;
  const count: Count = { paragraph, from, figure: Number(lead[1]), unit: lead[2], at, end: at + lead[0].indexOf(lead[2]) + 1 };
  if (!part) return count;
  // 充电桩120台，其中快充桩80台，分布如下：the places may share out the whole or the part; the whole is quoted.
  const whole = WHOLE_BEFORE.exec(text.slice(0, from - part[0].length));
  if (!whole || whole[2] !== lead[2]) return undefined;
  const wholeFrom = nameStart(text, whole.index);
  if (wholeFrom === undefined || whole.index - wholeFrom < 2) return undefined;
  const wholeAt = whole.index + whole[0].indexOf(whole[1]);
  return { paragraph, from: wholeFrom, figure: Number(whole[1]), unit: lead[2], at: wholeAt, end: wholeAt + whole[0].slice(whole[0].indexOf(whole[1])).indexOf(lead[2]) + 1, part: count.figure };
}

/**
 * Where the name of what is counted starts, the name ending or known to go on from `to` (设置电子监控点位36个: 电子监控点位):
 * back over Han characters to the end of a verb that sets it up or has it, a stop or the paragraph's start; undefined
 * where no such start lies within reach.
 */
function nameStart(text: string, to: number): number | undefined {
  for (let k = to; k > to - NAME_REACH; k--) {
    if (k === 0 || !HAN.test(text[k - 1]) || BEFORE_A_NAME.test(text[k - 1])) return k;
  }
  return undefined;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
