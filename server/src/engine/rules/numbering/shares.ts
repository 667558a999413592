// A share against its part and its whole, as the text gives them:
// - 其中，税收收入63.18亿元，增长4.9%，占一般公共预算收入的73.1%: the whole named (占…的), the last figure in that
//   measure the text gives right after the name before the part;
// - 在主办的231件建议中，A类98件，占42.4%；… and 共检查企业860家，其中…120家，占14.0%: the whole unnamed, the figure of
//   the nearest 在…中 or the last figure in the part's measure before the nearest 其中 (in its sentence, or in the
//   sentence before where 其中 opens one).
// A whole's figure in the share's name is the whole (占主办建议总数231件的47.3%). No figure of a change (比上年增加4.73亿元)
// is a part or a whole. Shares listed after 分别占 (…1023.5亿元，…1376.7亿元，分别占…的39.6%和53.2%) are of the last as many
// figures in their sentence, in order.
// The part is the last figure in the share's clause run (since ；or 。), unless the share's own clause names another
// part in words with no figure (农村人口占35.0%, 上年占比为44.7%: a share the text does not give the figures of). Figures in 万 or 亿 are rounded, and so is the
// share (or cut): it is reported only where no figures the printed ones could round from give it, nor another figure
// in the part's measure just before it (a share of another whole). The whole is looked for at most 400 characters back.
import type { GazetteDocument } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { isTableRow } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';
import { FIGURE, FIGURES, type Figure, figureOf, rateFits } from './completion-rates';

/**
 * 占42.4%, 占比为8.3%, 占一般公共预算收入的73.1%, 占全市的比重为12.0%, 占主办建议总数231件的47.3% (the whole's figure in
 * its name: groups 2–4), 分别占…的39.6%和53.2% (the shares after the first: group 6); not a bound (占60%以上).
 */
const SHARE = new RegExp(
  `占[ \\t]*(?:([^，,。；;：:、0-9%％（）()\\n]{1,24}?)[ \\t]*(?:${FIGURE}[ \\t]*)?的[ \\t]*)?(?:比重|比例|比)?(?:为|达到|达)?[ \\t]*` +
    `([0-9]{1,3}(?:\\.[0-9]{1,2})?)[ \\t]*[%％]((?:[ \\t]*(?:和|及|与|、)[ \\t]*[0-9]{1,3}(?:\\.[0-9]{1,2})?[ \\t]*[%％])*)(?![ \\t]*(?:以上|以下|左右|多))`,
  'dg',
);
/** A share in a list after the first (和53.2%). */
const NEXT_SHARE = /([0-9]{1,3}(?:\.[0-9]{1,2})?)[ \t]*[%％]/dg;
/** A figure of a change (比上年增加4.73亿元): no whole a part's share is of. */
const CHANGE = /(?:增加|减少|增长|下降|提高|降低|多|少)了?[ \t]*$/;
/** A share given roughly (约占, 近占): no figure can be told wrong by it. */
const ROUGH_SHARE = /(?:约|近|超过|逾)[ \t]*$/;
/** 在主办的231件建议中，: the whole a breakdown after it is of. */
const WITHIN = new RegExp(`在[^。；;，,\\n]{0,30}?${FIGURE}[^。；;，,\\n]{0,16}?中[，,]`, 'dg');
/** A name's figure right after it: 一般公共预算收入86.42亿元, …收入为86.42亿元. */
const AFTER_NAME = new RegExp(`[ \\t]*(?:为|共计|共|总计|合计|达到|达)?[ \\t]*${FIGURE}`, 'dy');

/** How far back a whole, or another figure a share may be of, is looked for. */
const REACH = 400;

export function checkShares(ctx: RuleContext, doc: GazetteDocument): void {
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    const text = p.text;
    if (!text.includes('占') || isTableRow(text)) continue;
    const shares = [...text.matchAll(SHARE)];
    if (shares.length === 0) continue;
    const figures = [...text.matchAll(FIGURES)].map((m) => figureOf(text, m, 0));
    const withins = [...text.matchAll(WITHIN)].map((m) => ({ whole: figureOf(text, m, 0), end: m.index! + m[0].length }));
    // The text is read once, forward: the clause run, sentence and 其中 before each share.
    let cursor = 0;
    let clauseFrom = 0;
    let sentenceFrom = 0;
    let sentenceBefore = 0;
    let among = -1;
    let before = 0; // figures ending before the cursor
    let within = -1;
    for (const s of shares) {
      const at = s.index!;
      for (; cursor < at; cursor++) {
        const c = text[cursor];
        if (c === '；' || c === ';') clauseFrom = cursor + 1;
        else if (c === '。') [clauseFrom, sentenceBefore, sentenceFrom] = [cursor + 1, sentenceFrom, cursor + 1];
        else if (c === '其' && text[cursor + 1] === '中') among = cursor;
      }
      while (before < figures.length && figures[before].end <= at) before++;
      while (within + 1 < withins.length && withins[within + 1].end <= at) within++;
      if (ROUGH_SHARE.test(text.slice(Math.max(0, at - 3), at))) continue;
      if (namesOwnPart(text, at)) continue;
      // Shares listed after 分别占 (…1023.5亿元，…1376.7亿元，分别占…的39.6%和53.2%) are of the parts listed before, in
      // order, in their sentence; a single share is of the last figure of its clause run.
      const rates = [{ rate: s[5], at, end: at + s[0].length - s[6].length }];
      for (const m of s[6].matchAll(NEXT_SHARE)) {
        const from = s.indices![6][0] + m.index!;
        rates.push({ rate: m[1], at: from, end: from + m[0].length });
      }
      // Not a change given with a part (税收收入63.18亿元，比上年增加2.1亿元，占73.1%).
      const runFrom = rates.length > 1 ? sentenceFrom : clauseFrom;
      const run = figures.slice(0, before).filter((f) => f.at >= runFrom && !isChange(text, f));
      const last = run.at(-1);
      if (!last) continue;
      const parts = run.filter((f) => f.measure === last.measure).slice(-rates.length);
      if (parts.length < rates.length || parts.some((f) => f.rough)) continue;
      const part = parts[0];
      const recent = figures.slice(Math.max(0, before - 40), before - 1).filter((f) => f.at >= at - REACH);
      let whole: Figure | undefined;
      if (s[2]) whole = figureOf(text, s, 0, 2);
      else if (s[1]) whole = namedWhole(text, s[1].trim(), part);
      else if (among >= sentenceFrom && (within < 0 || among > withins[within].end)) {
        if (part.at < among) continue; // the part is the whole's, after its 其中
        // 其中 opening its sentence (…86.42亿元，增长5.8%。其中，…): the whole is in the sentence before, not a change
        // it gives (比上年增加4.73亿元).
        const from = /^[ \t]*$/.test(text.slice(sentenceFrom, among)) ? sentenceBefore : sentenceFrom;
        whole = recent
          .filter((f) => f.at >= from && f.end <= among && f.measure === part.measure && !isChange(text, f))
          .at(-1);
      } else if (within >= 0 && withins[within].end > sentenceFrom && withins[within].end <= part.at && withins[within].whole.measure === part.measure) {
        whole = withins[within].whole;
      }
      if (!whole || whole.rough || whole.measure !== part.measure) continue;
      for (const [k, { rate, at: from, end }] of rates.entries()) {
        const own = parts[k];
        if (whole.value < own.value) continue;
        const decimals = rate.split('.')[1]?.length ?? 0;
        const gives = (w: Figure) => rateFits(Number(rate), decimals, own, w);
        if (gives(whole) || recent.some((f) => f.measure === own.measure && f.value >= own.value && gives(f))) continue;
        const exact = ((own.value / whole.value) * 100).toFixed(Math.max(1, decimals));
        ctx.report({
          message: `占比${rate}%与所列部分÷总数（约${exact}%）不符 (the share is not the part over its whole: about ${exact}%)`,
          range: sourceRange(p, from, end),
        });
      }
    }
  }
}

/** Whether a figure is a change (比上年增加4.73亿元): neither a part nor a whole. */
function isChange(text: string, f: Figure): boolean {
  return CHANGE.test(text.slice(Math.max(0, f.at - 4), f.at));
}

/** Words opening a share's clause that name no part of their own (分别占, 均占). */
const NO_SUBJECT = /^[ \t]*(?:分别|均|各|共|合计|累计)?[ \t]*$/;

/**
 * Whether the share's own clause (since the last comma) names its part in words with no figure: 农村人口占35.0%,
 * 上年占比为44.7%, 女性中硕士研究生以上学历的占40.5% are not the figure before them over its whole.
 */
function namesOwnPart(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const lead = before.slice(Math.max(...['，', ',', '；', ';', '。', '：', ':'].map((c) => before.lastIndexOf(c))) + 1);
  return !NO_SUBJECT.test(lead) && !/[0-9]/.test(lead);
}

/** The figure right after the last mention of the whole's name not far before the part, in the part's measure. */
function namedWhole(text: string, name: string, part: Figure): Figure | undefined {
  const from = Math.max(0, part.at - REACH);
  const window = text.slice(from, part.at);
  for (let i = window.lastIndexOf(name), tries = 0; i >= 0 && tries < 5; i = i === 0 ? -1 : window.lastIndexOf(name, i - 1), tries++) {
    AFTER_NAME.lastIndex = from + i + name.length;
    const m = AFTER_NAME.exec(text);
    if (!m) continue;
    const f = figureOf(text, m, 0);
    if (f.at !== part.at && f.measure === part.measure) return f;
  }
  return undefined;
}
