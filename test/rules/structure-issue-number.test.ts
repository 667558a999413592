import { strict as assert } from 'node:assert';
import { lintIssue, parseIssue, resolveConfig, ruleById, WorkspaceIndex } from '../../server/src/engine';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { inject, lines, run } from './helpers';

const RULE = 'structure/issue-number';

/** The SX cover (SX:1-48: masthead and TOC), renumbered. */
function cover(issueNo: number, total: number, year = 2018): string {
  return excerpt('SX', 1, 48)
    .replace('第 8 期 (总第 286 期)', `第 ${issueNo} 期 (总第 ${total} 期)`)
    .replace('2018年第8期', `${year}年第${issueNo}期`)
    .replace('(总第 286 期)\n\n绍兴市人民政府办公室主办', `(总第 ${total} 期)\n\n绍兴市人民政府办公室主办`)
    .replace(/^2018$/m, String(year))
    .replace('2018年8月31日出版', `${year}年${issueNo}月28日出版`);
}

function withOptions(text: string, options: Record<string, unknown>) {
  const rule = ruleById(RULE)!;
  const { config } = resolveConfig({ rules: { [RULE]: ['error', options] } }, [rule]);
  return lintIssue(parseIssue(text), { rules: [rule], config });
}

function inWorkspace(text: string, others: Record<string, string>) {
  const ws = new WorkspaceIndex();
  for (const [uri, t] of Object.entries(others)) ws.set(uri, parseIssue(t));
  ws.set('file:///this.txt', parseIssue(text));
  return lintIssue(parseIssue(text), { rules: [ruleById(RULE)!], workspace: ws, uri: 'file:///this.txt' });
}

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the corpus (J18/J19 have no masthead; SX repeats 第8期 and 总第286期 consistently)', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('flags a cover whose repeated numbers disagree', () => {
    const text = inject(corpus('SX'), '(总第 286 期)\n\n绍兴市人民政府办公室主办', '(总第 285 期)\n\n绍兴市人民政府办公室主办');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [20]);
    assert.match(found[0].message, /总期号前后不一致/);
    const issueNo = run(RULE, inject(corpus('SX'), '2018年第8期', '2018年第9期'));
    assert.equal(issueNo.length, 1);
  });

  it('flags a page\'s running header in the body that names another issue', () => {
    // A page break inside an SX document with the running header the printer left: right, then naming 第7期.
    const header = (n: number) => inject(corpus('SX'), '(三)加强宣传引导。', `— 5 —\n\n绍兴市人民政府公报　2018年第${n}期\n\n(三)加强宣传引导。`);
    assert.deepEqual(run(RULE, header(8)), []);
    const text = header(7);
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['页眉期号“2018年第7期”与本期“2018年第8期”不一致 (the running header names another issue)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '2018年第7期');
    // Other forms of the header: without the year, in brackets, with the running number.
    const headed = (h: string) => inject(corpus('SX'), '(三)加强宣传引导。', `— 5 —\n\n${h}\n\n(三)加强宣传引导。`);
    for (const ok of ['绍兴市人民政府公报 第 8 期', '绍兴市人民政府公报(2018 年第 8 期)', '第8期（总第286期）', '总第 286 期']) assert.deepEqual(run(RULE, headed(ok)), [], ok);
    for (const [wrong, found] of [['绍兴市人民政府公报 第 9 期', '第 9 期'], ['绍兴市人民政府公报(2017 年第 8 期)', '2017 年第 8 期'], ['第8期（总第285期）', '总第285期']]) {
      const t = headed(wrong);
      assert.deepEqual(run(RULE, t).map((f) => t.slice(f.range.start, f.range.end)), [found], wrong);
    }
  });

  it('reads a 会议纪要\'s own serial under its title as the title, not as a running header', () => {
    const minutes = (serial: string, header = '') =>
      [
        '澜沧市人民政府公报', '', '2025年第7期（总第151期）', '', '澜沧市人民政府办公室主办　　2025年7月25日出版', '', '目　　录', '', '【会议纪要】', '',
        '澜沧市人民政府市长办公会议纪要（第8期）……………………………………（1）', '',
        '澜沧市人民政府市长办公会议纪要', '', serial, '',
        '　　2025年7月10日上午，市长周文涛主持召开市长办公会议，研究老旧小区改造等事项。现将会议议定事项纪要如下：', '',
        '　　一、关于2025年城镇老旧小区改造工作', '', '　　会议议定：市财政局统筹安排市级补助资金1.2亿元，于8月底前拨付到位。', '',
        '　　责任单位：市住房和城乡建设局，市财政局', '', ...(header ? ['— 2 —', '', header, ''] : []),
        '　　二、关于中心城区停车设施建设', '', '　　会议议定：2025年新建公共停车泊位3000个。', '', '　　责任单位：市城市管理局', '',
        '　　出席：周文涛　王志宏', '', '　　记录：张　伟', '', '澜沧市人民政府办公室', '', '2025年7月14日',
      ].join('\n');
    for (const serial of ['（第8期）', '(第8期)', '（第 8 期）', '第8期', '第 8 期']) assert.deepEqual(run(RULE, minutes(serial)), [], serial);
    // Bare, as in brackets: the title's own line, so the 纪要 is a document of its own that the 目录 names.
    for (const serial of ['第8期', '第 8 期']) {
      const issue = parseIssue(minutes(serial));
      assert.deepEqual(issue.documents.map((d) => d.title.norm), ['澜沧市人民政府市长办公会议纪要第8期'], serial);
      assert.deepEqual(lintIssue(issue).filter((f) => f.ruleId.startsWith('cross-reference/')), [], serial);
    }
    // A running header further down still names the issue.
    assert.deepEqual(run(RULE, minutes('（第8期）', '澜沧市人民政府公报　2025年第6期')).map((f) => f.message), ['页眉期号“2025年第6期”与本期“2025年第7期”不一致 (the running header names another issue)']);
  });

  it('checks the configured numbers', () => {
    assert.deepEqual(withOptions(corpus('SX'), { expectedIssue: 8, expectedTotal: 286 }), []);
    const found = withOptions(corpus('SX'), { expectedIssue: 9, expectedTotal: 287 });
    assert.equal(found.length, 2);
    assert.match(found[0].message, /第9期/);
    assert.match(found[1].message, /总第287期/);
  });

  it('checks the running number against the other issues of the same year in the workspace', () => {
    const others = { 'file:///2018-07.txt': cover(7, 285), 'file:///2018-05.txt': cover(5, 283) };
    assert.deepEqual(inWorkspace(cover(8, 286), others), []);
    const wrong = inWorkspace(cover(8, 288), others);
    assert.equal(wrong.length, 1, 'one report however many issues disagree');
    assert.match(wrong[0].message, /应为总第286期/);
    assert.equal(wrong[0].related?.[0].uri !== undefined, true);
  });

  it('flags a number already used by another issue, and ignores other years and other gazettes', () => {
    const dup = inWorkspace(cover(8, 286), { 'file:///other.txt': cover(8, 290) });
    assert.equal(dup.length, 1);
    assert.match(dup[0].message, /期号重复/);
    assert.deepEqual(inWorkspace(cover(8, 286), { 'file:///2017.txt': cover(8, 274, 2017) }), []);
    const otherGazette = cover(7, 100).replace(/绍兴市人民政府公报/g, '嘉兴市人民政府公报');
    assert.deepEqual(inWorkspace(cover(8, 286), { 'file:///jx.txt': otherGazette }), []);
  });
});
