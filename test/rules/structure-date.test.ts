import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { parseIssue } from '../../server/src/engine';
import { documentText, fixed, inject, lines, run } from './helpers';

const RULE = 'structure/date';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  const base = () => excerpt('J18', 44, 125); // 30号 (2018年12月17日) and 68号 (2018年12月3日)

  it('reports only the two soft out-of-order dates of the corpus, as info', () => {
    const j18 = run(RULE, corpus('J18'));
    assert.deepEqual(lines(corpus('J18'), j18), [306]); // 71号 2018年11月25日 < 70号 2018年12月10日
    assert.match(j18[0].message, /早于序号在前的嘉政办发〔2018〕70号/);
    assert.deepEqual(run(RULE, corpus('J19')), []);
    const sx = run(RULE, corpus('SX'));
    assert.deepEqual(lines(corpus('SX'), sx), [1758]); // 52号 8月9日 < 51号 8月10日
    assert.ok([...j18, ...sx].every((f) => f.severity === 'info'));
  });

  it('flags a date that does not exist', () => {
    const found = run(RULE, inject(base(), '2018年12月3日', '2018年2月30日'));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'error');
    assert.match(found[0].message, /不存在/);
    const body = run(RULE, inject(base(), '到2021年,', '到2021年2月29日,'));
    assert.equal(body.length, 1);
    assert.match(body[0].message, /2021年2月29日/);
    assert.deepEqual(run(RULE, inject(base(), '2018年12月3日', '2020年2月29日')).filter((f) => /不存在/.test(f.message)), []);
  });

  it('reads every date of a line, and every line, in running text', () => {
    // The line's first 年 starts no date; the impossible one comes later; the next line has another.
    const text = inject(base(), '到2021年,', '到2021年底前(2019年4月31日起),\n2019年2月29日以后,');
    const found = run(RULE, text).filter((f) => /不存在/.test(f.message));
    assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['2019年4月31日', '2019年2月29日']);
  });

  it('flags a month and day with no year that no year has (the end of a range, 9月31日), and no more', () => {
    const text = inject(base(), '到2021年,', '培训考试阶段(2019年9月1日至9月31日),');
    const found = run(RULE, text).filter((f) => /不存在/.test(f.message));
    assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['9月31日']);
    const spaced = inject(base(), '到2021年,', '网上报名: 7 月 10 日至 6 月 31 日,');
    assert.deepEqual(run(RULE, spaced).filter((f) => /不存在/.test(f.message)).map((f) => spaced.slice(f.range.start, f.range.end)), ['6 月 31 日']);
    // A whole date is reported once, as a whole; 2月29日 without its year may be right; a spaced-out month is no month.
    const whole = inject(base(), '到2021年,', '自2019年9月31日起,');
    assert.deepEqual(run(RULE, whole).filter((f) => /不存在/.test(f.message)).map((f) => whole.slice(f.range.start, f.range.end)), ['2019年9月31日']);
    for (const quiet of ['网上报名: 7月10日至7月31日,', '每年2月29日前,', '自2018 年 1 2 月 30 日起,', '2019年 9 月 1 日至 9 月 30 日,']) {
      assert.deepEqual(run(RULE, inject(base(), '到2021年,', quiet)).filter((f) => /不存在/.test(f.message)), [], quiet);
    }
  });

  it('reads a date a wrap cut across the line break, wherever it falls, and reports it once', () => {
    const impossible = (text: string) => run(RULE, text).filter((f) => /不存在/.test(f.message)).map((f) => text.slice(f.range.start, f.range.end).replace('\n', ''));
    const cases: [string, string[]][] = [
      ['培训考试阶段(2019年9月1日至9月31日),', ['9月31日']],
      ['自2019年9月31日起,', ['2019年9月31日']],
      ['报名截止至6月31日,', ['6月31日']],
      ['培训考试阶段(2019年9月1日至9月30日),', []],
      ['自2019年9月30日起,', []],
    ];
    for (const [sentence, expected] of cases) {
      for (let k = 1; k < sentence.length; k++) {
        const cut = sentence.slice(0, k) + '\n' + sentence.slice(k);
        assert.deepEqual(impossible(inject(base(), '到2021年,', cut)), expected, cut);
      }
    }
    // A page's foot between the two halves, as the paragraph skips it.
    const paged = inject(base(), '到2021年,', '培训考试阶段(2019年9月1日至9\n\n— 4 —\n\n月31日),');
    assert.deepEqual(run(RULE, paged).filter((f) => /不存在/.test(f.message)).map((f) => f.message), ['日期“9月31日”不存在 (no such date)']);
    // Two paragraphs are not read as one: a sentence ended by 。 before a line opening with 月.
    const apart = inject(base(), '到2021年,', '共分9。\n月31日前完成,');
    assert.deepEqual(impossible(apart), []);
  });

  it('flags Chinese numerals and fixes them to Arabic', () => {
    const text = inject(base(), '2018年12月3日', '二〇一八年十二月三日');
    const found = run(RULE, text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /阿拉伯数字/);
    assert.equal(fixed(RULE, text), base());
  });

  it('reads a date in full-width digits as the 成文日期, flags it and fixes it to half-width', () => {
    const text = inject(base(), '2018年12月3日', '２０１８年１２月３日');
    const found = run(RULE, text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /半角数字/);
    assert.equal(fixed(RULE, text), base());
  });

  it('reads a 成文日期 whose digits a PDF spaced out one by one, and is quiet on it', () => {
    for (const written of ['2 0 1 8 年 1 2 月 3 日', '2 018年12月3日', '2018 年 1 2 月 3 日']) {
      const text = inject(base(), '2018年12月3日', written);
      const [, d] = parseIssue(text).documents;
      assert.deepEqual([d.signature?.date?.year, d.signature?.date?.month, d.signature?.date?.day], [2018, 12, 3], written);
      assert.deepEqual(run(RULE, text), [], written);
      assert.deepEqual(run('structure/required-parts', text), [], written);
    }
    // Five digits spaced are no year.
    assert.equal(parseIssue(inject(base(), '2018年12月3日', '2 0 1 8 8 年12月3日')).documents[1].signature, undefined);
  });

  it('reads a 成文日期 an OCR misread (2O18年12月3曰, 20l8年…), flags the letters and fixes them', () => {
    for (const written of ['2O18年12月3曰', '20l8年12月3日', '2018年l2月3日']) {
      const text = inject(base(), '2018年12月3日', written);
      const found = run(RULE, text);
      assert.deepEqual(found.map((f) => f.message), [`成文日期中有形似数字或“日”的字符（识别错误）：“${written}”应为“2018年12月3日” (letters read for digits, or 曰 for 日)`]);
      assert.equal(fixed(RULE, text), base());
      assert.deepEqual(run('structure/required-parts', text), [], 'the date is read: no "date missing"');
    }
  });

  it('flags leading zeros and removes them', () => {
    const text = inject(base(), '2018年12月3日', '2018年12月03日');
    const found = run(RULE, text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /前导零/);
    assert.equal(fixed(RULE, text), base());
    const spaced = inject(base(), '2018年12月3日', '2018 年 02 月 3 日');
    assert.equal(fixed(RULE, spaced), inject(base(), '2018年12月3日', '2018 年 2 月 3 日'));
  });

  it('flags a year that differs from the number\'s year', () => {
    const found = run(RULE, inject(base(), '2018年12月3日', '2017年12月3日'));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /年份“2018”不一致/);
  });

  it('flags a 成文日期 later than the publication date on the masthead', () => {
    const text = inject(excerpt('SX', 1, 102), '2018年7月23日', '2018年9月3日'); // masthead: 2018年8月31日出版
    const found = run(RULE, text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /晚于本期出版日期/);
    assert.equal(found[0].severity, 'error');
  });

  it('flags a date later than the month of the 发文目录 that lists the document', () => {
    const text = inject(corpus('J18'), '2018年12月29日', '2019年1月2日'); // 74号, listed under 2018年12月份
    const found = run(RULE, text).filter((f) => /发文目录/.test(f.message));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /晚于发文目录所列月份/);
  });

  it('reports the odd one out of a series, not everything after it', () => {
    // 68号 dated after all the others: only 68 is reported.
    const text = inject(corpus('J18'), '2018年12月3日', '2018年12月28日');
    const found = run(RULE, text).filter((f) => f.severity === 'info');
    assert.deepEqual(lines(text, found), [124, 306]);
  });

  it('flags 2018.12.3, 2018-12-03 and 2018年12月3 under the 落款 and rewrites them', () => {
    for (const bad of ['2018.12.3', '2018-12-03', '2018/12/3', '2018年12月3']) {
      const text = inject(base(), '2018年12月3日', bad);
      const found = run(RULE, text);
      assert.equal(found.length, 1, bad);
      assert.match(found[0].message, /应写作“2018年12月3日”/);
      assert.equal(fixed(RULE, text), base(), bad);
      assert.deepEqual(run('structure/required-parts', text), [], 'not also reported as a missing date');
    }
  });
});

describe(`${RULE}: a date's weekday, and the days a span of dates is said to last`, () => {
  const notice = (body: string[], rows: string[] = []) =>
    documentText({
      title: '某市人民政府办公室关于做好2026年元旦春节期间值班工作的通知', number: '某政办发〔2025〕58号', to: '各县（区）人民政府，市政府各部门：',
      paragraphs: body, signer: '某市人民政府办公室', date: '2025年12月19日', after: ['附件', '', '值班安排表', '', '日期\t星期\t带班领导', ...rows, ''],
    });
  const body = [
    '（一）元旦：2026年1月1日（星期四）至1月3日（星期六）放假调休，共3天。1月4日（星期日）上班。',
    '（二）春节：2026年2月15日（星期日）至2月23日（星期一）放假调休，共9天。2月14日（星期六）、2月28日（星期六）上班。',
    '（三）请于2025年12月31日（星期三）、1月2日（周五）、1月5日（星期一）前报送。为做好2025年度总结工作，定于2026年1月9日（星期五）召开会议。',
    '（四）2026年春运自2月2日（星期一）开始，至3月13日（星期五）结束，共40天。假期自2025年12月30日至2026年1月2日，共4天；国庆节10月1日至8日，共8天。执行期自2025年7月1日至2026年6月30日，为期365天。复核时间为2月1日至3月1日，共29天；受理时间为2月2日至2月6日，共5个工作日。',
  ];
  const rows = ['12月30日\t星期二\t王建华', '12月31日\t星期三\t刘志明', '1月1日\t星期四\t陈立新', '1月2日\t星期五\t赵国强', '1月3日\t星期六\t孙晓峰'];

  it('is quiet on weekdays and spans that agree, across the turn of a year, in any year where none is written', () => {
    assert.deepEqual(run(RULE, notice(body, rows)).filter((f) => f.severity !== 'info'), []);
  });

  it('flags a weekday the date does not fall on, in the text and in a table of dates', () => {
    const text = notice(body.map((t) => t.replace('1月4日（星期日）', '1月4日（星期一）')), rows);
    assert.deepEqual(run(RULE, text).map((f) => f.message), ['2026年1月4日是星期日，不是星期一 (2026-1-4 is not that weekday)']);
    const table = run(RULE, notice(body, rows.map((r) => r.replace('1月1日\t星期四', '1月1日\t星期五'))));
    assert.deepEqual(table.map((f) => f.message), ['2026年1月1日是星期四，不是星期五（表中其他各行按2026年排列） (2026-1-1 is not that weekday)']);
  });

  it('flags a span of dates said to last other than its days, both ends counted', () => {
    const found = run(RULE, notice(body.map((t) => t.replace('共9天', '共8天'))));
    assert.deepEqual(found.map((f) => f.message), ['2026年2月15日至2月23日首尾两天都算共9天，不是8天 (the span lasts 9 days, both ends counted)']);
    assert.equal(run(RULE, notice(body.map((t) => t.replace('共40天', '共41天')))).length, 1);
  });
});

describe(`${RULE}: a span said to last weeks, and a span whose end comes before its start`, () => {
  const notice = (...items: string[]) =>
    documentText({ title: '某市人民政府关于中心城区实施机动车尾号限行交通管理措施的通告', number: '某政发〔2025〕31号', paragraphs: items, signer: '某市人民政府', date: '2025年9月26日' });
  const valid = [
    '（一）2025年10月13日（星期一）至2026年1月11日（星期日），共13周：星期一限行1和6，星期二限行2和7。',
    '（二）秋季学期自2025年9月1日（星期一）至2026年1月16日（星期五），共20周；集中培训3月2日至3月13日，为期2周。',
    // A weekend at either end (周六 to a 周日: 8 school weeks), calendar weeks touched (周五 to a 周一: 21 教学周).
    '（四）2025年暑假自7月5日（星期六）至8月31日（星期日），共8周；寒假自2026年1月24日（星期六）至3月1日（星期日），共5周；2026年秋季学期自2026年9月4日（星期五）至2027年1月18日（星期一），共21周。',
    '（五）植树活动自3月20日起至4月30日止，集中宣传自2026年3月1日起至3月31日。',
    '（三）网上报名2025年7月10日至15日，信息审核7月16日至7月25日，宣传期12月20日至1月5日，执行期2025年6月30日至2026年6月29日，截至2025年6月30日。每日8时至17时；7月26日20时至27日8时封闭施工；7月26日至8月25日试运行。',
  ];

  it('is quiet on spans that run forward, across a month or a year, and on weeks the span fills', () => {
    assert.deepEqual(run(RULE, notice(...valid)), []);
  });

  it('flags a span said to last other than the weeks its days fill', () => {
    const found = run(RULE, notice(...valid.map((t) => t.replace('共13周', '共14周'))));
    assert.deepEqual(found.map((f) => f.message), ['2025年10月13日至2026年1月11日首尾两天都算共91天，合13周，不是14周 (the span lasts 91 days: 13 weeks)']);
    assert.equal(run(RULE, notice(...valid.map((t) => t.replace('为期2周', '为期3周')))).length, 1);
    // Neither its days in sevens (9), nor its calendar weeks (9), nor those with a workday (8).
    assert.deepEqual(
      run(RULE, notice(...valid.map((t) => t.replace('共8周', '共10周')))).map((f) => f.message),
      ['7月5日至8月31日首尾两天都算共58天，合9周，不是10周 (the span lasts 58 days: 9 weeks)'],
    );
    assert.equal(run(RULE, notice(...valid.map((t) => t.replace('共21周', '共22周')))).length, 1);
    assert.equal(run(RULE, notice(...valid.map((t) => t.replace('共5周', '共4周')))).length, 1);
  });

  it('reads weeks and days counted in Chinese numerals', () => {
    const messages = (item: string) => run(RULE, notice(item)).map((f) => f.message);
    assert.deepEqual(messages('（六）暑期托管服务自2026年7月6日至8月14日，为期七周；集中培训2026年6月20日至6月29日，共九天。'), [
      '2026年7月6日至8月14日首尾两天都算共40天，合6周，不是七周 (the span lasts 40 days: 6 weeks)',
      '2026年6月20日至6月29日首尾两天都算共10天，不是九天 (the span lasts 10 days, both ends counted)',
    ]);
    for (const quiet of [
      '（六）暑期托管服务自2026年7月6日至8月14日，为期六周；集中培训2026年6月20日至6月29日，共十天；巡查2026年7月1日至7月3日，共三天；开班2026年7月6日至7月7日，为期两天。',
      // A count said to be rough, and one of part of the span.
      '（七）集中整训2026年7月1日至7月2日，历时一天半；试运行2026年7月1日至7月9日，为期一周左右；夏令营2026年7月13日至7月31日，其中集中授课共五天。',
    ]) assert.deepEqual(messages(quiet), [], quiet);
  });

  it('reads the days and weeks of a span joined by a dash', () => {
    const messages = (item: string) => run(RULE, notice(item)).map((f) => f.message);
    assert.deepEqual(messages('（六）春节2026年2月15日—2月23日放假调休，共8天；集中培训2026年3月2日（星期一）—3月13日（星期五），为期3周。'), [
      '2026年2月15日—2月23日首尾两天都算共9天，不是8天 (the span lasts 9 days, both ends counted)',
      '2026年3月2日—3月13日首尾两天都算共12天，合2周，不是3周 (the span lasts 12 days: 2 weeks)',
    ]);
    for (const quiet of [
      '（六）春节2026年2月15日—2月23日放假调休，共9天；集中培训2026年3月2日（星期一）—3月13日（星期五），为期2周。',
      '（七）2026年3月2日-3月3日，共2天；2026年4月4日～4月6日，共3天；咨询电话0791-86543210，共3天。',
      // A dash set off by wide space: no span.
      '（八）申报2026年3月2日　—　3月6日补录，共3天。',
    ]) assert.deepEqual(messages(quiet), [], quiet);
  });

  it('flags a span whose end comes before its start', () => {
    const found = run(RULE, notice(...valid.map((t) => t.replace('信息审核7月16日至7月25日', '信息审核7月26日至7月25日'))));
    assert.deepEqual(found.map((f) => f.message), ['“7月26日至7月25日”的结束日期早于开始日期 (the span ends before it starts)']);
    assert.equal(run(RULE, notice(...valid.map((t) => t.replace('7月10日至15日', '7月10日至5日')))).length, 1);
    assert.equal(run(RULE, notice(...valid.map((t) => t.replace('至2026年6月29日', '至2025年6月29日')))).length, 1);
    assert.deepEqual(
      run(RULE, notice(...valid.map((t) => t.replace('自3月20日起至4月30日止', '自3月20日起至3月10日止')))).map((f) => f.message),
      ['“3月20日起至3月10日”的结束日期早于开始日期 (the span ends before it starts)'],
    );
  });

  it('flags a span joined by a dash whose end comes before its start', () => {
    const messages = (item: string) => run(RULE, notice(item)).map((f) => f.message);
    assert.deepEqual(messages('（六）第一阶段3月30日（周一）—3月3日（周五）试运行，第二阶段2025年7月26日—7月25日正式实施，集中宣传3月30日-3月3日，整改5月10日 ～ 5月1日。'), [
      '“3月30日（周一）—3月3日”的结束日期早于开始日期 (the span ends before it starts)',
      '“2025年7月26日—7月25日”的结束日期早于开始日期 (the span ends before it starts)',
      '“3月30日-3月3日”的结束日期早于开始日期 (the span ends before it starts)',
      '“5月10日～5月1日”的结束日期早于开始日期 (the span ends before it starts)',
    ]);
  });

  it('is quiet on dashes joining spans that run forward, and on dashes that join no dates', () => {
    const messages = (item: string) => run(RULE, notice(item)).map((f) => f.message);
    for (const quiet of [
      '（六）第一阶段3月30日（周一）—4月3日（周五）试运行，执行期12月20日—1月5日、2025年7月1日－2026年6月30日、5月1日～5日，每日8时—17时。',
      // A telephone number, hours, a table's empty cell between two columns' dates, a page marker.
      '（七）咨询电话：0791-86543210，受理时间3月1日8：30—3月1日17：00；申报日期2025年3月30日　—　2025年3月3日（补录）。',
      '— 6 —',
      '（八）申报日期\t2025年3月30日\t—\t2025年3月3日\t补录',
    ]) assert.deepEqual(messages(quiet), [], quiet);
  });
});

describe(`${RULE}: weekdays and spans a notice gets right (a December notice's next January, 上班 days, parts of a span)`, () => {
  const notice = (signed: string, body: string[], table: string[] = []) =>
    documentText({
      title: '某市人民政府办公室关于做好有关时段工作安排的通知', number: '某政办发〔2025〕40号', to: '各县（区）人民政府，市政府各部门：',
      paragraphs: body, signer: '某市人民政府办公室', date: signed, after: table.length ? ['附件', '', '放假安排表', '', '日期\t星期\t安排', ...table, ''] : [],
    });
  const errors = (text: string) => run(RULE, text).filter((f) => f.severity !== 'info').map((f) => f.message);

  it('reads a date with no year in a December notice in the coming January, after a work year written alone', () => {
    const text = notice('2025年12月19日', ['为做好2025年度工作总结，请各单位于1月9日（星期五）前报送总结，定于1月13日（星期二）召开全市工作会议。']);
    assert.deepEqual(errors(text), []);
    assert.deepEqual(errors(text.replace('1月9日（星期五）', '1月9日（星期六）')).length, 1);
  });

  it('reads a 上班 day listed after the holiday in its own year, in the text and in a table', () => {
    const text = '2025年国庆节、中秋节：10月1日（星期三）至8日（星期三）放假调休，共8天。9月28日（星期日）、10月11日（星期六）上班。';
    const rows = [...[1, 2, 3, 4, 5, 6, 7, 8].map((d) => `10月${d}日\t星期${'三四五六日一二三'[d - 1]}\t放假`), '9月28日\t星期日\t上班', '10月11日\t星期六\t上班'];
    assert.deepEqual(errors(notice('2025年9月10日', [text], rows)), []);
    // A 上班 day given the wrong weekday is no longer taken for the next year's.
    assert.deepEqual(errors(notice('2025年9月10日', [text.replace('9月28日（星期日）', '9月28日（星期一）')])), ['2025年9月28日是星期日，不是星期一 (2025-9-28 is not that weekday)']);
    const spring = '2025年春节：1月28日（星期二）至2月4日（星期二）放假调休，共8天。1月26日（星期日）、2月8日（星期日）上班。';
    assert.deepEqual(errors(notice('2025年1月6日', [spring])), ['2025年2月8日是星期六，不是星期日 (2025-2-8 is not that weekday)']);
  });

  it('reads a weekday beside other words in the bracket after a date, or after a comma closing the bracket the date is in', () => {
    const spring = [
      '一、2025年1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。',
      '二、除夕（2025年1月28日，星期二）18时前，各单位要完成节前安全检查；正月初一（1月29日，星期三）起实行领导带班制度。',
      '三、2026年2月17日（农历正月初一，星期二）为春节，2026年2月16日（星期一，除夕）18时起实行管控。',
    ];
    assert.deepEqual(errors(notice('2025年1月6日', spring)), []);
    const wrong = (from: string, to: string) => errors(notice('2025年1月6日', spring.map((t) => t.replace(from, to))));
    assert.deepEqual(wrong('（农历除夕、周二）', '（农历除夕、周三）'), ['2025年1月28日是星期二，不是星期三 (2025-1-28 is not that weekday)']);
    assert.deepEqual(wrong('1月28日，星期二', '1月28日，星期一'), ['2025年1月28日是星期二，不是星期一 (2025-1-28 is not that weekday)']);
    assert.deepEqual(wrong('正月初一，星期二', '正月初一，星期三'), ['2026年2月17日是星期二，不是星期三 (2026-2-17 is not that weekday)']);
  });

  it('reads a weekday after a comma with more words before the bracket the date is in closes', () => {
    const text = ['一、除夕（2025年1月28日，星期二，闭馆）停止对外开放，正月初一（1月29日，周三，上午闭馆）下午开放。'];
    assert.deepEqual(errors(notice('2025年1月6日', text)), []);
    assert.deepEqual(errors(notice('2025年1月6日', [text[0].replace('星期二，闭馆', '星期一，闭馆')])), ['2025年1月28日是星期二，不是星期一 (2025-1-28 is not that weekday)']);
    assert.deepEqual(errors(notice('2025年1月6日', [text[0].replace('周三，上午', '周四，上午')])), ['2025年1月29日是星期三，不是星期四 (2025-1-29 is not that weekday)']);
    const quiet = [
      '一、延时服务（2025年1月27日，周一至周五，每日9时至21时）照常提供。',
      '二、预约参观（2025年1月27日，周二、周四开放）须提前一天登记；2025年1月27日，周二，周四闭馆。',
    ];
    assert.deepEqual(errors(notice('2025年1月6日', quiet)), []);
  });

  it('reads a date its paragraph gives no year in the signing\'s year where the document last wrote that year', () => {
    const holiday = (title: string, signed: string, lead: string, item: string) =>
      errors(documentText({
        title, number: '某政办发〔2025〕3号', to: '各县（区）人民政府，市政府各部门：', signer: '某市人民政府办公室', date: signed,
        paragraphs: [lead, item, '二、各单位要严格落实领导带班制度。'],
      }));
    const wrong = '一、1月28日（农历除夕、周三）18时前，各单位要完成节前安全检查。';
    const said = ['2025年1月28日是星期二，不是星期三 (2025-1-28 is not that weekday)'];
    assert.deepEqual(holiday('某市人民政府办公室关于做好2025年春节期间值班工作的通知', '2025年1月6日', '为做好春节期间值班工作，现将有关事项通知如下：', wrong), said);
    assert.deepEqual(holiday('某市人民政府办公室关于做好春节期间值班工作的通知', '2025年1月6日', '为做好2025年春节期间值班工作，现将有关事项通知如下：', wrong), said);
    assert.deepEqual(holiday('某市人民政府办公室关于做好2025年春节期间值班工作的通知', '2025年1月6日', '为做好春节期间值班工作，现将有关事项通知如下：', wrong.replace('周三', '周二')), []);
    // No year written before it, another year written, or no signing date: the year is not certain.
    assert.deepEqual(holiday('某市人民政府办公室关于做好春节期间值班工作的通知', '2025年1月6日', '为做好春节期间值班工作，现将有关事项通知如下：', wrong), []);
    assert.deepEqual(holiday('某市人民政府办公室关于2024年春节期间值班工作情况的通报', '2025年1月6日', '现将春节期间值班工作情况通报如下：', wrong), []);
    assert.deepEqual(holiday('某市人民政府办公室关于做好2025年春节期间值班工作的通知', '', '为做好春节期间值班工作，现将有关事项通知如下：', wrong), []);
    // Signed in December, a January date may be the coming one.
    assert.deepEqual(holiday('某市人民政府办公室关于做好2025年度工作总结的通知', '2025年12月19日', '现将有关事项通知如下：', '一、请于1月9日（星期五）前报送总结。'), []);
  });

  it('reads no weekday from a bracket with a 周 that is none, with two weekdays or with 每', () => {
    const quiet = [
      '一、2026年1月6日（周边）道路实行交通管制，2026年1月7日（周年纪念日）举办活动。',
      '二、图书馆自2026年1月6日（每周二）起闭馆维护，2026年1月10日（周六、周日）暂停开放，2026年1月12日（每周三、周四）开放。',
      '三、2026年1月5日，周二至周五正常开放；2026年1月5日至1月9日（周一至周五）正常开放。',
    ];
    assert.deepEqual(errors(notice('2025年12月19日', quiet)), []);
  });

  it('does not read a lunar date written in digits as the calendar\'s', () => {
    assert.deepEqual(errors(notice('2025年12月19日', ['2026年春节为农历1月1日（星期二），即2月17日（星期二）。'])), []);
  });

  it('does not take a count of part of a span, or one that leaves days out, for its length', () => {
    const parts = [
      '公示期自2026年1月26日至2月6日，共10天（节假日除外），公示期间接受社会监督。',
      '培训时间为2026年3月2日至3月13日，其中集中授课共5天，其余时间为岗位实践。',
      '2026年4月1日至4月30日，分四期举办培训班，每期为期3天。',
      '2025年1月1日至11月30日，全市环境空气质量优良天数共289天，优良率86.5%。',
      '报名时间为2026年3月1日至3月10日，考试共2天，具体时间另行通知。',
      '自2026年3月1日至3月31日，共30天（不含3月1日）。',
      '2026年2月15日至2月23日放假调休，共9天，其中法定节假日4天。',
    ];
    assert.deepEqual(errors(notice('2025年12月19日', parts)), []);
  });

  it('reads 共计N天 as 共N天', () => {
    const text = notice('2025年12月19日', ['2026年2月15日至2月23日放假调休，共计8天。']);
    assert.deepEqual(errors(text), ['2026年2月15日至2月23日首尾两天都算共9天，不是8天 (the span lasts 9 days, both ends counted)']);
  });
});
