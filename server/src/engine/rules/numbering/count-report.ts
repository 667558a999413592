// How a count that disagrees with the items it counts is reported, with the count as listed offered in its place.
import type { Range } from '../../model';
import { fullWidthDigits } from '../../parse/text';
import type { RuleContext } from '../types';

export function claimReport(ctx: RuleContext, claim: { value: number; range: Range }, actual: number, what: string, related?: Range, unit = '项'): void {
  const digits = digitRange(ctx.text, claim.range);
  // The count as listed, in the width the claim is written in (共４项).
  const written = digits && /[０-９]/.test(ctx.text.slice(digits.start, digits.end)) ? fullWidthDigits(String(actual)) : String(actual);
  ctx.report({
    message: `${what}称共${claim.value}${unit}，实际列出${actual}${unit} (claims ${claim.value} items, ${actual} are listed)`,
    range: claim.range,
    related: related ? [{ range: related, message: '所计条目 (the items counted)' }] : undefined,
    suggestions: digits ? [{ title: `改为${actual} (use ${actual})`, edits: [{ range: digits, text: written }] }] : undefined,
  });
}

/** The digits of a count, a line break a wrap put among them included (等1 / 2个单位). */
function digitRange(text: string, r: Range): Range | undefined {
  const m = /[0-9０-９]+(?:\r?\n[0-9０-９]+)*/.exec(text.slice(r.start, r.end));
  return m ? { start: r.start + m.index, end: r.start + m.index + m[0].length } : undefined;
}
