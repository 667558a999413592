// doc-number/format: 发文字号 per GB/T 9704-2012 §7.2.5: 代字〔YYYY〕N号.
import { halfWidthDigits } from '../../parse/text';
import { matchesFrom } from '../shared/scan';
import type { DocNumber } from '../../model';
import type { Rule, RuleContext } from '../types';

const MIN_YEAR = 1949;

const rule: Rule = {
  id: 'doc-number/format',
  category: 'doc-number',
  defaultSeverity: 'error',
  description: '发文字号格式：代字〔年份〕序号号 (document number format: code〔year〕serial号)',
  fixable: true,
  check(ctx) {
    const spacedIsHabit = spacingHabit(ctx.issue.numbers);
    // Citations come from every kind of source text: spacing there is never compared.
    for (const n of ctx.issue.numbers) checkNumber(ctx, n, n.role === 'citation' || (spacedIsHabit.get(n.role) ?? true));
    checkDecrees(ctx);
  },
};

export default rule;

function checkNumber(ctx: RuleContext, n: DocNumber, spacedIsHabit: boolean): void {
  if (n.open !== '〔' || n.close !== '〕') {
    ctx.report({
      message: `年份应使用六角括号〔〕，此处为“${n.open}${n.year}${n.close}” (year must be in 〔〕, found ${n.open}…${n.close})`,
      range: { start: n.openRange.start, end: n.closeRange.end },
      fix: {
        title: `改为〔${n.year}〕 (use 〔${n.year}〕)`,
        edits: [
          ...(n.open !== '〔' ? [{ range: n.openRange, text: '〔' }] : []),
          ...(n.close !== '〕' ? [{ range: n.closeRange, text: '〕' }] : []),
        ],
      },
    });
  }
  if (n.lookalikeDigits) {
    // n.year and n.serial hold the digits the letters stand for.
    const year = ctx.text.slice(n.yearRange.start, n.yearRange.end);
    const serial = ctx.text.slice(n.serialRange.start, n.serialRange.end);
    const edits = [
      { range: n.yearRange, text: n.year },
      { range: n.serialRange, text: n.serial },
    ].filter((e) => ctx.text.slice(e.range.start, e.range.end) !== e.text);
    ctx.report({
      message: `发文字号中有形似数字的字母（识别错误）：“${n.issuer}〔${year}〕${serial}号”应为“${n.issuer}〔${n.year}〕${n.serial}号” (letters read for digits: O for 0, l or I for 1)`,
      range: { start: n.yearRange.start, end: n.serialRange.end },
      fix: { title: '改为数字 (use the digits)', edits },
    });
  } else if (n.fullWidthDigits) {
    // n.year and n.serial hold the digits in half width.
    const edits = [
      { range: n.yearRange, text: n.year },
      { range: n.serialRange, text: n.serial },
    ].filter((e) => ctx.text.slice(e.range.start, e.range.end) !== e.text);
    ctx.report({
      message: `发文字号中的数字应使用半角：“${n.raw}”应为“${halfWidthDigits(n.raw)}” (digits of a number must be half-width)`,
      range: { start: n.yearRange.start, end: n.serialRange.end },
      fix: { title: '改为半角数字 (use half-width digits)', edits },
    });
  }
  const year = Number(n.year);
  const latest = new Date().getFullYear() + 1;
  if (n.year.length !== 4 || year < MIN_YEAR || year > latest) {
    ctx.report({
      message: `年份“${n.year}”不是完整、可信的四位年份 (year ${n.year} is not a plausible four-digit year)`,
      range: n.yearRange,
    });
  }
  if (n.serial.length > 1 && n.serial.startsWith('0')) {
    const fixed = String(Number(n.serial));
    ctx.report({
      message: `序号“${n.serial}”不应有前导零，应为“${fixed}” (serial must not have a leading zero)`,
      range: n.serialRange,
      fix: { title: `改为 ${fixed} (use ${fixed})`, edits: [{ range: n.serialRange, text: fixed }] },
    });
  }
  if (n.hasDi) {
    const at = ctx.text.lastIndexOf('第', n.serialRange.start);
    ctx.report({
      message: '发文字号的序号前不加“第” (no 第 before the serial)',
      range: { start: at, end: at + 1 },
      fix: { title: '删除“第” (remove 第)', edits: [{ range: { start: at, end: at + 1 }, text: '' }] },
    });
  }
  if (!n.hasHao) {
    ctx.report({
      message: `发文字号缺少“号”，应为“${n.key}” (number must end with 号)`,
      range: n.range,
      fix: { title: '补上“号” (add 号)', edits: [{ range: { start: n.serialRange.end, end: n.serialRange.end }, text: '号' }] },
    });
  }
  checkSpaces(ctx, n, spacedIsHabit);
}

/** Whitespace inside a number: an extraction artifact where the whole group is spaced, a typo where it is not. */
function checkSpaces(ctx: RuleContext, n: DocNumber, spacedIsHabit: boolean): void {
  if (!n.hasSpace) return;
  const edits = [];
  const re = /\s+/g;
  let m: RegExpExecArray | null;
  // Offsets in the text as written (raw leaves out a page number between the number's lines).
  const written = ctx.text.slice(n.range.start, n.range.end);
  while ((m = re.exec(written))) {
    if (/[\r\n]/.test(m[0])) return; // broken across lines by extraction: nothing to fix in print
    const start = n.range.start + m.index;
    edits.push({ range: { start, end: start + m[0].length }, text: '' });
  }
  const where = n.role === 'document' ? '文件正文的发文字号' : '发文字号';
  ctx.report({
    message: spacedIsHabit
      ? `${where}中有空格（可能来自 PDF 提取）：“${n.raw}” (space inside the number, probably from extraction)`
      : `${where}中有多余空格：“${n.raw}”，同类位置的其他字号没有空格 (stray space inside the number; others of its kind have none)`,
    range: n.range,
    severity: spacedIsHabit ? 'hint' : 'warning',
    fix: { title: '删除空格 (remove the space)', edits },
  });
}

/** Per role: are spaced numbers the habit of this file (at least half of them)? */
function spacingHabit(numbers: readonly DocNumber[]): Map<string, boolean> {
  const counts = new Map<string, [number, number]>();
  for (const n of numbers) {
    const c = counts.get(n.role) ?? [0, 0];
    if (n.hasSpace) c[0]++;
    c[1]++;
    counts.set(n.role, c);
  }
  return new Map([...counts].map(([role, [spaced, all]]) => [role, spaced * 2 >= all]));
}

// 省政府令第354号, 国务院令第708号: the decree number of a regulation takes 第.
// Found from each 令 (see ../shared/scan). The spaces after 第 belong to 第: two
// runs of spaces side by side made a long run cost its length squared.
const DECREE = /令([ \t\u3000]*)(?:(第)([ \t\u3000]*))?(\d{1,4})([ \t\u3000]*)号/y;
const ISSUER_BEFORE = /(?:省|市|州|县|区|自治区|国家)?(?:人民政府|政府|国务院|部|委|局|署|主席)$/;

/** A decree's serial with a leading zero, under its 某市人民政府令: 第012号. */
const ZERO_SERIAL = /第[ \t\u3000]*(0+)[1-9]\d*[ \t\u3000]*号/;

function leadingZero(ctx: RuleContext, from: number, to: number): void {
  const m = ZERO_SERIAL.exec(ctx.text.slice(from, to));
  if (!m) return;
  const start = from + m.index;
  const zeros = start + m[0].indexOf(m[1]);
  const fixed = m[0].replace(/[ \t\u3000]/g, '').replace(/第0+/, '第');
  ctx.report({
    message: `令号序号不应有前导零：应为“${fixed}”，此处为“${m[0]}” (no leading zero in a decree number: ${fixed})`,
    range: { start, end: start + m[0].length },
    fix: { title: `改为“${fixed}” (use ${fixed})`, edits: [{ range: { start: zeros, end: zeros + m[1].length }, text: '' }] },
  });
}

function checkDecrees(ctx: RuleContext): void {
  for (const d of ctx.issue.documents) if (d.kind === 'decree') leadingZero(ctx, d.title.range.start, d.title.range.end);
  for (const m of matchesFrom(ctx.text, '令', DECREE)) {
    if (m[2]) continue;
    const near = ctx.text.slice(Math.max(0, m.index - 7), m.index);
    const issuer = ISSUER_BEFORE.exec(near);
    if (!issuer) continue;
    const start = m.index - (near.length - issuer.index);
    const afterLing = m.index + 1;
    const end = m.index + m[0].length;
    const whole = ctx.text.slice(start, end).replace(/[ \t\u3000]/g, '');
    const fixed = whole.replace(/令(\d+)号$/, '令第$1号');
    ctx.report({
      message: `令号应写作“${fixed}”，此处为“${ctx.text.slice(start, end)}” (a decree number is written with 第: ${fixed})`,
      range: { start, end },
      severity: 'warning',
      fix: { title: `改为“${fixed}” (use ${fixed})`, edits: [{ range: { start: afterLing, end }, text: `第${m[4]}号` }] },
    });
  }
}
