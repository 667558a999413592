// Texts on which a regular expression once backtracked over a long run: a pattern
// that could split a run of spaces (or of one character) in many ways took from
// seconds to hours on one 100 KB line, and the checker hung. Each text is checked
// alone, as a line of the sample draft and inside one of its lines, within the CPU
// budget of the other reliability tests (linear time passes it many times over).
// The long runs of the fuzz (gen.ts, LEADS) start from the same words, and others.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { localize } from '../../server/src/engine/lint';
import { issuedName, namedBetween } from '../../server/src/engine/rules/cross-reference/shared';
import { inlineDisables } from '../../server/src/engine/suppressions';
import { LineIndex, parseIssue } from '../../server/src/engine';
import { issueSymbols } from '../../server/src/features/documentSymbols';
import { nestedRangesAt } from '../../server/src/features/selectionRanges';
import { analyze, checkFindings, checkTime, timeBudgetMs } from './properties';

const N = 100_000;
const tabs = '\t'.repeat(N);
/** Rules printed in the issue, for an interpretation to count. */
const RULES = [
  '某市人民政府关于印发某市停车管理办法的通知', '', '某政发〔2024〕3号', '', '各区人民政府：', '', '现将《某市停车管理办法》印发给你们。', '',
  '某市人民政府', '2024年1月2日', '', '某市停车管理办法', '', '第一条　为了加强管理，制定本办法。', '', '第二条　本办法自发布之日起施行。', '', '',
].join('\n');

/** A reply to a 提案, up to its acknowledgement's start. */
const REPLY = '某市人民政府办公室关于市政协十届四次会议第0123号提案办理情况的答复\n\n某政办函〔2025〕33号\n\n刘建平委员：\n\n　　您提出的';

const CASES: [string, string][] = [
  ['an inline disable comment left open, then spaces', `<!-- gazette-lint-disable${tabs}`],
  ['a 发文字号 whose serial follows a page number, then spaces', `嘉政发〔2018〕\n\n9\n\n${tabs}报`],
  // 号 may follow the serial on the next line (国发〔2024〕7 / 号）): spaces, a line break, spaces, and no 号.
  ['a 发文字号\'s serial, then spaces around a line break', `国发〔2024〕7${tabs}\n${tabs}报`],
  // A serial broken between its digits is taken only before 号: digits, a line break, spaces, digits, spaces, and no 号.
  ['a 发文字号\'s serial broken over a line, then spaces', `国发〔2024〕1\n${tabs}1${tabs}报`],
  // A year broken between its digits: digits, a line break, spaces, and no digits or no closing bracket.
  // A line break may follow the opening bracket: spaces, line breaks, spaces, and no year.
  ['a 发文字号\'s opening bracket, then spaces around line breaks', `国发〔${tabs}\n${tabs}\n${tabs}报`],
  ['a 发文字号\'s year broken over a line, then spaces', `国发〔20\n${tabs}报`],
  ['a 发文字号\'s year broken over a line, then digits and spaces', `国发〔20\n${tabs}24${tabs}报`],
  // A count then spaces, without its measure word or without the colon of an announcement.
  ['a count in words, then spaces', `主要包括以下三${tabs}报`],
  ['a count announcing items, then spaces before no colon', `主要包括以下三个方面${tabs}报`],
  ['counts announcing items, each with its colon and 一是', '分为三类：一是'.repeat(N / 7)],
  ['counts after items run together with 、', '甲、乙三个'.repeat(N / 5)],
  // A 人事任免's count, a lead-in over a table and a count alone before a colon: each tried from every count.
  ['a count of people appointed, then spaces before no measure word', `任命8${tabs}任命8${tabs}：`],
  ['lead-ins over a table, each with a comma', `${'以下8个品目属于集中采购，'.repeat(N / 13)}：`],
  ['counts after what they count over a table, each with a comma', `${'重点建议共8件，'.repeat(N / 8)}：`],
  ['counts of things, each before a colon', '年初确定的十件民生实事全部完成：'.repeat(N / 16)],
  ['a unit label, then spaces before a colon at the line\'s end', `（牵头单位：市建设局；责任单位${tabs}：`],
  ['令 then spaces', `省政府令${tabs}期`],
  ['< then dots that never close', `<。${'。.。'.repeat(N / 3)}`],
  ['a role word then spaces', `配合${tabs}负`],
  ['a reference to a plan\'s section, then spaces before no 节', `按本预案第1.1${tabs}报`],
  ['references to a plan\'s sections run together', '见1.1.1.1'.repeat(N / 8)],
  ['a list of a plan\'s sections, spaces before each 、', `见1.1${'\t、1.2'.repeat(N / 5)}`],
  ['a sum named over its list, then spaces', `甲86名、乙412名，三年合计${tabs}2058${tabs}报`],
  ['a sum after a list, then spaces around its figure', `甲86名、乙412名，合计${tabs}2058${tabs}报`],
  ['a running total, then spaces around its figure', `此前已公布共78处。至此，共${tabs}96${tabs}报`],
  // Each 序号 header started a table that re-read every row after it: quadratic, then out of memory.
  ['a one-cell-per-line table header repeated over and over', '序号\n项目名称\n1\n'.repeat(N / 10)],
  // The link's [ was looked for at every [ of a run, each time to the line's end.
  ['a run of [ before a link\'s target', `${'['.repeat(N / 2)}附件](#a)`],
  // A lookbehind read a chain of 附件1、附件1、… back to its start at every 附件.
  ['a long chain of 附件1、 without 见', '附件1、'.repeat(N / 4)],
  // A count of those honoured before 授予 and a quoted honour left open: each count reads on to the quote's end.
  ['counts before 授予 and an honour in quotes that never closes', '等12个单位授予“2024年度先进集体'.repeat(N / 20)],
  // A pipe table's rule line was tried with two runs of spaces that could share the same spaces.
  ['spaces on a line under a table row', `序号\t项目\n${' '.repeat(N)}x`],
  // A reply's title lists the numbers of the 提案 it answers: a long run of them without the kind after it.
  ['a long run of 第1号、 without 提案', `关于${'第1号、'.repeat(N / 4)}的答复`],
  // Its acknowledgement is read in a number's digits a PDF spaced, lists of them, and brackets after a name, up to 收悉.
  ['a reply acknowledging spaced digits, lists of numbers and brackets never closed', `${REPLY}${'提案（第1 2　3 4、5、'.repeat(N / 16)}${'建议》（'.repeat(N / 8)}收悉。\n\n某市人民政府办公室\n\n2025年7月10日\n`],
  // A unit label closing an item's sentence is read with the units and fields after it, set off by commas.
  ['an item closing on a unit label and units set off by commas, over and over, never ended', `一、任务\n\n（一）推进改革${'，责任单位：各县（市、区），市甲局，完成时限：2025年底'.repeat(N / 30)}（`],
  // An attachment's label, then a gap that might hold its title: spaces of every kind and no title, or no colon.
  ['an attachment label, then a wide gap and no title', `附件1${'\u3000\t '.repeat(N / 3)}`],
  ['an attachment label, then spaces and no colon', `附件${tabs}1${tabs}x`],
  // A group's count was read with two runs of spaces around an optional 共; a cell's, with a lookbehind over them.
  ['a heading\'s bracket before spaces', `一、先进集体（${' '.repeat(N)}x`],
  ['a table cell\'s bracket before spaces', `序号\t项目\n1\t项目（${' '.repeat(N)}x\t甲`],
  // The next item of a one-line 附件说明 was tried from every space of a run.
  ['a 附件说明 item, then spaces', `附件：1．某市名单${' '.repeat(N)}x`],
  // A TAB after a heading label was looked for from every line to the next TAB, however far.
  ['a label and a TAB, then many lines without one', `一、\t总体要求\n${'各地要落实责任。\n'.repeat(N / 5)}`],
  // Whether 任免 comes after a paragraph's last full stop was looked for at every 任免, each time to the stop.
  ['任免 over and over in an appointment entry', `市政府人事任免\n\n（2024年6月份）\n\n任命：\n\n陈志强同志任某市教育局副局长；\n\n林晓梅同志任${'任免'.repeat(N / 2)}。`],
  // An interpretation's count of the rules read two runs of spaces around an optional 个.
  ['an interpretation\'s count of the rules, then spaces', `${RULES}关于《某市停车管理办法》的政策解读\n\n《某市停车管理办法》共三${' '.repeat(N)}x`],
  // A short name declared in quotes may be written bare at a sentence's start before its count.
  ['an interpretation writing a quoted short name bare, then spaces', `${RULES}关于《某市停车管理办法》的解读\n\n《某市停车管理办法》（以下简称“办法”）。办法${tabs}x`],
  ['an interpretation of sentences that each start with a quoted short name', `${RULES}关于《某市停车管理办法》的解读\n\n《某市停车管理办法》（以下简称“办法”）${'。办法共'.repeat(N / 4)}`],
  // Every short name's mentions were looked for in its whole document, and every question's heading among all headings.
  // A reference's list of articles read runs of spaces around an optional 和 or bracket.
  ['a reference to an article, then spaces around 和 and a bracket', `${RULES}关于《某市停车管理办法》的政策解读\n\n根据《某市停车管理办法》第一条和${tabs}第${tabs}（${tabs}x`],
  ['见 before spaces, over and over', `${RULES}关于《某市停车管理办法》的政策解读\n\n${`（见${' '.repeat(50)}x）`.repeat(N / 55)}本办法${tabs}第${tabs}二${tabs}条`],
  // A 其中's part in brackets was read to the bracket's close; a 其中 opening a sentence, back to the sentence's start.
  ['a 其中\'s part opening a bracket never closed', `拟征收土地总面积12公顷，其中农用地（${'耕地1公顷、'.repeat(N / 6)}`],
  ['sentences each closing with a count, the next opening with 其中', '甲5项。其中'.repeat(N / 6)],
  // A 其中 past a rate looks back for its whole; parts each with its rate are read over the rates.
  ['a 其中 over and over in one sentence, each after a rate', '甲5万人，增长1%，其中'.repeat(N / 12)],
  ['parts each with its rate, over and over', `总量9亿元，其中${'甲1亿元，增长1%；'.repeat(N / 11)}`],
  // A count said apart after the parts (另有30户) is looked for in a bounded window after each whole.
  ['parts that fall short, each 其中 followed by 另 over and over', '甲100户，其中已完工10户，未完工10户。另另另另另另另另另另1'.repeat(N / 30)],
  ['a heading\'s count over a long run of names', `一、调研论证项目（共5件）\n\n${'某市停车场管理办法、'.repeat(N / 10)}某市物业管理条例。`],
  // Whether a figure the text states for a table's column follows a 其中 was looked for back to its sentence's start.
  ['a table column\'s name and figure stated over and over in one sentence', `${'，总投资1亿元'.repeat(N / 7)}\n\n序号\t项目\t总投资（亿元）\n1\t甲\t1\n2\t乙\t2\n合计\t\t3\n`],
  ['an interpretation declaring a short name over and over', `${RULES}关于《某市停车管理办法》的解读\n\n${'《某市停车管理办法》（以下简称《办法》）“办法”'.repeat(N / 25)}`],
  // A group row's count after a name that may hold short brackets (二、县（市、区）级（16个）).
  ['a group row of a named table, bracket after bracket and no count', `序号\t执法主体名称\t类别\n一、市级\n1\t甲\t乙\n二、${'县（市、区）'.repeat(N / 6)}\n2\t丙\t丁\n`],
  // A completion rate's figures: spaces around an optional 万, or around an optional 为 after 完成率.
  ['a plan\'s figure, then spaces and no measure', `计划新增就业2${' '.repeat(N)}x，已完成1${' '.repeat(N)}x，完成率${' '.repeat(N)}x`],
  ['rate after rate under one plan, in one sentence', `计划新增就业1000人，${'已完成600人，完成率60%，'.repeat(N / 14)}`],
  ['a count with places in brackets, place after place and no closing bracket', `共30个，其中县（市、区）16个（${'兰江区4个、'.repeat(N / 6)}`],
  // Figures the text works out: spaces around an optional 万 and unit after 由 and before a bracket; dates and weekdays.
  ['a change whose figures are followed by spaces and no measure', `由2${' '.repeat(N)}x调整为3${' '.repeat(N)}x，增加${' '.repeat(N)}x`],
  ['a figure, spaces, and a bracket of products that never closes', `6876${' '.repeat(N / 2)}元（${'28650元×'.repeat(N / 16)}`],
  ['dates and weekdays over and over, with spaces between', `2026年1月1日（星期四）${'至 '.repeat(N / 4)}${'1月4日（星期日）、'.repeat(N / 20)}共${' '.repeat(N / 4)}9天`],
  // A rate column no names tie to its figures: every pair of the columns left of it, over every row.
  ['a wide table of figures under a rate column, row after row', `${Array.from({ length: 16 }, (_, k) => `列${k}`).join('\t')}\t完成率%\n${`${Array.from({ length: 16 }, (_, k) => k + 1).join('\t')}\t50.0\n`.repeat(N / 50)}`],
  // Figures listed with 、 before a total: items over and over with no total, then totals over and over.
  ['items listed over and over, then a total', `${'建议268件、'.repeat(N / 7)}提案315件，共计583件`],
  ['totals over and over after one list', `建议268件、提案315件${'，共计583件'.repeat(N / 7)}`],
  // A comparison: figures and 比 over and over with no verb, and words between 比 and the figure.
  ['figures compared over and over with no difference stated', `${'7680元，比调整前的（10000－500）×75%＝7125元'.repeat(N / 30)}`],
  ['比 over and over between figures', `7680元${'比1元'.repeat(N / 3)}增加`],
  // A change and what is added named before its count: names over and over with no count.
  ['a change, then 新增 and names over and over with no count', `由32种增加到40种，新增${'阿尔茨海默病、'.repeat(N / 7)}`],
  ['a change, what is added, then 调出 and names over and over with no count', `由32种调整为40种，新增帕金森病等10种，调出${'高血压、'.repeat(N / 4)}`],
  ['a change, what is added, then names with no word taking off', `由32种调整为40种，新增帕金森病等10种，${'高血压、'.repeat(N / 4)}`],
  ['shares over and over, each after words with no figure', `全市人口120万人，其中${'农村人口占35.0%，'.repeat(N / 11)}`],
  // A rate of what is dealt with: rates over and over with no 已…, and figures listed with 、 over and over.
  ['rates of what is dealt with over and over, no sentence end', `${'已整改 整改率97.2%，'.repeat(N / 12)}`],
  ['figures listed with 、 over and over before 已整改', `${'隐患14处、'.repeat(N / 6)}已整改3198处，整改率97.2%`],
  // A share: the words of its whole before 的, a breakdown's 在…中 and its figure, shares with no part or whole.
  ['shares over and over with no figure before them', `${'占一般公共预算收入的73.1%，'.repeat(N / 16)}`],
  ['在 then figures and words and no 中', `${'在主办的231件建议'.repeat(N / 10)}，A类98件，占42.4%`],
  ['a part and its share over and over after one 其中', `共检查860家，其中${'规上企业120家，占13.9%；'.repeat(N / 14)}`],
  ['a span of two dates, then its count of days over and over in one clause', `2026年2月15日至2月23日${'，共9天'.repeat(N / 5)}`],
  ['span after span with its count, in one paragraph', `${'1月1日至1月3日，共3天，'.repeat(N / 13)}`],
  ['brackets of products typed with x and quotients, over and over', `${'6876元（28650元x12%÷2/ '.repeat(N / 20)}`],
  ['a change with words before its figure, over and over, with spaces and no verb', `${'由每人每月原来的 188 元 '.repeat(N / 16)}`],
  ['a change and its amount and rate with 了, 约 and 同比, over and over', `${'由原来的188元提高到208元，增加了约20元，同比增长约10.6'.repeat(N / 36)}`],
  ['dates each with a bracket of words and weekdays, and a comma before a weekday', `${'2026年2月17日（农历正月初一、周二、周三，星期'.repeat(N / 24)}`],
  ['dates in a bracket, a weekday after a comma and words that never close it, over and over', `${'除夕（1月28日，星期二，闭馆 2025年 至'.repeat(N / 24)}`],
  ['a change of years and its rate 比上年, over and over, with spaces after a year', `${'2020  年 2024    由4.21万元增长到4.52万元，比上年增长9.9'.repeat(N / 44)}`],
  ['states of progress after counts followed by spaces, over and over', `${'存在问题43个   ，已整改到位37个、正在整改7个；22个  '.repeat(N / 34)}`],
  ['states of progress said with no 已, each after spaces, over and over', `共36项。${'已完成20项   ，基本完成8   项，序时推进 '.repeat(N / 28)}`],
  ['leads of a distribution with no colon, over and over', `${'监控点位分布如下 '.repeat(N / 9)}`],
  ['counts each with spaces before a comma and no lead, over and over', `分布如下${'36  个  ，  '.repeat(N / 10)}`],
  ['clauses of places, each with spaces and no count, under a distribution', `点位36个。\n\n点位分布如下：${'江滨路沿线 9 '.repeat(N / 9)}x`],
  ['a sentence of counts with no colon over entries, over and over', `${'任命9名同志职务。\n任命张三为市第一人民医院院长。\n'.repeat(N / 32)}`],
  // A meeting's count of its matters was read with two runs of spaces around an optional 共.
  ['议题 before a long run of spaces', `会议审议了议题${' '.repeat(N)}x`],
  // A run of house numbers was read with two runs of spaces around an optional 号 that could share the same spaces.
  ['a house number, then spaces and no run of them', `人民路（单号）1${' '.repeat(N)}x`],
  // A run's start is not looked for right after another run's 至 or dash, spaces between.
  ['a dash, spaces, house numbers each after spaces and no side', `人民路（单号）—${' 1'.repeat(N / 2)}${' '.repeat(N)}号`],
  // A side before a run: spaces around its colon, before the numbers and after the run's 号, with no dash or no side after.
  ['a side and its colon before house numbers, each after spaces', `和平路（单号${' '.repeat(N / 4)}：${' '.repeat(N / 4)}1${' '.repeat(N / 4)}号${' '.repeat(N / 4)}x`],
  ['runs of house numbers with a side before and after, over and over, spaces between', `${'，单号 ：1 — 3 号 单 '.repeat(N / 16)}`],
  // Each side's runs are looked for up to the bracket's close: a bracket never closed, sides over and over.
  ['sides and their runs in a bracket never closed, over and over', `和平路（${'单号：1—3号、5—7号、'.repeat(N / 14)}`],
  ['span after span with a count of part of it and days left out', `${'1月1日至1月3日，其中共3天（不含 '.repeat(N / 20)}`],
  ['comparisons with 分别, lists of figures joined by 、, over and over with no clause end', `${'收入52360元、28650元分别比上年的49870元、26920元增加2490元、'.repeat(N / 40)}`],
  ['a whole in two measures, spaces before its second figure and its parts\' names, no figure after', `全市组建队伍28个、${' '.repeat(N / 2)}1260人，其中市级队伍${' '.repeat(N / 2)}x`],
  ['a heading whose line runs on in leader dots and spaces, with no page number', `一、总体要求${'…'.repeat(N / 2)}${' '.repeat(N / 2)}x`],
];

describe('texts that made a pattern backtrack over a long run', function () {
  this.timeout(120_000);
  const sample = readFileSync(path.join(__dirname, '..', '..', 'examples', 'sample-issue.txt'), 'utf8').split('\n');
  const body = sample.findIndex((l) => l.startsWith('(一)落实属地管理'));
  const contexts: [string, (s: string) => string][] = [
    ['alone', (s) => s],
    ['as a line of a document', (s) => [...sample.slice(0, body), s, ...sample.slice(body)].join('\n')],
    ['inside a line of a document', (s) => [...sample.slice(0, body), sample[body] + s, ...sample.slice(body + 1)].join('\n')],
  ];

  before(() => {
    assert.ok(body > 0, 'the sample draft has the body line the texts go into');
    // Warm the JIT, so that the budget measures the code and not its compilation (which runs on other threads, and
    // counts in the process's CPU): the sample and every fixture, so that the paths of tables, notes and lists are hot.
    const fixtures = path.join(__dirname, '..', 'fixtures');
    const drafts = readdirSync(fixtures).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(path.join(fixtures, f), 'utf8'));
    for (let k = 0; k < 3; k++) for (const draft of [sample.join('\n'), ...drafts]) analyze(draft);
  });

  for (const [what, text] of CASES) {
    it(what, () => {
      for (const [where, place] of contexts) {
        const t = place(text);
        const a = analyze(t);
        try {
          checkTime(t, a);
        } catch (e) {
          throw new Error(`${where}: ${(e as Error).message}`);
        }
        checkFindings(t, a.findings);
      }
    });
  }

  it('the outline of an interpretation of many headings and questions is made in linear time', () => {
    const text = `${RULES}关于《某市停车管理办法》的解读\n\n${'一、背景\n\n问：为什么？\n\n答：因为。\n\n'.repeat(N / 25)}`;
    const issue = parseIssue(text);
    const lines = new LineIndex(text);
    const before = process.cpuUsage();
    const symbols = issueSymbols(issue, lines);
    const used = process.cpuUsage(before);
    assert.ok(symbols.some((s) => s.detail === '政策解读' && s.children!.length > 1000));
    assert.ok((used.user + used.system) / 1000 < timeBudgetMs(text), `${(used.user + used.system) / 1000} ms`);
  });

  it('expand selection: brackets of one kind left open, then closers of another, are paired in linear time', () => {
    const body = `${'（'.repeat(9000)}${'》'.repeat(9000)}（附件）`;
    const text = `${RULES}${body}\n`;
    const issue = parseIssue(text);
    const before = process.cpuUsage();
    const ranges = nestedRangesAt(issue, text.length - 3);
    const used = process.cpuUsage(before);
    assert.equal(text.slice(ranges[0].start, ranges[0].end), '附件');
    assert.ok((used.user + used.system) / 1000 < timeBudgetMs(body), `${(used.user + used.system) / 1000} ms`);
  });

  it('inline disable comments: a rule list of any length is read, an open comment ends nowhere', () => {
    const rules = Array.from({ length: 60 }, (_, i) => `rule-${i}`).join(', ');
    const disabled = inlineDisables(`<!--   gazette-lint-disable   ${rules}   -->\n`);
    assert.ok(disabled({ ruleId: 'rule-59', severity: 'error', message: '', range: { start: 0, end: 1 } }));
    assert.ok(!disabled({ ruleId: 'rule-60', severity: 'error', message: '', range: { start: 0, end: 1 } }));
    const open = `<!-- gazette-lint-disable${' x'.repeat(N)}\n`;
    const before = process.cpuUsage();
    assert.ok(!inlineDisables(open)({ ruleId: 'x', severity: 'error', message: '', range: { start: 0, end: 1 } }));
    const used = process.cpuUsage(before);
    assert.ok((used.user + used.system) / 1000 < timeBudgetMs(open), 'an open comment is read in linear time');
  });

  it('titles: what 关于印发…的通知 names is found on a line of any length', () => {
    assert.equal(issuedName('嘉兴市人民政府关于印发《嘉兴市养老服务行动方案》的通知'), '嘉兴市养老服务行动方案');
    assert.equal(namedBetween('关于转发省政府关于加强管理意见的通知', ['转发', '批转'], ['通知'], true), '省政府关于加强管理意见');
    assert.equal(namedBetween('关于印发\n关于印发方案的通知', ['关于印发'], ['的通知'], false), '方案', 'the last line, as $ reads it');
    assert.equal(issuedName('关于印发通知'), undefined);
    const long = `${'关于印发于'.repeat(N / 5)}\n${'批转批'.repeat(N / 3)}关于印发通的通知`;
    const before = process.cpuUsage();
    assert.equal(namedBetween(long, ['关于印发'], ['的通知'], false), '通');
    assert.equal(namedBetween(long, ['转发', '批转'], ['通知'], true), `批${'批转批'.repeat(N / 3 - 1)}关于印发通`);
    const used = process.cpuUsage(before);
    assert.ok((used.user + used.system) / 1000 < timeBudgetMs(long));
  });

  it('messages: the English gloss is found after any text', () => {
    const quoted = `“${'\t'.repeat(N)}(${'A'.repeat(1000)}（(A)”`;
    const message = `标题为${quoted}，与正文不一致 (title differs from the body)`;
    const before = process.cpuUsage();
    assert.equal(localize(message, 'en'), 'Title differs from the body');
    assert.equal(localize(message, 'zh'), `标题为${quoted}，与正文不一致`);
    const used = process.cpuUsage(before);
    assert.ok((used.user + used.system) / 1000 < timeBudgetMs(message));
    assert.equal(localize('没有英文说明 (见附件)', 'en'), '没有英文说明 (见附件)', 'a (…) without Latin letters is not a gloss');
    assert.equal(localize('括号 (a (b) c)', 'en'), '括号 (a (b) c)', 'a gloss holds no brackets');
  });
});
