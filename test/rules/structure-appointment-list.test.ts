import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { parseIssue } from '../../server/src/engine';
import { fixed, inject, lines, run } from './helpers';

const RULE = 'structure/appointment-list';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('reports the four slips of the J18 人事任免 and nothing else in the corpus', () => {
    const found = run(RULE, corpus('J18'));
    assert.deepEqual(lines(corpus('J18'), found), [588, 682, 684, 706]);
    assert.match(found[0].message, /同一行/); // header and 任命: merged
    assert.match(found[1].message, /句号结束，应为分号/); // 。 inside the 免去 list
    assert.match(found[2].message, /缺少“职务”/); // 姜铭恩 …副总经理;
    assert.match(found[3].message, /应为“免去X同志的/); // 黄立元同志其…
    assert.deepEqual(run(RULE, corpus('J19')), []);
    assert.deepEqual(run(RULE, corpus('SX')), []);
  });

  it('reads bold subheadings on lines of their own (**免去:**) as subheadings, not as the start of the entry below', () => {
    const text = [
      '【市政府人事任免】(2018 年 12 月份)', '', '**任命:**', '', '张三同志任临江市教育局局长；', '', '李四同志任临江市财政局副局长。', '',
      '**免去:**', '', '免去王五同志的临江市财政局副局长职务。', '',
    ].join('\n');
    assert.deepEqual(run(RULE, text), []);
    assert.deepEqual(lines(text, run(RULE, text.replace('局长；', '局长。'))), [5]);
  });

  it('fixes all four and is then quiet', () => {
    const out = fixed(RULE, excerpt('J18', 588, 715));
    assert.deepEqual(run(RULE, out), []);
    assert.ok(out.startsWith('【市政府人事任免】(2018 年 12 月份)\n\n**任命:**'));
    assert.ok(out.includes('副总经理职务;\n\n免去陈云海'));
    assert.ok(out.includes('免去黄立元同志的'));
  });

  it('ends the section title before the subheading run into it, and still reports the subheading there', () => {
    const section = (header: string) => [header, '', '张三同志任某市发展和改革委员会主任；', '', '李四同志任某市财政局局长。', ''].join('\n');
    for (const [header, title, sub] of [
      ['【市政府人事任免】（2024年6月份）**任命：**', '【市政府人事任免】（2024年6月份）', '**任命：**'],
      ['【市政府人事任免】(2024 年 6 月份) 任命:', '【市政府人事任免】(2024 年 6 月份)', '任命:'],
      ['【市政府人事任免】（2024年6月份）**免去：**', '【市政府人事任免】（2024年6月份）', '**免去：**'],
    ]) {
      const text = section(header);
      const d = parseIssue(text).documents.find((x) => x.kind === 'appointments')!;
      assert.equal(d.title.text, title);
      assert.equal(text.slice(d.title.range.start, d.title.range.end), title);
      const found = run(RULE, text);
      assert.equal(found.length, 1, header);
      assert.equal(text.slice(found[0].range.start, found[0].range.end), sub);
    }
    // On its own line the subheading is no part of the title, and nothing is reported.
    const apart = ['【市政府人事任免】（2024年6月份）', '', '任命：', '', '张三同志任某市发展和改革委员会主任；', '', '李四同志任某市财政局局长。', ''].join('\n');
    assert.equal(parseIssue(apart).documents[0].title.text, '【市政府人事任免】（2024年6月份）');
    assert.deepEqual(run(RULE, apart), []);
  });

  it('flags a list whose last entry ends with a semicolon', () => {
    const text = inject(excerpt('J18', 588, 715), '副调研员职务。', '副调研员职务;');
    assert.deepEqual(lines(text, run(RULE, text).filter((f) => /最后一条/.test(f.message))), [127]);
  });

  it('does not demand 职务 where the list does not use it', () => {
    const text = corpus('J18').replace(/职务;/g, ';');
    assert.deepEqual(run(RULE, text).filter((f) => /职务/.test(f.message) && !/其/.test(f.message)), []);
  });

  it('reads entries that name no 同志 (张三为…, 李四的…职务) as entries', () => {
    const list = (lastAppointment: string) =>
      ['【某市人民政府人事任免】', '', '任命：', '', '张三为某市发展和改革委员会主任；', '', lastAppointment, '', '免去：', '', '王五的某市发展和改革委员会主任职务；', '', '赵六的某市财政局局长职务。', ''].join('\n');
    assert.deepEqual(run(RULE, list('李四为某市财政局局长。')), []);
    const text = list('李四为某市财政局局长；');
    assert.deepEqual(lines(text, run(RULE, text)), [7]);
    assert.equal(fixed(RULE, text), list('李四为某市财政局局长。'));
  });
  describe('where a list ends: a remark on it, the next section\'s header', () => {
    const section = (...body: string[]) =>
      ['【人事任免】', '', '某市人民政府任免国家工作人员', '', '（2024年6月）', '', '任命：', '', '陈立新为某市发展和改革委员会副主任。', '', '免去：', '', ...body.flatMap((l) => [l, ''])].join('\n');
    const remark = '以上同志的任免，已经市人民政府批准。其中，挂职人员的原任职务不变。';

    it('does not read a closing remark as an entry', () => {
      assert.deepEqual(run(RULE, section('王海峰的某市发展和改革委员会副主任职务；', '康宁的某市交通投资集团有限公司总工程师职务。', remark)), []);
      const text = section('王海峰的某市发展和改革委员会副主任职务；', '康宁的某市交通投资集团有限公司总工程师职务；', remark);
      assert.deepEqual(lines(text, run(RULE, text)), [15]);
      assert.match(run(RULE, text)[0].message, /最后一条/);
    });

    it('ends a list at the next section\'s header, alone or over its 任命：', () => {
      const next = ['江北区人民政府任免国家工作人员（2024年6月）', '任命：', '杨国栋为江北区发展和改革局局长；', '邱美华为江北区教育局副局长。'];
      assert.deepEqual(run(RULE, section('王海峰的某市发展和改革委员会副主任职务。', ...next)), []);
      assert.deepEqual(run(RULE, section('王海峰的某市发展和改革委员会副主任职务。', '附：' + next[0], ...next.slice(1))), []);
      // An entry that names 任免 among its duties is no header.
      assert.deepEqual(run(RULE, section('王海峰的某市发展和改革委员会副主任职务；', '徐志明的某市教育局副局长职务；', '孙力的某市干部任免工作小组办公室主任职务；', '康宁的某市审计局副局长职务。')), []);
      const text = section('王海峰的某市发展和改革委员会副主任职务。', ...next.slice(0, 3), '邱美华为江北区教育局副局长；');
      assert.deepEqual(lines(text, run(RULE, text)), [21]);
    });
  });

  describe('a 免去： list whose entries start with the name (王海峰的…职务；)', () => {
    const removals = (...entries: string[]) =>
      ['【人事任免】', '', '某市人民政府任免国家工作人员', '', '（2024年6月）', '', '免去：', '', ...entries.flatMap((l) => [l, ''])].join('\n');
    const valid = ['王海峰的某市发展和改革委员会副主任职务；', '徐志明的某市教育局副局长职务；', '钟华的某市统计局副局长职务；', '洪波的某市机关事务管理局副局长职务；', '程立新的某市城市管理局副局长职务。'];
    const with3 = (entry: string) => valid.map((e, i) => (i === 3 ? entry : e));

    it('flags an entry without 职务 and one with 其 for 的, and fixes both', () => {
      const duty = removals(...with3('洪波的某市机关事务管理局副局长；'));
      assert.deepEqual(lines(duty, run(RULE, duty)), [15]);
      assert.match(run(RULE, duty)[0].message, /缺少“职务”/);
      assert.equal(fixed(RULE, duty), removals(...valid));
      const qi = removals(...with3('洪波其某市机关事务管理局副局长职务；'));
      assert.deepEqual(run(RULE, qi).map((f) => f.message), ['“X其…职务”应为“X的…职务” (use 的, as the rest of the list does)']);
      assert.equal(fixed(RULE, qi), removals(...valid));
    });

    it('flags 其 in a short list where every other entry writes 的', () => {
      for (const n of [3, 4]) {
        const entries = valid.slice(0, n).map((e, i) => (i === n - 1 ? e.replace('；', '。') : e));
        const qi = removals(...entries.map((e, i) => (i === 1 ? e.replace('的', '其') : e)));
        assert.deepEqual(run(RULE, qi).map((f) => f.message), ['“X其…职务”应为“X的…职务” (use 的, as the rest of the list does)'], String(n));
        assert.equal(fixed(RULE, qi), removals(...entries));
      }
      // Two entries make no habit, nor does a list where 其 is as common.
      assert.deepEqual(run(RULE, removals('王海峰的某市发展和改革委员会副主任职务；', '徐志明其某市教育局副局长职务。')), []);
      const half = valid.slice(0, 4).map((e, i) => (i % 2 ? e.replace('的', '其') : e)).map((e, i) => (i === 3 ? e.replace('；', '。') : e));
      assert.deepEqual(run(RULE, removals(...half)), []);
      // 其他 is no 其 for 的.
      const other = ['免去王海峰同志的某市发展和改革委员会副主任职务；', '免去徐志明同志的某市教育局副局长职务；', '免去钟华同志其他职务。'];
      assert.deepEqual(run(RULE, removals(...other)), []);
      // Nor are 其余, and 其 before words with their own 的 (其兼任的): there 其 is "his".
      for (const last of ['免去钟华同志其余职务。', '钟华其兼任的某市统计局副局长职务。', '钟华其所任的某市统计局副局长职务。']) {
        assert.deepEqual(run(RULE, removals(...other.slice(0, 2), last)), [], last);
      }
    });

    it('flags the entry without 职务 in a list of two, whichever it is, and leaves a 资格 removed alone', () => {
      const first = removals('王海峰的某市发展和改革委员会副主任；', '徐志明的某市教育局副局长职务。');
      assert.deepEqual(lines(first, run(RULE, first)), [9]);
      assert.equal(fixed(RULE, first), removals('王海峰的某市发展和改革委员会副主任职务；', '徐志明的某市教育局副局长职务。'));
      const second = removals('王海峰同志的某市发展和改革委员会副主任职务；', '徐志明同志的某市教育局副局长。');
      assert.deepEqual(run(RULE, second).map((f) => f.message), ['“免去…”条目缺少“职务”（名单中其他条目均以“职务”结束） (an entry of the 免去 list lacks 职务, unlike the others)']);
      assert.deepEqual(run(RULE, removals('王海峰的某市发展和改革委员会副主任职务；', '徐志明的某市人民政府参事资格。')), []);
      assert.deepEqual(run(RULE, removals('王海峰的某市发展和改革委员会副主任；', '徐志明的某市教育局副局长。')), []);
    });

    it('is quiet on a name ending in 其, and on a list that does not write 职务', () => {
      assert.deepEqual(run(RULE, removals(...with3('王文其的某市机关事务管理局副局长职务；'))), []);
      assert.deepEqual(run(RULE, removals(...valid.map((e) => e.replace('职务', '')))), []);
    });
  });

  describe('a 人事任免 section that no 目录 lists and no 【】 marks, known by its shape', () => {
    const issue = (lastAppointment: string, header = ['市政府人事任免', '', '（2024年6月份）']) =>
      [
        '某市人民政府关于公布2024年度人事任免工作要点的通知', '', '某政发〔2024〕7号', '', '各区人民政府，市政府各部门：', '',
        '现将有关事项通知如下。', '', '人事任免', '', '严格执行干部任免程序。', '', '某市人民政府', '', '2024年6月3日', '',
        ...header, '', '任命：', '', '陈志强同志任某市发展和改革委员会副主任；', '', lastAppointment, '',
        '免去：', '', '王海峰同志的某市发展和改革委员会副主任职务；', '', '徐志明同志的某市教育局副局长职务。', '',
      ].join('\n');

    it('checks its lists, with or without the period under its title', () => {
      const text = issue('林晓梅同志任某市教育局副局长；');
      assert.deepEqual(lines(text, run(RULE, text)), [25]);
      const oneLine = issue('林晓梅同志任某市教育局副局长；', ['市政府人事任免（2024年6月份）']);
      assert.deepEqual(lines(oneLine, run(RULE, oneLine)), [23]);
    });

    it('is quiet on a valid section, and on a document whose body names 任免 over ordinary text', () => {
      const text = issue('林晓梅同志任某市教育局副局长。');
      assert.deepEqual(run(RULE, text), []);
      assert.deepEqual(parseIssue(text).documents.map((d) => d.kind), ['document', 'appointments']);
    });
  });

  describe('the entries of a 任免 notice (任命X为…； / 免去Y的…职务。)', () => {
    const notice = (appoint: string[], remove: string[], gap = ['']) =>
      [
        '某市人民政府关于王立新等同志职务任免的通知', '', '某政任〔2024〕9号', '', '各区人民政府，市政府各部门：', '',
        '经2024年8月5日市政府第46次常务会议研究决定：', '', ...appoint, ...gap, ...remove, '', '某市人民政府', '', '2024年8月6日', '',
      ].join('\n');
    const appoint = ['任命王立新为某市发展和改革委员会副主任；', '任命李晓燕为某市教育局副局长。'];
    const remove = ['免去赵志强的某市发展和改革委员会副主任职务；', '免去孙丽华的某市教育局副局长职务；', '免去吴海涛的某市人民政府研究室主任职务。'];

    it('is quiet on a notice whose lists end as they should, and on one sentence over both verbs', () => {
      assert.deepEqual(run(RULE, notice(appoint, remove)), []);
      assert.deepEqual(run(RULE, notice(['任命王立新为某市发展和改革委员会副主任；', '任命李晓燕为某市教育局副局长；'], remove, [])), []);
    });

    it('reads lists set apart by a full stop where no blank line is, and a note after 职务 as no slip', () => {
      assert.deepEqual(run(RULE, notice(appoint, remove, [])), []);
      assert.deepEqual(run(RULE, notice(appoint, [remove[0], remove[1], '免去吴海涛的某市人民政府研究室主任职务，退休。'])), []);
    });

    it('flags the last entry of a list ending with a semicolon, and a 免去 entry without 职务', () => {
      const semicolon = notice(appoint, [...remove.slice(0, 2), '免去吴海涛的某市人民政府研究室主任职务；']);
      assert.deepEqual(run(RULE, semicolon).map((f) => f.message), ['任免名单的最后一条应以句号结束 (the last entry of the list ends with 。)']);
      const two = notice(appoint, [remove[0], '免去孙丽华的某市教育局副局长。']);
      assert.deepEqual(lines(two, run(RULE, two)), [13]);
      assert.equal(fixed(RULE, two), notice(appoint, [remove[0], '免去孙丽华的某市教育局副局长职务。']));
      const duty = notice(appoint, [remove[0], '免去孙丽华的某市教育局副局长；', remove[2]]);
      assert.deepEqual(lines(duty, run(RULE, duty)), [13]);
      assert.equal(fixed(RULE, duty), notice(appoint, remove));
    });
  });
});

describe(`${RULE}: a 人事任免 grouped by department`, () => {
  const section = [
    '泓州市人民政府公报', '', '目　　录', '', '【市政府人事任免】', '', '市政府人事任免（2025年4月份）………………（6）', '',
    '市政府人事任免', '', '（2025年4月份）', '', '　　经市人民政府研究决定，任命4名同志职务，免去2名同志职务：', '',
    '　　市发展和改革委员会', '', '　　任命王建华为市发展和改革委员会副主任（试用期一年）；', '', '　　免去赵国庆的市发展和改革委员会副主任职务。', '',
    '　　市教育局', '', '　　任命李晓燕为市教育局副局长（试用期一年）；', '', '　　免去钱丽华的市教育局副局长职务。', '',
    '　　市科学技术局', '', '　　任命陈志远为市科学技术局副局长（试用期一年）。', '',
    '　　市公安局', '', '　　任命周文斌为市公安局副局长。', '',
  ].join('\n');

  it('reads each department\'s entries as a list of its own, closed by its 。', () => {
    assert.deepEqual(run(RULE, section), []);
    assert.deepEqual(run(RULE, section.replace(/\n\n+/g, '\n').replace(/　　/g, '')), []);
  });

  it('still reports a 。 inside a department\'s list', () => {
    const bad = section.replace('副局长（试用期一年）；', '副局长（试用期一年）。');
    assert.deepEqual(lines(bad, run(RULE, bad)), [23]);
  });
});
