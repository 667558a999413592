// typography/ascii-quotes: straight quotes "…" '…' in Chinese text, where
// GB/T 15834 wants “…” and ‘…’.
import type { Rule, RuleContext } from '../types';
import { documentSegments, isCjk, outsideSegments, type Segment } from './util';

const rule: Rule = {
  id: 'typography/ascii-quotes',
  category: 'typography',
  defaultSeverity: 'warning',
  description: '中文中使用了英文直引号 "…" \'…\'，应为“…”‘…’ (straight ASCII quotes in Chinese text)',
  fixable: true,
  checkDocument(ctx, d) {
    for (const seg of documentSegments(ctx.issue, d)) checkSegment(ctx, seg);
  },
  checkOutside(ctx) {
    for (const seg of outsideSegments(ctx.issue)) checkSegment(ctx, seg);
  },
};

export default rule;

function checkSegment(ctx: RuleContext, seg: Segment): void {
  if (seg.text.includes('"')) check(ctx, seg, '"', '“', '”');
  if (seg.text.includes("'")) check(ctx, seg, "'", '‘', '’');
}

function check(ctx: RuleContext, seg: Segment, q: string, open: string, close: string): void {
  const t = seg.text;
  const at: number[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i] !== q) continue;
    // An apostrophe or a quote inside English (PEOPLE'S, "OK") is not ours.
    if (/[A-Za-z0-9]/.test(t[i - 1] ?? '') && /[A-Za-z0-9]/.test(t[i + 1] ?? '')) continue;
    at.push(i);
  }
  for (let k = 0; k + 1 < at.length; k += 2) {
    const a = at[k];
    const b = at[k + 1];
    const inner = t.slice(a + 1, b);
    if (!/[\u3400-\u9fff]/.test(inner) && !isCjk(t[a - 1]) && !isCjk(t[b + 1])) continue;
    const s = seg.at(a);
    const e = seg.at(b);
    ctx.report({
      message: `中文引号应为“${open}${close}”，此处为英文直引号 ${q}…${q} (use ${open}…${close}, not straight quotes)`,
      range: { start: s, end: e + 1 },
      fix: {
        title: `改为${open}…${close} (use ${open}…${close})`,
        edits: [
          { range: { start: s, end: s + 1 }, text: open },
          { range: { start: e, end: e + 1 }, text: close },
        ],
      },
    });
  }
  if (at.length % 2 === 1) {
    const i = at[at.length - 1];
    if (!isCjk(t[i - 1]) && !isCjk(t[i + 1])) return;
    const s = seg.at(i);
    ctx.report({
      message: `英文直引号 ${q} 应改为中文引号，且未成对 (straight quote ${q} without a partner)`,
      range: { start: s, end: s + 1 },
    });
  }
}
