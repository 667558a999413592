// 共26项，其中行政许可14项、行政确认5项…: a count in running text and the parts its 其中 lists. Parts may
// leave some out (其中重点项目12个), so only parts that add up to more than the whole are reported, or
// parts that end in 其他 / 其余 (the list is then the whole) and add up to anything else.
import type { GazetteDocument } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { isTableRow } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';

const UNIT = '个|项|件|家|所|名|条|处|座|户|批|类';
const WHOLE = new RegExp(`(?<![0-9０-９.．第每前])([0-9]{1,5})[ \\t]*(${UNIT})[，,][ \\t]*其中[：:]?`, 'g');
const PART = new RegExp(`(?<![0-9.．第每前])([0-9]{1,5})[ \\t]*(${UNIT})`, 'g');
/** A part given roughly (20项以上, 约30个): the parts cannot be added. */
const ROUGH = /以上|以下|超过|不少于|不足|左右|约|近|余|多/;
const REST = /^(其他|其余|其它)/;

export function checkTextBreakdowns(ctx: RuleContext, doc: GazetteDocument): void {
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    if (!p.text.includes('其中') || isTableRow(p.text)) continue;
    for (const m of p.text.matchAll(WHOLE)) {
      const whole = Number(m[1]);
      const unit = m[2];
      const tail = p.text.slice(m.index! + m[0].length).split(/[。；;]/, 1)[0];
      let sum = 0;
      let parts = 0;
      let rest = false;
      for (const segment of tail.split(/[、，,]/)) {
        const counts = [...segment.matchAll(PART)];
        if (counts.length !== 1 || counts[0][2] !== unit || ROUGH.test(segment)) break;
        sum += Number(counts[0][1]);
        parts++;
        rest = REST.test(segment.trim());
      }
      if (parts < 2 || sum === whole || (sum < whole && !rest)) continue;
      ctx.report({
        message: `称共${whole}${unit}，“其中”所列各项之和为${sum}${unit} (the parts listed add up to ${sum}, not ${whole})`,
        range: sourceRange(p, m.index!, m.index! + m[1].length + m[2].length),
      });
    }
  }
}
