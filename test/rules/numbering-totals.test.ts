import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable } from '../corpus';
import { documentText, fixed, hardWrapped, lines, run, suggested } from './helpers';

const RULE = 'numbering/totals';

function edit(...changes: [number, string, string][]): string {
  const all = corpus('SX').split('\n');
  for (const [line, from, to] of changes) {
    if (!all[line - 1].includes(from)) throw new Error(`SX:${line} has no ${from}`);
    all[line - 1] = all[line - 1].replace(from, to);
  }
  return all.join('\n');
}

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the corpus: SX 13号 group counts, 合计 共41项 and its breakdown, "30 条政策意见" all agree', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('flags a wrong group count in the 类别 cell and fixes it', () => {
    const text = edit([224, '(共6项)', '(共7项)']);
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [224]);
    assert.match(found[0].message, /“对外大通道建设”称共7项，实际列出6项/);
    assert.equal(suggested(RULE, text), corpus('SX'));
  });

  it('counts a group across the repeated header after a page break (人文交流拓展, SX:242-249)', () => {
    const text = edit([243, '(共7项)', '(共6项)']);
    assert.match(run(RULE, text)[0].message, /实际列出7项/);
  });

  it('flags a wrong 合计 and a wrong part of its breakdown', () => {
    const total = edit([266, '共41项', '共40项']);
    assert.deepEqual(lines(total, run(RULE, total)), [266]);
    assert.match(run(RULE, total)[0].message, /合计称共40项，实际列出41项/);
    assert.equal(suggested(RULE, total), corpus('SX'));
    const part = edit([266, '经贸合作跃升6项', '经贸合作跃升5项']);
    const found = run(RULE, part);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /“经贸合作跃升”称共5项，实际列出6项/);
    assert.equal(suggested(RULE, part), corpus('SX'));
  });

  it('reads a breakdown part by its whole name, however long: the end of a longer name is not a group', () => {
    // A group named with 30 characters, and a breakdown part whose longer name ends with them.
    const name = '经贸合作跃升暨全市开放型经济高质量发展促进工程行动计划重项目';
    assert.equal(name.length, 30);
    const named = edit([230, '经贸合作跃升 (共6项)', `${name} (共6项)`], [266, '经贸合作跃升6项', `${name}6项`]);
    assert.deepEqual(run(RULE, named), []);
    const wrong = edit([230, '经贸合作跃升 (共6项)', `${name} (共6项)`], [266, '经贸合作跃升6项', `${name}5项`]);
    assert.equal(run(RULE, wrong).length, 1);
    const longer = edit([230, '经贸合作跃升 (共6项)', `${name} (共6项)`], [266, '经贸合作跃升6项', `重点${name}5项`]);
    assert.deepEqual(run(RULE, longer), []);
  });

  it('flags a count that closes a heading title against its items', () => {
    const right = edit([132, '重点任务', '重点任务(共5项)']); // (一)…(五); the 专栏 boxes are not items
    assert.deepEqual(run(RULE, right), []);
    const wrong = edit([132, '重点任务', '重点任务(共6项)']);
    assert.deepEqual(lines(wrong, run(RULE, wrong)), [132]);
  });

  describe('a 合计 row of a task table', () => {
    const notice = (table: string[]) =>
      [
        '某市人民政府办公室关于做好2024年防汛工作的通知', '', '某政办发〔2024〕13号', '', '各镇人民政府，市政府各部门：', '',
        '现将有关事项通知如下，具体分工见附件。', '', '附件：2024年防汛重点任务分工表', '', '某市人民政府办公室', '2024年5月24日', '',
        '附件', '', '2024年防汛重点任务分工表', '', ...table, '',
      ].join('\n');
    const rows = ['序号\t工作任务\t责任单位', '1\t开展水库隐患排查\t市水利局', '2\t开展地质灾害巡查\t市自然资源局', '3\t储备防汛物资\t市应急管理局'];

    it('reads a count in full-width digits (合计　共４项) and offers the count in that width', () => {
      assert.deepEqual(run(RULE, notice([...rows, '合计\t共３项'])), []);
      const text = notice([...rows, '合计\t共４项']);
      assert.deepEqual(run(RULE, text).map((f) => f.message), ['合计称共4项，实际列出3项 (claims 4 items, 3 are listed)']);
      assert.equal(suggested(RULE, text), notice([...rows, '合计\t共３项']));
    });

    it('reads the 合计 row of a table written one cell per line (合计 / 共4项)', () => {
      const cells = rows.flatMap((r) => r.split('\t'));
      assert.deepEqual(run(RULE, notice([...cells, '合计', '共3项'])), []);
      const text = notice([...cells, '合计', '共4项']);
      assert.deepEqual(run(RULE, text).map((f) => f.message), ['合计称共4项，实际列出3项 (claims 4 items, 3 are listed)']);
      assert.equal(suggested(RULE, text), notice([...cells, '合计', '共3项']));
    });
  });

  describe('a line announcing the list under it (重点抓好以下五个方面工作：)', () => {
    const report = (leadIn: string, items = ['（一）扩大有效投资。', '（二）建设现代化产业体系。', '（三）推进改革开放。'], after = '三、保障措施') =>
      [
        '某市人民政府关于印发2024年政府工作报告的通知', '', '某政发〔2024〕2号', '', '各区人民政府，市政府各部门：', '',
        '一、2023年工作回顾', '', '全市经济运行稳中有进。', '', '二、2024年主要任务', '', '今年是关键一年。', leadIn, '',
        ...items.flatMap((i) => [i, '']), after, '', '加强组织领导。', '', '某市人民政府', '2024年2月1日', '',
      ].join('\n');

    it('is quiet when the list holds what the line announces', () => {
      assert.deepEqual(run(RULE, report('重点抓好以下三个方面工作：')), []);
      assert.deepEqual(run(RULE, report('主要包括下列3项任务：')), []);
      // Sub-items under an item are not counted with the items.
      assert.deepEqual(run(RULE, report('重点抓好以下三个方面工作：', ['（一）扩大有效投资。', '1．抓项目。', '2．抓招商。', '（二）建设现代化产业体系。', '（三）推进改革开放。'])), []);
    });

    it('reports a count the list does not hold, with the numeral to change', () => {
      const text = report('重点抓好以下四个方面工作：');
      const found = run(RULE, text);
      assert.deepEqual(lines(text, found), [14]);
      assert.equal(found[0].message, '称以下四个方面，其下实际列出3个方面 (announces 4 items, 3 follow)');
      assert.equal(text.slice(found[0].range.start, found[0].range.end), '四个方面');
      assert.equal(suggested(RULE, text), report('重点抓好以下三个方面工作：'));
      assert.equal(suggested(RULE, report('主要包括下列2项任务：')), report('主要包括下列3项任务：'));
      // Two, before a measure word, is 两.
      const two = ['（一）扩大有效投资。', '（二）建设现代化产业体系。'];
      assert.equal(suggested(RULE, report('重点抓好以下三个方面工作：', two)), report('重点抓好以下两个方面工作：', two));
    });

    it('reads a count alone before the colon that closes the paragraph (年初确定的十件民生实事全部完成：)', () => {
      const done = ['1．新增城镇就业6.2万人。', '2．新增普惠性托位2600个。', '3．新建中小学校14所。'];
      const closing = '各位代表！这些成绩来之不易。';
      assert.deepEqual(run(RULE, report('民生支出占比达到77.8%。年初确定的三件民生实事全部完成：', done, closing)), []);
      const text = report('民生支出占比达到77.8%。年初确定的四件民生实事全部完成：', done, closing);
      assert.deepEqual(run(RULE, text).map((f) => f.message), ['称四件，其下实际列出3件 (announces 4 items, 3 follow)']);
      assert.equal(suggested(RULE, text), report('民生支出占比达到77.8%。年初确定的三件民生实事全部完成：', done, closing));
      assert.deepEqual(run(RULE, report('今年重点抓好4个方面\n工作：')).map((f) => f.message), ['称4个方面，其下实际列出3个方面 (announces 4 items, 3 follow)']);
    });

    it('reads the count in the clause before one saying all of them were done (确定了五件民生实事，全部完成：)', () => {
      const done = ['1．新增城镇就业6.2万人。', '2．新增普惠性托位2600个。', '3．新建中小学校14所。'];
      const closing = '各位代表！这些成绩来之不易。';
      for (const leadIn of ['年初确定了三件民生实事，全部完成：', '年初确定了3件民生实事，已全部完成：', '年初确定了三件民生实事，均已落实：']) {
        assert.deepEqual(run(RULE, report(leadIn, done, closing)), [], leadIn);
      }
      const text = report('年初确定了五件民生实事，全部完成：', done, closing);
      assert.deepEqual(run(RULE, text).map((f) => f.message), ['称五件，其下实际列出3件 (announces 5 items, 3 follow)']);
      assert.equal(suggested(RULE, text), report('年初确定了三件民生实事，全部完成：', done, closing));
      // Another closing clause does not speak of the count before it.
      // Nor does one saying some of them were done: the list under it is those.
      for (const leadIn of [
        '年初确定了五件民生实事，主要做法是：', '年初确定了五件民生实事，进展情况如下：', '年初确定了五件民生实事，其中：',
        '年初确定了五件民生实事，已完成三件：', '年初确定了五件民生实事，已基本完成：', '年初确定了五件民生实事，已完成的有：',
        '年初确定了五件民生实事，均已完成其中三件：',
      ]) {
        assert.deepEqual(run(RULE, report(leadIn, done, closing)), [], leadIn);
      }
    });

    it('stays quiet on a count of something other than the items under it', () => {
      // A figure in a unit of measure, a year, a programme named by its years, an ordinal, a rough figure, "a".
      for (const leadIn of [
        '全年新增城镇就业6.2万人：', '2025年主要目标：', '实施三年行动：', '第4项任务的要求是：', '完成10余项改革：', '作出一个重要部署：',
        // A count with another lead word after it, or in an earlier clause.
        '全市12个县（市、区）开展了以下工作：', '确定了五件民生实事，具体安排如下：', '共有120个项目：',
      ]) {
        assert.deepEqual(run(RULE, report(leadIn)), [], leadIn);
      }
      // The list not right under the colon.
      assert.deepEqual(run(RULE, report('年初确定的四件民生实事全部完成：\n\n具体情况如下。')), []);
    });

    it('reads a line a hard wrap broke inside the announcement (重点抓好以下四个 / 方面工作：)', () => {
      assert.deepEqual(run(RULE, report('全市上下要重点抓好以下三个\n方面工作：')), []);
      const text = report('全市上下要重点抓好以下四个\n方面工作：');
      const found = run(RULE, text);
      assert.deepEqual(found.map((f) => f.message), ['称以下四个方面，其下实际列出3个方面 (announces 4 items, 3 follow)']);
      assert.equal(suggested(RULE, text), report('全市上下要重点抓好以下三个\n方面工作：'));
    });

    it('reads a count of things before their name (以下5个历史文化街区：), in a heading over its items', () => {
      const reply = (leadIn: string) =>
        [
          '某市人民政府关于同意命名第二批市级历史文化街区的批复', '', '某政复〔2024〕35号', '', '市住房和城乡建设局：', '',
          '你局的请示收悉。经研究，现批复如下：', '', leadIn, '', '（一）北塘河历史文化街区；', '', '（二）南门老街历史文化街区；', '',
          '（三）石门古镇历史文化街区。', '', '二、各区人民政府要在一年内编制完成保护规划。', '', '某市人民政府', '2024年5月27日', '',
        ].join('\n');
      assert.deepEqual(run(RULE, reply('一、同意命名以下3个历史文化街区：')), []);
      assert.deepEqual(run(RULE, reply('一、同意命名以下3个街区为第二批市级历史文化街区：')), []);
      const text = reply('一、同意命名以下4个历史文化街区：');
      const found = run(RULE, text);
      assert.deepEqual(found.map((f) => f.message), ['称以下4个，其下实际列出3个 (announces 4 items, 3 follow)']);
      assert.equal(text.slice(found[0].range.start, found[0].range.end), '4个');
      assert.equal(suggested(RULE, text), reply('一、同意命名以下3个历史文化街区：'));
      assert.equal(suggested(RULE, reply('一、同意命名以下四处历史文化街区：')), reply('一、同意命名以下三处历史文化街区：'));
      // A clause goes on after the count: not a line announcing the list.
      assert.deepEqual(run(RULE, reply('一、对以下4个街区，要加强保护：')), []);
    });

    it('leaves a count it cannot pair with a list alone', () => {
      // A paragraph between the line and the list, no count at all. (Items marked 一是… run on in the paragraph are
      // counted as such: see the enumerations in running text below.)
      assert.deepEqual(run(RULE, report('重点抓好以下四个方面工作：一是扩大投资；二是建设产业体系。')).map((f) => f.message), [
        '称“四个方面”，其后实际列出2个（至“二是”） (announces 4, 2 follow)',
      ]);
      assert.deepEqual(run(RULE, report('重点抓好以下四个方面工作：\n\n全市上下要齐心协力。')), []);
      assert.deepEqual(run(RULE, report('重点抓好以下几个方面工作：')), []);
    });
  });

  describe('a lead-in announcing names (对以下3名同志予以通报表彰：, 下列3个单位：)', () => {
    const report = (leadIn: string, names: string[] = [], after = ['', '希望受到表彰的同志珍惜荣誉，再创佳绩。']) =>
      [
        '某市人民政府办公室关于表彰2023年度政务信息工作先进的通报', '', '某政办发〔2024〕9号', '', '各区人民政府，市政府各部门：', '',
        '2023年，全市政务信息工作成效明显。', '', leadIn, ...names, ...after, '', '某市人民政府办公室', '2024年3月6日', '',
      ].join('\n');
    const people = ['张　三　市财政局科员', '李　四　市财政局副科长', '王小明　江北区财政局科员'];

    it('counts the names that follow, a line each or after the colon', () => {
      assert.deepEqual(run(RULE, report('经研究，决定对以下3名同志予以通报表彰：', people)), []);
      const text = report('经研究，决定对以下4名同志予以通报表彰：', people);
      const found = run(RULE, text);
      assert.deepEqual(found.map((f) => f.message), ['称以下4名，实际列出3名 (announces 4 items, 3 follow)']);
      assert.equal(text.slice(found[0].range.start, found[0].range.end), '4名');
      assert.equal(suggested(RULE, text), report('经研究，决定对以下3名同志予以通报表彰：', people));
      assert.equal(suggested(RULE, report('决定对以下四名同志予以表彰：', people)), report('决定对以下三名同志予以表彰：', people));
      // The closing paragraph right under the names, no blank line between.
      assert.equal(run(RULE, report('经研究，决定对以下4名同志予以通报表彰：', people, ['希望受到表彰的同志珍惜荣誉，再创佳绩。'])).length, 1);
      // Names alone a line, with a note on their order; names after the colon, with 、 or ，.
      assert.equal(run(RULE, report('决定对以下4名同志予以通报表彰：', ['张三', '李四', '王小明', '', '（排名不分先后）'])).length, 1);
      assert.deepEqual(run(RULE, report('决定授予以下3名同志“优秀信息员”称号：张三、李四、王小明。')), []);
      assert.deepEqual(run(RULE, report('决定授予以下3名同志“优秀信息员”称号：张三，李四，王小明。')), []);
      assert.deepEqual(run(RULE, report('决定授予以下2名同志“优秀信息员”称号：张三、李四、王小明。')).map((f) => f.message), ['称以下2名，实际列出3名 (announces 2 items, 3 follow)']);
      // In full-width digits, fixed in the width it is written in.
      assert.equal(suggested(RULE, report('经研究，决定对以下４名同志予以通报表彰：', people)), report('经研究，决定对以下３名同志予以通报表彰：', people));
    });

    it('reads no lead-in in 以下 after a quantity (35岁以下2名), nor names two a line, nor posts with their numbers', () => {
      // 以下 there is "under": two of the five listed are under 35.
      const fivePeople = [...people, '赵丽华　市税务局科员', '孙　强　临川县财政局科员'];
      assert.deepEqual(run(RULE, report('市政府决定选派5名干部驻村帮扶，其中35岁以下2名，名单如下：', fivePeople)), []);
      assert.deepEqual(run(RULE, report('其中处级及以下3名同志：', fivePeople)), []);
      // Two names a line, set apart by spaces: not a name and a post each.
      assert.deepEqual(run(RULE, report('决定对以下4名同志予以通报表彰：', ['张　三　　李　四', '王　五　　赵　六'])), []);
      assert.deepEqual(run(RULE, report('决定对以下4名同志予以通报表彰：', ['张　三　　李　四', '', '王　五　　赵　六'], [])), []);
      // A post with the number of places in it (财务会计　　2名) is no person.
      assert.deepEqual(run(RULE, report('现将以下6名工作人员的招聘岗位公告如下：', ['财务会计　　2名', '综合文秘　　1名', '信息技术　　3名'])), []);
      // A short post still makes a line a person's.
      assert.equal(run(RULE, report('决定对以下4名同志予以通报表彰：', ['张　三　　科员', '李　四　　局长', '王　五　　教师'])).length, 1);
    });

    it('counts units announced as units (下列4个单位), a line each or run together', () => {
      const units = ['市财政局', '市税务局', '江北区财政局'];
      assert.deepEqual(run(RULE, report('决定对下列3个单位予以通报表彰：', units)), []);
      assert.deepEqual(run(RULE, report('决定对下列4个单位予以通报表彰：', units)).map((f) => f.message), ['称下列4个，实际列出3个 (announces 4 items, 3 follow)']);
      assert.equal(run(RULE, report('决定对下列4个单位予以通报表彰：市财政局、市税务局、江北区财政局。')).length, 1);
      assert.deepEqual(run(RULE, report('决定对下列3家企业予以通报表彰：', ['临江港务集团有限公司、临江燃气集团有限公司、', '恒达物业服务有限公司。'])), []);
    });

    it('leaves what it cannot count alone', () => {
      // Other things in 个, a paragraph on each person, a post a PDF may have wrapped.
      assert.deepEqual(run(RULE, report('重点抓好以下4个方面：', ['张三、李四、王小明。'])), []);
      assert.deepEqual(run(RULE, report('决定对以下4名同志予以通报表彰：', ['张三同志在政务信息工作中成绩突出，全年报送信息120条。'])), []);
      assert.deepEqual(run(RULE, report('决定对以下4名同志予以通报表彰：', [...people, '信息科科员。'], [])), []);
      assert.deepEqual(run(RULE, report('决定对以下4名同志予以通报表彰：', [...people.slice(0, 2), '王小明　江北区财政局', '信息科科员'], [])), []);
    });

    it('stops at the closing formula and the signature, short as a name or a unit\'s name', () => {
      const spaced = (names: string[]) => names.flatMap((n) => ['', n]);
      const apart = (text: string) => text.replace('某市人民政府办公室\n2024年3月6日', '某市人民政府办公室\n\n2024年3月6日');
      assert.deepEqual(run(RULE, apart(report('决定对以下3名同志予以通报表彰：', spaced(['张三', '李四', '王五', '特此通报']), []))), []);
      assert.deepEqual(run(RULE, apart(report('决定对下列3个单位予以通报表彰：', spaced(['市财政局', '市税务局', '江北区财政局']), []))), []);
      assert.equal(run(RULE, apart(report('决定对下列4个单位予以通报表彰：', spaced(['市财政局', '市税务局', '江北区财政局']), []))).length, 1);
      // A table under the lead-in is counted by its numbered rows, not read as names.
      assert.deepEqual(run(RULE, report('决定对下列2个单位予以通报表彰：', ['序号\t单位', '1\t市财政局', '2\t市税务局'])), []);
      assert.deepEqual(
        run(RULE, report('决定对下列3个单位予以通报表彰：', ['序号\t单位', '1\t市财政局', '2\t市税务局'])).map((f) => f.message),
        ['称下列3个单位，下表实际列出2个 (announces 3 items, the table under it lists 2)'],
      );
    });
  });

  it('checks "见下表（共N项）" against the numbered rows of the table under it', () => {
    const plan = (claim: string, between = '') =>
      [
        '某市人民政府办公室关于印发某市数字经济行动方案的通知', '', '某政办发〔2024〕5号', '', '各区人民政府，市政府各部门：', '',
        `各项任务分工见下表（${claim}）。`, '', ...(between ? [between, ''] : []), '序号\t重点任务\t牵头单位', '1\t建设算力中心\t市大数据局', '2\t设立产业基金\t市财政局', '3\t建设数据交易中心\t市大数据局', '',
        '某市人民政府办公室', '2024年3月4日', '',
      ].join('\n');
    assert.deepEqual(run(RULE, plan('共3项')), []);
    assert.deepEqual(run(RULE, plan('共4项')).map((f) => f.message), ['下表称共4项，实际列出3项 (claims 4 items, 3 are listed)']);
    // With its caption between; not past a paragraph of text.
    assert.equal(run(RULE, plan('共4项', '重点任务分工表')).length, 1);
    assert.deepEqual(run(RULE, plan('共4项', '各单位要明确专人负责，按时报送进展情况。\n\n市政府办公室将适时开展督查。')), []);
  });

  it('compares "N条" in a title with the items of the document', () => {
    for (const line of [270, 272]) {
      const text = edit([line, '30 条', '31 条']);
      const found = run(RULE, text);
      assert.deepEqual(lines(text, found), [line]);
      assert.match(found[0].message, /标题称“31条”，正文列出30条/);
    }
  });

  describe('a count in the notice of what its printed attachment lists', () => {
    const notice = (claim: string, rows: number) =>
      [
        '某市人民政府关于公布第七批市级非物质文化遗产代表性项目名录的通知', '', '某政发〔2024〕6号', '', '各区人民政府，市政府各部门：', '',
        `经评审，现公布第七批市级非物质文化遗产代表性项目名录${claim}，请认真做好保护工作。`, '',
        '附件：第七批市级非物质文化遗产代表性项目名录', '', '某市人民政府', '2024年2月26日', '',
        '附件', '', '第七批市级非物质文化遗产代表性项目名录', '', '序号\t项目名称\t申报地区或单位',
        ...Array.from({ length: rows }, (_, i) => `${i + 1}\t项目${i + 1}\t甲区`), '',
      ].join('\n');

    it('is quiet when the table lists as many rows as claimed', () => {
      assert.deepEqual(run(RULE, notice('（共5项）', 5)), []);
    });

    it('flags a claim the table does not bear out, and fixes it to the rows listed', () => {
      const text = notice('（共6项）', 5);
      const found = run(RULE, text);
      assert.deepEqual(lines(text, found), [7]);
      assert.match(found[0].message, /附件“第七批市级非物质文化遗产代表性项目名录”称共6项，实际列出5项/);
      assert.equal(suggested(RULE, text), notice('（共5项）', 5));
      // The list may be what is wrong: --fix leaves a count alone; the editor offers it.
      assert.equal(fixed(RULE, text), text);
    });

    it('checks a count that closes the attachment\'s title itself, in the 附件说明 and over the table', () => {
      const titled = (n: number) => notice('', 5).replaceAll('项目名录\n', `项目名录（共${n}个）\n`);
      assert.deepEqual(run(RULE, titled(5)), []);
      const found = run(RULE, titled(6));
      assert.equal(found.length, 2);
      assert.ok(found.every((f) => /称共6个，实际列出5个/.test(f.message)));
      assert.equal(suggested(RULE, titled(6)), titled(5));
    });

    it('leaves a count that follows no attachment\'s title alone', () => {
      assert.deepEqual(run(RULE, notice('，涉及传统技艺等门类（共6项）', 5)), []);
    });

    it('reads a table whose groups are named by lines across it (一、民间文学（共2项）), and checks each group\'s count', () => {
      const grouped = (first: string) =>
        notice('（共5项）', 0).replace(
          '序号\t项目名称\t申报地区或单位\n',
          `序号\t项目名称\t申报地区或单位\n一、民间文学（${first}）\n1\t项目1\t甲区\n2\t项目2\t乙区\n二、传统技艺（共3项）\n3\t项目3\t甲区\n4\t项目4\t乙区\n5\t项目5\t丙区\n合计\t\t共5项\n`,
        );
      assert.deepEqual(run(RULE, grouped('共2项')), []);
      const text = grouped('共3项');
      const found = run(RULE, text);
      assert.deepEqual(found.map((f) => f.message), ['“一、民间文学”称共3项，实际列出2项 (claims 3 items, 2 are listed)']);
      assert.equal(suggested(RULE, text), grouped('共2项'));
    });

    it('checks a group\'s count written without 共 (二、传统技艺（3项）), and only a count of items', () => {
      const grouped = (second: string, row5 = '5\t项目5\t丙区') =>
        notice('（共5项）', 0).replace(
          '序号\t项目名称\t申报地区或单位\n',
          `序号\t项目名称\t申报地区或单位\n一、民间文学（2项）\n1\t项目1\t甲区\n2\t项目2\t乙区\n二、传统技艺（${second}）\n3\t项目3\t甲区\n4\t项目4\t乙区\n${row5}\n`,
        );
      assert.deepEqual(run(RULE, grouped('3项')), []);
      const text = grouped('4项');
      assert.deepEqual(run(RULE, text).map((f) => f.message), ['“二、传统技艺”称共4项，实际列出3项 (claims 4 items, 3 are listed)']);
      assert.equal(text.slice(run(RULE, text)[0].range.start, run(RULE, text)[0].range.end), '4项');
      assert.equal(suggested(RULE, text), grouped('3项'));
      // （12个） may count what the rows do (12 workshops in 3 rows); a bracket closing a row's other cell is no group's count.
      assert.deepEqual(run(RULE, grouped('12个')), []);
      assert.deepEqual(run(RULE, grouped('3项', '5\t项目5（含子项目2项）\t丙区')), []);
    });

    it('counts documents in 件 and enterprises in 家 as it counts items in 项', () => {
      // A 清理 decision's list: the count under its title, a group line across the table, the 合计 row.
      const cleared = (all: number, first: number, total: number) =>
        [
          '某市人民政府关于公布市政府规范性文件清理结果的决定', '', '某政发〔2024〕15号', '', '各区人民政府，市政府各部门：', '',
          '市政府对现行有效的规范性文件进行了清理，决定废止的规范性文件目录见附件。', '', '附件：决定废止的市政府规范性文件目录', '',
          '某市人民政府', '2024年5月20日', '', '附件', '', '决定废止的市政府规范性文件目录', '', `（共${all}件）`, '',
          '序号\t文件名称\t文号\t处理意见', `一、综合管理类（共${first}件）`,
          '1\t某市人民政府关于印发某市户外广告设置管理办法的通知\t某政发〔2012〕35号\t废止',
          '2\t某市人民政府办公室关于加强燃气工作的实施意见\t某政办发〔2015〕8号\t废止',
          '二、城乡建设类（共1件）', '3\t某市人民政府办公室关于印发某市建筑垃圾管理规定的通知\t某政办发〔2016〕77号\t废止', `合计\t共${total}件\t\t`, '',
        ].join('\n');
      assert.deepEqual(run(RULE, cleared(3, 2, 3)), []);
      assert.deepEqual(run(RULE, cleared(4, 3, 4)).map((f) => f.message), [
        '附件“决定废止的市政府规范性文件目录”称共4件，实际列出3件 (claims 4 items, 3 are listed)',
        '“一、综合管理类”称共3件，实际列出2件 (claims 3 items, 2 are listed)',
        '合计称共4件，实际列出3件 (claims 4 items, 3 are listed)',
      ]);
      assert.equal(suggested(RULE, cleared(4, 3, 4)), cleared(3, 2, 3));
      // A 名单 of enterprises in a table.
      const roll = (claim: string) => notice('', 3).replaceAll('第七批市级非物质文化遗产代表性项目名录', '2024年专精特新中小企业名单').replace('序号\t', `${claim}\n\n序号\t`);
      assert.deepEqual(run(RULE, roll('（共3家）')), []);
      assert.deepEqual(run(RULE, roll('（共4家）')).map((f) => f.message), ['附件“2024年专精特新中小企业名单”称共4家，实际列出3家 (claims 4 items, 3 are listed)']);
    });

    it('leaves a 合计 that sums a column of figures (30家, 20家) to numbering/sums', () => {
      const table = (total: string) =>
        notice('', 0).replace('序号\t项目名称\t申报地区或单位\n', `序号\t地区\t认定企业\n1\t甲区\t30家\n2\t乙区\t20家\n合计\t\t${total}\n`);
      assert.deepEqual(run(RULE, table('共50家')), []);
      assert.deepEqual(run(RULE, table('共50项')), []);
    });
  });
  describe('a 名单 counted under its title, and a count that refers to an attachment', () => {
    const decision = (claim: string, entries: string[], body = '现对市应急管理局执法支队等单位和个人予以表彰。') =>
      [
        '某市人民政府关于表彰2023年度安全生产先进集体和先进个人的决定', '', '某政发〔2024〕30号', '', '各区人民政府，市政府各部门：', '',
        body, '', '附件：先进集体和先进个人名单', '', '某市人民政府', '2024年8月12日', '',
        '附件', '', '先进集体和先进个人名单', '', claim, '', ...entries, '',
      ].join('\n');
    const people = ['王海燕  市应急管理局', '刘  强  市消防救援支队', '张志明  市交通运输局', '李  娜  市住建局', '陈  刚  市水利局'];

    it('checks （共N名） against the names listed a line each', () => {
      assert.deepEqual(run(RULE, decision('（共5名）', people)), []);
      const text = decision('（共6名）', people);
      const found = run(RULE, text);
      assert.deepEqual(found.map((f) => f.message), ['附件“先进集体和先进个人名单”称共6名，实际列出5名 (claims 6 items, 5 are listed)']);
      assert.equal(suggested(RULE, text), decision('（共5名）', people));
    });

    it('checks （共N个） against the names of one paragraph, over lines a PDF wrapped, one name with 、 inside brackets', () => {
      const units = ['市应急管理局执法支队、市消防救援支队特勤大队、江北区应急管理局、各区、县（市、区）', '安全生产委员会办公室、临江燃气有限公司'];
      assert.deepEqual(run(RULE, decision('（共6个）', units)), []);
      assert.equal(run(RULE, decision('（共5个）', units)).length, 1);
    });

    it('counts the names of each line that starts with its group (江北区：甲公司、乙公司), wrapped lines with their own', () => {
      const regions = ['江北区：临江港务集团有限公司、临江长青纺织有限公司、望江建筑工程有限公司', '江南区：临江燃气集团有限公司、恒达物业服务有限公司', '市直：临江建工集团有限公司'];
      assert.deepEqual(run(RULE, decision('（共6家）', regions)), []);
      assert.deepEqual(run(RULE, decision('（共7家）', regions)).map((f) => f.message), ['附件“先进集体和先进个人名单”称共7家，实际列出6家 (claims 7 items, 6 are listed)']);
      const wrapped = ['江北区：临江港务集团有限公司、临江长青纺织有限公司、望江建筑工程', '有限公司', ...regions.slice(1), '注：排名不分先后'];
      assert.deepEqual(run(RULE, decision('（共6家）', wrapped)), []);
      // Lines of names that end short of a full line, without their group's name, one after another.
      const lines = ['临江港务集团有限公司、临江长青纺织有限公司', '', '恒达物业服务有限公司、临江燃气集团有限公司', '', '临江建工集团有限公司'];
      assert.deepEqual(run(RULE, decision('（共5家）', lines)), []);
      assert.deepEqual(run(RULE, decision('（共6家）', lines)).map((f) => f.message), ['附件“先进集体和先进个人名单”称共6家，实际列出5家 (claims 6 items, 5 are listed)']);
      // Whether a break falls inside a name or after one cannot be told: a count either way is not reported.
      assert.deepEqual(run(RULE, decision('（共3家）', lines)), []);
    });

    it('reads a line each whose unit holds 、, skips a note on the order, and stays quiet where the layout is not plain', () => {
      const units = ['王海燕  市应急管理局', '刘  强  市消防救援支队、市公安局', '张志明  市交通运输局'];
      assert.deepEqual(run(RULE, decision('（共3名）', ['（排名不分先后）', ...units])), []);
      assert.equal(run(RULE, decision('（共4名）', units)).length, 1);
      // Several names to a line, or a name over its post: no count is read.
      assert.deepEqual(run(RULE, decision('（共9名）', ['王海燕　　刘　强　　张志明　　李　娜', '陈　刚　　赵　敏'])), []);
      assert.deepEqual(run(RULE, decision('（共4名）', ['王海燕　　刘　强', '张志明　　李　娜'])), []);
      assert.deepEqual(run(RULE, decision('（共2名）', ['王海燕', '市应急管理局副局长', '刘强', '市消防救援支队队长'])), []);
    });

    it('counts units a line each, short ones (市公安局) among them', () => {
      const units = ['市应急管理局', '市公安局', '市住房城乡建设局', '市消防救援支队', '青州港务集团有限公司'];
      assert.deepEqual(run(RULE, decision('（共5个）', units)), []);
      assert.deepEqual(run(RULE, decision('（共6个）', units)).map((f) => f.message), ['附件“先进集体和先进个人名单”称共6个，实际列出5个 (claims 6 items, 5 are listed)']);
      // A long name's tail a wrap put on a line of its own is no entry.
      const wrapped = [...units.slice(0, 4), '青州港务集团有限', '公司'];
      assert.deepEqual(run(RULE, decision('（共5个）', wrapped)), []);
      // A unit whose name is that short, after a whole name, is one.
      assert.deepEqual(run(RULE, decision('（共6个）', [...units, '县委'])), []);
      // People are counted as people, whatever a given name ends in (李文科).
      assert.equal(run(RULE, decision('（共6名）', ['王海燕', '刘强', '李文科', '张志明', '陈刚'])).length, 1);
    });

    it('reads a closing remark on the list (以上名单排名不分先后。) as no entry', () => {
      const units = ['市应急管理局', '市公安局交通警察支队', '江北区双桥镇人民政府'];
      for (const remark of ['以上名单排名不分先后。', '（以上排名按姓氏笔画为序）', '上述名单按姓氏笔画排序']) {
        assert.deepEqual(run(RULE, decision('（共5名）', [...people, remark])), [], remark);
        assert.deepEqual(run(RULE, decision('（共6名）', [...people, '', remark])).map((f) => f.message), ['附件“先进集体和先进个人名单”称共6名，实际列出5名 (claims 6 items, 5 are listed)'], remark);
        assert.deepEqual(run(RULE, decision('（共3个）', [...units, remark])), [], remark);
        // After the last group, it is none of that group's.
        const grouped = (n: string) => decision('', ['一、先进集体（3个）', '', ...units, '', `二、先进个人（${n}）`, '', ...people, '', remark]);
        assert.deepEqual(run(RULE, grouped('共5名')), [], remark);
        assert.deepEqual(run(RULE, grouped('共6名')).map((f) => f.message), ['“二、先进个人”称共6名，实际列出5名 (claims 6 items, 5 are listed)'], remark);
      }
    });

    it('checks the count of a 名单 in groups (（共8个）, …名单（共8个）) against the entries of all its groups', () => {
      const units = ['市应急管理局', '市公安局交通警察支队', '江北区双桥镇人民政府'];
      const grouped = (claim: string, a = '一、先进集体（3个）', b = '二、先进个人（5名）') => decision(claim, [a, '', ...units, '', b, '', ...people]);
      assert.deepEqual(run(RULE, grouped('（共8个）')), []);
      assert.deepEqual(run(RULE, grouped('（共9个）')).map((f) => f.message), ['附件“先进集体和先进个人名单”称共9个，实际列出8个 (claims 9 items, 8 are listed)']);
      assert.equal(suggested(RULE, grouped('（共9个）')), grouped('（共8个）'));
      // Groups without counts of their own, and the count closing the title itself.
      assert.deepEqual(run(RULE, grouped('（共8个）', '一、先进集体', '二、先进个人')), []);
      assert.equal(run(RULE, grouped('（共9个）', '一、先进集体', '二、先进个人')).length, 1);
      assert.deepEqual(run(RULE, decision('（共6名）', ['一、先进个人', ...people])).map((f) => f.message), ['附件“先进集体和先进个人名单”称共6名，实际列出5名 (claims 6 items, 5 are listed)']);
      const titled = (n: number) => grouped('').replace('\n先进集体和先进个人名单\n', `\n先进集体和先进个人名单（共${n}个）\n`);
      assert.deepEqual(run(RULE, titled(8)), []);
      const text = titled(9);
      assert.deepEqual(run(RULE, text).map((f) => f.message), ['附件“先进集体和先进个人名单”称共9个，实际列出8个 (claims 9 items, 8 are listed)']);
      assert.equal(text.slice(run(RULE, text)[0].range.start, run(RULE, text)[0].range.end), '9个');
      // A count of people may count the people only; a group whose entries cannot be counted adds its own count.
      assert.deepEqual(run(RULE, grouped('（共5名）')), []);
      const posts = decision('（共4名）', ['一、先进集体（2个）', '市应急管理局', '市公安局', '二、先进个人（2名）', '王海燕', '市应急管理局副局长', '刘强', '市消防救援支队队长']);
      assert.deepEqual(run(RULE, posts), []);
      assert.equal(run(RULE, posts.replace('（共4名）', '（共5名）')).length, 1);
    });

    it('checks "对3个先进集体和5名先进个人予以表彰" in the notice against the groups of its 名单', () => {
      const units = ['市应急管理局', '市公安局交通警察支队', '江北区双桥镇人民政府'];
      const honour = (sentence: string, a = '一、先进集体（3个）', b = '二、先进个人（5名）') => decision('', [a, '', ...units, '', b, '', ...people], sentence);
      assert.deepEqual(run(RULE, honour('市政府决定，对3个先进集体和5名先进个人予以表彰。')), []);
      assert.deepEqual(run(RULE, honour('市政府决定，授予三个先进集体、五名先进个人通报表彰。')), []);
      const text = honour('市政府决定，对4个先进集体和5名先进个人予以表彰。');
      assert.deepEqual(run(RULE, text).map((f) => f.message), ['“先进集体”称共4个，实际列出3个 (claims 4 items, 3 are listed)']);
      assert.equal(suggested(RULE, text), honour('市政府决定，对3个先进集体和5名先进个人予以表彰。'));
      // Groups without counts of their own are counted by their entries.
      assert.equal(run(RULE, honour('市政府决定，对3个先进集体和6名先进个人予以表彰。', '一、先进集体', '二、先进个人')).length, 1);
      // Not a count of the groups: more than the list (全市…), an ordinal, a sentence that honours no one.
      assert.deepEqual(run(RULE, honour('全市现有120个先进集体。市政府决定予以表彰。')), []);
      assert.deepEqual(run(RULE, honour('市政府决定，对第4个先进集体予以表彰。')), []);
      // A count of an earlier year's honours before this year's: the one that fits is this list's.
      assert.deepEqual(run(RULE, honour('2022年市政府对4个先进集体予以表彰，今年决定对3个先进集体和5名先进个人予以表彰。')), []);
      assert.deepEqual(run(RULE, honour('2022年市政府对4个先进集体予以表彰，今年决定对2个先进集体和5名先进个人予以表彰。')).map((f) => f.message), [
        '“先进集体”称共2个，实际列出3个 (claims 2 items, 3 are listed)',
      ]);
      // In full-width digits.
      const wide = honour('市政府决定，对４个先进集体和５名先进个人予以表彰。');
      assert.deepEqual(run(RULE, wide).map((f) => f.message), ['“先进集体”称共4个，实际列出3个 (claims 4 items, 3 are listed)']);
      assert.equal(suggested(RULE, wide), honour('市政府决定，对３个先进集体和５名先进个人予以表彰。'));
      // A group over sub-groups counts their entries; a sub-group's name (区县) is a word the text uses for more.
      const nested = (sentence: string) =>
        decision('', ['一、先进集体（共5个）', '（一）区县（2个）', '江北区人民政府', '临川县人民政府', '（二）市级部门（3个）', ...units.slice(0, 3), '二、先进个人（5名）', ...people], sentence);
      assert.deepEqual(run(RULE, nested('全市13个区县、56个部门参加评选。对5个先进集体和5名先进个人予以表彰。')), []);
      assert.deepEqual(run(RULE, nested('对6个先进集体和5名先进个人予以表彰。')).map((f) => f.message), ['“先进集体”称共6个，实际列出5个 (claims 6 items, 5 are listed)']);
    });

    it('checks each group\'s count (一、先进集体（3个） / 二、先进个人（共5名）) against its entries', () => {
      const units = ['市应急管理局', '市公安局交通警察支队', '江北区双桥镇人民政府'];
      const grouped = (a: string, b: string) => decision('', [`一、先进集体（${a}）`, '', ...units, '', `二、先进个人（${b}）`, '', ...people]);
      assert.deepEqual(run(RULE, grouped('3个', '共5名')), []);
      const text = grouped('4个', '共5名');
      const found = run(RULE, text);
      assert.deepEqual(found.map((f) => f.message), ['“一、先进集体”称共4个，实际列出3个 (claims 4 items, 3 are listed)']);
      assert.equal(suggested(RULE, text), grouped('3个', '共5名'));
      assert.deepEqual(run(RULE, grouped('3个', '共6名')).map((f) => f.message), ['“二、先进个人”称共6名，实际列出5名 (claims 6 items, 5 are listed)']);
      // Outside a 名单, lines under a heading are not counted.
      assert.deepEqual(run(RULE, decision('', ['一、先进集体（4个）', ...units]).replaceAll('名单', '情况')), []);
    });

    it('counts a group over sub-groups (一、先进集体（共5个） / （一）区县（2个） …) by their entries, not the sub-groups', () => {
      const roll = (top: string, first: string, second: string, names = ['市应急管理局', '市公安局', '市水利局']) =>
        decision('', [`一、先进集体（${top}）`, `（一）区县${first}`, '江北区人民政府', '临川县人民政府', `（二）市级部门${second}`, ...names]);
      assert.deepEqual(run(RULE, roll('共5个', '（2个）', '（3个）')), []);
      assert.deepEqual(run(RULE, roll('共6个', '（2个）', '（3个）')).map((f) => f.message), ['“一、先进集体”称共6个，实际列出5个 (claims 6 items, 5 are listed)']);
      assert.equal(suggested(RULE, roll('共6个', '（2个）', '（3个）')), roll('共5个', '（2个）', '（3个）'));
      // A sub-group's slip is reported at the sub-group only.
      assert.deepEqual(run(RULE, roll('共5个', '（3个）', '（3个）')).map((f) => f.message), ['“（一）区县”称共3个，实际列出2个 (claims 3 items, 2 are listed)']);
      // Sub-groups without counts add up their entries.
      assert.deepEqual(run(RULE, roll('5个', '', '')), []);
      assert.equal(run(RULE, roll('6个', '', '')).length, 1);
      // A sub-group whose entries cannot be counted (names over posts) adds its count; without one, nothing is known.
      const posts = ['王海燕', '市应急管理局副局长', '刘强', '市消防救援支队队长'];
      assert.deepEqual(run(RULE, roll('共4名', '（2名）', '（2名）', posts).replace(/江北区人民政府\n临川县人民政府/, '张志明\n李娜')), []);
      assert.deepEqual(run(RULE, roll('共5名', '', '', posts).replace(/江北区人民政府\n临川县人民政府/, '张志明\n李娜')), []);
      // Units under a count of people: other things.
      assert.deepEqual(run(RULE, roll('共4名', '（2个）', '（3个）')), []);
      // A sub-group labelled again (（二） twice) may be read as a line of names: its group is not counted.
      const again = roll('共7个', '（2个）', '（3个）').replace('市水利局\n', '市水利局\n（二）企业（2个）\n临江港务集团有限公司\n临江钢铁股份有限公司\n');
      assert.deepEqual(run(RULE, again), []);
    });

    it('checks a count of people over sub-groups (一、先进个人（共6名）), which was never read', () => {
      const roll = (top: string) => decision('', [`一、先进个人（${top}）`, '（一）区县（2名）', '王建平', '李　一', '（二）市级部门（3名）', '郑　伟', '韩　冰', '赵　三']);
      assert.deepEqual(run(RULE, roll('共5名')), []);
      assert.deepEqual(run(RULE, roll('共6名')).map((f) => f.message), ['“一、先进个人”称共6名，实际列出5名 (claims 6 items, 5 are listed)']);
      assert.deepEqual(run(RULE, roll('6人')).map((f) => f.message), ['“一、先进个人”称共6名，实际列出5名 (claims 6 items, 5 are listed)']);
    });

    it('checks a group whose names follow its colon (二、见义勇为模范（5名）：黄子豪、邓建军、唐　亮)', () => {
      const groups = (second: string) => ['一、助人为乐模范（3名）：张桂英（女）、马德胜、林小雨（女）', `二、见义勇为模范（${second}）：黄子豪、邓建军、唐　亮`, '三、诚实守信模范（1名）：罗美玲（女）'];
      assert.deepEqual(run(RULE, decision('', groups('3名'))), []);
      const text = decision('', groups('5名'));
      assert.deepEqual(run(RULE, text).map((f) => f.message), ['“二、见义勇为模范”称共5名，实际列出3名 (claims 5 items, 3 are listed)']);
      assert.equal(suggested(RULE, text), decision('', groups('3名')));
    });

    it('checks the groups of a 表彰决定\'s body whose names follow their colon, and their total', () => {
      const body = (total: string, second: string, names = '黄子豪、邓建军、唐　亮') =>
        [
          '某市人民政府关于命名表彰第六届道德模范的决定', '', '某政发〔2024〕7号', '', '各区人民政府，市政府各部门：', '',
          '市政府决定，授予张桂英等7名同志第六届道德模范称号。', '', `一、第六届道德模范（${total}）`, '',
          '（一）助人为乐模范（3名）：张桂英（女）、马德胜、林小雨（女）', '', `（二）见义勇为模范（${second}）：${names}`, '',
          '（三）诚实守信模范（1名）：罗美玲（女）', '', '希望受到表彰的同志珍惜荣誉，继续发挥示范引领作用。', '', '某市人民政府', '2024年3月12日', '',
        ].join('\n');
      assert.deepEqual(run(RULE, body('共7名', '3名')), []);
      assert.deepEqual(run(RULE, body('共7名', '5名')).map((f) => f.message), ['“（二）见义勇为模范”称共5名，实际列出3名 (claims 5 items, 3 are listed)']);
      assert.deepEqual(run(RULE, body('共8名', '3名')).map((f) => f.message), ['“一、第六届道德模范”称共8名，实际列出7名 (claims 8 items, 7 are listed)']);
      // Names a PDF wrapped onto the next line, after a 、 or inside a name at the end of a full line.
      assert.deepEqual(run(RULE, body('共7名', '3名', '黄子豪、邓建军、\n唐　亮')), []);
      const eight = (text: string) => text.replace('等7名同志', '等8名同志');
      assert.deepEqual(run(RULE, eight(body('共8名', '4名', '黄子豪（女）、邓建军、欧\n阳明、唐　亮'))), []);
      assert.deepEqual(run(RULE, eight(body('共8名', '5名', '黄子豪（女）、邓建军、欧\n阳明、唐　亮'))).map((f) => f.message), ['“（二）见义勇为模范”称共5名，实际列出4名 (claims 5 items, 4 are listed)']);
      // The sentence's count (张桂英等7名同志) against the names listed.
      assert.deepEqual(run(RULE, body('共8名', '4名', '黄子豪（女）、邓建军、欧\n阳明、唐　亮')).map((f) => f.message), ['“第六届道德模范”称共7名，实际列出8名 (claims 7 items, 8 are listed)']);
      // Text after the colon that is no list of names: not counted.
      assert.deepEqual(run(RULE, body('共7名', '3名', '在危急关头挺身而出，事迹感人。')), []);
      // Names run on with 、 on the line under a heading of the body: counted. The group short of a name is reported,
      // not the total and the sentence over it, which agree with the groups' own counts.
      assert.deepEqual(run(RULE, eight(body('共8名', '3名')).replace('（一）助人为乐模范（3名）：', '（一）助人为乐模范（4名）\n')).map((f) => f.message), [
        '“（一）助人为乐模范”称共4名，实际列出3名 (claims 4 items, 3 are listed)',
      ]);
      assert.deepEqual(run(RULE, body('共7名', '3名').replace('（一）助人为乐模范（3名）：', '（一）助人为乐模范（3名）\n')), []);
    });

    it('reads names closed by 。 or 等, joined by 及 or 和, and stops at the closing remark', () => {
      // Groups in the body of the decision, as 嘉政发 and others print them.
      const groups = (second: string, names: string, after: string[] = []) =>
        [
          '某市人民政府关于命名表彰第六届道德模范的决定', '', '某政发〔2024〕7号', '', '各区人民政府，市政府各部门：', '', '市政府决定，授予张桂英等同志第六届道德模范称号。', '',
          '一、助人为乐模范（2名）：张桂英（女）、马德胜；', '', `二、见义勇为模范（${second}）：${names}`, '', ...after.flatMap((l) => [l, '']), '某市人民政府', '2024年3月12日', '',
        ].join('\n');
      // A padded two-character name at the end, before what closes the list.
      for (const names of ['黄子豪、邓建军、唐　亮。', '黄子豪、邓建军、唐　亮；', '黄子豪、邓　杰、唐　亮。']) {
        assert.deepEqual(run(RULE, groups('3名', names)), [], names);
        assert.deepEqual(run(RULE, groups('4名', names)).map((f) => f.message), ['“二、见义勇为模范”称共4名，实际列出3名 (claims 4 items, 3 are listed)'], names);
      }
      // The last two joined by 及 or 和; 和 inside a name is no join.
      assert.deepEqual(run(RULE, groups('3名', '黄子豪、邓建军及唐亮')), []);
      assert.deepEqual(run(RULE, groups('3名', '黄子豪、邓建军和唐　亮。')), []);
      assert.deepEqual(run(RULE, groups('3名', '黄子豪、王和平、唐亮')), []);
      assert.deepEqual(run(RULE, groups('4名', '黄子豪、邓建军及唐亮')).map((f) => f.message), ['“二、见义勇为模范”称共4名，实际列出3名 (claims 4 items, 3 are listed)']);
      // 等: more than those named, how many is not said; fewer than named is still wrong.
      assert.deepEqual(run(RULE, groups('12名', '黄子豪、邓建军、唐亮等')), []);
      assert.deepEqual(run(RULE, groups('2名', '黄子豪、邓建军、唐亮等')).map((f) => f.message), ['“二、见义勇为模范”称共2名，实际列出3名 (claims 2 items, 3 are listed)']);
      // The closing remark after the last group, with or without a blank line, is no name.
      const remark = '希望受到表彰的同志珍惜荣誉、再接再厉。';
      assert.deepEqual(run(RULE, groups('1名', '罗美玲', [remark])), []);
      assert.deepEqual(run(RULE, groups('1名', '罗美玲', [remark]).replace('罗美玲\n\n', '罗美玲\n')), []);
      // Names a PDF wrapped onto the next line still count.
      assert.deepEqual(run(RULE, groups('5名', '黄子豪、邓建军、唐亮', ['欧阳明、马小雨。'])), []);
      const units = (n: string) => groups('3名', '黄子豪、邓建军、唐亮；').replace('二、见义勇为模范（3名）：黄子豪、邓建军、唐亮；', `二、先进集体（${n}）：市应急管理局、江北区石门乡\n红旗村、东湖街道、市青年志愿者协会。`);
      assert.deepEqual(run(RULE, units('4个')), []);
      assert.equal(run(RULE, units('6个')).length, 1);
      // Lines a PDF wrapped, with names that end in anything after their first.
      const wrapped = (n: string) =>
        groups('3名', '黄子豪、邓建军、唐亮；').replace(
          '二、见义勇为模范（3名）：黄子豪、邓建军、唐亮；',
          `二、先进集体（${n}）：市住房和城乡建设局、江北区双桥街\n道办事处、市人民医院、市教\n育局、市第一中学、临江市实验小学、市\n交通运输局。`,
        );
      assert.deepEqual(run(RULE, wrapped('7个')), []);
      assert.equal(run(RULE, wrapped('11个')).length, 1);
    });

    it('counts sub-groups of a body by their names, and keeps counting headings where they are the items', () => {
      const body = (...lines: string[]) =>
        [
          '某市人民政府关于表彰安全生产先进集体的通报', '', '某政发〔2024〕6号', '', '各区人民政府，市政府各部门：', '',
          '市政府决定对以下单位予以通报表彰。', '', ...lines.flatMap((l) => [l, '']), '某市人民政府', '2024年3月6日', '',
        ].join('\n');
      const lines = (top: string) => [`一、先进集体（${top}）`, '（一）区县', '江北区人民政府\n临川县人民政府', '（二）市级部门', '市应急管理局\n市公安局\n市水利局'];
      const inline = (top: string) => [`一、先进集体（${top}）`, '（一）区县：江北区人民政府、临川县人民政府', '（二）市级部门：市应急管理局、市公安局、市水利局'];
      // Names a line each under sub-groups of the body are not counted: no count of the sub-groups either.
      assert.deepEqual(run(RULE, body(...lines('共5个'))), []);
      assert.deepEqual(run(RULE, body(...lines('共6个'))), []);
      assert.deepEqual(run(RULE, body(...inline('共5个'))), []);
      assert.deepEqual(run(RULE, body(...inline('共6个'))).map((f) => f.message), ['“一、先进集体”称共6个，实际列出5个 (claims 6 items, 5 are listed)']);
      // 共3项 over three sub-groups of 共2项 each counts them; 共6项 their items.
      const tasks = (top: string, second = '共2项') => [`二、重点任务（${top}）`, '（一）产业升级（共2项）', '1．建设产业园区。', '2．培育龙头企业。', `（二）科技创新（${second}）`, '1．建设实验室。', '2．引进人才。', '（三）改革开放（共2项）', '1．深化改革。', '2．扩大开放。'];
      assert.deepEqual(run(RULE, body(...tasks('共3项'))), []);
      assert.deepEqual(run(RULE, body(...tasks('共6项'))), []);
      assert.deepEqual(run(RULE, body(...tasks('共7项'))).map((f) => f.message), ['“二、重点任务”称共7项，实际列出6项 (claims 7 items, 6 are listed)']);
      assert.deepEqual(run(RULE, body(...tasks('共6项', '共3项'))).map((f) => f.message), ['“（二）科技创新”称共3项，实际列出2项 (claims 3 items, 2 are listed)']);
      // A phrase after a colon is no name.
      assert.deepEqual(run(RULE, body('一、扶持政策', '（一）扶持企业（10家）：对符合条件的企业给予奖励', '（二）扶持个人（5名）：给予一次性补贴')), []);
    });

    it('counts the people a line each under a heading of the body (张　三　市财政局科员), not other lines', () => {
      const body = (...lines: string[]) =>
        [
          '某市人民政府关于表彰2023年度财政工作先进集体和先进个人的决定', '', '某政发〔2024〕6号', '', '各区人民政府，市政府各部门：', '',
          '市政府决定对以下单位和个人予以表彰。', '', ...lines, '', '希望受到表彰的同志珍惜荣誉，再创佳绩。', '', '某市人民政府', '2024年3月6日', '',
        ].join('\n');
      const people = ['张　三　市财政局科员', '李　四　市财政局副科长', '王小明　江北区财政局科员', '赵丽华（女）　市税务局科员', '孙　强　临川县财政局科员'];
      const groups = (n: string, names = people) => body('一、先进集体（2个）', '', '市财政局预算科', '市税务局办公室', '', `二、先进个人（${n}）`, '', ...names);
      assert.deepEqual(run(RULE, groups('5名')), []);
      assert.deepEqual(run(RULE, groups('共5人')), []);
      const text = groups('6名');
      assert.deepEqual(run(RULE, text).map((f) => f.message), ['“二、先进个人”称共6名，实际列出5名 (claims 6 items, 5 are listed)']);
      assert.equal(suggested(RULE, text), groups('5名'));
      // A blank line between the names, and sub-groups adding up theirs.
      assert.equal(run(RULE, groups('6名', people.flatMap((p) => [p, '']))).length, 1);
      const sub = (top: string) => body(`一、先进个人（${top}）`, '（一）区县（2名）', ...people.slice(0, 2), '（二）市级部门（3名）', ...people.slice(2));
      assert.deepEqual(run(RULE, sub('共5名')), []);
      assert.deepEqual(run(RULE, sub('共6名')).map((f) => f.message), ['“一、先进个人”称共6名，实际列出5名 (claims 6 items, 5 are listed)']);
      // A paragraph under the heading, a post a PDF may have wrapped onto the next line, units: no count is read.
      assert.deepEqual(run(RULE, body('二、先进个人（6名）', '', '张三等同志在财政工作中成绩突出，事迹感人。')), []);
      assert.deepEqual(run(RULE, body('二、先进个人（6名）', ...people, '预算科科员')), []);
      assert.deepEqual(run(RULE, body('一、先进集体（3个）', '市财政局预算科', '市税务局办公室')), []);
      // Two names a line, and posts with their numbers: no person a line.
      assert.deepEqual(run(RULE, body('二、先进个人（6名）', '张　三　　李　四', '王　五　　赵　六', '孙　强　　钱　伟')), []);
      assert.deepEqual(run(RULE, body('二、招聘岗位（共6名）', '财务会计　　2名', '综合文秘　　1名', '信息技术　　3名')), []);
    });

    it('reads names padded to align (李　娟（女）　市商务局副局长) and counts in 个单位', () => {
      const padded = ['李　娟（女）　市商务局副局长', '王海燕　市应急管理局科长', '刘　强　市消防救援支队队长'];
      const units = ['市应急管理局', '市公安局交通警察支队', '江北区双桥镇人民政府'];
      const grouped = (a: string, b: string) => decision('', [`一、先进集体（${a}）`, '', ...units, '', `二、先进个人（${b}）`, '', ...padded]);
      assert.deepEqual(run(RULE, grouped('共3个单位', '共3名')), []);
      assert.equal(run(RULE, grouped('共3个单位', '共4名')).length, 1);
      assert.equal(run(RULE, grouped('共4个单位', '共3名')).length, 1);
    });

    it('checks "对3件…（见附件1）" against the rows of 附件1', () => {
      const repeal = (n: string) =>
        [
          '某市人民政府关于废止部分市政府规范性文件的决定', '', '某政发〔2024〕31号', '', '各区人民政府，市政府各部门：', '',
          `经清理，市政府决定对${n}件市政府规范性文件予以废止（见附件1），对1件予以修改（见附件2）。`, '',
          '附件：1．市政府决定废止的规范性文件目录', '2．市政府决定修改的规范性文件目录', '', '某市人民政府', '2024年8月12日', '',
          '附件1', '', '市政府决定废止的规范性文件目录', '', '序号\t文件名称\t文号',
          '1\t某市人民政府关于加强城市房屋拆迁管理的通知\t某政发〔2010〕33号', '2\t某市人民政府关于促进房地产市场平稳健康发展的若干意见\t某政发〔2016〕12号', '',
          '附件2', '', '市政府决定修改的规范性文件目录', '', '序号\t文件名称\t文号', '1\t某市人民政府关于印发某市城市道路挖掘管理办法的通知\t某政发〔2019〕20号', '',
        ].join('\n');
      assert.deepEqual(run(RULE, repeal('2')), []);
      assert.deepEqual(run(RULE, repeal('两')), []);
      assert.equal(run(RULE, repeal('三')).length, 1);
      // Not counts of the attachment's rows: an ordinal, an article, a clause counting two things.
      const said = (clause: string) => run(RULE, repeal('2').replace('经清理，市政府决定对2件市政府规范性文件予以废止（见附件1）', clause));
      assert.deepEqual(said('经清理，对第3项内容作了调整（见附件1）'), []);
      assert.deepEqual(said('经清理，形成了一个清理目录（见附件1）'), []);
      assert.deepEqual(said('经清理，决定废止3件、修改2件规范性文件（见附件1）'), []);
      const text = repeal('3');
      assert.deepEqual(run(RULE, text).map((f) => f.message), ['称3件（见附件1），附件1实际列出2件 (claims 3 items, attachment 1 lists 2)']);
      assert.equal(suggested(RULE, text), repeal('2'));
    });
  });

  it('takes an attachment listing the counts of a sentence together (取消3项，下放2项，新增2项（见附件2）)', () => {
    const adjust = (added: string) =>
      [
        '某市人民政府关于公布市级行政权力事项清单的通知', '', '某政发〔2024〕17号', '', '各县（市、区）人民政府，市政府各部门：', '',
        `一、本次调整共取消市级行政权力事项2项，下放至县级实施1项，新增${added}项（见附件2）。`, '',
        '附件：1．某市市级行政权力事项清单（略）', '2．某市市级行政权力事项调整目录', '', '某市人民政府', '2024年9月3日', '',
        '附件2', '', '某市市级行政权力事项调整目录', '', '序号\t调整类型\t事项名称\t实施机关',
        '1\t取消\t临时占用公共场所设置摊点审批\t市城市管理局', '2\t取消\t公路超限运输许可（市级）\t市交通运输局',
        '3\t下放\t道路货物运输经营许可\t市交通运输局', '4\t新增\t数据资源登记\t市数据局', '5\t新增\t公共数据授权运营审批\t市数据局', '',
      ].join('\n');
    assert.deepEqual(run(RULE, adjust('2')), []);
    // Counted together or alone, 3 fits no run of the sentence's counts.
    assert.deepEqual(run(RULE, adjust('3')).map((f) => f.message), ['称3项（见附件2），附件2实际列出5项 (claims 3 items, attachment 2 lists 5)']);
  });

  it('checks a count pointing at the document\'s one attachment without its number (见附件)', () => {
    const repeal = (n: string) =>
      [
        '某市人民政府关于废止部分市政府规范性文件的决定', '', '某政发〔2024〕31号', '', '各区人民政府，市政府各部门：', '',
        `经清理，市政府决定对${n}件市政府规范性文件予以废止（见附件）。`, '', '附件：市政府决定废止的规范性文件目录', '', '某市人民政府', '2024年8月12日', '',
        '附件', '', '市政府决定废止的规范性文件目录', '', '序号\t文件名称\t文号',
        '1\t某市人民政府关于加强城市房屋拆迁管理的通知\t某政发〔2010〕33号', '2\t某市人民政府关于促进房地产市场平稳健康发展的若干意见\t某政发〔2016〕12号', '',
      ].join('\n');
    assert.deepEqual(run(RULE, repeal('2')), []);
    assert.deepEqual(run(RULE, repeal('3')).map((f) => f.message), ['称3件（见附件），附件实际列出2件 (claims 3 items, the attachment lists 2)']);
  });
});

describe(`${RULE}: a count in the clause before the one that refers to the attachment`, () => {
  const plan = (sentence: string) =>
    [
      '某市人民政府办公室关于印发某市设备更新实施方案的通知', '', '某政办发〔2024〕22号', '', '各县（市、区）人民政府，市政府各部门：', '',
      `　　${sentence}`, '', '　　附件：某市设备更新重点任务分工表', '', '某市人民政府办公室', '2024年5月30日', '',
      '附件', '', '某市设备更新重点任务分工表', '', '序号\t具体措施\t责任单位',
      '1\t推进重点行业设备更新改造\t市经信局', '2\t加快建筑和市政基础设施领域设备更新\t市建设局', '3\t支持老旧农业机械更新\t市农业农村局', '',
    ].join('\n');

  it('checks "实施3项具体措施，具体任务分工见附件。" against the attachment\'s rows', () => {
    assert.deepEqual(run(RULE, plan('围绕设备更新，实施3项具体措施，具体任务分工见附件。')), []);
    assert.deepEqual(run(RULE, plan('围绕设备更新，实施4项具体措施，具体任务分工见附件。')).map((f) => f.message), [
      '称4项（见附件），附件实际列出3项 (claims 4 items, the attachment lists 3)',
    ]);
  });

  it('is quiet where the count is of something else or the reference goes on', () => {
    for (const s of [
      '新建5G基站1.2万个，具体布局见附件。',
      '涉及12个部门，具体任务分工见附件，各部门要抓好落实。',
      '实施4项具体措施，涉及5个部门，具体任务分工见附件。',
      '涉及5个部门，具体任务分工见附件。',
      '对第4项措施，具体要求见附件。',
    ]) assert.deepEqual(run(RULE, plan(s)), [], s);
  });
});

describe(`${RULE}: a count in running text and the parts its 其中 lists`, () => {
  const notice = (sentence: string) =>
    [
      '某市人民政府关于公布市级行政权力事项清单的通知', '', '某政发〔2024〕17号', '', '各县（市、区）人民政府，市政府各部门：', '',
      `　　${sentence}`, '', '某市人民政府', '2024年9月3日', '',
    ].join('\n');

  it('is quiet on parts that add up, leave some out, or are given roughly', () => {
    for (const s of [
      '调整后，市级行政权力事项共26项，其中行政许可14项、行政确认5项、行政奖励3项、其他行政权力4项。',
      '确定2024年市级重点建设项目186个，其中实施项目142个、预备项目44个，年度计划投资396亿元。',
      '全市共有学校120所，其中小学60所、初中30所。',
      '共建成项目30个，其中新开工20个以上、续建15个。',
      '共确定项目9项，其中第3项、第5项为续建项目。',
    ]) assert.deepEqual(run(RULE, notice(s)), [], s);
  });

  it('is quiet on clauses after the parts, a whole given roughly, a second breakdown and parts of a part', () => {
    for (const s of [
      '共收到政府信息公开申请126件，其中自然人申请118件、法人或其他组织申请8件，已全部按时答复126件。',
      '全年共办理人大代表建议120件，其中主办件100件，协办件20件，办结120件。',
      '共有单位30个，其中市直部门20个、其他单位10个，新增单位5个。',
      '共检查企业80家，其中合格70家、不合格10家，整改10家。',
      '全市共有企业20家，其中新增15家，比上年增加8家。',
      '全市超过100家，其中国有企业60家、民营企业50家。',
      '全市约100家，其中国有企业60家、民营企业50家。',
      '全市共有医疗机构120家，其中公立医院70家、民营医院50家、三级医院20家。',
      '共有项目50个，其中市级项目30个，其中重点项目25个、区级项目20个。',
      '共有企业50家，其中国有企业30家、民营企业20家，其中上市企业10家。',
    ]) assert.deepEqual(run(RULE, notice(s)), [], s);
  });

  it('reads parts ended by commas alike, up to the first clause ended otherwise', () => {
    assert.deepEqual(run(RULE, notice('民生实事项目共9项，其中教育卫生3项，养老助残2项，城市建设5项。')).map((f) => f.message), [
      '称共9项，“其中”所列各项之和为10项 (the parts listed add up to 10, not 9)',
    ]);
    // Ranks of one scale before the same noun are grades too: the clause ended otherwise is no part.
    for (const s of ['全市共设立服务站30个，其中一级服务站20个、二级服务站15个，新建5个。', '全市共设立服务站30个，其中一级站20个、二级站15个，新建5个。']) {
      assert.deepEqual(run(RULE, notice(s)).map((f) => f.message), ['称共30个，“其中”所列各项之和为35个 (the parts listed add up to 35, not 30)'], s);
    }
    assert.deepEqual(run(RULE, notice('全市共评定服务站30个，其中一级20个、二级15个，新建5个。')).map((f) => f.message), [
      '称共30个，“其中”所列各项之和为35个 (the parts listed add up to 35, not 30)',
    ]);
  });

  it('reads parts of people or firms that add up to more as overlapping, unless they are grades or end in 其他', () => {
    for (const s of [
      '全市共有高新技术企业500家，其中上市企业20家、专精特新企业300家、科技型中小企业400家。',
      '全市共有干部100名，其中女干部40名、党员干部80名。',
      '全年共引进人才1200人，其中博士120人、硕士600人、本科及以上1000人。',
    ]) assert.deepEqual(run(RULE, notice(s)), [], s);
    assert.deepEqual(run(RULE, notice('本次参评企业共12家，其中AAA级3家、AA级6家、A级4家。')).map((f) => f.message), [
      '称共12家，“其中”所列各项之和为13家 (the parts listed add up to 13, not 12)',
    ]);
    assert.deepEqual(run(RULE, notice('全市共有企业50家，其中国有企业20家、民营企业25家、其他企业10家。')).map((f) => f.message), [
      '称共50家，“其中”所列各项之和为55家 (the parts listed add up to 55, not 50)',
    ]);
  });

  it('reads parts named by places (江北区1053人、海门区612人) as not overlapping: more than the whole is a slip', () => {
    const moved = (first: string) => `截至7月13日18时，全市共紧急转移群众4126人，其中江北区${first}人、海门区612人、南湾区874人、临湖县1605人。`;
    assert.deepEqual(run(RULE, notice(moved('1035'))), []);
    assert.deepEqual(run(RULE, notice(moved('1053'))).map((f) => f.message), ['称共4126人，“其中”所列各项之和为4144人 (the parts listed add up to 4144, not 4126)']);
    // Places may leave some out; people of other kinds may overlap; 人次 are counted apart from 人.
    for (const s of [
      '全市共紧急转移群众4126人，其中江北区1035人、海门区612人。',
      '全市共培训4126人，其中党员干部3000人、青年干部2000人。',
      '全市共出动救援力量2360人次，其中消防救援人员820人次、民兵预备役人员940人次、社会救援力量600人次。',
    ]) assert.deepEqual(run(RULE, notice(s)), [], s);
  });

  it('reports parts that add up to more than the whole, or that end in 其他 and miss it', () => {
    const more = notice('2024年民生实事项目共9项，其中教育卫生3项、养老助残2项、城市建设5项，具体见附件。');
    const found = run(RULE, more);
    assert.deepEqual(found.map((f) => f.message), ['称共9项，“其中”所列各项之和为10项 (the parts listed add up to 10, not 9)']);
    assert.equal(more.slice(found[0].range.start, found[0].range.end), '9项');
    assert.deepEqual(run(RULE, notice('市级行政权力事项共26项，其中行政许可14项、行政确认5项、其他行政权力4项。')).map((f) => f.message), [
      '称共26项，“其中”所列各项之和为23项 (the parts listed add up to 23, not 26)',
    ]);
  });
});

describe(`${RULE}: a 其中 after a nearer figure in another unit (小区86个，涉及居民1.26万户，其中…)`, () => {
  const notice = (sentence: string) =>
    [
      '澜沧市人民政府办公室关于印发2025年城镇老旧小区改造工作要点的通知', '', '澜政办发〔2025〕21号', '', '各县（市、区）人民政府，市政府各部门：', '',
      `　　一、目标任务。${sentence}各县（市、区）要在9月底前完成全部项目开工。`, '',
      '　　二、资金保障。市财政局要会同市住房和城乡建设局抓紧下达补助资金。', '', '澜沧市人民政府办公室', '2025年7月11日', '',
    ].join('\n');
  const plan = (first: number, households = '1.26万户') => `今年全市计划改造老旧小区86个，涉及居民${households}，其中澜江区${first}个、沧源区29个、南屏县19个。`;

  it('adds the parts in the whole\'s unit against the count before the nearer figure', () => {
    assert.deepEqual(run(RULE, notice(plan(38))), []);
    const text = notice(plan(40));
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['称共86个，“其中”所列各项之和为88个 (the parts listed add up to 88, not 86)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '86个');
    // The nearer figure a count of another unit the parts are not in.
    assert.deepEqual(run(RULE, notice(plan(40, '3260户'))).map((f) => f.message), ['称共86个，“其中”所列各项之和为88个 (the parts listed add up to 88, not 86)']);
    // Parts ending in 其他 make the whole: less is reported too.
    const rest = notice('今年全市计划改造老旧小区86个，涉及居民1.26万户，其中澜江区36个、沧源区29个、其他县区19个。');
    assert.deepEqual(run(RULE, rest).map((f) => f.message), ['称共86个，“其中”所列各项之和为84个 (the parts listed add up to 84, not 86)']);
  });

  it('leaves the parts of the nearer figure to it, and a clause with no figure or a count of the whole\'s unit alone', () => {
    for (const s of [
      plan(38),
      '今年全市计划改造老旧小区86个，涉及居民3260户，其中澜江区1200户、沧源区1100户、南屏县960户。',
      '今年全市计划改造老旧小区86个，涉及居民1.26万户，其中澜江区0.52万户、沧源区0.41万户、南屏县0.33万户。',
      '今年全市计划改造老旧小区86个，涉及楼栋30个，其中澜江区40个、沧源区29个、南屏县19个。',
      '今年全市计划改造老旧小区86个，全部纳入年度计划，其中澜江区40个、沧源区29个、南屏县19个。',
      '今年全市计划改造老旧小区86个，同比增加12个，其中澜江区40个、沧源区29个、南屏县19个。',
    ]) assert.deepEqual(run(RULE, notice(s)), [], s);
    // The nearer count's own parts are still added.
    assert.deepEqual(run(RULE, notice('今年全市计划改造老旧小区86个，涉及居民3260户，其中澜江区1200户、沧源区1100户、南屏县1000户。')).map((f) => f.message), [
      '称共3260户，“其中”所列各项之和为3300户 (the parts listed add up to 3300, not 3260)',
    ]);
  });
});

describe(`${RULE}: a part of a 其中 that holds the parts after it (民生支出 over 教育支出, 卫生健康支出)`, () => {
  const report = (sentence: string) =>
    [
      '澜沧市人民政府关于2024年财政预算执行情况的报告', '', '澜政函〔2025〕5号', '', '市人大常委会：', '',
      `　　一、一般公共预算执行情况。全年一般公共预算收入52.3亿元，增长4.6%。${sentence}`, '', '　　特此报告。', '',
      '澜沧市人民政府', '2025年3月10日', '',
    ].join('\n');

  it('reads the kinds after a class drawn across them as its own, not beside it', () => {
    for (const s of [
      '全年一般公共预算支出86.5亿元，其中民生支出65.2亿元，教育支出18.3亿元，卫生健康支出9.6亿元。',
      '全年一般公共预算支出86.5亿元，其中民生支出65.2亿元、教育支出18.3亿元、卫生健康支出9.6亿元。',
      '全年一般公共预算支出86.5亿元，其中民生支出65.2亿元，教育支出18.3亿元、卫生健康支出9.6亿元。',
      '全年一般公共预算支出86.5亿元，其中“三保”支出52.4亿元、社会保障和就业支出21.7亿元、教育支出18.3亿元。',
      '全年一般公共预算支出86.5亿元，其中基本支出30.1亿元、重点支出50.6亿元、教育支出18.3亿元、卫生健康支出9.6亿元。',
      '全年教育投入20.5亿元，其中教育支出18.3亿元，义务教育支出9.6亿元、职业教育支出3.1亿元。',
    ]) assert.deepEqual(run(RULE, report(s)), [], s);
  });

  it('still reports parts that add up to more where none can hold the others', () => {
    const expected = (sum: string) => [`称共86.5亿元，“其中”所列各项之和为${sum}亿元 (the parts listed add up to ${sum}, not 86.5)`];
    // The kinds exceed the class they would fall in.
    const more = report('全年一般公共预算支出86.5亿元，其中民生支出65.2亿元，教育支出48.3亿元，卫生健康支出19.6亿元。');
    assert.deepEqual(run(RULE, more).map((f) => f.message), expected('133.1'));
    // Two kinds side by side, neither a class of the other.
    assert.deepEqual(run(RULE, report('全年一般公共预算支出86.5亿元，其中基本支出60.2亿元、项目支出36.3亿元。')).map((f) => f.message), expected('96.5'));
    // The class itself more than the whole.
    assert.deepEqual(run(RULE, report('全年一般公共预算支出86.5亿元，其中教育支出18.3亿元、民生支出75.2亿元、卫生健康支出9.6亿元。')).map((f) => f.message), expected('103.1'));
    // The rest beside the class, no kind of it.
    for (const s of ['其中民生支出65.2亿元、非民生支出25.3亿元。', '其中刚性支出50.2亿元、一般性支出40.3亿元。', '其中重点支出50.2亿元、其他支出40.3亿元。']) {
      assert.deepEqual(run(RULE, report(`全年一般公共预算支出86.5亿元，${s}`)).map((f) => f.message), expected('90.5'), s);
    }
  });
});

describe(`${RULE}: a 其中 after a clause comparing the whole with last year's`, () => {
  const report = (sentence: string) =>
    [
      '岚山市人民政府关于2024年度行政复议和行政应诉工作情况的报告', '', '岚政函〔2025〕8号', '', '市人大常委会：', '',
      `　　（一）案件办理情况。${sentence}`, '', '　　特此报告。', '', '岚山市人民政府', '', '2025年3月20日', '',
    ].join('\n');
  const sentence = (accepted: number) =>
    `2024年，市本级共收到行政复议申请356件，同比增长18.3%，其中受理${accepted}件，不予受理29件，告知向其他机关提出15件。`;

  it('adds up the parts of a count in running prose against it, past the comparison', () => {
    assert.deepEqual(run(RULE, report(sentence(312))), []);
    const found = run(RULE, report(sentence(321)));
    assert.deepEqual(found.map((f) => f.message), ['称共356件，“其中”所列各项之和为365件 (the parts listed add up to 365, not 356)']);
    // Hard-wrapped at 23 characters.
    const wrapped = report(sentence(321)).replace('行政复议申请356件，', '行政复议申请356件，\n').replace('其中受理', '其\n中受理');
    assert.equal(run(RULE, wrapped).length, 1);
  });

  it('leaves a 其中 after a comparison that gives a count of its own: it may detail the increase', () => {
    assert.deepEqual(run(RULE, report('全年共收到行政复议申请356件，比上年增加56件，其中受理312件，不予受理29件，告知向其他机关提出25件。')), []);
    // Parts that may leave some out, as without the comparison.
    assert.deepEqual(run(RULE, report('全年共收到行政复议申请356件，同比增长18.3%，其中涉及市场监管类98件、公安类76件。')), []);
  });

  it('allows statistics set against last year\'s their rounding, each figure to its last decimal', () => {
    const supply = (housing: string) =>
      `全年建设用地供应总量856.32公顷，比上年增长3.2%，其中工矿仓储用地300.15公顷，商服用地120.10公顷，住宅用地${housing}公顷。`;
    assert.deepEqual(run(RULE, report(supply('436.08'))), []);
    assert.deepEqual(run(RULE, report(supply('436.07'))), []);
    assert.deepEqual(run(RULE, report(supply('446.08'))).map((f) => f.message), ['称共856.32公顷，“其中”所列各项之和为866.33公顷 (the parts listed add up to 866.33, not 856.32)']);
    // Counts are not rounded.
    assert.equal(run(RULE, report(sentence(313))).length, 1);
  });
});

describe(`${RULE}: the outcomes of a review of documents or powers (继续有效、废止、宣布失效)`, () => {
  const decision = (sentence: string) =>
    [
      '某市人民政府关于公布规范性文件清理结果的决定', '', '某政发〔2024〕15号', '', '各县（市、区）人民政府，市政府各部门：', '',
      `　　${sentence}`, '', '某市人民政府', '2024年7月26日', '',
    ].join('\n');

  it('reads parts naming both what is kept and what goes as the whole', () => {
    assert.deepEqual(run(RULE, decision('一、本次共清理市政府规范性文件25件，其中继续有效12件、废止7件、宣布失效5件。')).map((f) => f.message), [
      '称共25件，“其中”所列各项之和为24件 (the parts listed add up to 24, not 25)',
    ]);
    assert.deepEqual(run(RULE, decision('本次共梳理市级行政权力事项60项，其中保留41项、取消9项、下放8项。')).map((f) => f.message), [
      '称共60项，“其中”所列各项之和为58项 (the parts listed add up to 58, not 60)',
    ]);
  });

  it('is quiet when they add up, or name only what changes (the rest is unchanged)', () => {
    for (const s of [
      '一、本次共清理市政府规范性文件24件，其中继续有效12件、废止7件、宣布失效5件。',
      '本次共梳理市级行政权力事项60项，其中取消9项、下放8项。',
      '本次共清理规范性文件30件，其中废止7件、宣布失效5件，其余继续有效。',
    ]) assert.deepEqual(run(RULE, decision(s)), [], s);
  });

  it('reads the parts on the line after a heading\'s line a wrap cut after 其中, or after a colon closing the paragraph', () => {
    const wrapped = (total: number, colon = '') =>
      decision(`一、本次共清理市政府规范性文件${total}件，其中${colon}\n继续有效12件、废止7件、宣布失效5件。\n　　二、《青川市城市供水管理办法》等12件规范性文件继续有效。`);
    for (const colon of ['', '：']) {
      assert.deepEqual(run(RULE, wrapped(25, colon)).map((f) => f.message), ['称共25件，“其中”所列各项之和为24件 (the parts listed add up to 24, not 25)'], colon);
      assert.deepEqual(run(RULE, wrapped(24, colon)), [], colon);
    }
    // A 其中 inside the paragraph reads only its own parts.
    assert.deepEqual(run(RULE, decision('本次共清理规范性文件30件，其中废止7件。\n继续有效12件、废止7件、宣布失效5件。')), []);
  });
});

describe(`${RULE}: a note under a numbered table counting its rows (注：以上10件…)`, () => {
  const rows = ['序号\t项目名称\t牵头单位', '1\t新增城镇就业岗位\t市人力社保局', '2\t建设中小学和幼儿园\t市教育局', '3\t建设养老服务设施\t市民政局'];
  const plan = (note: string) =>
    [
      '某市人民政府关于印发2025年民生实事项目的通知', '', '某政发〔2025〕2号', '', '各县（市、区）人民政府，市政府各部门：', '',
      '　　现将2025年民生实事项目印发给你们，请认真组织实施。', '', '某市人民政府', '2025年2月8日', '',
      '2025年民生实事项目责任分解表', '', ...rows, '', note, '',
    ].join('\n');

  it('is quiet when the note counts the rows, or counts something else', () => {
    for (const note of [
      '　　注：以上3件民生实事项目由市人民代表大会代表票决产生。',
      '以上项目由市人民代表大会代表票决产生，投资5000万元以上的3个。',
      '注：投资额在1000万元以上的项目5个。',
      '上述3项由市政府督查室跟踪督办。',
    ]) assert.deepEqual(run(RULE, plan(note)), [], note);
  });

  it('reports a count of the rows above that the table does not bear out', () => {
    const text = plan('　　注：以上4件民生实事项目由市人民代表大会代表票决产生。');
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['表下称以上4件，表中实际列出3件 (the note under the table counts 4 items, 3 are listed)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '4');
    assert.deepEqual(run(RULE, plan('上述两项由市政府督查室跟踪督办。')).length, 1);
  });
});

describe(`${RULE}: a count of the items an enumeration in running text lists`, () => {
  const plan = (...paragraphs: string[]) =>
    [
      '青川市人民政府办公室关于印发青川市城市供水突发事件应急预案的通知', '', '青政办发〔2024〕21号', '', '各县（市、区）人民政府，市政府各部门：', '',
      ...paragraphs.map((p) => `　　${p}`), '', '青川市人民政府办公室', '2024年5月24日', '',
    ].join('\n');
  const messages = (text: string) => run(RULE, text).map((f) => f.message);

  it('reports a count after the items it counts, and offers the count listed', () => {
    const text = plan('城市供水突发事件按照影响范围和严重程度，分为特别重大（Ⅰ级）、重大（Ⅱ级）、较大（Ⅲ级）和一般（Ⅳ级）五个等级。');
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['称“五个”，其前实际列出4个 (claims 5, 4 are listed before it)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '五个');
    assert.equal(suggested(RULE, text), text.replace('五个等级', '四个等级'));
    assert.deepEqual(messages(plan('建立市、县、乡三级河长体系。')), []);
    assert.deepEqual(messages(plan('建立市、县两级河长体系，按照轻微、一般、较重、严重三个阶次细化处罚标准。')), [
      '称“三个”，其前实际列出4个 (claims 3, 4 are listed before it)',
    ]);
    assert.deepEqual(messages(plan('评价结果分为优秀、良好、合格和不合格两个等次。')), ['称“两个”，其前实际列出4个 (claims 2, 4 are listed before it)']);
    // 参与 is a word, not a conjunction joining two items.
    assert.deepEqual(messages(plan('构建党委领导、政府负责、社会协同、公众参与、法治保障四个方面的社会治理体系。')), [
      '称“四个方面”，其前实际列出5个 (claims 4, 5 are listed before it)',
    ]);
  });

  it('is quiet on counts that agree, or that count something else than the items before them', () => {
    for (const s of [
      '城市供水突发事件分为特别重大（Ⅰ级）、重大（Ⅱ级）、较大（Ⅲ级）和一般（Ⅳ级）四个等级。',
      '考核结果分为优秀、良好、合格和不合格四个等次。',
      '进一步明确县（市、区）、镇（街道）两级政府管理职能。',
      '围绕经济调节、市场监管、公共服务、社会管理、环境保护和政务办公六大领域推进数字化转型。',
      '由市发展改革委、市住房和城乡建设局两个部门牵头。',
      '对本级农业经济开发区在启动、建设和验收三个阶段给予补助。',
      // Counts of their own in the items, a count of what is in them, a bound, a list left open.
      '培育智慧商圈两个、智慧旅游景区五个。',
      '完成双桥镇、白沙乡8个行政村供水管网改造。',
      '医院门诊、住院费用结算方式不少于三种。',
      '从生态、文化、旅游中选择两个方向。',
      '整治擅自占用城市道路、随意倾倒建筑垃圾等五项常见违法行为。',
      '完成危桥改造56座，四、五类桥梁治理率达到100%。',
      '一、同意命名以下四个街区为第二批历史文化街区。',
      '供水设施改造工期为三个多月。',
      '实行“三个一”机制。',
      // A heading's line a hard wrap broke inside the items: the items before the break are counted too.
      '一、本裁量基准所称裁量阶次，分为轻微、一般、\n较重、严重四个阶次。',
      // The last two items joined by 或者, 或, 以及.
      '违法情节分为轻微、一般、较重或者严重四个等次。',
      '违法情节分为轻微、一般、较重或严重四个等次。',
      '分为特别重大、重大、较大以及一般四个等级。',
    ]) assert.deepEqual(messages(plan(s)), [], s);
  });

  it('reports a count in figures of places each named with their kind (杨家村、李家村、花桥村3个村)', () => {
    const reply = (count: string) => `三、同意将白鹭乡的杨家村、李家村、花桥村${count}划归龙潭镇管辖。`;
    assert.deepEqual(messages(plan(reply('3个村'))), []);
    const text = plan(reply('4个村'));
    assert.deepEqual(messages(text), ['称“4个村”，其前实际列出3个 (claims 4, 3 are listed before it)']);
    assert.equal(suggested(RULE, text), plan(reply('3个村')));
    // Hard-wrapped between the figure and its measure word.
    assert.deepEqual(messages(plan('三、同意将白鹭乡的杨家村、李家村、花桥村4\n个村划归龙潭镇管辖。')), ['称“4个村”，其前实际列出3个 (claims 4, 3 are listed before it)']);
    assert.deepEqual(messages(plan('将辰阳区、沅北区3个区纳入试点。')), ['称“3个区”，其前实际列出2个 (claims 3, 2 are listed before it)']);
    for (const s of [
      '将辰阳区、沅北区2个区纳入试点。',
      // What is in the places, those of another kind, a list left open, the places' own bodies.
      '完成双桥镇、白沙乡8个行政村供水管网改造。',
      '完成杨家村、李家村等5个村的改造。',
      '辰阳区、沅北区12个区直部门参加。',
      '在东湖街道、西山街道2个街道和青山镇开展试点。',
    ]) assert.deepEqual(messages(plan(s)), [], s);
  });

  it('reports a count announcing items marked 一是…, in its paragraph or in those after it', () => {
    const four = '主要包括以下三个方面：一是完善应急预案体系；二是加强应急队伍建设；三是强化物资储备；四是开展应急演练。';
    assert.deepEqual(messages(plan(four)), ['称“三个方面”，其后实际列出4个（至“四是”） (announces 3, 4 follow)']);
    assert.deepEqual(messages(plan(four.replace('三个方面', '四个方面'))), []);
    // The count right before the colon is the one announcing the items.
    assert.deepEqual(messages(plan('明确两个目标、四项任务：一是完善应急预案体系；二是加强应急队伍建设；三是强化物资储备；四是开展应急演练。')), []);
    const split = ['今年重点做好三项工作：', '一是完善应急预案体系。', '二是加强应急队伍建设。', '各单位要抓好落实。'];
    assert.deepEqual(messages(plan(...split)), ['称“三项”，其后实际列出2项（至“二是”） (announces 3, 2 follow)']);
    assert.deepEqual(messages(plan(...split.slice(0, 3), '三是强化物资储备。', '各单位要抓好落实。')), []);
    // A list inside an item (two kinds, each of three matters) leaves the end of the run unclear.
    assert.deepEqual(messages(plan('分为两类：一是供水企业，包括三个方面：一是水质；二是水压；三是服务；二是用水单位。')), []);
  });

  it('reports a “N个一” whose 一-items are fewer or more', () => {
    assert.deepEqual(messages(plan('全市实行“三个一”工作机制：一张清单、一套标准。')), ['“三个一”其后实际列出2个“一” (the name counts 3, 2 are listed)']);
    assert.deepEqual(messages(plan('全市实行“三个一”工作机制：一张清单、一套标准、一个平台，推动供水服务规范化。')), []);
    assert.deepEqual(messages(plan('全市实行“三个一”工作机制：一张清单、一套标准，推动供水服务规范化。')).length, 1);
  });

});

describe(`${RULE}: counts of a plan's sections`, () => {
  const plan = (...paragraphs: string[]) =>
    [
      '某市人民政府办公室关于印发某市人民政府2025年度立法工作计划的通知', '', '某政办发〔2025〕6号', '', '各县（市、区）人民政府，市政府各部门：', '',
      ...paragraphs.map((p) => `　　${p}`), '', '某市人民政府办公室', '2025年2月10日', '',
    ].join('\n');
  const messages = (text: string) => run(RULE, text).map((f) => f.message);
  const lawPlan = (formal: string, total: string) =>
    plan(
      `2025年度市政府立法工作计划共安排立法项目${total}件，其中正式项目3件、预备项目2件。`,
      `一、正式项目（共${formal}件）`,
      '1．某市城市绿化条例（修订）（起草单位：市园林绿化局）',
      '2．某市养犬管理条例（起草单位：市公安局）',
      '3．某市公共数据管理办法（起草单位：市数据资源管理局）',
      '二、预备项目（共2件）',
      '1．某市物业管理条例（修订）（起草单位：市住房城乡建设局）',
      '2．某市湿地保护条例（起草单位：市林业局）',
    );

  it('checks a section\'s 共N件 against its items', () => {
    assert.deepEqual(run(RULE, lawPlan('3', '5')), []);
    assert.deepEqual(messages(lawPlan('4', '5')), ['“一、正式项目”称共4件，实际列出3件 (claims 4 items, 3 are listed)']);
  });

  it('reads parts named as the document\'s sections as the whole their 其中 breaks down', () => {
    assert.deepEqual(messages(lawPlan('3', '6')), ['称共6件，“其中”所列各项之和为5件 (the parts listed add up to 5, not 6)']);
    // Parts that are no sections of it may leave some out.
    const partial = lawPlan('3', '6').replace('其中正式项目3件、预备项目2件', '其中地方性法规3件、政府规章2件');
    assert.deepEqual(run(RULE, partial), []);
    // Parts that name only some of the sections (a third, 调研项目, left out) may leave some out too.
    const some = lawPlan('3', '6').replace('某市湿地保护条例（起草单位：市林业局）', '某市湿地保护条例（起草单位：市林业局）\n三、调研项目（共1件）\n1．某市历史建筑保护办法（起草单位：市住房城乡建设局）');
    assert.deepEqual(run(RULE, some), []);
  });

  it('checks a table\'s group row labelled in the 序号 column (一、产业项目（3个）) against its rows', () => {
    const table = (count: string) =>
      [
        '某市人民政府关于下达2025年市重大项目建设计划的通知', '', '某政发〔2025〕4号', '', '各区人民政府，市政府各部门：', '',
        '　　现将2025年市重大项目建设计划下达给你们，请认真组织实施。', '', '　　附件：2025年市重大项目建设计划表', '',
        '某市人民政府', '2025年3月6日', '', '附件', '', '2025年市重大项目建设计划表', '',
        '序号\t项目名称\t总投资（亿元）\t责任单位',
        `一、产业项目（${count}个）\t\t163.5\t`,
        '1\t新能源电池材料产业园\t85.0\t经济技术开发区管委会',
        '2\t半导体封装测试基地\t42.5\t江北新区管委会',
        '3\t高端装备智能制造产业园\t36.0\t临湖县人民政府',
        '小计\t\t163.5\t',
        '二、社会民生项目（2个）\t\t57.0\t',
        '4\t市第一人民医院新院区\t32.0\t市卫生健康委',
        '5\t职业技术学院新校区\t25.0\t市教育局',
        '小计\t\t57.0\t',
        '合计\t\t220.5\t',
      ].join('\n');
    assert.deepEqual(run(RULE, table('3')), []);
    assert.deepEqual(messages(table('4')), ['“一、产业项目”称共4个，实际列出3个 (claims 4 items, 3 are listed)']);
  });

  it('checks a group row in 家 (一、新引进项目落地奖励（3家）) where the rows name firms, and only there', () => {
    const list = (count: string, header = '序号\t企业名称\t所在地\t奖励金额（万元）') =>
      [
        '某市人民政府关于兑现2024年度招商引资奖励资金的通知', '', '某政发〔2025〕14号', '', '各县（市、区）人民政府，市政府各部门：', '',
        '　　市政府决定对4家企业兑现2024年度招商引资奖励资金共计610万元。', '', '　　附件：某市2024年度招商引资奖励资金兑现名单', '',
        '某市人民政府', '', '2025年7月2日', '', '附件', '', '某市2024年度招商引资奖励资金兑现名单', '', header,
        `一、新引进项目落地奖励（${count}家）\t\t\t460`,
        '1\t某市海晟新能源科技有限公司\t江北区\t260', '2\t某市中鼎精密制造有限公司\t海门区\t200',
        '二、增资扩产奖励（2家）\t\t\t150', '1\t某市恒力纺织集团有限公司\t临湖县\t90', '2\t某市博远机械有限公司\t江北区\t60',
        '合计\t4家\t\t610',
      ].join('\n');
    assert.deepEqual(run(RULE, list('2')), []);
    assert.deepEqual(messages(list('3')), ['“一、新引进项目落地奖励”称共3家，实际列出2家 (claims 3 items, 2 are listed)']);
    // Rows that are no firms (places, with the number of firms in each): 家 counts what the rows hold, not the rows.
    assert.deepEqual(run(RULE, list('3', '序号\t县（市、区）\t所在地\t奖励金额（万元）')), []);
  });

  it('checks a group row in 个 (一、市级（14个）) across a table whose column names the body each row is (执法主体名称)', () => {
    const roster = (city: string, counties: string, header = '序号\t执法主体名称\t主体类别\t执法类别') =>
      [
        '某市人民政府关于公布全市行政执法主体名单的公告', '', '某政告〔2025〕3号', '',
        '　　经审核确认，现将全市行政执法主体名单予以公告。', '', '　　附件：某市行政执法主体名单', '',
        '某市人民政府', '', '2025年7月30日', '', '附件', '', '某市行政执法主体名单', '', header,
        `一、市级（${city}个）`,
        '1\t某市发展和改革委员会\t行政机关\t行政处罚、行政检查', '2\t某市教育局\t行政机关\t行政许可、行政处罚',
        '', '— 6 —', '', '某市人民政府公报　2025年第8期', '', header,
        '3\t某市城市管理综合执法支队\t法律法规授权组织\t行政处罚、行政强制',
        `二、县（市、区）级（${counties}个）`,
        '4\t兰江区人民政府\t行政机关\t行政征收、行政强制', '5\t兰江区综合行政执法局\t行政机关\t行政处罚、行政检查',
        '6\t石门县综合行政执法局\t行政机关\t行政处罚、行政检查',
      ].join('\n');
    assert.deepEqual(run(RULE, roster('3', '3')), []);
    assert.deepEqual(messages(roster('4', '3')), ['“一、市级”称共4个，实际列出3个 (claims 4 items, 3 are listed)']);
    assert.deepEqual(messages(roster('3', '4')), ['“二、县(市、区)级”称共4个，实际列出3个 (claims 4 items, 3 are listed)']);
    // Rows that are no bodies (a 县（市、区） column, the number of bodies in each): 个 counts what they hold.
    assert.deepEqual(run(RULE, roster('4', '4', '序号\t县（市、区）\t主体类别\t执法类别')), []);
  });
});

describe(`${RULE}: a 其中 in measures (公顷, 万元), a complete classification and the kinds the attachments list`, () => {
  const notice = (sentence: string) =>
    [
      '某市人民政府征收土地补偿安置方案公告', '', '某政告〔2025〕3号', '', `　　${sentence}`, '', '　　特此公告。', '', '某市人民政府', '2025年5月8日', '',
    ].join('\n');
  const land = (whole: string, farm = '10.2156') =>
    `拟征收土地总面积${whole}公顷，其中农用地${farm}公顷（耕地6.1200公顷、园地2.0956公顷、林地1.2000公顷、其他农用地0.8000公顷），建设用地1.8300公顷，未利用地0.3000公顷。`;

  it('adds decimal parts as printed, and reads 农用地、建设用地、未利用地 as the whole', () => {
    const text = notice(land('12.3546'));
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['称共12.3546公顷，“其中”所列各项之和为12.3456公顷 (the parts listed add up to 12.3456, not 12.3546)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '12.3546公顷');
    assert.deepEqual(run(RULE, notice(land('12.3456'))), []);
    // 0.1 + 0.2 is 0.3 here.
    assert.deepEqual(run(RULE, notice('拟征收土地总面积0.6公顷，其中农用地0.1公顷，建设用地0.2公顷，未利用地0.3公顷。')), []);
    assert.deepEqual(run(RULE, notice('本次共招聘工作人员36名，其中男性20名、女性15名。')).map((f) => f.message), [
      '称共36名，“其中”所列各项之和为35名 (the parts listed add up to 35, not 36)',
    ]);
    assert.deepEqual(run(RULE, notice('参保居民共1200户，其中城镇居民500户、农村居民600户。')).length, 1);
  });

  it('reports measures whose parts add up to more than the whole', () => {
    assert.deepEqual(run(RULE, notice('项目总投资5000万元，其中中央预算内资金3000万元、地方配套2500万元。')).map((f) => f.message), [
      '称共5000万元，“其中”所列各项之和为5500万元 (the parts listed add up to 5500, not 5000)',
    ]);
  });

  it('reads a whole given again in brackets in another unit (（折合…亩）) before its 其中', () => {
    const converted = (last: string) => notice(`本次征收土地总面积为38.6520公顷（折合579.78亩），其中农用地31.2640公顷，建设用地5.8240公顷，未利用地${last}公顷。`);
    const found = run(RULE, converted('1.5820'));
    assert.deepEqual(found.map((f) => f.message), ['称共38.6520公顷，“其中”所列各项之和为38.6700公顷 (the parts listed add up to 38.6700, not 38.6520)']);
    assert.equal(converted('1.5820').slice(found[0].range.start, found[0].range.end), '38.6520公顷');
    assert.deepEqual(run(RULE, converted('1.5640')), []);
    assert.equal(run(RULE, hardWrapped(converted('1.5820'), 23)).length, 1);
  });

  it('reads parts named by year as apart: what is done in one year is not in another', () => {
    const years = (last: number) => notice(`三年内计划实施城市更新项目90个，其中2026年30个、2027年32个、2028年${last}个。`);
    assert.deepEqual(run(RULE, years(30)).map((f) => f.message), ['称共90个，“其中”所列各项之和为92个 (the parts listed add up to 92, not 90)']);
    assert.deepEqual(run(RULE, years(28)), []);
    // Fewer than the whole (some years not listed); years with more words are no bare years.
    assert.deepEqual(run(RULE, years(20)), []);
    assert.deepEqual(run(RULE, notice('计划培育企业90家，其中到2026年30家、到2027年60家、到2028年90家。')), []);
  });

  it('reads parts counted in 支, 辆, 台, 套 as in 个', () => {
    assert.deepEqual(run(RULE, notice('全市共有应急救援队伍28支，其中市级队伍6支、县级队伍23支。')).map((f) => f.message), ['称共28支，“其中”所列各项之和为29支 (the parts listed add up to 29, not 28)']);
    assert.deepEqual(run(RULE, notice('全市共有应急救援队伍28支，其中市级队伍6支、县级队伍22支。')), []);
  });

  it('reads schools by level as apart: a school is counted as one kind only', () => {
    const schools = (whole: number) => notice(`年末全市共有各级各类学校${whole}所，其中普通高校4所，中等职业学校18所，普通高中36所，初中118所，小学286所，幼儿园410所。`);
    assert.deepEqual(run(RULE, schools(862)).map((f) => f.message), ['称共862所，“其中”所列各项之和为872所 (the parts listed add up to 872, not 862)']);
    assert.deepEqual(run(RULE, schools(872)), []);
    assert.deepEqual(run(RULE, schools(900)), []);
    // Kinds that may overlap a level (示范学校, 寄宿制学校) are no such set.
    assert.deepEqual(run(RULE, notice('全市共有学校300所，其中小学120所、寄宿制学校200所。')), []);
  });

  it('is quiet on measures that leave some out, or are given roughly', () => {
    for (const s of [
      '拟征收土地总面积12.3546公顷，其中农用地10.2156公顷，建设用地1.8300公顷。',
      '拟征收土地总面积12.3546公顷，其中耕地6.1200公顷、园地2.0956公顷。',
      '拟征收土地总面积约12.35公顷，其中农用地10.2156公顷，建设用地1.8300公顷，未利用地0.3000公顷。',
      '拟征收土地总面积12.3546公顷，其中农用地10.2公顷左右，建设用地1.8300公顷，未利用地0.3000公顷。',
      '项目总投资5000万元，其中中央预算内资金3000万元、地方配套1500万元。',
      '本次共招聘工作人员36名，其中男性20名、党员15名。',
    ]) assert.deepEqual(run(RULE, notice(s)), [], s);
  });

  const decision = (whole: number, parts: string, attachments: string[]) =>
    [
      '某市人民政府关于取消和调整一批行政权力事项的决定', '', '某政发〔2025〕7号', '', '各县（市、区）人民政府，市政府各部门：', '',
      `　　经市政府研究，决定取消和调整一批行政权力事项，共计${whole}项。其中，${parts}现将有关事项决定如下：`, '',
      `　　附件：${attachments.map((a, i) => `${i + 1}．${a}`).join('\n　　　　　')}`, '', '某市人民政府', '', '2025年4月10日', '',
      ...attachments.flatMap((a, i) => [`附件${i + 1}`, '', a, '', '序号\t事项名称\t实施机关', '1\t某某审批\t市某局', '']),
    ].join('\n');
  const three = '取消行政权力事项5项，下放行政权力事项4项，调整行使层级的行政权力事项3项。';
  const titles = ['某市人民政府决定取消的行政权力事项目录', '某市人民政府决定下放的行政权力事项目录', '某市人民政府决定调整行使层级的行政权力事项目录'];

  it('reads a 其中 opening the next sentence, and parts that are the kinds each printed attachment lists as the whole', () => {
    assert.deepEqual(run(RULE, decision(13, three, titles)).map((f) => f.message), ['称共13项，“其中”所列各项之和为12项 (the parts listed add up to 12, not 13)']);
    assert.deepEqual(run(RULE, decision(12, three, titles)), []);
  });

  it('is quiet when an attachment is not named by a part, or a part names no attachment', () => {
    assert.deepEqual(run(RULE, decision(13, three, titles.slice(0, 2))), []);
    assert.deepEqual(run(RULE, decision(13, three, [...titles, '某市人民政府决定保留的行政权力事项目录'])), []);
    assert.deepEqual(run(RULE, decision(13, '取消行政权力事项5项，下放行政权力事项4项。', titles.slice(0, 2).concat('某市行政权力事项调整说明'))), []);
    // The sentence before counts two things: the 其中 may detail either.
    const two = decision(13, three, titles).replace('，共计13项。', '，涉及建议8项、事项13项。');
    assert.deepEqual(run(RULE, two), []);
  });
});

describe(`${RULE}: a section's count over items whose titles a wrap carried onto the next line`, () => {
  // A decision repealing rules, hard-wrapped at 23 characters: each item's bracket closes on the line under it.
  const decision = (count: string, wrapped: boolean) => {
    const item = (n: number, title: string, year: string, decree: string) =>
      wrapped ? [`　　${n}．《${title}》（${year.slice(0, 3)}`, `${year.slice(3)}年　市政府令第${decree}号）`] : [`　　${n}．《${title}》（${year}年　市政府令第${decree}号）`];
    return [
      '岚山市人民政府令', '', '第52号', '',
      '　　《岚山市人民政府关于废止部分规章的决定》已经2025年5月26日市人民政府第38次常务会议审议通过，现予公布，自公布之日起施行。', '',
      '市长　周明远', '', '2025年6月3日', '',
      '岚山市人民政府关于废止部分规章的决定', '', '（2025年5月26日市人民政府第38次常务会议审议通过）', '',
      '　　为维护法制统一，市人民政府决定：', '', `　　一、废止的规章（共${count}件）`, '',
      ...item(1, '岚山市城市房屋拆迁管理办法', '2003', '12'), '',
      ...item(2, '岚山市户外广告设置管理办法', '2006', '21'), '',
      ...item(3, '岚山市机动车停车场管理办法', '2009', '29'), '',
      ...item(4, '岚山市农村集体资产管理办法', '2011', '33'), '',
      '　　二、本决定自公布之日起施行。', '',
    ].join('\n');
  };

  it('counts the items, not the lines that close their titles as names under them', () => {
    for (const wrapped of [false, true]) {
      assert.deepEqual(run(RULE, decision('4', wrapped)), [], `wrapped: ${wrapped}`);
      assert.deepEqual(run(RULE, decision('5', wrapped)).map((f) => f.message), ['“一、废止的规章”称共5件，实际列出4件 (claims 5 items, 4 are listed)'], `wrapped: ${wrapped}`);
    }
  });
});

describe(`${RULE}: a section's count over items whose sentences a wrap cut after a short first line`, () => {
  // Duties moved between departments, hard-wrapped at 23 characters: each item's last words stand on a line of their own.
  const notice = (count: string, wrapped: boolean) => {
    const item = (label: string, head: string, tail: string) => (wrapped ? [`　　${label}${head}`, tail] : [`　　${label}${head}${tail}`]);
    return [
      '某市人民政府办公室关于调整市城市管理局等部门职责的通知', '', '某政办发〔2025〕17号', '', '各区人民政府，市政府各部门：', '',
      '　　经研究同意，现就有关事项通知如下：', '', `　　一、划入市城市管理局的职责（共${count}项）`, '',
      ...item('（一）', '将市住房城乡建设局承担的城市道路照明', '设施管理职责划入市城市管理局。'), '',
      ...item('（二）', '将市住房城乡建设局承担的城市公园、广', '场日常管养职责划入市城市管理局。'), '',
      ...item('（三）', '将市交通运输局承担的中心城区公交站亭', '维护职责划入市城市管理局。'), '',
      '　　二、工作要求', '', '　　各有关部门要在2025年6月30日前完成交接工作。', '', '某市人民政府办公室', '', '2025年5月20日', '',
    ].join('\n');
  };

  it('counts the items, not the line that ends each one as a name under it', () => {
    for (const wrapped of [false, true]) {
      assert.deepEqual(run(RULE, notice('3', wrapped)), [], `wrapped: ${wrapped}`);
      assert.deepEqual(run(RULE, notice('4', wrapped)).map((f) => f.message), ['“一、划入市城市管理局的职责”称共4项，实际列出3项 (claims 4 items, 3 are listed)'], `wrapped: ${wrapped}`);
    }
  });
});

describe(`${RULE}: a count of firms in the text over the attachment that lists them (对18家企业… / 企业名称)`, () => {
  const notice = (sentence: string, total = '合计\t4家\t\t610') =>
    [
      '某市人民政府关于兑现2024年度招商引资奖励资金的通知', '', '某政发〔2025〕14号', '', '各县（市、区）人民政府，市政府各部门：', '',
      `　　${sentence}`, '', '　　附件：某市2024年度招商引资奖励资金兑现名单', '', '某市人民政府', '', '2025年7月2日', '',
      '附件', '', '某市2024年度招商引资奖励资金兑现名单', '', '序号\t企业名称\t所在地\t奖励金额（万元）',
      '一、新引进项目落地奖励（2家）\t\t\t460', '1\t某市海晟新能源科技有限公司\t江北区\t260', '2\t某市中鼎精密制造有限公司\t海门区\t200',
      '二、增资扩产奖励（2家）\t\t\t150', '1\t某市恒力纺织集团有限公司\t临湖县\t90', '2\t某市博远机械有限公司\t江北区\t60', total,
    ].join('\n');
  const messages = (text: string) => run(RULE, text).map((f) => f.message);

  it('counts the numbered rows of the list', () => {
    assert.deepEqual(messages(notice('市政府决定对4家企业兑现奖励资金共计610万元。')), []);
    const found = run(RULE, notice('市政府决定对5家企业兑现奖励资金共计610万元。'));
    assert.deepEqual(found.map((f) => f.message), ['正文称5家企业，附件表列出4家 (the text counts 5, the table lists 4)']);
  });

  it('stays quiet on counts of other firms, parts, rough counts and a list with no 合计', () => {
    for (const s of [
      '全市共有规模以上工业企业1200家。市政府决定对入选企业兑现奖励资金。',
      '今年共有3家企业申报，经评审，市政府决定对4家企业兑现奖励资金。',
      '市政府决定兑现奖励资金610万元，其中3家企业为新引进企业。',
      '市政府决定对约5家企业兑现奖励资金。',
    ]) assert.deepEqual(messages(notice(s)), [], s);
    assert.deepEqual(messages(notice('市政府决定对5家企业兑现奖励资金。', '')), []);
  });

  it('counts each firm once where it has a row for each of its projects', () => {
    const projects = (sentence: string) =>
      notice(sentence)
        .replace('序号\t企业名称\t所在地', '序号\t企业名称\t项目名称')
        .replace('2\t某市中鼎精密制造有限公司\t海门区', '2\t某市海晟新能源科技有限公司\t储能系统项目');
    assert.deepEqual(messages(projects('市政府决定对3家企业的4个项目兑现奖励资金共计610万元。')), []);
    assert.deepEqual(messages(projects('市政府决定对4家企业的4个项目兑现奖励资金共计610万元。')), ['正文称4家企业，附件表列出3家 (the text counts 4, the table lists 3)']);
  });
});

describe(`${RULE}: a count by a quoted name over the list whose header names them so (共10个“一件事” / “一件事”名称)`, () => {
  const notice = (sentence: string) =>
    [
      '某市人民政府办公室关于公布第二批“高效办成一件事”重点事项清单的通知', '', '某政办发〔2025〕24号', '', '各县（市、区）人民政府，市政府各部门：', '',
      `　　${sentence}具体事项见附件。`, '', '　　附件：第二批“高效办成一件事”重点事项清单', '', '某市人民政府办公室', '', '2025年7月3日', '',
      '附件', '', '第二批“高效办成一件事”重点事项清单', '', '序号\t“一件事”名称\t涉及事项（项）\t牵头部门',
      '1\t新生儿出生\t7\t市卫生健康委', '2\t企业开办\t6\t市市场监管局', '3\t退休\t6\t市人力资源社会保障局',
    ].join('\n');
  const messages = (text: string) => run(RULE, text).map((f) => f.message);

  it('counts the list\'s numbered rows, with no 合计 row under them', () => {
    assert.deepEqual(messages(notice('第二批清单共3个“一件事”，涉及政务服务事项19项。')), []);
    const text = notice('第二批清单共4个“一件事”，涉及政务服务事项19项。');
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['正文称4个“一件事”，附件表列出3个 (the text counts 4, the table lists 3)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '4');
  });

  it('stays quiet on counts of another name, parts and rough counts', () => {
    for (const s of [
      '第二批清单共3个“一件事”。全市已上线“一件事”26个，首批12个“一件事”运行平稳。',
      '第二批清单共3个事项。',
      '其中2个“一件事”为省级统一部署。',
      '第二批清单约5个“一件事”。',
      // Without 共, some of them.
      '第二批清单中已上线运行的2个“一件事”累计办件1.2万件。',
      // A 共 over this list and others: the table lists the new ones only.
      '在首批2个“一件事”基础上，我市梳理形成第二批清单，两批共5个“一件事”。',
      '第二批清单新增3个“一件事”，加上首批，全市共推出共5个“一件事”。',
      '今年全市计划推出共4个“一件事”，本批先行推出3个。',
    ]) assert.deepEqual(messages(notice(s)), [], s);
  });
});

describe(`${RULE}: a class and its 非 as the whole; the count its parts are taken from (8项事项中…)`, () => {
  const notice = (sentence: string) =>
    [
      '某市人民政府办公室关于某某工作情况的通报', '', '某政办发〔2025〕12号', '', '各县（市、区）人民政府，市政府各部门：', '', `　　${sentence}`, '',
      '某市人民政府办公室', '', '2025年3月14日', '',
    ].join('\n');

  it('reads 住宅…、非住宅… as the whole: more or less than it is reported', () => {
    const found = run(RULE, notice('征收范围内共涉及被征收人326户，其中住宅321户、非住宅14户；被征收房屋总建筑面积约4.86万平方米。'));
    assert.deepEqual(found.map((f) => f.message), ['称共326户，“其中”所列各项之和为335户 (the parts listed add up to 335, not 326)']);
    assert.equal(run(RULE, notice('征收范围内共涉及被征收人326户，其中住宅302户、非住宅14户。')).length, 1);
    assert.deepEqual(run(RULE, notice('征收范围内共涉及被征收人326户，其中住宅312户、非住宅14户。')), []);
  });

  it('is quiet on other pairs of 户 that may overlap or leave some out', () => {
    for (const s of ['共涉及被征收人326户，其中住宅312户、低保户20户。', '共涉及被征收人326户，其中住宅300户、商业14户。'])
      assert.deepEqual(run(RULE, notice(s)), [], s);
  });

  it('reads 8项事项中已完成6项，… as a whole and its parts', () => {
    const text = (done: number, late: number) =>
      notice(`截至2024年12月31日，8项事项中已完成${done}项，经市政府同意调整出目录1项，延期至2025年完成${late}项。现将有关情况通报如下：`);
    assert.deepEqual(run(RULE, text(6, 2)).map((f) => f.message), ['称共8项，“其中”所列各项之和为9项 (the parts listed add up to 9, not 8)']);
    assert.deepEqual(run(RULE, text(6, 1)), []);
    assert.equal(run(RULE, notice('目录确定的9项中，已完成7项，正在推进3项。')).length, 1);
  });

  it('is quiet on a 中 that opens a word (3个中心) and on parts that may leave some out', () => {
    for (const s of [
      '全市建成3个中心，2个中心已投入使用，1个中心正在调试。',
      '8项事项中已完成5项，调整出目录1项。',
      '12家企业中，8家完成技术改造，10家开展职工培训。',
    ]) assert.deepEqual(run(RULE, notice(s)), [], s);
  });
});

describe(`${RULE}: a whole named again before its 中 (行政处罚信息2417条；行政处罚信息中，…); a city's 市级 and 县（市、区）`, () => {
  const notice = (sentence: string, addressee = '各县（市、区）人民政府，市政府各部门：') =>
    [
      '某市人民政府办公室关于进一步做好信用信息公示工作的通知', '', '某政办发〔2025〕14号', '', addressee, '',
      `　　${sentence}`, '', '某市人民政府办公室', '', '2025年4月28日', '',
    ].join('\n');
  const report = (city: number, counties: number) =>
    `2024年，全市共归集信息15253条，其中行政许可信息12836条、行政处罚信息2417条；行政处罚信息中，市级部门${city}条、县（市、区）${counties}条。`;

  it('adds the parts listed after the whole is named again, though it is itself a part of an earlier 其中', () => {
    const found = run(RULE, notice(report(1368, 1031)));
    assert.deepEqual(found.map((f) => f.message), ['称共2417条，“其中”所列各项之和为2399条 (the parts listed add up to 2399, not 2417)']);
    assert.equal(run(RULE, notice(report(1396, 1031))).length, 1);
    assert.deepEqual(run(RULE, notice(report(1386, 1031))), []);
  });

  it('reads 市本级 and 各县（市、区） as all of a city\'s figure where the document is addressed to them alone', () => {
    const text = (n: number, addressee?: string) => notice(`全市共受理投诉举报356件，其中市本级${n}件、各县（市、区）214件。`, addressee);
    assert.equal(run(RULE, text(140)).length, 1);
    assert.deepEqual(run(RULE, text(142)), []);
  });

  it('reads them as parts that may leave some out where a 开发区 is addressed apart', () => {
    const areas = '各县（市、区）人民政府，岷山经济技术开发区管委会，市政府各部门：';
    assert.equal(run(RULE, notice('全市共受理投诉举报356件，其中市本级150件、各县（市、区）214件。', areas)).length, 1);
    for (const s of [
      report(1368, 1031),
      '2024年，全市“双公示”共公示行政许可信息5236条，其中市级部门1815条、县（市、区）3102条。',
      '全市共归集行政处罚信息2417条；行政处罚信息中，市级部门1386条、县（市、区）950条，岷山经济技术开发区81条。',
      '全市共受理投诉举报356件，其中市本级140件、各县（市、区）214件。',
    ]) assert.deepEqual(run(RULE, notice(s, areas)), [], s);
  });

  it('is quiet on a name before 中 that is not the whole\'s, and on parts that may leave some out', () => {
    for (const s of [
      '全市共归集行政处罚信息2417条；市级部门信息中，食品药品类386条、产品质量类231条。',
      '行政处罚信息2417条；行政处罚信息中，市级部门1386条、开发区231条。',
      '全市共受理投诉举报356件，其中市本级120件、市场监管系统200件。',
      '事故造成3人死亡、5人受伤；伤亡人员中，外来务工人员4人、本地居民2人。',
      // 企业中 may be the 1256 checked as well as the 318 found.
      '专项行动共检查企业1256家，发现存在隐患企业318家；企业中，岷江区300家、汶源县280家、青川县260家、平武县216家、北川县200家。',
    ]) assert.deepEqual(run(RULE, notice(s)), [], s);
    const found = run(RULE, notice('专项行动共检查企业1256家，发现存在隐患企业318家；隐患企业中，岷江区160家、汶源县120家、青川县100家。'));
    assert.deepEqual(found.map((f) => f.message), ['称共318家，“其中”所列各项之和为380家 (the parts listed add up to 380, not 318)']);
  });
});

describe(`${RULE}: a 公告 addressed to no one, its city's 市级 and 县（市、区）; a count's places in brackets after it`, () => {
  const announcement = (sentence: string) =>
    [
      '某市人民政府关于公布全市行政执法主体名单的公告', '', '某政告〔2025〕3号', '',
      `　　根据《中华人民共和国行政处罚法》等规定，市人民政府对全市行政执法主体进行了清理审核。${sentence}现将名单予以公告。`, '',
      '　　特此公告。', '', '某市人民政府', '', '2025年7月30日', '',
    ].join('\n');
  const counts = (whole: number, counties: number, first: number) =>
    `经审核确认，全市行政执法主体共${whole}个，其中市级14个、县（市、区）${counties}个（兰江区${first}个、澧北区3个、石门县3个、临溪县3个、津澧市3个）。`;

  it('reads 市级 and 县（市、区） as all of the city\'s count in a 公告 that names no area apart', () => {
    const found = run(RULE, announcement(counts(31, 16, 4)));
    assert.deepEqual(found.map((f) => f.message), ['称共31个，“其中”所列各项之和为30个 (the parts listed add up to 30, not 31)']);
    assert.deepEqual(run(RULE, announcement(counts(30, 16, 4))), []);
    // A 开发区 named in the 公告 may count apart from both levels.
    const areas = announcement('经审核确认，全市行政执法主体共31个，其中市级14个、县（市、区）16个，另含澧阳经济技术开发区管委会。');
    assert.deepEqual(run(RULE, areas), []);
  });

  it('flags places in brackets that add up to more than the count they follow', () => {
    const found = run(RULE, announcement(counts(30, 16, 5)));
    assert.deepEqual(found.map((f) => f.message), ['称16个，括号内所列各地之和为17个 (the places in brackets add up to 17, more than 16)']);
    const half = run(RULE, announcement(counts(30, 16, 5).replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ',')));
    assert.equal(half.length, 1);
  });

  it('is quiet on places that add up to the count or less (some left out), and on brackets of other things', () => {
    for (const s of [
      counts(30, 16, 4),
      '经审核确认，全市行政执法主体共30个，其中市级14个、县（市、区）16个（其中兰江区4个、澧北区3个等）。',
      '共转移群众4126人（兰江区1035人、澧北区612人）。',
      '共建成站点16个（兰江区4个、省级示范站2个、市级示范站10个）。',
      '共处理16人（给予党纪处分4人、政务处分12人）。',
      '共认定示范点12个（兰江区10个，其中望江街道6个）。',
    ]) assert.deepEqual(run(RULE, announcement(s)), [], s);
  });
});

describe(`${RULE}: a completion rate against what was planned and what is done (计划…30个，已建成17个，完成率56.7%)`, () => {
  const report = (...items: string[]) =>
    documentText({
      title: '某市人民政府办公室关于2025年上半年十件重点民生实事推进情况的通报', number: '某政办发〔2025〕31号', to: '各县（市、区）人民政府，市政府各部门：',
      paragraphs: ['2025年，市政府确定了十件重点民生实事。现将有关情况通报如下：', ...items],
      signer: '某市人民政府办公室', date: '2025年7月25日',
    });
  const valid = [
    '（一）新增城镇就业。计划新增城镇就业2.8万人，其中帮扶就业困难人员就业3500人。上半年已新增城镇就业1.62万人，完成率57.9%；帮扶就业困难人员就业2126人，完成率60.7%。',
    '（二）新建改扩建中小学校和幼儿园。计划新增学位12000个，其中中小学学位9600个、幼儿园学位2400个。上半年已新增学位5400个，完成率45.0%。',
    '（三）城镇老旧小区改造。计划改造老旧小区86个，涉及居民1.32万户。已开工86个，完工31个，完成率36.0%。',
    '（四）城乡居民免费健康体检。计划为18万名城乡居民提供免费健康体检，已完成18.6万人，完成率103.3%，提前完成全年任务。',
    '（五）困难老年人家庭适老化改造。计划改造1500户，已全部完成，完成率100%。',
    '（六）新建城市社区嵌入式托育点。计划新建托育点30个，已建成17个，完成率56.6%。',
    '（七）农村公路提质改造。计划完成农村公路提质改造420公里，已完成265公里，完成率63%。',
    '（八）新增公共停车泊位。计划新增停车泊位约8000个，已建成4600个，完成率56.1%。',
    '（九）城市停车设施建设。计划新增公共停车泊位8000个，其中新建公共停车场12个。已建成停车场7个，完成率58.3%。',
    '（十）5G网络建设。计划建设5G基站1200个，已建成856个，完成率71.3%。',
  ];

  it('is quiet on rates the figures give, rounded or cut, in 万 or not, and where no rate can be told', () => {
    assert.deepEqual(run(RULE, report(...valid)), []);
  });

  it('flags a rate the planned and done figures do not give', () => {
    const wrong = (from: string, to: string) => run(RULE, report(...valid.map((t) => t.replace(from, to))));
    assert.deepEqual(wrong('完成率57.9%', '完成率59.7%').map((f) => f.message), ['完成率59.7%与所列已完成数÷计划数（约57.9%）不符 (the rate is not what is done over what was planned: about 57.9%)']);
    assert.equal(wrong('已建成17个', '已建成19个').length, 1);
    assert.equal(wrong('完工31个，完成率36.0%', '完工31个，完成率63.0%').length, 1);
    assert.equal(wrong('完成率45.0%', '完成率54.0%').length, 1);
  });

  it('reads a rate of the plan\'s cost its sentence gives in another measure than the plan\'s count', () => {
    const items = [
      '（一）重大项目建设。计划实施项目120个、总投资56.8亿元，已开工98个，完成投资32.4亿元，完成率57.0%。',
      '（二）保障性租赁住房。计划建设保障性租赁住房3200套，总投资12.6亿元。已开工2850套，完成投资9.2亿元，完成率73.0%。',
    ];
    assert.deepEqual(run(RULE, report(...items)), []);
    assert.equal(run(RULE, report(...items.map((t) => t.replace('完成率57.0%', '完成率75.0%')))).length, 1);
    assert.equal(run(RULE, report(...items.map((t) => t.replace('完成率73.0%', '完成率37.0%')))).length, 1);
  });
});

describe(`${RULE}: the parcels a 出让公告 offers (出让3宗) against its table of 宗地编号`, () => {
  const announcement = (sentence: string, rows = ['LY2025-08\t兰江区滨江路以东\t23456.7\t商务金融用地\t40\t8650', 'LY2025-09\t兰江区澧兴大道以南\t45120.0\t城镇住宅用地\t70\t21600', 'LY2025-10\t澧北区工业园经三路以东\t18300.5\t工业用地\t50\t1100']) =>
    [
      '某市自然资源和规划局国有建设用地使用权挂牌出让公告', '', '某自然资告〔2025〕9号', '',
      `　　经某市人民政府批准，某市自然资源和规划局${sentence}。现将有关事项公告如下：`, '',
      '　　一、挂牌出让地块的基本情况和规划指标要求', '',
      '宗地编号\t位置\t面积（平方米）\t用途\t出让年限（年）\t起始价（万元）', ...rows, '',
      '　　二、中华人民共和国境内外的法人、自然人和其他组织均可申请参加竞买，其中LY2025-10地块竞得人须签订投资建设协议。', '',
      '某市自然资源和规划局', '', '2025年7月22日', '',
    ].join('\n');

  it('flags a count of parcels the table does not list', () => {
    const found = run(RULE, announcement('决定以挂牌方式出让4宗国有建设用地使用权'));
    assert.deepEqual(found.map((f) => f.message), ['称出让4宗，表中列出3宗 (the text offers 4 parcels, the table lists 3)']);
    assert.equal(run(RULE, announcement('决定以挂牌方式出让三宗国有建设用地使用权', ['LY2025-08\t兰江区滨江路以东\t23456.7\t商务金融用地\t40\t8650'])).length, 1);
  });

  it('is quiet on the count the table lists, with or without a 合计 row, and on parts of it', () => {
    assert.deepEqual(run(RULE, announcement('决定以挂牌方式出让3宗国有建设用地使用权')), []);
    assert.deepEqual(run(RULE, announcement('决定以挂牌方式出让3宗国有建设用地使用权，其中工业用地1宗')), []);
    const total = announcement('决定以挂牌方式出让3宗国有建设用地使用权').replace('\t1100\n', '\t1100\n合计\t\t86877.2\t\t\t31350\n');
    assert.deepEqual(run(RULE, total), []);
  });

  it('counts a parcel of two uses, a row each under its one number, once', () => {
    const rows = ['LY2025-08\t兰江区滨江路以东\t12456.7\t商务金融用地\t40\t4650', 'LY2025-08\t兰江区滨江路以东\t11000.0\t城镇住宅用地\t70\t4000', 'LY2025-09\t兰江区澧兴大道以南\t45120.0\t城镇住宅用地\t70\t21600'];
    assert.deepEqual(run(RULE, announcement('决定以挂牌方式出让2宗国有建设用地使用权', rows)), []);
    assert.equal(run(RULE, announcement('决定以挂牌方式出让3宗国有建设用地使用权', rows)).length, 1);
  });
});

describe(`${RULE}: a whole followed by what it counts before its 其中 (十件民生实事总体推进顺利，其中…)`, () => {
  const notice = (sentence: string) =>
    [
      '某市人民政府办公室关于2025年上半年十件重点民生实事推进情况的通报', '', '某政办发〔2025〕31号', '', '各县（市、区）人民政府，市政府各部门：', '',
      `　　2025年，市政府确定了十件重点民生实事。${sentence}现将有关情况通报如下：`, '', '某市人民政府办公室', '', '2025年7月25日', '',
    ].join('\n');
  const progress = (whole: string, middle: number) =>
    `截至6月30日，${whole}民生实事总体推进顺利，其中已完成全年目标任务的2件，序时进度达到50%以上的${middle}件，进度滞后的2件。`;

  it('adds the parts of a whole in words or figures, past a rate bounding a part (50%以上的6件)', () => {
    assert.deepEqual(run(RULE, notice(progress('十件', 7))).map((f) => f.message), ['称共十件，“其中”所列各项之和为11件 (the parts listed add up to 11, not 10)']);
    assert.equal(run(RULE, notice(progress('10件', 7))).length, 1);
    assert.equal(run(RULE, notice('全市确定10件民生实事，其中教育类3件、医疗类4件、养老类4件。')).length, 1);
  });

  it('is quiet on parts that make the whole or fewer, and on a part given roughly', () => {
    for (const s of [
      progress('十件', 6),
      progress('10件', 6),
      progress('十件', 5),
      '全市确定10件民生实事，其中教育类3件、医疗类4件。',
      '十件民生实事总体推进顺利，其中5件以上已过半、6件进度正常。',
      '涉及资金5000万元以上，其中市级资金3000万元、县级资金2500万元。',
      '城乡居民收入差距缩小2个百分点，其中城镇居民收入增长1个百分点、农村居民收入增长3个百分点。',
      '建立一个平台，其中包括3个子系统、5个功能模块。',
    ]) assert.deepEqual(run(RULE, notice(s)), [], s);
  });
});

describe(`${RULE}: people counted in 名 and in 人 (教师120名，其中岷江区50人、…)`, () => {
  const notice = (sentence: string) =>
    [
      '某市人民政府办公室关于2025年中小学教师招聘工作情况的通报', '', '某政办发〔2025〕12号', '', '各县（市、区）人民政府，市政府各部门：', '',
      `　　${sentence}`, '', '某市人民政府办公室', '', '2025年9月14日', '',
    ].join('\n');

  it('adds parts in 人 under a whole in 名: by place, or men and women', () => {
    const found = run(RULE, notice('2025年全市共招聘中小学教师120名，其中岷江区50人、汶源县80人。'));
    assert.deepEqual(found.map((f) => f.message), ['称共120名，“其中”所列各项之和为130名 (the parts listed add up to 130, not 120)']);
    assert.equal(run(RULE, notice('2025年全市共招聘中小学教师120名，其中男性50人、女性60人。')).length, 1);
  });

  it('is quiet when they add up, and on parts of people that may overlap or leave some out', () => {
    for (const s of [
      '2025年全市共招聘中小学教师120名，其中岷江区50人、汶源县70人。',
      '2025年全市共招聘中小学教师120名，其中男性50人、女性70人。',
      '对事故有关的14名责任人员，其中移送司法机关3人，给予党纪政务处分8人。',
      '全市共有专任教师1200名，其中研究生学历300人、高级职称500人。',
    ]) assert.deepEqual(run(RULE, notice(s)), [], s);
  });
});

describe(`${RULE}: a count of a group named inside its honour in quotes (等16名同志“2024年度…先进个人”称号)`, () => {
  const decision = (persons: number, units = 3) =>
    [
      '某市人民政府关于表彰2024年度全市防汛抗旱工作先进集体和先进个人的决定', '', '某政发〔2025〕5号', '', '各县（市、区）人民政府，市政府各部门：', '',
      `　　为表彰先进、激励担当，市政府决定，授予市水利局等${units}个单位“2024年度全市防汛抗旱工作先进集体”称号，授予王建军等${persons}名同志“2024年度全市防汛抗旱工作先进个人”称号。`, '',
      '　　附件：2024年度全市防汛抗旱工作先进集体和先进个人名单', '', '某市人民政府', '', '2025年2月8日', '', '附件', '',
      '2024年度全市防汛抗旱工作先进集体和先进个人名单', '', '　　一、先进集体（3个）', '', '　　市水利局、市应急管理局、市气象局', '',
      '　　二、先进个人（4名）', '', '　　王建军（市水利局）、李　梅（市应急管理局）、张海涛（市气象局）、刘志强（市消防救援支队）', '',
    ].join('\n');

  it('compares the count with the group it names at the honour\'s end', () => {
    const found = run(RULE, decision(5));
    assert.equal(found.length, 1);
    assert.equal(found[0].message, '“先进个人”称共5名，实际列出4名 (claims 5 items, 4 are listed)');
    assert.equal(run(RULE, decision(4, 4)).length, 1);
  });

  it('is quiet when the counts agree, and on an honour that only mentions the group (…先进个人事迹宣讲…)', () => {
    assert.deepEqual(run(RULE, decision(4)), []);
    const other = decision(4).replace('授予王建军等4名同志“2024年度全市防汛抗旱工作先进个人”称号', '邀请王建军等5名同志“先进个人事迹宣讲团”成员参加');
    assert.deepEqual(run(RULE, other), []);
  });
});

describe(`${RULE}: a 其中 past a rate or a change (比上年增长5.8%。其中，…), parts each with its rate, counts in 万人`, () => {
  const report = (sentence: string) =>
    [
      '某市人民政府办公室关于2024年全市经济运行情况的通报', '', '某政办发〔2025〕6号', '', '各县（市、区）人民政府，市政府各部门：', '',
      `　　${sentence}`, '', '某市人民政府办公室', '', '2025年3月10日', '',
    ].join('\n');
  const messages = (sentence: string) => run(RULE, report(sentence)).map((f) => f.message);
  const gdp = (second: string) =>
    `初步核算，全年地区生产总值2586.4亿元，按不变价格计算，比上年增长5.8%。其中，第一产业增加值186.2亿元，增长3.6%；第二产业增加值${second}亿元，增长6.1%；第三产业增加值1357.5亿元，增长5.9%。`;
  const people = (rural: string) => `年末常住人口312.6万人，比上年末增加1.8万人。其中，城镇人口208.4万人，乡村人口${rural}万人。`;
  const invest = (started: string) => `截至3月底，12个重大项目累计完成投资31.6亿元，占年度计划的23.8%。其中，续建项目完成投资22.4亿元，新开工项目完成投资${started}亿元。`;

  it('checks the three sectors, each with its rate, against the output before the rate', () => {
    assert.deepEqual(messages(gdp('1042.7')), []);
    assert.deepEqual(messages(gdp('1024.7')), ['称共2586.4亿元，“其中”所列各项之和为2568.4亿元 (the parts listed add up to 2568.4, not 2586.4)']);
  });

  it('checks people in 万人 against the whole, not the change beside it', () => {
    assert.deepEqual(messages(people('104.2')), []);
    assert.deepEqual(messages(people('140.2')), ['称共312.6万人，“其中”所列各项之和为348.6万人 (the parts listed add up to 348.6, not 312.6)']);
  });

  it('checks the parts of a figure past its share of the plan', () => {
    assert.deepEqual(messages(invest('9.2')), []);
    assert.deepEqual(messages(invest('9.8')), ['称共31.6亿元，“其中”所列各项之和为32.2亿元 (the parts listed add up to 32.2, not 31.6)']);
  });

  it('is quiet where the 其中 may detail another count or the parts may leave some out', () => {
    for (const s of [
      '全年新增城镇就业3.2万人，比上年增加0.4万人。其中，高校毕业生就业0.3万人。',
      '全年办理人大代表建议120件、政协提案80件。其中，重点建议提案30件。',
      '全年一般公共预算收入186.3亿元，比上年增长4.1%，其中税收收入132.7亿元，增长3.5%。',
      '全年货物进出口总额356.2亿元，比上年增长7.9%。其中，出口228.6亿元，增长9.4%；进口127.6亿元，增长5.3%。',
      '全年规模以上工业增加值1200亿元，增长7.3%。其中，制造业增加值900亿元，高技术制造业增加值260亿元。',
    ]) assert.deepEqual(messages(s), [], s);
  });
});

describe(`${RULE}: a heading's count over a numbered table or a run of names right under it`, () => {
  const plan = (tableCount: string, runCount: string, run5 = '某市电动自行车管理条例、某市物业管理条例（修订）、某市停车场管理办法、某市农村生活垃圾治理办法、某市优化营商环境办法。') =>
    [
      '某市人民政府办公室关于印发某市人民政府2025年度立法工作计划的通知', '', '某政办发〔2025〕15号', '', '各区人民政府，市政府各部门：', '',
      '　　《某市人民政府2025年度立法工作计划》已经市政府同意，现印发给你们。', '', '某市人民政府办公室', '', '2025年5月8日', '', '某市人民政府2025年度立法工作计划', '',
      `　　一、市政府制定的规章项目（共${tableCount}件）`, '', '序号\t项目名称\t起草单位\t报送时间', '1\t某市住宅专项维修资金管理办法\t市住房城乡建设局\t2025年6月',
      '2\t某市公共数据管理办法\t市大数据局\t2025年8月', '3\t某市燃气管理办法（修订）\t市城市管理局\t2025年9月', '',
      `　　二、调研论证项目（共${runCount}件）`, '', `　　${run5}`, '', '　　三、工作要求', '', '　　各起草单位要按时报送送审稿。', '',
    ].join('\n');
  const messages = (text: string) => run(RULE, text).map((f) => f.message);

  it('counts the rows of the table and the names of the run', () => {
    assert.deepEqual(messages(plan('3', '5')), []);
    assert.deepEqual(messages(plan('4', '5')), ['“一、市政府制定的规章项目”称共4件，实际列出3件 (claims 4 items, 3 are listed)']);
    assert.deepEqual(messages(plan('3', '6')), ['“二、调研论证项目”称共6件，实际列出5件 (claims 6 items, 5 are listed)']);
  });

  it('is quiet over a run that leaves some out or a sentence', () => {
    assert.deepEqual(messages(plan('3', '6', '某市电动自行车管理条例、某市物业管理条例等5件项目由市司法局组织调研论证。')), []);
    assert.deepEqual(messages(plan('3', '6', '重点围绕电动自行车管理、物业管理开展调研论证。')), []);
  });
});

describe(`${RULE}: what is done and what is not (已开工3个，未开工2个)`, () => {
  const notice = (sentence: string) =>
    [
      '某市人民政府办公室关于2025年第一季度市级重大项目推进情况的通报', '', '某政办发〔2025〕11号', '', '各区人民政府，市政府各部门：', '',
      `　　${sentence}`, '', '某市人民政府办公室', '', '2025年4月15日', '',
    ].join('\n');
  it('reports parts that make less than the whole', () => {
    assert.deepEqual(run(RULE, notice('新开工项目5个中，已开工3个，未开工2个。')), []);
    assert.deepEqual(run(RULE, notice('新开工项目5个中，已开工2个，未开工2个。')).map((f) => f.message), ['称共5个，“其中”所列各项之和为4个 (the parts listed add up to 4, not 5)']);
    assert.deepEqual(run(RULE, notice('新开工项目5个，其中开工2个、未开工2个。')).map((f) => f.message), ['称共5个，“其中”所列各项之和为4个 (the parts listed add up to 4, not 5)']);
    // Parts that are not one thing and its 未 may leave some out.
    assert.deepEqual(run(RULE, notice('新开工项目5个中，已开工2个，未取得施工许可2个。')), []);
  });
});

describe(`${RULE}: states of progress after a count (已办结、正在推进、未按期推进)`, () => {
  const notice = (sentence: string) =>
    [
      '某市人民政府办公室关于市政府常务会议议定事项落实情况的通报', '', '某政办发〔2025〕21号', '', '各区人民政府，市政府各部门：', '',
      `　　${sentence}`, '', '某市人民政府办公室', '', '2025年7月8日', '',
    ].join('\n');
  const messages = (sentence: string) => run(RULE, notice(sentence)).map((f) => f.message);

  it('reports states that do not make the count they follow, in the sentence before or their own', () => {
    assert.deepEqual(messages('5次常务会议共议定事项45项。截至6月30日，已办结35项，正在推进7项，未按期推进2项。'), [
      '称45项，其后所列各进度（已办结、正在推进、未按期推进）之和为44项 (the states of progress listed add up to 44, not 45)',
    ]);
    // The count past another 其中 whose parts are in another unit; two states that add up to more.
    assert.deepEqual(
      messages('审计工作报告反映问题86个，查出问题金额12.46亿元，其中应上缴财政资金1.28亿元、应调账处理11.18亿元。截至2025年6月30日，已整改到位72个、正在整改15个，整改问题金额11.62亿元。'),
      ['称86个，其后所列各进度（已整改到位、正在整改）之和为87个 (the states of progress listed add up to 87, not 86)'],
    );
    assert.deepEqual(messages('对6处重大事故隐患实行挂牌督办，已整改销号5处、正在整改2处。'), [
      '称6处，其后所列各进度（已整改销号、正在整改）之和为7处 (the states of progress listed add up to 7, not 6)',
    ]);
    // Of two counts of the unit, the one closing its clause, not one naming what it counts after it.
    assert.deepEqual(messages('审计发现22个部门存在问题43个，已整改到位37个、正在整改7个。'), [
      '称43个，其后所列各进度（已整改到位、正在整改）之和为44个 (the states of progress listed add up to 44, not 43)',
    ]);
    // States sharing only their verb (整改): it names no thing the count's clause must name.
    assert.deepEqual(messages('今年共排查安全隐患1260处，整改率97.1%。已整改1233处，正在整改37处。'), [
      '称1260处，其后所列各进度（已整改、正在整改）之和为1270处 (the states of progress listed add up to 1270, not 1260)',
    ]);
    // A state after words of time (目前已…, 现已…) opens its clause too.
    assert.deepEqual(messages('共排查整治问题86个，目前已整改到位72个，正在整改15个。'), [
      '称86个，其后所列各进度（已整改到位、正在整改）之和为87个 (the states of progress listed add up to 87, not 86)',
    ]);
    assert.deepEqual(messages('共排查整治问题86个，目前已整改到位71个，正在整改15个。'), []);
    // After a 其中, done, under way and behind make the whole too.
    assert.deepEqual(messages('共议定事项45项，其中已办结35项，正在推进7项，未按期推进2项。'), ['称共45项，“其中”所列各项之和为44项 (the parts listed add up to 44, not 45)']);
  });

  it('is quiet where the states add up, may leave some out, may overlap, or their count is not sure', () => {
    for (const quiet of [
      '5次常务会议共议定事项45项。截至6月30日，已办结36项，正在推进7项，未按期推进2项。',
      '审计工作报告反映问题86个。截至2025年6月30日，已整改到位71个、正在整改15个，整改问题金额11.62亿元。',
      '共议定事项45项，其中已办结36项，正在推进7项，未按期推进2项。',
      // Done and under way only: some may not have begun.
      '5次常务会议共议定事项45项。截至6月30日，已办结30项，正在推进7项。',
      // What is not done holds what is under way; two kinds of done overlap.
      '全市共有重点项目20个。已完成12个，正在推进5个，未完成8个。',
      '全市共有重点项目20个。已开工15个，已竣工6个。',
      // Two counts of the unit before, each closing its clause: which one the states break down is not sure.
      '检查单位22个，发现问题43个，已整改到位37个、正在整改7个。',
      // The count closing its clause, the states adding up to it or fewer with not all named.
      '审计发现22个部门存在问题43个，已整改到位36个、正在整改7个。',
      '审计发现22个部门存在问题43个，已整改到位30个、正在整改7个。',
      '全市共有重点项目20个，其中市级项目12个。已开工10个、正在推进前期工作3个。',
      // States naming what they count, which the count's clause does not name.
      '共划定示范区5个。已建成示范点8个、正在建设示范点4个。',
      '今年共排查安全隐患1260处，整改率97.1%。已整改1223处，正在整改37处。',
      // A count of where something is done, not of what is done.
      '我市在3个县（区）开展城中村改造试点。截至3月底，已完成改造11个、正在改造9个。',
      '2025年，巡察反馈问题涉及8个单位。已整改完成41个、正在整改12个。',
      // A rough count, a change, a part of a list.
      '共排查隐患约120处。已整改100处、正在整改30处。',
      '受理投诉比上年增加15件。已办结10件、正在办理8件。',
      '共排查隐患120处，其中重大隐患12处、已整改10处、正在整改5处。',
    ]) {
      assert.deepEqual(messages(quiet), [], quiet);
    }
  });

  it('takes no count of the places checked or of the groups sent as what the states count (对8个县（市、区）开展督查)', () => {
    for (const quiet of [
      '市安委会派出12个督导组开展专项督导，已整改到位86个、正在整改12个。',
      '市安委会组织12个督导组开展专项督导，已整改到位86个、正在整改12个，其余问题限期整改。',
      '督查组对全市8个县（市、区）开展专项督查，已整改到位86个、正在整改12个。',
      '市纪委监委对5个市直部门开展专项检查，已整改到位20个、正在整改6个。',
    ]) {
      assert.deepEqual(messages(quiet), [], quiet);
      assert.deepEqual(run(RULE, hardWrapped(notice(quiet), 21)), [], `${quiet} (wrapped)`);
    }
    // The count of what is put right, after the places or groups, is still read; so is a count of the things themselves.
    assert.deepEqual(messages('督查组对全市8个县（市、区）开展专项督查，发现问题96个，已整改到位86个、正在整改12个。'), [
      '称96个，其后所列各进度（已整改到位、正在整改）之和为98个 (the states of progress listed add up to 98, not 96)',
    ]);
    assert.deepEqual(messages('市安委会派出12个督导组开展专项督导，发现问题96个。已整改到位86个、正在整改12个。'), [
      '称96个，其后所列各进度（已整改到位、正在整改）之和为98个 (the states of progress listed add up to 98, not 96)',
    ]);
    assert.deepEqual(messages('对12个重点问题实行挂牌督办，已整改到位8个、正在整改5个。'), [
      '称12个，其后所列各进度（已整改到位、正在整改）之和为13个 (the states of progress listed add up to 13, not 12)',
    ]);
    assert.equal(run(RULE, hardWrapped(notice('督查组对全市8个县（市、区）开展专项督查，发现问题96个，已整改到位86个、正在整改12个。'), 21)).length, 1);
  });

  it('reads states said with no 已/正在/未 (基本完成, 序时推进, 滞后推进, 进展缓慢) in the run of states', () => {
    assert.deepEqual(messages('今年确定的重点改革任务共37项。截至3月31日，已完成20项，基本完成8项，正在推进6项，尚未启动2项。'), [
      '称37项，其后所列各进度（已完成、基本完成、正在推进、尚未启动）之和为36项 (the states of progress listed add up to 36, not 37)',
    ]);
    assert.deepEqual(messages('全年安排为民办实事项目13项。截至3月底，已完成3项，序时推进8项，滞后推进1项。'), [
      '称13项，其后所列各进度（已完成、序时推进、滞后推进）之和为12项 (the states of progress listed add up to 12, not 13)',
    ]);
    assert.deepEqual(messages('省下达我市的年度目标任务48项，已完成12项、序时推进30项、进展缓慢3项。'), [
      '称48项，其后所列各进度（已完成、序时推进、进展缓慢）之和为45项 (the states of progress listed add up to 45, not 48)',
    ]);
    // States that may overlap the run's last: those before them are still read, as adding up to the count at most.
    assert.deepEqual(messages('全年重点项目30个，已完成20个，正在推进14个，滞后推进2个。'), [
      '称30个，其后所列各进度（已完成、正在推进）之和为34个 (the states of progress listed add up to 34, not 30)',
    ]);
    assert.deepEqual(messages('全年重点项目20个。已完成12个，基本完成5个，正在推进6个。'), [
      '称20个，其后所列各进度（已完成、基本完成、正在推进）之和为23个 (the states of progress listed add up to 23, not 20)',
    ]);
  });

  it('is quiet on such states where they add up, may leave some out, or may overlap', () => {
    for (const quiet of [
      '今年确定的重点改革任务共36项。截至3月31日，已完成20项，基本完成8项，正在推进6项，尚未启动2项。',
      '全年安排为民办实事项目12项。截至3月底，已完成3项，序时推进8项，滞后推进1项。',
      // Done, nearly done and under way: some may not have begun.
      '今年确定的重点改革任务共40项。截至3月31日，已完成20项，基本完成8项，正在推进6项。',
      '全年安排为民办实事项目15项。截至3月底，已完成3项，序时推进8项。',
      // Those behind may be among those under way; two words for behind.
      '全年重点项目40个，已完成10个，正在推进25个，滞后推进8个。',
      '全年重点项目40个，已完成10个，序时推进25个，滞后推进3个，进展缓慢3个。',
    ]) {
      assert.deepEqual(messages(quiet), [], quiet);
    }
  });
});

describe(`${RULE}: a 其中 whose parts an attachment's table totals (划出部门 over 合计)`, () => {
  const notice = (parts: string, total = '7') =>
    [
      '某市人民政府办公室关于调整市城市管理局等部门职责的通知', '', '某政办发〔2025〕17号', '', '各县（市、区）人民政府，市政府各部门：', '',
      `　　职责调整涉及的人员编制随职责一并划转，共划转行政编制7名。其中，${parts}。具体划转情况见附件。`, '',
      '　　附件：市城市管理局等部门职责和人员编制划转表', '', '某市人民政府办公室', '', '2025年5月20日', '', '附件', '',
      '市城市管理局等部门职责和人员编制划转表', '',
      '序号\t划出部门\t划入部门\t划转职责\t划转行政编制（名）',
      '1\t市住房城乡建设局\t市城市管理局\t城市道路照明设施管理\t2',
      '2\t市住房城乡建设局\t市城市管理局\t城市公园、广场日常管养\t2',
      '3\t市交通运输局\t市城市管理局\t中心城区公交站亭维护\t1',
      '4\t市自然资源和规划局\t市林业局\t古树名木保护管理\t1',
      '5\t市农业农村局\t市林业局\t林下经济发展指导\t1',
      `\t合计\t\t\t${total}`, '',
    ].join('\n');
  const all = (first: string) => `市住房城乡建设局${first}名，市交通运输局1名，市自然资源和规划局1名，市农业农村局1名`;

  it('reports parts that name every 划出部门 of the table and add up to less than its 合计', () => {
    assert.deepEqual(run(RULE, notice(all('3'))).map((f) => f.message), ['称共7名，“其中”所列各项之和为6名 (the parts listed add up to 6, not 7)']);
  });

  it('is quiet where they add up, name some departments only, or the table totals another figure', () => {
    assert.deepEqual(run(RULE, notice(all('4'))), []);
    assert.deepEqual(run(RULE, notice('市住房城乡建设局4名，市交通运输局1名')), []);
    assert.deepEqual(run(RULE, notice(all('3'), '6')), []);
  });
});

describe(`${RULE}: indicators each with its rate, schools named 第一…, names joined by 和`, () => {
  const report = (sentence: string) =>
    [
      '某市人民政府办公室关于2024年全市经济运行情况的通报', '', '某政办发〔2025〕6号', '', '各县（市、区）人民政府，市政府各部门：', '',
      `　　${sentence}`, '', '某市人民政府办公室', '', '2025年3月10日', '',
    ].join('\n');
  const messages = (sentence: string) => run(RULE, report(sentence)).map((f) => f.message);

  it('is quiet over indicators each with its rate that are drawn across one another', () => {
    for (const s of [
      '全年规模以上工业增加值1200.5亿元，比上年增长7.3%。其中，高新技术产业增加值720.6亿元，增长9.1%；装备制造业增加值560.3亿元，增长8.2%。',
      '全年完成固定资产投资1250.6亿元，比上年增长8.1%。其中，民间投资612.3亿元，增长5.2%；工业投资398.5亿元，增长12.6%；基础设施投资356.1亿元，增长6.3%。',
      '全年货物进出口总额356.2亿元，比上年增长7.9%。其中，出口228.5亿元，增长9.4%；进口127.6亿元，增长5.3%；对共建“一带一路”国家进出口158.2亿元，增长12.1%。',
    ]) assert.deepEqual(messages(s), [], s);
    // The three sectors make the output: parts that add up to more are still reported.
    assert.deepEqual(
      messages('全年地区生产总值5236.8亿元，比上年增长6.2%。其中，第一产业增加值312.5亿元，增长3.1%；第二产业增加值2105.6亿元，增长6.8%；第三产业增加值2838.8亿元，增长6.0%。'),
      ['称共5236.8亿元，“其中”所列各项之和为5256.9亿元 (the parts listed add up to 5256.9, not 5236.8)'],
    );
    // Parts with no rates of their own, in a measure, are of one kind each.
    assert.deepEqual(messages('截至3月底，12个重大项目累计完成投资31.6亿元，占年度计划的23.8%。其中，续建项目完成投资22.4亿元，新开工项目完成投资9.8亿元。'), [
      '称共31.6亿元，“其中”所列各项之和为32.2亿元 (the parts listed add up to 32.2, not 31.6)',
    ]);
  });

  it('reads figures in 万 or 亿 as rounded, compared or not', () => {
    for (const s of [
      '年末全市就业人员186.5万人，其中第一产业就业人员32.1万人，第二产业就业人员61.2万人，第三产业就业人员93.1万人。',
      '全年地区生产总值5236.8亿元，其中第一产业增加值312.5亿元，第二产业增加值2105.6亿元，第三产业增加值2818.8亿元。',
      '年末常住人口312.6万人，其中城镇人口208.5万人，乡村人口104.2万人。',
    ]) assert.deepEqual(messages(s), [], s);
    // More than the rounding of each figure is still reported.
    assert.deepEqual(messages('年末常住人口312.6万人，其中城镇人口208.5万人，乡村人口103.6万人。'), [
      '称共312.6万人，“其中”所列各项之和为312.1万人 (the parts listed add up to 312.1, not 312.6)',
    ]);
  });

  it('is quiet where the rest of the whole is said apart after what is done and what is not', () => {
    for (const s of [
      '全市共有农村危房改造对象1260户，其中已完工1080户，未完工150户。另有30户因自愿放弃改造已调出计划。',
      '全市共有农村危房改造对象1260户，其中已完工1080户，未完工150户（另有30户自愿放弃改造）。',
    ]) assert.deepEqual(messages(s), [], s);
    // A count said apart that is not the rest.
    assert.deepEqual(messages('全市共有农村危房改造对象1260户，其中已完工1080户，未完工150户。另有20户因自愿放弃改造已调出计划。'), [
      '称共1260户，“其中”所列各项之和为1230户 (the parts listed add up to 1230, not 1260)',
    ]);
  });

  it('takes no 第一中学、第二中学、第三中学 for the three sectors', () => {
    assert.deepEqual(messages('全市共有公办普通高中5所，在校学生12860人。其中，第一中学3260人，第二中学2850人，第三中学2510人。'), []);
    assert.deepEqual(messages('前三季度全市共派出督查组6个，检查企业326家。其中，第一督查组检查58家，第二督查组检查61家，第三督查组检查55家。'), []);
    assert.deepEqual(messages('年末全市就业人员186.5万人。其中，第一产业就业人员32.1万人，第二产业就业人员61.2万人，第三产业就业人员90.2万人。'), [
      '称共186.5万人，“其中”所列各项之和为183.5万人 (the parts listed add up to 183.5, not 186.5)',
    ]);
  });
});

describe(`${RULE}: a heading's count over a run of names whose last is joined by 和`, () => {
  const plan = (count: string, run: string) =>
    [
      '某市人民政府办公室关于印发某市人民政府2025年度立法工作计划的通知', '', '某政办发〔2025〕15号', '', '各区人民政府，市政府各部门：', '',
      '　　《某市人民政府2025年度立法工作计划》已经市政府同意，现印发给你们。', '', '某市人民政府办公室', '', '2025年5月8日', '', '某市人民政府2025年度立法工作计划', '',
      `　　一、调研论证项目（共${count}件）`, '', `　　${run}`, '', '　　二、工作要求', '', '　　各起草单位要按时报送送审稿。', '',
    ].join('\n');
  const messages = (text: string) => run(RULE, text).map((f) => f.message);

  it('reads no run whose last name is joined by 和, and reads one with 和 inside a name', () => {
    assert.deepEqual(messages(plan('3', '某市电动自行车管理条例、某市物业管理条例（修订）和某市停车场管理办法。')), []);
    assert.deepEqual(messages(plan('3', '某市电动自行车管理条例、某市城市市容和环境卫生管理条例。')), ['“一、调研论证项目”称共3件，实际列出2件 (claims 3 items, 2 are listed)']);
  });
});

describe(`${RULE}: industries grouped by a quality may overlap; kinds that pair may not`, () => {
  const report = (sentence: string) =>
    [
      '某市人民政府办公室关于2024年全市经济运行情况的通报', '', '某政办发〔2025〕6号', '', '各县（市、区）人民政府，市政府各部门：', '',
      `　　${sentence}`, '', '某市人民政府办公室', '', '2025年3月10日', '',
    ].join('\n');
  const messages = (sentence: string) => run(RULE, report(sentence)).map((f) => f.message);

  it('is quiet over industries grouped by a quality, given with no rates of their own', () => {
    for (const s of [
      '全年规模以上工业增加值1200.5亿元，比上年增长7.3%。其中，高新技术产业增加值720.6亿元，装备制造业增加值560.3亿元，战略性新兴产业增加值480.2亿元。',
      '全年规模以上工业增加值1200.5亿元，其中高技术制造业增加值436.2亿元、装备制造业增加值560.3亿元、数字经济核心产业制造业增加值312.8亿元。',
      '全年规模以上工业实现营业收入4215.6亿元，其中战略性新兴产业营业收入2310.5亿元，高耗能行业营业收入1986.4亿元。',
      // Goods grouped so in trade: most 高新技术产品 are 机电产品.
      '全年出口总额812.3亿元，增长10.5%。其中，机电产品出口520.6亿元，高新技术产品出口310.2亿元。',
    ]) assert.deepEqual(messages(s), [], s);
  });

  it('still reports parts of one kind each that add up to more, rates or none', () => {
    // Projects begun before this year or in it: no project is both.
    assert.deepEqual(messages('截至3月底，12个重大项目累计完成投资31.6亿元，占年度计划的23.8%。其中，续建项目完成投资22.4亿元，新开工项目完成投资9.8亿元。'), [
      '称共31.6亿元，“其中”所列各项之和为32.2亿元 (the parts listed add up to 32.2, not 31.6)',
    ]);
    assert.deepEqual(messages('截至3月底，12个重大项目累计完成投资31.6亿元，增长12.3%。其中，续建项目完成投资22.4亿元，增长8.1%；新开工项目完成投资9.8亿元，增长21.5%。'), [
      '称共31.6亿元，“其中”所列各项之和为32.2亿元 (the parts listed add up to 32.2, not 31.6)',
    ]);
    assert.deepEqual(messages('年末全市政府债务余额623.58亿元，比上年末增长6.2%，其中一般债务余额210.86亿元，增长3.1%；专项债务余额418.72亿元，增长7.9%。'), [
      '称共623.58亿元，“其中”所列各项之和为629.58亿元 (the parts listed add up to 629.58, not 623.58)',
    ]);
    assert.deepEqual(messages('全年货物进出口总额356.2亿元，比上年增长7.9%。其中，出口238.6亿元，增长9.4%；进口127.6亿元，增长5.3%。'), [
      '称共356.2亿元，“其中”所列各项之和为366.2亿元 (the parts listed add up to 366.2, not 356.2)',
    ]);
    // Counted in 个, a unit parts may share elsewhere: a pair of kinds still shares nothing.
    assert.deepEqual(messages('全年实施重点项目30个，其中续建项目20个、新开工项目15个。'), [
      '称共30个，“其中”所列各项之和为35个 (the parts listed add up to 35, not 30)',
    ]);
    assert.deepEqual(messages('全年实施重点项目35个，其中续建项目20个、新开工项目15个。'), []);
    // 工业 and 建筑业 are no groups by a quality: each firm is in one.
    assert.deepEqual(messages('全年第二产业增加值1042.7亿元，其中工业增加值980.5亿元，建筑业增加值82.2亿元。'), [
      '称共1042.7亿元，“其中”所列各项之和为1062.7亿元 (the parts listed add up to 1062.7, not 1042.7)',
    ]);
    // Industrial parks are places: a project is in one.
    assert.deepEqual(messages('全年完成工业投资120.5亿元，其中新能源产业园完成投资68.2亿元，智能装备产业园完成投资55.3亿元。'), [
      '称共120.5亿元，“其中”所列各项之和为123.5亿元 (the parts listed add up to 123.5, not 120.5)',
    ]);
  });

  it('is quiet where kinds that pair add up to the whole, or a third part is drawn across them', () => {
    for (const s of [
      '截至3月底，累计完成投资31.6亿元，增长12.3%。其中，续建项目完成投资22.4亿元，增长8.1%；新开工项目完成投资9.2亿元，增长21.5%。',
      '全年货物进出口总额356.2亿元，比上年增长7.9%。其中，出口228.6亿元，增长9.4%；进口127.6亿元，增长5.3%；对共建“一带一路”国家进出口158.2亿元，增长12.1%。',
    ]) assert.deepEqual(messages(s), [], s);
  });
});

describe(`${RULE}: parts classed along different dimensions (民间投资, 工业投资; 永久基本农田, 高标准农田) or named by a topic`, () => {
  const report = (sentence: string) =>
    [
      '某市人民政府办公室关于2025年全市经济运行情况的通报', '', '某政办发〔2026〕6号', '', '各县（市、区）人民政府，市政府各部门：', '',
      `　　${sentence}`, '', '某市人民政府办公室', '', '2026年3月10日', '',
    ].join('\n');
  const messages = (sentence: string) => run(RULE, report(sentence)).map((f) => f.message);
  const quiet = (sentence: string) => {
    assert.deepEqual(messages(sentence), [], sentence);
    assert.deepEqual(run(RULE, hardWrapped(report(sentence), 20)), [], `${sentence} (wrapped)`);
  };

  it('is quiet over investment by who puts it in beside investment by industry or by what it builds', () => {
    quiet('完成投资326.5亿元，其中民间投资186.3亿元、工业投资158.6亿元。');
    quiet('全年固定资产投资完成326.5亿元，其中民间投资186.3亿元、工业投资128.6亿元、基础设施投资96.2亿元。');
    quiet('全年完成固定资产投资326.5亿元，其中国有投资142.1亿元，技术改造投资96.8亿元，房地产开发投资101.7亿元。');
  });

  it('is quiet over designations laid over land, each over the others and over its uses', () => {
    quiet('全市耕地保有量86.3万亩，其中永久基本农田72.1万亩、高标准农田45.6万亩。');
    quiet('全市耕地保有量86.3万亩，其中水田52.1万亩、永久基本农田72.1万亩。');
    quiet('全市划定粮食生产功能区60.2万亩，其中高标准农田45.6万亩、永久基本农田52.3万亩。');
  });

  it('is quiet over matters named by what they concern (涉及…的, 关于…的)', () => {
    quiet('全年出台惠企政策文件36项，其中涉及减税降费的21项、涉及融资支持的18项。');
    quiet('全年出台惠企政策文件36项，其中关于减税降费的21项、关于融资支持的18项。');
    quiet('全年清理规范性文件36件，其中涉及市场准入的21件、涉及招标投标的18件。');
  });

  it('still reports parts classed along one dimension that add up to more', () => {
    assert.deepEqual(messages('完成投资326.5亿元，其中工业投资186.3亿元、房地产开发投资158.6亿元。'), [
      '称共326.5亿元，“其中”所列各项之和为344.9亿元 (the parts listed add up to 344.9, not 326.5)',
    ]);
    assert.deepEqual(messages('完成投资326.5亿元，其中国有投资186.3亿元、外商投资158.6亿元。'), [
      '称共326.5亿元，“其中”所列各项之和为344.9亿元 (the parts listed add up to 344.9, not 326.5)',
    ]);
    // 国有工业 and 民间工业: both by who invests, apart.
    assert.deepEqual(messages('完成工业投资326.5亿元，其中国有工业投资186.3亿元、民间工业投资158.6亿元。'), [
      '称共326.5亿元，“其中”所列各项之和为344.9亿元 (the parts listed add up to 344.9, not 326.5)',
    ]);
    // Land by its use: a field is 水田 or 旱地; a plot 工业用地 or 住宅用地.
    assert.deepEqual(messages('全市耕地保有量86.3万亩，其中水田52.1万亩、旱地40.6万亩。'), [
      '称共86.3万亩，“其中”所列各项之和为92.7万亩 (the parts listed add up to 92.7, not 86.3)',
    ]);
    assert.deepEqual(messages('全市供应建设用地12.6万亩，其中工业用地6.2万亩、住宅用地7.1万亩。'), [
      '称共12.6万亩，“其中”所列各项之和为13.3万亩 (the parts listed add up to 13.3, not 12.6)',
    ]);
    // Matters in classes, not topics.
    assert.deepEqual(messages('全年出台惠企政策文件36项，其中减税降费类21项、融资支持类18项。'), [
      '称共36项，“其中”所列各项之和为39项 (the parts listed add up to 39, not 36)',
    ]);
    assert.deepEqual(run(RULE, hardWrapped(report('全市耕地保有量86.3万亩，其中水田52.1万亩、旱地40.6万亩。'), 20)).length, 1);
  });
});

describe(`${RULE}: figures the text works out (6876元（28650元×12%×2）; 由2010元调整为2200元，增加190元，增长9.5%)`, () => {
  const notice = (...items: string[]) =>
    documentText({
      title: '某市住房公积金管理中心关于2025年度住房公积金缴存基数调整的通知', number: '某公积金发〔2025〕9号', to: '各住房公积金缴存单位：',
      paragraphs: items, signer: '某市住房公积金管理中心', date: '2025年6月27日',
    });
  const valid = [
    '一、缴存基数上限为28650元（2024年度全市城镇非私营单位在岗职工月平均工资9550元的3倍），下限为2200元（全市月最低工资标准）。',
    '二、月缴存额上限为6876元（28650元×12%×2），下限为220元（2200元×5%×2）。补贴资金共360万元（1200人×3000元），全年补助1.32万元（1100元×12），上限为17190元（月平均工资5730元的300%）。',
    '三、第一档由2010元调整为2200元，增加190元，增长9.5%；第二档由1830元调整为2000元，增加170元，增长9.3%。',
    '四、就业人数由1.2万人增加到1.5万人，增加3000人，增长25%；人均可支配收入由3.2万元增长到3.45万元，增长7.8%；债务余额由86.5亿元下降至80.1亿元，下降7.4%。补贴比例由20%提高到25%，提高5个百分点。',
  ];

  it('is quiet on figures their brackets and changes give, rounded where written in 万 or 亿', () => {
    assert.deepEqual(run(RULE, notice(...valid)), []);
  });

  it('flags a figure its bracket does not work out, and a change or rate its two figures do not give', () => {
    const wrong = (from: string, to: string) => run(RULE, notice(...valid.map((t) => t.replace(from, to)))).map((f) => f.message);
    assert.deepEqual(wrong('下限为220元', '下限为240元'), ['240元与括号内的算式（2200元×5%×2）不符，按算式约为220元 (the figure is not what its bracket works out: about 220元)']);
    assert.equal(wrong('工资9550元的3倍', '工资9650元的3倍').length, 1);
    assert.equal(wrong('全年补助1.32万元', '全年补助1.23万元').length, 1);
    assert.deepEqual(wrong('增长9.5%', '增长9.8%'), ['由2010元到2200元，变动约9.5%，不是9.8% (the rate is not the change over the old figure: about 9.5%)']);
    assert.deepEqual(wrong('增加170元', '增加180元'), ['由1830元到2000元，相差170元，不是180元 (the change is not the difference of the two figures)']);
    assert.equal(wrong('下降7.4%', '下降8.4%').length, 1);
  });

  it('is quiet on a bracket giving a bound, a figure carried up to the 元, and a rate after a change given without its amount', () => {
    const quiet = [
      '一、失业保险金标准为1760元（最低工资标准2200元的80%），奖励标准为1100元（不低于当地最低工资标准2200元的40%），补助上限为5000元（不超过月平均工资9550元的60%）。',
      '二、月缴存额计算至元，元以下进位：下限为136元（1930元×7%），上限为2575元（21458元×12%）。',
      '三、最低工资标准由2200元调整为2010元，降低8.6%；第二档由2010元调整为2200元，提高9.5%；就业人数由1.2万人增加到1.5万人，提高3个百分点。',
      '四、月缴存额上限为6876元（28650元X12%X2），补贴733元（2200元×1/3），月均补贴1200元（14400元÷12），人均1.25万元（5亿元÷4万人），月缴存额1320元（1100元+220元）。',
      '五、基准价由2200元上浮至2530元，上浮15%；由2200元下浮至1980元，下浮10%。',
    ];
    assert.deepEqual(run(RULE, notice(...quiet)), []);
    const wrong = (from: string, to: string) => run(RULE, notice(...quiet.map((t) => t.replace(from, to)))).map((f) => f.message);
    assert.deepEqual(wrong('奖励标准为1100元', '奖励标准为800元'), ['800元与括号内的算式（不低于当地最低工资标准2200元的40%）不符，按算式约为880元 (the figure is not what its bracket works out: about 880元)']);
    assert.equal(wrong('下限为136元', '下限为137元').length, 1);
    // An exact result a whole place above the figure is no figure cut short.
    assert.deepEqual(wrong('上限为2575元', '上限为2574元'), []);
    assert.deepEqual(run(RULE, notice('月缴存额下限为219元（2200元×5%×2）。')).map((f) => f.message), ['219元与括号内的算式（2200元×5%×2）不符，按算式约为220元 (the figure is not what its bracket works out: about 220元)']);
    assert.deepEqual(wrong('降低8.6%', '降低9.4%'), ['由2200元到2010元，变动约8.6%，不是9.4% (the rate is not the change over the old figure: about 8.6%)']);
  });

  it('reads a product typed with x, X, * or 乘以, a quotient with ÷ or /, and a change 上浮 or 下浮', () => {
    const text = (t: string) => notice(`月缴存额上限为${t}，下限为220元（2200元×5%×2）。`);
    for (const sign of ['x', 'X', '*', '乘以']) {
      assert.deepEqual(run(RULE, text(`6876元（28650元${sign}12%${sign}2）`)), [], sign);
      assert.equal(run(RULE, text(`6786元（28650元${sign}12%${sign}2）`)).length, 1, sign);
    }
    assert.equal(run(RULE, notice('月均补贴1300元（14400元÷12），每人每月补贴300元（3600元/12）。')).length, 1);
    assert.deepEqual(run(RULE, notice('基准价由2200元上浮至2530元，上浮10%。')).map((f) => f.message), ['由2200元到2530元，变动约15.0%，不是10% (the rate is not the change over the old figure: about 15.0%)']);
  });

  it('reads a rate 同比 or 约 and an amount 增加了 after a change, and words between 由 and its first figure', () => {
    const valid = [
      '一、全市城镇居民人均可支配收入由4.21万元增长到4.52万元，同比增长7.4%；农村居民人均可支配收入由2.10万元增长到2.26万元，增长约7.6%。',
      '二、城乡居民基础养老金由每人每月188元提高到208元，增加了20元，增长10.6%。',
      '三、最低工资标准由原来的2010元调整为2200元，增加190元，增长9.5%。',
    ];
    assert.deepEqual(run(RULE, notice(...valid)), []);
    const wrong = (from: string, to: string) => run(RULE, notice(...valid.map((t) => t.replace(from, to)))).map((f) => f.message);
    assert.deepEqual(wrong('同比增长7.4%', '同比增长9.9%'), ['由4.21万元到4.52万元，变动约7.4%，不是9.9% (the rate is not the change over the old figure: about 7.4%)']);
    assert.deepEqual(wrong('增长约7.6%', '增长约9.6%'), ['由2.10万元到2.26万元，变动约7.6%，不是9.6% (the rate is not the change over the old figure: about 7.6%)']);
    assert.deepEqual(wrong('增加了20元', '增加了30元'), ['由188元到208元，相差20元，不是30元 (the change is not the difference of the two figures)']);
    assert.deepEqual(wrong('增加190元', '增加200元'), ['由2010元到2200元，相差190元，不是200元 (the change is not the difference of the two figures)']);
    assert.deepEqual(run(RULE, notice('城乡居民基础养老金由每人每月188元提高到208元，增加30元。')).map((f) => f.message), ['由188元到208元，相差20元，不是30元 (the change is not the difference of the two figures)']);
  });

  it('reads a rate 比上年, 较上年 or 比去年 after a change of a year, not after one the sentence gives years of its own', () => {
    const valid = [
      '一、全市城镇居民人均可支配收入由4.21万元增长到4.52万元，比上年增长7.4%；农村居民人均可支配收入由2.10万元增长到2.26万元，较上年增长7.6%。',
      '二、城乡居民基础养老金由每人每月188元提高到208元，比去年提高10.6%。',
    ];
    assert.deepEqual(run(RULE, notice(...valid)), []);
    const wrong = (from: string, to: string) => run(RULE, notice(...valid.map((t) => t.replace(from, to)))).map((f) => f.message);
    assert.deepEqual(wrong('比上年增长7.4%', '比上年增长9.9%'), ['由4.21万元到4.52万元，变动约7.4%，不是9.9% (the rate is not the change over the old figure: about 7.4%)']);
    assert.deepEqual(wrong('较上年增长7.6%', '较上年同期增长9.6%'), ['由2.10万元到2.26万元，变动约7.6%，不是9.6% (the rate is not the change over the old figure: about 7.6%)']);
    assert.equal(wrong('比去年提高10.6%', '比去年提高12.6%').length, 1);
    const quiet = [
      '一、2020年至2024年，全市居民人均消费支出由2.10万元增长到2.86万元，比上年增长6.1%。',
      '二、五年来，城乡居民基础养老金由每人每月108元提高到208元，比上年提高10.6%。',
      '三、全市地区生产总值由上半年的2100亿元增长到4520亿元，比上年增长5.2%；居民存款余额由年初的2100亿元增加到2360亿元，比上年增长8.8%。',
    ];
    assert.deepEqual(run(RULE, notice(...quiet)), []);
  });

  it('reads no rate past the clause run of a change, and no figure after 由于 or a numeral', () => {
    const quiet = [
      '一、全市城镇居民人均可支配收入由4.21万元增长到4.52万元；上半年同比增长5.1%。',
      '二、由于原材料价格188元提高到208元，增加30元。由三个部门188元提高到208元，增加30元。',
    ];
    assert.deepEqual(run(RULE, notice(...quiet)), []);
  });
});

describe(`${RULE}: a whole said to span so many groups (共20项，涉及6个部门。其中，…), house numbers on one side of a street`, () => {
  const notice = (...items: string[]) =>
    documentText({
      title: '某市人民政府关于公布市级行政许可事项清单（2025年版）的决定', number: '某政发〔2025〕12号', to: '各县（区）人民政府，市政府各部门：',
      paragraphs: items, signer: '某市人民政府', date: '2025年4月18日',
    });
  const valid = [
    '一、本次公布的市级行政许可事项共20项，涉及6个部门。其中，市发展改革委3项，市教育局2项，市公安局4项，市自然资源和规划局5项，市交通运输局3项，市卫生健康委3项。',
    '二、全年共检查企业180家，涉及8个行业。其中，餐饮业60家，零售业40家。共办理事项56件，涉及3个县（区），其中办结50件。共完成改造项目18个，涉及3个县（区）。其中，芗城区8个，龙文区6个，璋浦县4个。',
    '三、招生范围：人民路1号至99号（单号）；府前街2号至48号（双号）；建设路1-59号(单号)；胜利路1号至120号；西桥街101号至259号（单号）；建国路（1号至85号单号）。',
    // Numbers under a number (12-1号 of 12号): 12-29号 is no run from 12 to 29.
    '四、西门街12-1号至12-29号（单号），西门街12-2号至12-30号（双号），北关街5-1号至5-19号（单号）。',
  ];

  it('is quiet on parts that make the whole, fewer parts than the groups, and house numbers of their side', () => {
    assert.deepEqual(run(RULE, notice(...valid)), []);
  });

  it('is quiet on parts of another kind than the groups spanned, as many as they are', () => {
    // Kinds of power, not the 3 departments: one kind may be left out.
    for (const quiet of [
      '一、本次取消和调整的行政权力事项共20项，涉及3个部门。其中，行政许可12项、行政处罚5项、行政确认2项。',
      '一、本次调整的事项共20项，涉及3个县（区）。其中，行政许可12项、行政处罚5项、行政确认2项。',
    ]) assert.deepEqual(run(RULE, notice(quiet)), [], quiet);
  });

  it('flags parts, one for each group the whole spans, that do not make it', () => {
    const wrong = (from: string, to: string) => run(RULE, notice(...valid.map((t) => t.replace(from, to)))).map((f) => f.message);
    assert.deepEqual(wrong('事项共20项', '事项共21项'), ['称共21项，“其中”所列各项之和为20项 (the parts listed add up to 20, not 21)']);
    assert.deepEqual(wrong('市交通运输局3项', '市交通运输局2项'), ['称共20项，“其中”所列各项之和为19项 (the parts listed add up to 19, not 20)']);
    assert.deepEqual(wrong('龙文区6个', '龙文区5个'), ['称共18个，“其中”所列各项之和为17个 (the parts listed add up to 17, not 18)']);
  });

  it('reads the whole where a narrow page\'s wrap cut its item\'s first line mid-word (…共21项，涉 / 及6个部门。)', () => {
    const lead = '为深化“放管服”改革，推进行政许可标准化、规范化、便利化，根据《中华人民共和国行政许可法》和省人民政府有关规定，市人民政府决定公布市级行政许可事项清单。现将有关事项决定如下：';
    const text = (from = '', to = '') =>
      hardWrapped(notice(lead, valid[0].replace(from, to), '二、各部门要按照清单逐项编制行政许可事项实施规范和办事指南，于2025年6月30日前在市政务服务网公布。'), 23);
    assert.ok(text().includes('共20项，涉\n及6个部门'));
    assert.deepEqual(run(RULE, text()), []);
    assert.deepEqual(run(RULE, text('共20项', '共21项')).map((f) => f.message), ['称共21项，“其中”所列各项之和为20项 (the parts listed add up to 20, not 21)']);
    assert.deepEqual(run(RULE, text('市交通运输局3项', '市交通运输局2项')).map((f) => f.message), ['称共20项，“其中”所列各项之和为19项 (the parts listed add up to 19, not 20)']);
  });

  it('flags a run of house numbers with an end not of its side', () => {
    const wrong = (from: string, to: string) => run(RULE, notice(...valid.map((t) => t.replace(from, to)))).map((f) => f.message);
    assert.deepEqual(wrong('1号至99号', '1号至98号'), ['“1号至98号（单号）”中98号不是单号 (98 is not odd, the side the run is said to be)']);
    assert.deepEqual(wrong('2号至48号', '3号至48号'), ['“3号至48号（双号）”中3号不是双号 (3 is not even, the side the run is said to be)']);
    // The side closing the bracket the run is in.
    assert.deepEqual(wrong('1号至85号单号', '1号至86号单号'), ['“1号至86号单号”中86号不是单号 (86 is not odd, the side the run is said to be)']);
  });

  it('reads the side written before the run, or after it with no bracket', () => {
    const messages = (item: string) => run(RULE, notice(item)).map((f) => f.message);
    assert.deepEqual(messages('三、招生范围：和平路（单号：1—156号），胜利路（双号：2号至87号），人民路1号至98号单号，解放路双号3号至88号。'), [
      '“单号：1—156号”中156号不是单号 (156 is not odd, the side the run is said to be)',
      '“双号：2号至87号”中87号不是双号 (87 is not even, the side the run is said to be)',
      '“1号至98号单号”中98号不是单号 (98 is not odd, the side the run is said to be)',
      '“双号3号至88号”中3号不是双号 (3 is not even, the side the run is said to be)',
    ]);
    for (const quiet of [
      '三、招生范围：和平路（单号：1—155号；双号：2—156号），人民路1号至99号单号、2号至98号双号，解放路双号2—88号，南昌路1号至120号。',
      // No side, both sides, numbers under a number, and 单号 of something other than a street.
      '四、长江路（单双号：1号至120号），西门街（单号：12-1号至12-29号），黄河路1号至120号。请注明订单号：2025-0012号。',
    ]) assert.deepEqual(messages(quiet), [], quiet);
  });

  it('reads every run a side written before them governs, to the bracket\'s close or the clause\'s end', () => {
    const messages = (item: string) => run(RULE, notice(item)).map((f) => f.message);
    assert.deepEqual(messages('三、招生范围：和平路（单号：1—155号、201—298号），胜利路（双号：2—88号，90—121号），解放路双号2—88号、91—95号；南昌路1号至120号。'), [
      '“201—298号”中298号不是单号 (298 is not odd, the side the run is said to be)',
      '“90—121号”中121号不是双号 (121 is not even, the side the run is said to be)',
      '“91—95号”中91号不是双号 (91 is not even, the side the run is said to be)',
    ]);
    for (const quiet of [
      '三、招生范围：和平路（单号：1—155号、201—297号；双号：2—88号、90—120号），解放路双号2—88号、90—96号，南昌路1号至121号。',
      // Numbers under a number, a run after a bracket or a clause the side closed, and runs with no side.
      '四、西门街（单号：12-1号至12-29号、31—55号），人民路（单号：1—99号）、2—98号，解放路双号2—88号，南昌路1号至121号、123—130号，长江路（单双号：1号至120号、122—130号）。',
      // A side's runs end at another street's name; a side said of the house numbers (单号门牌).
      '五、和平路双号2—88号、解放路1—55号实行分时段限行。',
      '六、民主路1号至99号（单号门牌），和平路单号门牌1号至99号。',
    ]) assert.deepEqual(messages(quiet), [], quiet);
  });

  it('reads a side after 门牌, and a side before a lone number governing the runs after it (单号：1号、3—155号)', () => {
    const messages = (item: string) => run(RULE, notice(item)).map((f) => f.message);
    assert.deepEqual(messages('三、招生范围：民主路门牌单号1号至98号，和平路单号：1号、3—156号，胜利路双号：3号、4—88号。'), [
      '“单号1号至98号”中98号不是单号 (98 is not odd, the side the run is said to be)',
      '“3—156号”中156号不是单号 (156 is not odd, the side the run is said to be)',
      '“双号：3号”中3号不是双号 (3 is not even, the side the run is said to be)',
    ]);
    assert.deepEqual(messages('三、招生范围：民主路1号至98号（单号门牌）。'), ['“1号至98号（单号门牌）”中98号不是单号 (98 is not odd, the side the run is said to be)']);
    const text = notice('三、招生范围：民主路门牌单号1号至98号。');
    const [found] = run(RULE, text);
    assert.equal(text.slice(found.range.start, found.range.end), '98');
    for (const quiet of [
      '三、招生范围：民主路门牌单号1号至99号，和平路单号：1号、3—155号，胜利路双号：2号、4—88号。',
      // A lone number's side ends with its clause; numbers under a number; 单号 of an order.
      '四、和平路单号：1号，解放路2—88号；西门街单号：12-1号、12-3号，31—55号。请注明订单号：2025号、2026—2030号。',
      '五、招生范围：和平路单号：1号、3—155号，民主路门牌单号1号至99号，胜利路双号2号至88号，解放路单号：7号、9—21号。',
    ]) assert.deepEqual(messages(quiet), [], quiet);
    // Wrapped where a narrow page's PDF cut the lines (民主路门牌单号1 / 号至98号).
    const lead = '为做好2025年秋季义务教育招生工作，保障适龄儿童少年依法接受义务教育，根据《中华人民共和国义务教育法》和省教育厅有关规定，现将城区公办小学招生范围公布如下：';
    const school = (range: string) =>
      hardWrapped(notice(lead, `一、第一实验小学招生范围：按照就近入学原则划定，包括${range}。`, '二、各学校要严格按照招生范围开展招生工作，不得跨范围招生。'), 26);
    assert.ok(school('和平路单号：1号、3—156号，民主路门牌单号1号至98号').includes('门牌单号1\n号至98号'));
    assert.deepEqual(run(RULE, school('和平路单号：1号、3—156号，民主路门牌单号1号至98号')).map((f) => f.message), [
      '“3—156号”中156号不是单号 (156 is not odd, the side the run is said to be)',
      '“单号1号至98号”中98号不是单号 (98 is not odd, the side the run is said to be)',
    ]);
    assert.deepEqual(run(RULE, school('和平路单号：1号、3—155号，民主路门牌单号1号至99号')), []);
  });
});

describe(`${RULE}: parts in 个 named by where they stand (进城方向卡口、区域内路口; 城区, 乡镇; 市级, 县级)`, () => {
  const notice = (sentence: string) =>
    [
      '某市公安局交通警察支队关于设置机动车尾号限行电子监控点位的公告', '', '某公交〔2025〕12号', '',
      `　　${sentence}`, '',
      '　　特此公告。', '', '某市公安局交通警察支队', '', '2025年9月30日', '',
    ].join('\n');
  const messages = (sentence: string) => run(RULE, notice(sentence)).map((f) => f.message);

  it('flags parts standing in places nothing is in two of that add up to more than the whole', () => {
    assert.deepEqual(messages('我支队在限行区域设置电子监控点位36个，其中进城方向卡口20个、区域内路口18个。'), [
      '称共36个，“其中”所列各项之和为38个 (the parts listed add up to 38, not 36)',
    ]);
    assert.deepEqual(messages('全市设置卡口40个，其中进城方向卡口22个、出城方向卡口20个。'), ['称共40个，“其中”所列各项之和为42个 (the parts listed add up to 42, not 40)']);
    assert.deepEqual(messages('今年新建学校12所，其中城区学校5所，乡镇学校8所。'), ['称共12所，“其中”所列各项之和为13所 (the parts listed add up to 13, not 12)']);
    assert.deepEqual(messages('全年实施重点项目120个，其中市级重点项目50个、县级重点项目75个。'), ['称共120个，“其中”所列各项之和为125个 (the parts listed add up to 125, not 120)']);
  });

  it('is quiet where they add up to the whole or less, and on parts that may overlap', () => {
    for (const s of [
      '我支队在限行区域设置电子监控点位36个，其中进城方向卡口18个、区域内路口18个。',
      '我支队在限行区域设置电子监控点位36个，其中进城方向卡口16个。',
      // A firm may be 高新技术 and 装备制造 both; a point by a school may stand by a road's crossing.
      '全市培育重点企业50个，其中高新技术产业企业30个、装备制造业企业28个。',
      '全市设置监控点位36个，其中学校周边点位20个、路口点位18个。',
      // Where, set against what: a 市级 project may be in the 城区.
      '全年实施重点项目120个，其中市级项目50个、城区项目75个。',
      // A title held at two levels at once: a 市级 示范 farm may be made 省级 too.
      '全市现有示范性家庭农场86家，其中省级示范家庭农场32家、市级示范家庭农场68家。',
      '全市共有文明村120个，其中省级文明村40个、市级文明村95个。',
    ]) assert.deepEqual(messages(s), [], s);
  });
});

describe(`${RULE}: things counted, then where they stand under 分布如下 (监控点位36个 … 监控点位分布如下：)`, () => {
  const notice = (...paragraphs: string[]) =>
    [
      '某市公安局交通警察支队关于设置机动车尾号限行电子监控点位的公告', '', '某公交〔2025〕12号', '',
      ...paragraphs.flatMap((t) => [`　　${t}`, '']),
      '　　特此公告。', '', '某市公安局交通警察支队', '', '2025年9月30日', '',
    ].join('\n');
  const opening = '为保障限行措施顺利实施，我支队在限行区域设置电子监控点位36个，其中进城方向卡口18个、区域内路口18个。';
  const items = ['（一）江滨路沿线9个，九龙大道沿线8个；', '（二）水仙大街沿线10个，环城北路沿线9个。'];
  const messages = (...paragraphs: string[]) => run(RULE, notice(...paragraphs)).map((f) => f.message);

  it('flags places whose counts do not add up to the count of what stands in them', () => {
    assert.deepEqual(messages(opening, '监控点位分布如下：', items[0], items[1].replace('10个', '12个')), [
      '称电子监控点位36个，“分布如下”所列各处之和为38个 (the places listed add up to 38, not 36)',
    ]);
    // The count quoted as the text writes it, not as the lead names it back.
    assert.deepEqual(messages(opening, '上述点位具体分布情况如下：江滨路沿线9个，九龙大道沿线8个，水仙大街沿线10个，环城北路沿线7个。'), [
      '称电子监控点位36个，“分布如下”所列各处之和为34个 (the places listed add up to 34, not 36)',
    ]);
    assert.deepEqual(messages('我支队在限行区域设置监控点位36个。', '上述点位具体分布情况如下：江滨路沿线9个，九龙大道沿线8个，水仙大街沿线10个，环城北路沿线7个。'), [
      '称监控点位36个，“分布如下”所列各处之和为34个 (the places listed add up to 34, not 36)',
    ]);
  });

  it('reads a count followed by 分布在 and the places in its sentence (充电桩120台，分布在城东片区42台、…)', () => {
    const inline = '全年新建公共充电桩120台，分布在城东片区42台、城西片区38台、城北片区40台。全年完成投资3亿元。';
    assert.deepEqual(messages(inline), []);
    assert.deepEqual(run(RULE, hardWrapped(notice(inline), 19)), []);
    assert.deepEqual(messages(inline.replace('40台', '35台')), ['称公共充电桩120台，“分布在”所列各处之和为115台 (the places listed add up to 115, not 120)']);
    // Places named with no count, a count of the places themselves: no list to add up.
    assert.deepEqual(messages('全年新建公共充电桩120台，分布在城东、城西等片区。项目36个，分布在6个县（区）。'), []);
  });

  it('reads a count that leads the list in its own sentence (设置监控点位36个，分布如下：…)', () => {
    const sentence = '为保障限行措施顺利实施，我支队在限行区域设置监控点位36个，分布如下：江滨路沿线9个，水仙大街沿线12个，九龙大道沿线8个，环城北路沿线9个。';
    assert.deepEqual(messages(sentence), ['称监控点位36个，“分布如下”所列各处之和为38个 (the places listed add up to 38, not 36)']);
    assert.deepEqual(messages(sentence.replace('点位36个', '点位共 38 个').replace('12个', '10个')), [
      '称监控点位共38个，“分布如下”所列各处之和为36个 (the places listed add up to 36, not 38)',
    ]);
    for (const quiet of [
      sentence.replace('12个', '10个'),
      '我支队在限行区域设置监控点位共36个，具体分布如下：江滨路沿线9个，水仙大街沿线10个，九龙大道沿线8个，环城北路沿线9个。',
      // A count in another unit, a part of a part, a count with no name before it.
      sentence.replace('点位36个', '点位36处'),
      sentence.replace('水仙大街沿线12个', '水仙大街沿线12个，其中卡口3个'),
      '我支队在限行区域设置的监控点位为：36个，分布如下：江滨路沿线9个，水仙大街沿线12个，九龙大道沿线8个，环城北路沿线9个。',
    ]) assert.deepEqual(messages(quiet), [], quiet);
  });

  it('reads the places after a 其中 part as sharing out the whole or the part (充电桩120台，其中快充桩80台，分布如下：)', () => {
    const sentence = '全年新建公共充电桩120台，其中快充桩80台，分布如下：城东片区42台，城西片区38台，城北片区40台。';
    for (const quiet of [
      sentence,
      sentence.replace('120台', '共120台'),
      // The places sharing out the part.
      sentence.replace('42台', '32台').replace('38台', '28台').replace('40台', '20台'),
    ]) {
      assert.deepEqual(messages(quiet), [], quiet);
      assert.deepEqual(run(RULE, hardWrapped(notice(quiet), 22)), [], `${quiet} (wrapped)`);
    }
    // Neither: the whole is quoted, 公共 and all.
    assert.deepEqual(messages(sentence.replace('40台', '45台')), ['称公共充电桩120台，“分布如下”所列各处之和为125台 (the places listed add up to 125, not 120)']);
    assert.equal(run(RULE, hardWrapped(notice(sentence.replace('40台', '45台')), 22)).length, 1);
    assert.deepEqual(messages(sentence.replace('120台', '共120台').replace('40台', '45台')), [
      '称公共充电桩共120台，“分布如下”所列各处之和为125台 (the places listed add up to 125, not 120)',
    ]);
    assert.deepEqual(messages('全年新建公共充电桩120台，分布如下：城东片区42台，城西片区38台，城北片区35台。'), [
      '称公共充电桩120台，“分布如下”所列各处之和为115台 (the places listed add up to 115, not 120)',
    ]);
  });

  it('is quiet where they add up, and where the list or the count is not sure', () => {
    for (const quiet of [
      [opening, '监控点位分布如下：', ...items],
      [opening, '上述点位具体分布情况如下：江滨路沿线9个，九龙大道沿线8个，水仙大街沿线10个，环城北路沿线9个。'],
      // A part of a part, places in two levels, a count in another unit.
      [opening, '监控点位分布如下：', '（一）江滨路沿线9个，其中卡口3个；', '（二）水仙大街沿线10个，环城北路沿线9个。'],
      [opening, '监控点位分布如下：', '（一）中心城区20个：江滨路沿线9个，九龙大道沿线11个；', '（二）城北片区10个。'],
      [opening, '监控点位分布如下：', '（一）江滨路沿线9处，九龙大道沿线8处；', '（二）水仙大街沿线10处，环城北路沿线9处。'],
      // Two counts of the points before the lead; no count of them at all.
      ['今年新增监控点位12个，原有监控点位24个。', '监控点位分布如下：', ...items],
      ['为保障限行措施顺利实施，我支队在限行区域设置电子监控设备。', '监控点位分布如下：', ...items],
    ]) assert.deepEqual(messages(...quiet), [], quiet.join(''));
  });
});

describe(`${RULE}: parts named as grades of one scale (合格、基本合格、不合格; 一类、二类、三类) and the rest (其余)`, () => {
  const notice = (sentence: string) =>
    documentText({
      title: '某市人民政府办公室关于全市文化市场专项检查情况的通报', number: '某政办发〔2025〕31号', to: '各县（区）人民政府，市政府各部门：',
      paragraphs: [`今年上半年，市文化市场综合执法支队开展文化市场专项检查。${sentence}`, '请各地各部门认真落实文化市场管理责任。'],
      signer: '某市人民政府办公室', date: '2025年7月8日',
    });
  const messages = (sentence: string) => run(RULE, notice(sentence)).map((f) => f.message);
  const over = (whole: number, sum: number, unit = '家') => [`称共${whole}${unit}，“其中”所列各项之和为${sum}${unit} (the parts listed add up to ${sum}, not ${whole})`];

  it('flags grades of one scale, and parts closed by 其余, that add up to other than the whole', () => {
    assert.deepEqual(messages('全市共检查文化经营单位120家，其中合格98家、基本合格15家，其余9家已责令限期整改。'), over(120, 122));
    assert.deepEqual(messages('全市共检查文化经营单位120家，其中一类98家、二类15家，其余9家。'), over(120, 122));
    assert.deepEqual(messages('全市共检查文化经营单位120家，其中一类98家、二类15家、其余9家。'), over(120, 122));
    assert.deepEqual(messages('全市共检查文化经营单位120家，其中一类98家、二类15家、三类9家。'), over(120, 122));
    assert.deepEqual(messages('全市共检查文化经营单位120家，其中合格98家、基本合格15家、不合格9家。'), over(120, 122));
    assert.deepEqual(messages('全市共有企业120家，其中合格企业98家、基本合格企业15家、不合格企业9家。'), over(120, 122));
    assert.deepEqual(messages('参加考核的单位共60个，其中优秀12个、良好30个、合格15个、不合格5个。'), over(60, 62, '个'));
    assert.deepEqual(messages('全市共有A级旅游景区20家，其中5A级2家、4A级10家、3A级9家。'), over(20, 21));
    // A civil servant's assessment; levels of risk, of hidden danger and of accidents.
    assert.deepEqual(messages('参加年度考核的公务员共326个，其中优秀等次48个、称职等次270个、基本称职等次6个、不称职等次3个。'), over(326, 327, '个'));
    assert.deepEqual(messages('全年共辨识安全风险点1260个，其中重大风险32个、较大风险186个、一般风险425个、低风险630个。'), over(1260, 1273, '个'));
    assert.deepEqual(messages('共排查隐患120处，其中重大隐患5处、一般隐患116处。'), over(120, 121, '处'));
  });

  it('is quiet where they add up, leave some out, or are levels a title may be held at at once', () => {
    for (const s of [
      '全市共检查文化经营单位120家，其中合格98家、基本合格15家，其余7家已责令限期整改。',
      '全市共检查文化经营单位120家，其中合格98家、基本合格15家、不合格7家。',
      '全市共检查文化经营单位120家，其中合格98家、基本合格15家。',
      '全市共检查文化经营单位120家，其中合格98家、整改30家。',
      '参加考核的单位共60个，其中优秀12个、良好30个、合格13个、不合格5个。',
      // A 国家级 龙头企业 is most often 省级 and 市级 too; so may a talent or a farm be.
      '全市共有农业产业化龙头企业50家，其中国家级5家、省级20家、市级30家。',
      '全市共有示范家庭农场86家，其中省级32家、市级68家。',
      '全市共有高层次人才120人，其中省级人才30人、市级人才100人。',
      '参加年度考核的公务员共326个，其中优秀等次48个、称职等次270个、基本称职等次5个、不称职等次3个。',
      '全年共辨识安全风险点1260个，其中重大风险32个、较大风险186个、一般风险425个、低风险617个。',
      '全年共辨识安全风险点1260个，其中重大风险32个、较大风险186个。',
    ]) assert.deepEqual(messages(s), [], s);
  });

  it('reads 剩余 and 剩下 as the rest closing the parts, as 其余, not as a rough count', () => {
    assert.deepEqual(messages('全市共有企业120家，其中一类98家、二类15家，剩余9家。'), over(120, 122));
    assert.deepEqual(messages('全市共检查文化经营单位120家，其中合格98家、基本合格15家，剩下9家已责令限期整改。'), over(120, 122));
    for (const s of [
      '全市共有企业120家，其中一类98家、二类15家，剩余7家。',
      '全市共检查文化经营单位120家，其中合格98家、基本合格15家，剩下7家已责令限期整改。',
      // A rough count of the rest (剩余10余家) leaves the sum open.
      '全市共有企业120家，其中一类98家、二类15家，剩余10余家。',
    ]) assert.deepEqual(messages(s), [], s);
  });

  it('reads ranks of one scale before the same noun (一级服务站、二级服务站) as grades', () => {
    assert.deepEqual(messages('全市共建成养老服务站30个，其中一级服务站20个、二级服务站15个。'), over(30, 35, '个'));
    assert.deepEqual(messages('全市共有旅游饭店24家，其中三星级饭店12家、四星级饭店9家、五星级饭店5家。'), over(24, 26));
    const text = notice('全市共建成养老服务站30个，其中一级服务站20个、二级服务站15个。');
    const [found] = run(RULE, text);
    assert.equal(text.slice(found.range.start, found.range.end), '30个');
    // Wrapped where a narrow page's PDF cut the line inside a part's name (一级 / 服务站20个).
    const wrapped = hardWrapped(notice('全市共建成养老服务站30个，其中一级服务站20个、二级服务站15个。'), 24);
    assert.ok(wrapped.includes('一级\n服务站'));
    assert.deepEqual(run(RULE, wrapped).map((f) => f.message), over(30, 35, '个'));
    assert.deepEqual(run(RULE, hardWrapped(notice('全市共建成养老服务站35个，其中一级服务站20个、二级服务站15个。'), 24)), []);
    for (const s of [
      '全市共建成养老服务站35个，其中一级服务站20个、二级服务站15个。',
      '全市共建成养老服务站40个，其中一级服务站20个、二级服务站15个。',
      // Bounds hold one another; ranks in two words may be two scales, and a rank beside no rank may overlap it.
      '全市共有医疗机构30个，其中二级及以上医院20个、三级及以上医院15个。',
      '全市共有养老服务站30个，其中一级服务站20个、二类服务站15个。',
      '全市共有养老服务站30个，其中一级服务站20个、示范服务站15个。',
      // Different nouns: a station and a centre are not graded on one scale.
      '全市共有养老服务设施30个，其中一级服务站20个、二级服务中心15个。',
    ]) assert.deepEqual(messages(s), [], s);
  });
});

describe(`${RULE}: a meeting's count of the matters it settled, said right before them (研究议定了6项事项。)`, () => {
  const matter = (k: number) => `会议研究了第${k}项工作，同意有关安排。（责任单位：市发展改革委、市财政局）`;
  const notice = (opening: string, items: string[], after: string[] = []) =>
    documentText({
      title: '某市人民政府办公室关于印发市政府第28次常务会议议定事项分工的通知', number: '某政办发〔2025〕27号', to: '各县（区）人民政府，市政府各部门：',
      paragraphs: [opening, ...items.map((t, k) => `${'一二三四五六七八九十'[k]}、${t}`), ...after],
      signer: '某市人民政府办公室', date: '2025年7月15日',
    });
  const six = Array.from({ length: 6 }, (_, k) => matter(k + 1));
  const opening = (count: string) =>
    `2025年7月14日（星期一），市人民政府召开第28次常务会议，${count}。经市人民政府同意，现将议定事项分工印发给你们，请认真抓好落实。`;
  const messages = (text: string) => run(RULE, text).map((f) => f.message);

  it('flags a count of the matters that the items after it, all the rest of the document, do not make', () => {
    const text = notice(opening('研究议定了7项事项'), six);
    assert.deepEqual(messages(text), ['称7项事项，其下实际列出6项 (announces 7 items, 6 follow)']);
    assert.ok(suggested(RULE, text).includes('研究议定了6项事项'));
    assert.deepEqual(messages(notice(opening('研究了以下五项工作'), six)), ['称五项工作，其下实际列出6项 (announces 5 items, 6 follow)']);
    assert.deepEqual(messages(notice(opening('审议了5个议题'), six)), ['称5个议题，其下实际列出6个 (announces 5 items, 6 follow)']);
    assert.deepEqual(messages(notice(`市人民政府召开第28次常务会议，议定事项共7项。现将议定事项分工印发给你们。`, six)), ['称议定事项共7项，其下实际列出6项 (announces 7 items, 6 follow)']);
  });

  // Matters under titles (一、关于第1项工作 over its paragraph), then a closing section of what is asked (七、工作要求).
  const titled = (closing: string) => [
    ...Array.from({ length: 6 }, (_, k) => `关于第${k + 1}项工作\n\n　　${matter(k + 1)}`),
    `${closing}\n\n　　各责任单位要按照时间节点抓好落实，重大情况及时向市政府报告。`,
  ];

  it('reads matters under titles without the closing section of what is asked', () => {
    for (const closing of ['工作要求', '有关要求']) {
      assert.deepEqual(messages(notice(opening('研究议定了6项事项'), titled(closing))), [], closing);
      assert.deepEqual(messages(notice(opening('研究议定了5项事项'), titled(closing))), ['称5项事项，其下实际列出6项 (announces 5 items, 6 follow)'], closing);
    }
  });

  it('is quiet where the count agrees, counts something else, or the items are not all the rest', () => {
    assert.deepEqual(messages(notice(opening('研究议定了6项事项'), six)), []);
    // The meeting took up documents besides the matters counted: the items are of both.
    assert.deepEqual(messages(notice(opening('审议通过了《某市城市更新三年行动方案》等2个文件，研究部署了4项重点工作'), six)), []);
    assert.deepEqual(messages(notice(opening('研究议定了六项事项'), six)), []);
    // Not a count of the matters.
    assert.deepEqual(messages(notice('市人民政府召开第28次常务会议，会议听取了3个单位的汇报，研究议定了有关事项。', six)), []);
    // Items that go on after a heading of their own (六、其他事项 over its (一)(二)): the count may leave them out.
    const more = ['（一）会议听取了市统计局关于上半年经济运行情况的汇报。', '（二）会议听取了市应急管理局关于防汛工作的汇报。'];
    assert.deepEqual(messages(notice(opening('研究议定了5项事项'), [...six.slice(0, 5), '其他事项'], more)), []);
    // A second run of items after the first.
    assert.deepEqual(
      messages(notice(opening('研究议定了7项事项'), six, ['会议还听取了以下汇报。', '一、市统计局关于上半年经济运行情况的汇报。', '二、市应急管理局关于防汛工作的汇报。'])),
      [],
    );
  });
});

describe(`${RULE}: the rest after a comma closing parts in 、 (…传统美术类3项，其他门类7项); items counted in 个 (20个项目中)`, () => {
  const notice = (sentence: string) =>
    documentText({
      title: '某市人民政府关于公布第六批市级非物质文化遗产代表性项目名录的通知', number: '某政发〔2025〕14号', to: '各县（区）人民政府，市政府各部门：',
      paragraphs: [sentence, '各县（区）人民政府要认真做好名录项目的保护传承工作。'], signer: '某市人民政府', date: '2025年6月12日',
    });
  const messages = (sentence: string) => run(RULE, notice(sentence)).map((f) => f.message);

  it('is quiet where the rest makes the whole, and on a count of each of the rest', () => {
    for (const s of [
      '新入选的20个项目中，传统技艺类6项、民俗类4项、传统美术类3项，其他门类7项。',
      '新入选项目共20项，其中传统技艺类6项、民俗类4项、传统美术类3项，其他门类7项。',
      '新入选项目共20项，其中传统技艺类6项、民俗类4项，其他门类均为1项。',
      '新入选项目共20项，其中传统技艺类6项、民俗类4项，其余各2项。',
      '新入选的20个项目中，传统技艺类6项、民俗类4项。',
      '新入选的20个单位中，国有企业6家、民营企业4家。',
      // Parts going on after a clause of the rest: no list closed by it.
      '命名森林村庄共36个，其中汀城区5个、东溪区7个，其他县8个、连山县7个。',
    ]) {
      assert.deepEqual(messages(s), [], s);
    }
  });

  it('reports parts closed by the rest after a comma that miss the whole', () => {
    assert.deepEqual(messages('新入选项目共20项，其中传统技艺类5项、民俗类4项、传统美术类3项，其他门类7项。'), [
      '称共20项，“其中”所列各项之和为19项 (the parts listed add up to 19, not 20)',
    ]);
    assert.deepEqual(messages('新入选的20个项目中，传统技艺类5项、民俗类4项、传统美术类3项，其他门类7项。'), [
      '称共20项，“其中”所列各项之和为19项 (the parts listed add up to 19, not 20)',
    ]);
    assert.deepEqual(messages('新入选的20个项目中，传统技艺类15项、民俗类4项、传统美术类3项。'), [
      '称共20项，“其中”所列各项之和为22项 (the parts listed add up to 22, not 20)',
    ]);
  });
});

describe(`${RULE}: a list of counts closed by its sum (县级86名、乡级412名、村级1560名，合计2058名)`, () => {
  const notice = (sentence: string) =>
    documentText({
      title: '某市人民政府办公室关于调整市级河湖长的通知', number: '某政办发〔2025〕21号', to: '各县（区）人民政府，市政府各部门：',
      paragraphs: [sentence, '各县（区）要按照分级分段原则，将河湖管理保护责任落实到具体河段、具体人员。'], signer: '某市人民政府办公室', date: '2025年5月20日',
    });
  const messages = (sentence: string) => run(RULE, notice(sentence)).map((f) => f.message);

  it('is quiet on sums that add up, rounded ones, and lists that are not plain counts', () => {
    for (const s of [
      '全市共设立县级河湖长86名、乡级河湖长412名、村级河湖长1560名，合计2058名（分布情况见附件2）。',
      '县级、乡级、村级河湖长分别为86名、412名、1560名，合计2058名。',
      '安排市级资金1.23亿元、县级资金2.34亿元、社会资本0.56亿元，共计4.14亿元。',
      '安排市级资金1.234亿元、县级资金2.345亿元，合计3.58亿元。',
      '新建学校3所、改扩建学校5所，新增学位约4800个，合计…',
      '新建道路12条、桥梁3座，合计15公里。',
      '全年接待游客320万人次、过夜游客80万人，合计400万人次。',
      '培训村级河湖长1200人以上、乡级河湖长400人，合计1600人。',
    ]) {
      assert.deepEqual(messages(s), [], s);
    }
  });

  it('reports a sum the counts listed do not make', () => {
    assert.deepEqual(messages('全市共设立县级河湖长86名、乡级河湖长412名、村级河湖长1560名，合计2068名（分布情况见附件2）。'), [
      '称合计2068名，所列3项之和为2058名 (the 3 figures listed add up to 2058, not 2068)',
    ]);
    assert.deepEqual(messages('安排市级资金1.23亿元、县级资金2.34亿元、社会资本0.56亿元，共计4.41亿元。'), [
      '称共计4.41亿元，所列3项之和为4.13亿元 (the 3 figures listed add up to 4.13, not 4.41)',
    ]);
  });

  it('reads a sum named over the whole list (三年合计, 以上合计) and figures in ten thousands of the sum\'s unit (万元 within 亿元)', () => {
    const years = (sum: number) => `2023年整治“四乱”问题320处、2024年整治410处、2025年整治286处，三年合计${sum}处。`;
    assert.deepEqual(messages(years(1016)), []);
    assert.deepEqual(messages(years(1026)), ['称合计1026处，所列3项之和为1016处 (the 3 figures listed add up to 1016, not 1026)']);
    // A sum of part of the list (市县两级合计), or of more years than listed, is not read.
    assert.deepEqual(messages('安排市级资金1200万元、县级资金800万元、省级资金3000万元，市县两级合计2000万元。'), []);
    assert.deepEqual(messages('2024年整治410处、2025年整治286处，三年合计1016处。'), []);
    const funds = (sum: string) => `现下达产业发展资金5200万元、基础设施资金3800万元、人居环境整治资金1000万元，合计${sum}。`;
    assert.deepEqual(messages(funds('1亿元')), []);
    assert.deepEqual(messages(funds('1.0亿元')), []);
    assert.deepEqual(messages('现下达产业发展资金5600万元、基础设施资金3800万元、人居环境整治资金1200万元，合计1.1亿元。'), []);
    assert.equal(messages(funds('1.1亿元')).length, 1);
    assert.equal(messages('安排市级资金1.2亿元、县级资金8000万元，合计1.8亿元。').length, 1);
  });

  it('does not read a count of those who took part as the sum of the places listed (共有2360人报名)', () => {
    assert.deepEqual(messages('本次公开招聘计划招聘教师120名、医务人员80名，共有2360人报名。'), []);
    assert.equal(messages('本次公开招聘计划招聘教师120名、医务人员80名，共有210名。').length, 1);
  });
});

describe(`${RULE}: a running total after what stood before (此前…共78处。至此，…共96处。)`, () => {
  const notice = (...paragraphs: string[]) =>
    documentText({
      title: '某市人民政府关于公布第五批市级文物保护单位的通知', number: '某政发〔2025〕9号', to: '各县（区）人民政府，市政府各部门：',
      paragraphs, signer: '某市人民政府', date: '2025年4月15日',
    });
  const batch = '经市文物保护管理委员会审议，市人民政府核定第五批市级文物保护单位共18处，其中古遗址3处、古墓葬2处、古建筑8处、近现代重要史迹及代表性建筑5处，现予公布。';
  const running = (before: number, after: number) => `第五批市级文物保护单位分布在5个县（区）。此前，市人民政府已公布四批市级文物保护单位共${before}处。至此，全市市级文物保护单位共${after}处。`;
  const messages = (...paragraphs: string[]) => run(RULE, notice(...paragraphs)).map((f) => f.message);

  it('is quiet where the difference is a count the document gives, or where it states no whole in that unit', () => {
    assert.deepEqual(messages(batch, running(78, 96)), []);
    // The batch counted in the next paragraph, or a part of it (a running total of one class).
    assert.deepEqual(messages(running(78, 96), batch), []);
    assert.deepEqual(messages(batch, '此前，全市已公布古建筑类文物保护单位共40处。至此，全市古建筑类文物保护单位共48处。'), []);
    // No whole in the unit: what the document adds is not said.
    assert.deepEqual(messages('市人民政府核定公布第五批市级文物保护单位，名单见附件。', running(78, 98)), []);
    // A figure given roughly.
    assert.deepEqual(messages(batch, '此前，全市已公布市级文物保护单位共78处。至此，全市市级文物保护单位共100处以上。'), []);
  });

  it('reports a running total that is not the earlier one plus any count the document gives', () => {
    assert.deepEqual(messages(batch, running(78, 98)), [
      '至此共98处，减去此前的78处为20处，本文件未见此数 (the running total less the earlier one is 20, a count the document does not give)',
    ]);
    assert.equal(messages(batch, running(78, 95)).length, 1);
    // The batch as a list closed by its count (永隆村等36个村).
    const named = '市人民政府决定命名永隆村等36个村为第四批市级森林村庄。此前，市人民政府已命名三批市级森林村庄共120个。至此，全市市级森林村庄共';
    assert.deepEqual(messages(`${named}156个。`), []);
    assert.equal(messages(`${named}158个。`).length, 1);
    // A difference that is one of the parts (古建筑8处) is taken for a running total of that part: not reported.
    assert.deepEqual(messages(batch, running(88, 96)), []);
  });

  it('reads the parts a document lists with no whole, and what it adds less what it takes off (撤销…6家)', () => {
    const parts = '市人民政府核定公布第五批市级文物保护单位（名单见附件），其中古遗址3处、古墓葬4处、古建筑7处、近现代重要史迹及代表性建筑4处。全市现有全国重点文物保护单位共5处。';
    assert.deepEqual(messages(parts, running(78, 96)), []);
    assert.equal(messages(parts, running(78, 98)).length, 1);
    const revised = '经评审，新认定云溪茶业有限公司等24家企业为市级农业产业化龙头企业，共24家；经运行监测，撤销云溪粮油有限公司等6家企业的市级农业产业化龙头企业资格。';
    const total = (after: number) => `此前，全市共有市级农业产业化龙头企业126家。至此，全市市级农业产业化龙头企业共${after}家。`;
    assert.deepEqual(messages(revised, total(144)), []);
    assert.deepEqual(messages(revised, total(120)), []);
    assert.equal(messages(revised, total(146)).length, 1);
    // What the document adds in words (等八个乡镇), and what stood before said as 前两批.
    const towns = (after: number) => `命名城关镇等八个乡镇为第四批市级森林乡镇，分布在全市共3个县。此前，全市已命名三批市级森林乡镇共24个。至此，全市市级森林乡镇共${after}个。`;
    assert.deepEqual(messages(towns(32)), []);
    assert.equal(messages(towns(34)).length, 1);
    const firms = (after: number) => `认定云溪精工等45家企业为第三批市级专精特新中小企业，共45家。前两批，全市共认定市级专精特新中小企业共88家。至此，全市市级专精特新中小企业共${after}家。`;
    assert.deepEqual(messages(firms(133)), []);
    assert.equal(messages(firms(135)).length, 1);
    // Without a removal, a total shrinking by a count is no running total of what the document adds.
    assert.equal(messages(revised.replace('撤销', '公示'), total(144)).length, 1);
  });
});

describe(`${RULE}: parts that class every row of a table of the whole (共6处，其中古遗址2处… over a 类别 column)`, () => {
  const ROWS: [string, string][] = [['牛头山遗址', '古遗址'], ['龙窑岗窑址', '古遗址'], ['黄氏祖墓', '古墓葬'], ['水东天后宫', '古建筑'], ['云骧阁', '古建筑'], ['红军医院旧址', '近现代重要史迹及代表性建筑']];
  const notice = (sentence: string, rows = ROWS) =>
    documentText({
      title: '某市人民政府关于公布第五批市级文物保护单位的通知', number: '某政发〔2025〕9号', to: '各县（区）人民政府：',
      paragraphs: [sentence, '附件：某市第五批市级文物保护单位名单'], signer: '某市人民政府', date: '2025年4月15日',
      after: ['附件', '', '某市第五批市级文物保护单位名单', '', '序号\t名称\t时代\t类别', ...rows.map(([name, kind], k) => `${k + 1}\t${name}\t清\t${kind}`)],
    });
  const messages = (sentence: string, rows = ROWS) => run(RULE, notice(sentence, rows)).map((f) => f.message);
  const parts = (buildings: number) => `市人民政府核定第五批市级文物保护单位共6处，其中古遗址2处、古墓葬1处、古建筑${buildings}处、近现代重要史迹及代表性建筑1处，现予公布。`;

  it('is quiet on parts that make the whole, and on parts fewer than a table whose classes they do not all name', () => {
    assert.deepEqual(messages(parts(2)), []);
    assert.deepEqual(messages('市人民政府核定第五批市级文物保护单位共6处，其中古遗址2处、古建筑2处，现予公布。'), []);
    // Another table of six rows whose column holds other values.
    assert.deepEqual(messages(parts(1), ROWS.map(([name]) => [name, '市级'])), []);
  });

  it('reports parts that class every row and miss the whole, and reads a part named 近现代… as a part', () => {
    assert.deepEqual(messages(parts(1)), ['称共6处，“其中”所列各项之和为5处 (the parts listed add up to 5, not 6)']);
    assert.deepEqual(run(RULE, documentText({
      title: '某市人民政府关于公布第五批市级文物保护单位的通知', number: '某政发〔2025〕9号', to: '各县（区）人民政府：',
      paragraphs: ['核定项目共18项，其中古遗址3项、古墓葬2项、古建筑9项、近现代建筑5项。'], signer: '某市人民政府', date: '2025年4月15日',
    })).map((f) => f.message), ['称共18项，“其中”所列各项之和为19项 (the parts listed add up to 19, not 18)']);
  });
});

describe(`${RULE}: parts of a 其中 named first and counted after 分别 (其中重点建议、一般建议分别为32件、246件)`, () => {
  const notice = (sentence: string) =>
    documentText({
      title: '某市人民政府办公室关于2025年建议提案办理工作情况的通报', number: '某政办发〔2025〕40号', to: '各县（区）人民政府，市政府各部门：',
      paragraphs: [sentence, '请各承办单位认真总结办理工作经验。'], signer: '某市人民政府办公室', date: '2025年11月18日',
    });
  const valid = [
    '全年共办理市人大代表建议268件，其中重点建议、一般建议分别为22件、246件。',
    '全年共办理市政协提案315件，其中集体提案和个人提案分别为45件和270件。',
    // Parts that may overlap (a listed firm may be 专精特新 too), and fewer than the whole.
    '全市共有企业500家，其中上市企业、专精特新企业分别为220家、300家。全年共办理建议268件，其中重点建议、督办建议分别为22件、30件。',
  ];

  it('is quiet where the parts make the whole, may overlap or leave some out, also hard-wrapped', () => {
    for (const v of valid) assert.deepEqual(run(RULE, notice(v)), [], v);
    assert.deepEqual(run(RULE, hardWrapped(notice(valid[0]), 21)), []);
  });

  it('pairs the names and the figures in order, and reports matters that add up to more', () => {
    const text = notice(valid[0].replace('22件', '32件'));
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['称共268件，“其中”所列各项之和为278件 (the parts listed add up to 278, not 268)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '268件');
    assert.equal(run(RULE, notice(valid[1].replace('45件', '55件'))).length, 1);
    assert.equal(run(RULE, hardWrapped(text, 21)).length, 1);
  });
});

describe(`${RULE}: an enumeration's count before its colon (分为四级：…) or after it in a clause of its own (，共6个工作组)`, () => {
  const plan = (...paragraphs: string[]) =>
    [
      '青川市人民政府办公室关于印发青川市城市内涝灾害应急预案的通知', '', '青政办发〔2026〕21号', '', '各县（市、区）人民政府，市政府各部门：', '',
      ...paragraphs.map((p) => `　　${p}`), '', '青川市人民政府办公室', '2026年6月3日', '',
    ].join('\n');
  const messages = (text: string) => run(RULE, text).map((f) => f.message);
  const levels = (n: string, items: string) => `城市内涝预警由低到高分为${n}：${items}。预警分级标准见附件1。`;
  const groups = (n: string, items: string) => `现场指挥部下设${items}，共${n}工作组。`;

  it('reports a count the items after its colon do not make, or the items before it, wrapped or not', () => {
    for (const wrap of [undefined, 21, 27]) {
      const text = (...p: string[]) => (wrap ? hardWrapped(plan(...p), wrap) : plan(...p));
      assert.deepEqual(messages(text(levels('四级', 'Ⅳ级（蓝色）、Ⅲ级（黄色）、Ⅰ级（红色）'))), ['称“四级”，其后实际列出3级（至“Ⅰ级（红色）”） (announces 4, 3 follow)'], String(wrap));
      assert.deepEqual(messages(text(groups('7个', '综合协调组、抢险排涝组、交通疏导组、转移安置组、医疗救护组、新闻宣传组'))), ['称共7个工作组，其前实际列出6个 (claims 7, 6 are listed before it)'], String(wrap));
    }
  });

  it('is quiet where the count agrees, the items are clauses or of another kind, or 和 may join two', () => {
    for (const s of [
      levels('四级', 'Ⅳ级（蓝色）、Ⅲ级（黄色）、Ⅱ级（橙色）、Ⅰ级（红色）'),
      levels('四级', 'Ⅳ级（蓝色）、Ⅲ级（黄色）、Ⅱ级（橙色）和Ⅰ级（红色）'),
      levels('四级', 'Ⅳ级（蓝色）、Ⅲ级（黄色）、Ⅱ级（橙色）、Ⅰ级（红色），其中Ⅰ级为最高级别'),
      '应急响应分为三级：启动Ⅲ级响应时由办公室主任组织会商、启动Ⅱ级响应时由副总指挥组织会商、启动Ⅰ级响应时由总指挥组织会商。',
      '由以下两个部门牵头：市发展改革委、市住房和城乡建设局。',
      '重点扶持四类主体：家庭农场、农民合作社、农业企业等。',
      groups('6个', '综合协调组、抢险排涝组、交通疏导组、转移安置组、医疗救护组、新闻宣传组'),
      '由市教育局、市财政局、市人力社保局，共8个部门组成联席会议。',
    ]) {
      assert.deepEqual(messages(plan(s)), [], s);
    }
  });
});

describe(`${RULE}: a budget's figure and its adjustment (年初预算500000万元，调整为502900万元，增加2900万元，增长0.6%)`, () => {
  const report = (text: string, width?: number) => {
    const doc = documentText({
      title: '某市人民政府关于提请审议某市2026年市级预算调整方案的议案', number: '某政发〔2026〕19号', to: '市人大常委会：',
      paragraphs: [text], signer: '某市人民政府', date: '2026年9月2日',
    });
    return width ? hardWrapped(doc, width) : doc;
  };
  const said = '市级一般公共预算收入年初预算500000万元，调整为502900万元，增加2900万元，增长0.6%。一般公共预算支出年初预算为86.4亿元，调整为84.2亿元，减少2.2亿元，下降2.5%。';
  const messages = (text: string, width?: number) => run(RULE, report(text, width)).map((f) => f.message);

  it('checks the change and its rate against the two figures, wrapped or not', () => {
    for (const width of [undefined, 23, 31]) {
      assert.deepEqual(messages(said, width), [], String(width));
      assert.deepEqual(messages(said.replace('增长0.6%', '增长0.8%'), width), ['由500000万元到502900万元，变动约0.6%，不是0.8% (the rate is not the change over the old figure: about 0.6%)'], String(width));
      assert.deepEqual(messages(said.replace('增加2900万元', '增加3900万元'), width), ['由500000万元到502900万元，相差2900万元，不是3900万元 (the change is not the difference of the two figures)'], String(width));
      assert.equal(messages(said.replace('减少2.2亿元', '减少3.2亿元'), width).length, 1, String(width));
    }
  });

  it('is quiet on an adjustment with no figure before it, and on a figure 调整为 does not follow', () => {
    assert.deepEqual(messages('税收收入调整为368000万元，减少14000万元，下降3.7%。年初预算500000万元，主要用于教育、卫生，调整为502900万元。'), []);
  });
});

describe(`${RULE}: a list's change after what it adds and takes off (新增1项、取消2项，…由13项调整为12项)`, () => {
  const text = (said: string, width?: number) => {
    const doc = documentText({
      title: '《某市人民政府关于公布市级行政许可事项清单（2026年版）的决定》政策解读', number: '', to: '',
      paragraphs: [said], signer: '', date: '',
    }).replace(/^([^\n]*)\n\n\n\n/, '$1\n\n');
    return width ? hardWrapped(doc, width) : doc;
  };
  const said = (added: number, removed: number) => `与2025年版清单相比，2026年版清单新增${added}项、取消${removed}项，市级行政许可事项由13项调整为12项。`;
  const messages = (t: string) => run(RULE, t).map((f) => f.message);

  it('reports a change that is not what is added less what is taken off, wrapped or not', () => {
    for (const width of [undefined, 21]) {
      assert.deepEqual(messages(text(said(1, 2), width)), [], String(width));
      assert.deepEqual(messages(text(said(1, 3), width)), ['由13项到12项，减少1项，与新增1项、取消3项（净减2项）不符 (the change is not what is added less what is taken off)'], String(width));
    }
  });

  it('is quiet where the list changes in other ways too, or counts in another measure', () => {
    assert.deepEqual(messages(text('新增1项、取消3项、合并2项，事项由13项调整为12项。')), []);
    assert.deepEqual(messages(text('新增1个部门、取消3项，事项由13项调整为12项。')), []);
  });
});

describe(`${RULE}: a whole in two measures and its parts in the same two (队伍28个、1260人，其中市级队伍6个、420人…)`, () => {
  const notice = (sentence: string) =>
    documentText({
      title: '某市人民政府办公室关于印发某市防汛抗旱应急预案的通知', number: '某政办发〔2025〕22号', to: '各县（区）人民政府，市政府各部门：',
      paragraphs: [sentence, '各地各部门要加强应急队伍建设。'], signer: '某市人民政府办公室', date: '2025年5月6日',
    });
  const valid = [
    '全市组建抢险队伍28个、1260人，其中市级队伍6个、420人，县级队伍22个、840人。',
    // Rounded figures; parts that may overlap; parts that leave some out.
    '全市共有学校120所、在校生8.5万人，其中城镇学校50所、5.3万人，农村学校70所、3.3万人。',
    '全市共有企业500家、从业人员8万人，其中上市企业20家、1万人，专精特新企业300家、4万人。',
    '全市组建抢险队伍28个、1260人，其中市级队伍6个、420人。',
  ];

  it('is quiet where each measure adds up, within rounding, or the parts may overlap or leave some out', () => {
    for (const v of valid) assert.deepEqual(run(RULE, notice(v)), [], v);
    assert.deepEqual(run(RULE, hardWrapped(notice(valid[0]), 21)), []);
  });

  it('reports a measure whose parts do not make its whole, at that figure', () => {
    const text = notice(valid[0].replace('840人', '850人'));
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['称1260人，“其中”所列各项之和为1270人 (the parts listed add up to 1270, not 1260)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '1260人');
    assert.deepEqual(run(RULE, notice(valid[1].replace('城镇学校50所', '城镇学校52所'))).map((f) => f.message), ['称120所，“其中”所列各项之和为122所 (the parts listed add up to 122, not 120)']);
    // A level named with its brackets (县（市、区）级), in 支.
    const teams = (n: number) => notice(`全市组建城市排涝抢险队伍28支、1260人，其中市级队伍6支、420人，县（市、区）级队伍${n}支、840人。`);
    assert.deepEqual(run(RULE, teams(22)), []);
    assert.deepEqual(run(RULE, teams(23)).map((f) => f.message), ['称28支，“其中”所列各项之和为29支 (the parts listed add up to 29, not 28)']);
    assert.equal(run(RULE, hardWrapped(text, 21)).length, 1);
  });
});
