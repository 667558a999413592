// A running total said after the total it grows from: 此前，市人民政府已公布四批市级文物保护单位共78处。至此，全市市级
// 文物保护单位共96处。 The difference (18处) is what the document adds; it must be a count the document gives in that unit
// somewhere (核定…共18处), or the sum of parts it lists (其中古遗址3处、古墓葬4处…), or—where it takes some off the list (撤销…6家)—
// what it adds less what goes. Read only where the document states a whole in that unit with 共 or 等 besides the two (what it adds),
// and where neither figure is given roughly. The running total may be said 至此, 目前, 截至目前 or 截至2025年底; the count
// may follow the total in its own sentence (目前，全市口袋公园共65个，其中今年新建17个).
import type { GazetteDocument, Paragraph } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { isTableRow, numeralValue } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import { allMatches } from '../shared/scan';
import type { RuleContext } from '../types';
import { sameUnit } from './breakdown';

const UNIT = '个|项|件|家|所|名|人|条|处|座|户|批|类|部|篇';
const COUNT = new RegExp(`(?<![0-9.．第每前])([0-9]{1,7})[ \\t]*(${UNIT})(?![0-9])`, 'g');
/** A count in words (命名城关镇等八个乡镇): what the document adds may be written so. */
const WORDED_COUNT = new RegExp(`(?<![第每前一二三四五六七八九十百两])([一二三四五六七八九十百两]{1,4})(${UNIT})`, 'g');
/** A whole: 共18处, （共20项）, 永隆村等36个 (a list closed by its count). */
const WHOLE = new RegExp(`(?:共(?:计|有)?|等)[ \\t]*([0-9]{1,7})[ \\t]*(${UNIT})`, 'g');
/** The sentence before: what stood before this document (此前…, 前四批…, 已公布五批…). */
const EARLIER = /此前|前[0-9一二两三四五六七八九十]{1,3}批|以往/;
/** The sentence of the running total: 至此，目前，截至目前(，), 截至2025年底(，), 截止2025年12月31日(，); group 1 its word. */
const RUNNING = /^[ \t]*(至此|目前|截[至止](?:目前|[ \t]*[0-9]{4}[ \t]*年(?:[ \t]*[0-9]{1,2}[ \t]*月(?:[ \t]*[0-9]{1,2}[ \t]*日)?)?(?:底|末)?))(?:[，,]|(?<=目前|底|末|日))/;
const ROUGH = /以上|超过|不少于|不足|左右|约|近(?=[ \t]*[0-9])|余|多/;
/** Words taking some off the list (撤销…资格, 取消, 摘牌, 合并为1个): the total moves by what is added less what goes. */
const REMOVAL = /撤销|取消|注销|摘牌|退出|移出|调出|合并|除名/;

export function checkRunningTotals(ctx: RuleContext, doc: GazetteDocument): void {
  const all = paragraphsIn(ctx.issue, doc.range);
  // The document's text outside tables, gathered only where a running total is read.
  let paragraphs: readonly Paragraph[] | undefined;
  for (const p of all) {
    if ((!p.text.includes('此') && !p.text.includes('目前') && !p.text.includes('截')) || isTableRow(p.text)) continue;
    const sentences = sentencesOf(p.text);
    for (let k = 1; k < sentences.length; k++) {
      const [runningAt, running] = sentences[k];
      const [earlierAt, earlier] = sentences[k - 1];
      const lead = RUNNING.exec(running);
      if (!lead || !EARLIER.test(earlier) || ROUGH.test(running) || ROUGH.test(earlier)) continue;
      const after = allMatches(running, WHOLE);
      const before = allMatches(earlier, COUNT);
      if (after.length !== 1 || before.length !== 1 || !sameUnit(after[0][2], before[0][2])) continue;
      const unit = after[0][2];
      const added = Number(after[0][1]) - Number(before[0][1]);
      // What the document counts in that unit elsewhere, and its wholes (共18处, （共20项）).
      paragraphs ??= all.filter((q) => !isTableRow(q.text));
      // The paragraph but the two sentences, keeping what follows the whole (共65个，其中今年新建17个).
      const rest = p.text.slice(0, earlierAt) + running.slice(after[0].index! + after[0][0].length) + p.text.slice(runningAt + running.length);
      const elsewhere = paragraphs.filter((q) => q !== p).map((q) => q.text).concat(rest);
      const counts = elsewhere
        .flatMap((t) => [...allMatches(t, COUNT), ...allMatches(t, WORDED_COUNT)])
        .filter((c) => sameUnit(c[2], unit))
        .map((c) => numeralValue(c[1]));
      const wholes = elsewhere.flatMap((t) => allMatches(t, WHOLE)).filter((c) => sameUnit(c[2], unit));
      if (wholes.length === 0 || givenChanges(elsewhere, counts, unit).has(added)) continue;
      const at = runningAt + after[0].index! + after[0][0].indexOf(after[0][1]);
      ctx.report({
        message: `${lead[1]}共${after[0][1]}${unit}，减去此前的${before[0][1]}${unit}为${added}${unit}，本文件未见此数 (the running total less the earlier one is ${added}, a count the document does not give)`,
        range: sourceRange(p, at, at + after[0][1].length + unit.length),
      });
    }
  }
}

/** The changes to the total the document gives: its counts, the sums of the parts it lists, and where it takes some off, their differences. */
function givenChanges(texts: readonly string[], counts: readonly number[], unit: string): Set<number> {
  const figures = [...new Set(counts)];
  const given = new Set(figures);
  // Parts listed with no whole (其中古遗址3处、古墓葬4处…): their sum is a count the document gives.
  for (const t of texts) {
    for (const [, sentence] of sentencesOf(t)) {
      const at = sentence.indexOf('其中');
      if (at < 0) continue;
      const parts = allMatches(sentence.slice(at), COUNT).filter((c) => sameUnit(c[2], unit));
      given.add(parts.reduce((sum, c) => sum + Number(c[1]), 0));
    }
  }
  if (!texts.some((t) => REMOVAL.test(t))) return given;
  // Added less removed (新认定24家…撤销6家), or all removed (合并9个、减少1个), either way.
  for (const a of figures) {
    given.add(-a);
    for (const b of figures) {
      given.add(a - b);
      given.add(-(a + b));
    }
  }
  return given;
}

/** The sentences of a paragraph (up to 。；), each with where it starts. */
function sentencesOf(text: string): [number, string][] {
  const out: [number, string][] = [];
  let start = 0;
  for (const m of allMatches(text, /[。；;]/g)) {
    out.push([start, text.slice(start, m.index!)]);
    start = m.index! + 1;
  }
  if (start < text.length) out.push([start, text.slice(start)]);
  return out;
}
