// Run by scale.test.ts in a process of its own, so that what is measured
// is this analysis and not what earlier tests left in the heap (in the full suite the same
// analysis took twice the CPU time). Usage: scale-worker.ts numberless|documents|lists|breakdowns|paragraph|articlesAndNames
// Exits with the failure's message on stderr when a check fails.
import { strict as assert } from 'node:assert';
import { allRules, lintIssue, parseIssue } from '../../server/src/engine';
import { analyze, checkFindings, checkTime } from './properties';

const DOCUMENTS = 20_000;
/** The issue measured against, a tenth of the size. */
const SMALL = 2_000;

/** An issue of `n` short documents of one series, dated out of order, with its 目录 and 发文目录. */
function largeIssue(n: number): string {
  const title = (i: number) => `嘉兴市人民政府关于第${i}项工作的通知`;
  const toc: string[] = [];
  const body: string[] = [];
  const directory: string[] = [];
  for (let i = 1; i <= n; i++) {
    toc.push(title(i), `(嘉政发〔2018〕${i}号)(${(i % 900) + 1})`);
    body.push(title(i), '', `嘉政发〔2018〕${i}号`, '', '各县(市、区)人民政府:', '', `现将有关事项通知如下。`, '', '嘉兴市人民政府', `2018年12月${(i % 28) + 1}日`, '');
    directory.push(`嘉政发〔2018〕${i}号\t${title(i)}\t2018年12月1日`);
  }
  return ['嘉兴市人民政府公报', '2018年第12期', '', '目  录', '', ...toc, '', ...body, '嘉兴市人民政府2018年12月份发文目录', '', ...directory].join('\n');
}

/**
 * One document of `n` short blocks that open lists again and again under one heading: a list restarting at 1．, a
 * figure opening a line (2 组织体系), a note with a slip in its list, a lead-in announcing names, one to a table
 * printed only at the document's end, and a count before a colon over the next block's list.
 */
function restartingLists(n: number): string {
  const block = [
    '1．做好相关工作。', '2 组织体系', '', '注：', '1．说明。', '2．说明。', '4．说明。', '', '决定对以下3名同志予以通报表彰：', '张　三　市财政局科员', '',
    '以下3个品目属于集中采购机构采购项目，各单位应当委托集中采购机构代理采购：', '', '具体要求另行通知。', '',
    '重点抓好2个方面工作：', '',
  ];
  const body = Array.from({ length: n }, () => block).flat();
  // One numbered table at the end, under every lead-in above it.
  const table = ['序号\t品目名称\t编码', '1\t台式计算机\tA02010104', '2\t打印机\tA02021001', ''];
  return ['嘉兴市人民政府关于加强管理的通知', '', '嘉政发〔2018〕1号', '', '各县(市、区)人民政府:', '', ...body, ...table, '嘉兴市人民政府', '2018年12月1日', ''].join('\n');
}

/**
 * A notice with one paragraph of `n` counts broken down by 其中 (no 。 between them), then a year's index whose
 * heading (…公报2024年总目录) stands again before each of its `n` entries.
 */
function breakdownsAndIndex(n: number): string {
  const paragraph = `　　${'共有项目50个，其中市级项目30个、区级项目20个，'.repeat(n)}均已开工。`;
  const index = Array.from({ length: n }, (_, i) => ['某市人民政府公报2024年总目录', `某市人民政府关于第${i}项工作的通知（某政发〔2024〕${(i % 900) + 1}号）………… ${(i % 12) + 1}—2`]).flat();
  return ['某市人民政府关于下达重点项目计划的通知', '', '某政发〔2024〕1号', '', '各县（市、区）人民政府：', '', paragraph, '', '某市人民政府', '2024年12月1日', '', ...index, ''].join('\n');
}

/** An issue of `n` documents without a number, each listed in the 目录 by its title and page alone, all titles alike but for a figure. */
function numberlessIssue(n: number): string {
  const title = (i: number) => `某市人民政府办公室关于做好第${i}项重点工作的通知`;
  const toc: string[] = [];
  const body: string[] = [];
  for (let i = 1; i <= n; i++) {
    toc.push(`${title(i)}……………………${(i % 90) + 1}`);
    body.push(title(i), '', '各县（市、区）人民政府：', '', '现将有关事项通知如下。', '', '某市人民政府办公室', `2024年12月${(i % 28) + 1}日`, '');
  }
  return ['某市人民政府公报', '2024年第12期', '', '目  录', '', ...toc, '', ...body].join('\n');
}

/**
 * Three notices: one of `n` items restarting at 1．, each over a sentence about an article opening a line (第三条明确…);
 * one of `n` such items whose 名单 runs on over `n` pairs of lines a wrap cut inside a name (…王五、赵小 / 六、孙七、…);
 * one of `n` such items whose 名单 has `n` sections (“…第1组”（8名）). A sentence looked back over every heading for
 * an article, a wrapped 六、 over every heading for one at its line, and each section's name was searched for in
 * the whole text of its notice.
 */
function articleSentencesAndWrappedNames(n: number): string {
  const items = Array.from({ length: n }, (_, i) => [`${(i % 9) + 1}．做好相关工作。`, '第三条明确了各部门职责。', `（${(i % 9) + 1}）加强管理。`, '第四条规定了工作程序。']).flat();
  const wrapped = Array.from({ length: n }, () => ['张三、李四、王五、赵小', '六、孙七、周八、吴九、郑十、']).flat();
  const sections = Array.from({ length: n }, (_, i) => [`“先进个人第${i + 1}组”（8名）`, '张三、李四、王五、赵小', '六、孙七、周八、吴九、郑十。']).flat();
  const notice = (serial: number, title: string, body: string[]) => [title, '', `某政发〔2024〕${serial}号`, '', '各县（市、区）人民政府：', '', ...body, '', '某市人民政府', '2024年12月1日', ''];
  return [
    ...notice(1, '某市人民政府关于加强管理工作的通知', items),
    ...notice(2, '某市人民政府关于表彰先进集体的通报', [...items.slice(0, 2 * n), '附件：先进个人名单']),
    ...['附件', '', '先进个人名单', `（共${8 * n}名）`, '', ...wrapped, '钱多。', ''],
    ...notice(3, '某市人民政府关于表彰先进个人的通报', [...items.slice(0, 2 * n), `决定对${8 * n}名先进个人予以表彰。`, '', '附件：先进个人名单']),
    ...['附件', '', '先进个人名单', `（共${8 * n}名）`, '', ...sections, ''],
  ].join('\n');
}

const cases: Record<string, () => void> = {
  articlesAndNames() {
    for (let k = 0; k < 3; k++) analyze(articleSentencesAndWrappedNames(100));
    const small = articleSentencesAndWrappedNames(2_000);
    const text = articleSentencesAndWrappedNames(20_000);
    const a = analyze(text);
    checkFindings(text, a.findings);
    checkGrowth(small, text, 10);
    console.log(JSON.stringify({ chars: text.length, cpuMs: Math.round(a.cpuMs) }));
  },
  numberless() {
    for (let k = 0; k < 3; k++) analyze(numberlessIssue(100));
    const small = numberlessIssue(1_000);
    const text = numberlessIssue(10_000);
    const a = analyze(text);
    assert.equal(a.issue.documents.length, 10_000);
    checkFindings(text, a.findings);
    // Every entry found its document: none is reported as naming nothing.
    assert.ok(!a.findings.some((f) => f.ruleId === 'cross-reference/toc' && /找不到|未在本期/.test(f.message)));
    checkGrowth(small, text, 10);
    console.log(JSON.stringify({ chars: text.length, cpuMs: Math.round(a.cpuMs) }));
  },
  documents() {
    // Warm the JIT, so that what is measured is the code and not its compilation.
    for (let k = 0; k < 3; k++) analyze(largeIssue(200));
    const small = largeIssue(SMALL);
    analyze(small);
    const text = largeIssue(DOCUMENTS);
    const a = analyze(text);
    assert.equal(a.issue.documents.length, DOCUMENTS);
    assert.equal(a.issue.directory?.rows.length, DOCUMENTS);
    checkFindings(text, a.findings);
    // The dates go backwards every 28 numbers: those off the longest run in order are reported.
    assert.ok(a.findings.some((f) => f.ruleId === 'structure/date' && /早于序号在前/.test(f.message)));
    // At this size one analysis takes 5–8 s of CPU (garbage collection threads included), near the
    // reliability budget whether its work is linear or not: growth part by part tells them apart.
    checkGrowth(small, text, DOCUMENTS / SMALL);
    console.log(JSON.stringify({ chars: text.length, cpuMs: Math.round(a.cpuMs) }));
  },
  lists() {
    for (let k = 0; k < 3; k++) analyze(restartingLists(100));
    const small = restartingLists(2_000);
    const text = restartingLists(20_000);
    const a = analyze(text);
    checkFindings(text, a.findings);
    checkGrowth(small, text, 10);
    console.log(JSON.stringify({ chars: text.length, cpuMs: Math.round(a.cpuMs) }));
  },
  breakdowns() {
    for (let k = 0; k < 3; k++) analyze(breakdownsAndIndex(100));
    const small = breakdownsAndIndex(2_000);
    const text = breakdownsAndIndex(20_000);
    const a = analyze(text);
    checkFindings(text, a.findings);
    checkGrowth(small, text, 10);
    console.log(JSON.stringify({ chars: text.length, cpuMs: Math.round(a.cpuMs) }));
  },
  paragraph() {
    for (let k = 0; k < 3; k++) analyze(largeIssue(200));
    const lines = Array.from({ length: 100_000 }, (_, i) => `第${i}行的文字`).join('\n');
    const text = `嘉兴市人民政府关于加强管理的通知\n\n嘉政发〔2018〕1号\n\n各县(市、区)人民政府:\n\n${lines}\n\n嘉兴市人民政府\n2018年12月1日`;
    const a = analyze(text);
    assert.ok(a.issue.paragraphs.some((p) => p.pieces.length === 100_000));
    checkTime(text, a);
    console.log(JSON.stringify({ chars: text.length, cpuMs: Math.round(a.cpuMs) }));
  },
};

/**
 * The parser and each rule on a text `factor` times the size of `small`: linear work costs about
 * `factor` times as much, work comparing every item with every other one `factor` squared (a check
 * of each document that scanned every document: 10.6 ms on 2,000 documents, 2.3 s on 20,000). A
 * part may cost 2.5 × factor times its small measure, plus 50 ms. Wall time (the process's CPU
 * time also counts the collector's threads), the best of three runs on the small text, and on the
 * large one when its first run is over: a collection of the whole model lands on whichever part
 * started it.
 */
function checkGrowth(small: string, large: string, factor: number): void {
  const best = (run: () => void, tries: number) => {
    let ms = Infinity;
    for (let k = 0; k < tries; k++) {
      const t = performance.now();
      run();
      ms = Math.min(ms, performance.now() - t);
    }
    return ms;
  };
  const slow: string[] = [];
  const check = (name: string, onSmall: () => void, onLarge: () => void) => {
    const limit = 2.5 * factor * best(onSmall, 3) + 50;
    let ms = best(onLarge, 1);
    if (ms > limit) ms = Math.min(ms, best(onLarge, 2));
    if (ms > limit) slow.push(`${name} ${ms.toFixed(0)} ms (limit ${limit.toFixed(0)})`);
  };
  check('parseIssue', () => parseIssue(small), () => parseIssue(large));
  const smallIssue = parseIssue(small);
  const largeIssue = parseIssue(large);
  for (const rule of allRules) check(rule.id, () => lintIssue(smallIssue, { rules: [rule] }), () => lintIssue(largeIssue, { rules: [rule] }));
  if (slow.length) throw new Error(`${factor}× the input cost more than ${2.5 * factor}× as much: ${slow.join(', ')}`);
}

const which = process.argv[2];
if (!cases[which]) throw new Error(`usage: scale-worker.ts ${Object.keys(cases).join('|')}`);
cases[which]();
