// structure/issue-number: the masthead's 第N期 / 总第N期 — repeated forms on
// the cover agree, and the numbers agree with the configuration and with the
// other issues of the same gazette in the workspace (within a year, 总期号 −
// 期号 is the same for every issue; no two issues share a number).
import type { Issue, Range } from '../../model';
import type { Report, Rule, RuleContext } from '../types';
import { isPageArtifactLine } from '../../parse/text';

interface Options {
  expectedIssue?: number;
  expectedTotal?: number;
}

interface Found {
  value: number;
  range: Range;
}

const TOTAL = /总[ \t]*第[ \t]*(\d{1,5})[ \t]*期/g;
const ISSUE = /第(?<!总[ \t]*第)[ \t]*(\d{1,3})[ \t]*期/g;

const rule: Rule<Options> = {
  id: 'structure/issue-number',
  category: 'structure',
  defaultSeverity: 'error',
  description: '期号（第N期、总第N期）须前后一致，并与配置或同刊其他各期衔接 (issue numbers must agree with each other, the configuration and the other issues)',
  fixable: false,
  optionsSchema: {
    expectedIssue: { type: 'integer', minimum: 1, description: '本期应为第几期 (expected 第N期)' },
    expectedTotal: { type: 'integer', minimum: 1, description: '本期应为总第几期 (expected 总第N期)' },
  },
  defaultOptions: {},
  check(ctx) {
    const m = ctx.issue.masthead;
    if (!m) return;
    const { issues, totals } = coverNumbers(ctx.issue);
    disagreement(ctx, issues, '期号', 'issue number');
    disagreement(ctx, totals, '总期号', 'running number');
    const { expectedIssue, expectedTotal } = ctx.options;
    if (m.issueNo && expectedIssue !== undefined && m.issueNo.value !== expectedIssue) {
      ctx.report({ message: `期号应为第${expectedIssue}期，此处为第${m.issueNo.value}期 (expected issue ${expectedIssue})`, range: m.issueNo.range });
    }
    if (m.totalNo && expectedTotal !== undefined && m.totalNo.value !== expectedTotal) {
      ctx.report({ message: `总期号应为总第${expectedTotal}期，此处为总第${m.totalNo.value}期 (expected running number ${expectedTotal})`, range: m.totalNo.range });
    }
    checkRunningHeaders(ctx);
    checkWorkspace(ctx);
  },
};

export default rule;

/** Every 第N期 / 总第N期 on the cover (before the TOC) and in the colophon. */
function coverNumbers(issue: Issue): { issues: Found[]; totals: Found[] } {
  const regions: Range[] = [{ start: 0, end: issue.toc?.range.start ?? issue.masthead!.range.end }];
  if (issue.colophon) regions.push(issue.colophon);
  const issues: Found[] = [];
  const totals: Found[] = [];
  for (const r of regions) {
    const text = issue.text.slice(r.start, r.end);
    for (const [re, out] of [[TOTAL, totals], [ISSUE, issues]] as const) {
      re.lastIndex = 0;
      for (let m; (m = re.exec(text)); ) {
        const at = r.start + m.index + m[0].lastIndexOf(m[1]);
        out.push({ value: Number(m[1]), range: { start: at, end: at + m[1].length } });
      }
    }
  }
  return { issues, totals };
}

function disagreement(ctx: RuleContext<Options>, found: Found[], zh: string, en: string): void {
  if (found.length < 2) return;
  const counts = new Map<number, number>();
  for (const f of found) counts.set(f.value, (counts.get(f.value) ?? 0) + 1);
  if (counts.size < 2) return;
  const [major] = [...counts].sort((a, b) => b[1] - a[1] || 0)[0];
  const first = found.find((f) => f.value === major)!;
  for (const f of found) {
    if (f.value === major) continue;
    ctx.report({
      message: `${zh}前后不一致：此处为${f.value}，其他位置为${major} (${en} differs from the rest of the cover)`,
      range: f.range,
      related: [{ range: first.range, message: `${zh} ${major}` }],
    });
  }
}

/** A page's running header in the body (某市人民政府公报　2024年第6期, 第6期（总第150期）) names this issue. */
const HEADER_ISSUE = /(?<!总[ \t\u3000]*)(?:(\d{4})[ \t\u3000]*年[ \t\u3000]*)?第[ \t\u3000]*(\d{1,3})[ \t\u3000]*期/;
const HEADER_TOTAL = /总第[ \t\u3000]*(\d{1,5})[ \t\u3000]*期/;

function checkRunningHeaders(ctx: RuleContext<Options>): void {
  const m = ctx.issue.masthead!;
  // Only a year the masthead prints: an issue of December may come out in January.
  const year = m.year;
  const from = ctx.issue.toc?.range.end ?? m.range.end;
  const to = ctx.issue.colophon?.start ?? ctx.text.length;
  const differs = (at: number, found: string, own: string) =>
    ctx.report({
      message: `页眉期号“${found}”与本期“${own}”不一致 (the running header names another issue)`,
      range: { start: at, end: at + found.length },
      related: [{ range: (m.issueNo ?? m.totalNo)!.range, message: `本期 ${own} (this issue)` }],
    });
  // A document's own serial under its title (会议纪要 / （第8期）) is read into the title: no running header.
  const inTitle = (at: number) => ctx.issue.documents.some((d) => d.title && d.title.range.start <= at && at < d.title.range.end);
  for (const line of ctx.issue.lines) {
    if (line.start < from || line.end > to || line.text.length > 40 || !line.text.includes('期') || !isPageArtifactLine(line.text)) continue;
    if (inTitle(line.start)) continue;
    const h = HEADER_ISSUE.exec(line.text);
    if (h && m.issueNo && (Number(h[2]) !== m.issueNo.value || (h[1] !== undefined && year !== undefined && Number(h[1]) !== year))) {
      differs(line.start + h.index, h[0], `${h[1] !== undefined ? `${year ?? h[1]}年` : ''}第${m.issueNo.value}期`);
    }
    const t = HEADER_TOTAL.exec(line.text);
    if (t && m.totalNo && Number(t[1]) !== m.totalNo.value) differs(line.start + t.index, t[0], `总第${m.totalNo.value}期`);
  }
}

/** Against the other issues of the same gazette in the workspace. */
function checkWorkspace(ctx: RuleContext<Options>): void {
  const ws = ctx.workspace;
  const m = ctx.issue.masthead!;
  if (!ws || !m.name) return;
  const year = m.year ?? m.publicationDate?.year;
  const done = new Set<string>(); // one report of each kind, however many issues disagree
  const report = (kind: string, r: Report) => {
    if (done.has(kind)) return;
    done.add(kind);
    ctx.report(r);
  };
  for (const [uri, other] of ws.entries()) {
    if (uri === ctx.uri || other === ctx.issue) continue;
    const o = other.masthead;
    if (!o || o.name?.norm !== m.name.norm) continue;
    const oYear = o.year ?? o.publicationDate?.year;
    const sameYear = year !== undefined && year === oYear;
    if (sameYear && m.issueNo && o.issueNo && m.issueNo.value === o.issueNo.value) {
      report('issue', {
        message: `与同刊另一期的期号重复：${year}年第${m.issueNo.value}期 (another issue of this gazette has the same number)`,
        range: m.issueNo.range,
        related: [{ uri, range: o.issueNo.range, message: `同年第${o.issueNo.value}期 (same issue number)` }],
      });
      continue;
    }
    if (m.totalNo && o.totalNo && m.totalNo.value === o.totalNo.value) {
      report('total', {
        message: `与同刊另一期的总期号重复：总第${m.totalNo.value}期 (another issue has the same running number)`,
        range: m.totalNo.range,
        related: [{ uri, range: o.totalNo.range, message: `总第${o.totalNo.value}期` }],
      });
      continue;
    }
    if (sameYear && m.issueNo && o.issueNo && m.totalNo && o.totalNo) {
      const expected = o.totalNo.value + (m.issueNo.value - o.issueNo.value);
      if (expected !== m.totalNo.value) {
        report('total', {
          message: `总期号与同年第${o.issueNo.value}期（总第${o.totalNo.value}期）不衔接：第${m.issueNo.value}期应为总第${expected}期 (running number does not follow from issue ${o.issueNo.value} = total ${o.totalNo.value})`,
          range: m.totalNo.range,
          related: [{ uri, range: o.totalNo.range, message: `第${o.issueNo.value}期 总第${o.totalNo.value}期` }],
        });
      }
    }
  }
}
