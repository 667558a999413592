import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable } from '../corpus';
import { parseIssue } from '../../server/src/engine';
import { parseHeadingLabel } from '../../server/src/engine/parse/headings';
import { documentText, edit, fixed, inject, lines, run } from './helpers';

const RULE = 'numbering/sequence';
type Name = 'J18' | 'J19' | 'SX';

/** The corpus file with `from` replaced by `to` on one line (1-based). */

/** One finding, at `line`, whose fix restores the corpus exactly. */
/** 1-based line of the first line holding `what`. */
function lineOf(text: string, what: string): number {
  return text.slice(0, text.indexOf(what)).split('\n').length;
}

function fixesBack(name: Name, text: string, line: number, message: RegExp): void {
  const found = run(RULE, text);
  assert.deepEqual(lines(text, found), [line]);
  assert.match(found[0].message, message);
  const out = fixed(RULE, text);
  assert.equal(out, corpus(name));
  assert.deepEqual(run(RULE, out), []);
}

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the three issues: both (一) styles, 第N条 across chapters, decimals, 专栏, 附件, 序号 tables', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('relabels one odd (一)-level label in a restarting document (J18 68号)', () => {
    fixesBack('J18', edit('J18', [101, '(三)', '(四)']), 101, /“\(四\)”不连续.*应为“\(三\)”/);
    fixesBack('J18', edit('J18', [101, '(三)', '(二)']), 101, /与上一项重复，应为“\(三\)”/);
  });

  it('reports a skip without guessing a fix', () => {
    const text = edit('J18', [101, '(三)', '(四)'], [105, '(四)', '(五)'], [107, '(五)', '(六)']);
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [101]);
    assert.match(found[0].message, /跳号.*缺少“\(三\)”/);
    assert.equal(found[0].fix, undefined);
    // The last label too high: as likely a missing item as a typo.
    const last = edit('J18', [107, '(五)', '(六)']);
    assert.equal(run(RULE, last)[0].fix, undefined);
  });

  it('keeps to the running-on style of J19 15号 (一)…(二十)', () => {
    fixesBack('J19', edit('J19', [62, '(四)', '(一)']), 62, /未接续上一组的编号，应为“\(四\)”/);
    fixesBack('J19', edit('J19', [62, '(四)', '(五)']), 62, /应为“\(四\)”/);
  });

  it('keeps to the mixed styles of SX 15号: 1.-4. under 一、, then 1.…21. running on under 二、', () => {
    fixesBack('SX', edit('SX', [449, '5.', '1.']), 449, /应为“5\.”/);
    fixesBack('SX', edit('SX', [449, '5.', '6.']), 449, /应为“5\.”/);
  });

  it('relabels a list that does not start at 1 in a restarting document (J18 74号)', () => {
    fixesBack('J18', edit('J18', [528, '1.', '4.']), 528, /不是本组的起始编号，应为“1\.”/);
  });

  it('checks 第N条 running on across chapters (SX 17号)', () => {
    fixesBack('SX', edit('SX', [763, '第十七条', '第十六条']), 763, /“第十六条”与上一项重复，应为“第十七条”/);
  });

  it('checks decimal labels against their parent (SX 50号)', () => {
    fixesBack('SX', edit('SX', [1614, '4.1', '5.1']), 1614, /“5\.1”与所属的“4\.”不符，应为“4\.1”/);
    fixesBack('SX', edit('SX', [1622, '4.3', '4.4']), 1622, /应为“4\.3”/);
  });

  it('checks the prefixes of a decimal list that holds a label of another level (SX 50号: 1. written for 1.1)', () => {
    // numbering/hierarchy files the 1. among 1.2 1.3 … and reports it; the prefix check skips it instead of failing.
    for (const to of ['1.编', '1. 编', '1.号']) {
      const text = edit('SX', [1470, '1.1 编', to]);
      assert.deepEqual(run(RULE, text), [], to); // quiet on the corpus, as before the slip
      assert.deepEqual(lines(text, run('numbering/hierarchy', text)).filter((l) => l === 1470), [1470], to);
    }
  });

  it('checks 专栏N (SX 13号)', () => {
    fixesBack('SX', edit('SX', [186, '专栏4', '专栏5']), 186, /专栏编号“专栏5”不连续.*应为“专栏4”/);
  });

  it('checks the numbered 附件说明 (J19 33号)', () => {
    fixesBack('J19', edit('J19', [420, '2.', '3.']), 420, /附件说明编号“3\.”/);
  });

  it('checks 序号 running on across 类别 groups (SX 13号) and restarting per group (SX 46号)', () => {
    fixesBack('SX', edit('SX', [232, '\t10\t', '\t11\t']), 232, /序号“11”不连续.*应为“10”/);
    fixesBack('SX', edit('SX', [1179, '\t1\t', '\t2\t']), 1179, /序号“2”不是本组的起始编号，应为“1”/);
    fixesBack('SX', edit('SX', [1181, '\t3\t', '\t2\t']), 1181, /序号“2”与上一项重复，应为“3”/);
  });

  it('follows 序号 across a table split by a running header (SX 15号, 文件选登) and skips empty 序号 rows (SX 48号)', () => {
    fixesBack('SX', edit('SX', [550, '15\t', '16\t']), 550, /应为“15”/);
    fixesBack('SX', edit('SX', [1398, '2\t', '3\t']), 1398, /应为“2”/);
  });

  it('leaves a wrapped line that starts with a number alone', () => {
    // "…增长\n3. 5倍" would read as a heading "3." in the middle of 2. and 3.
    const text = edit('J18', [503, '', '']).replace(
      '2. 肺结核患者成功治疗率达到90%以上。',
      '2. 肺结核患者成功治疗率达到90%以上。基层医疗卫生机构肺结核患者规范管理率达到\n5. 90%以上',
    );
    assert.deepEqual(run(RULE, text), []);
  });

  it('takes a run that starts again at 1 and goes on for a new sequence (an attachment not split off)', () => {
    const all = corpus('J18').split('\n');
    all.splice(204, 0, '', ...all.slice(140, 204)); // 69号's plan printed twice in one part
    assert.deepEqual(run(RULE, all.join('\n')), []);
  });

  it('starts 一、 again under each 第N部分 of a plan, and checks the parts themselves', () => {
    const plan = (parts: string[]) =>
      [
        '某市人民政府关于印发某市国民经济和社会发展第十四个五年规划纲要的通知', '', '某政发〔2021〕3号', '', '各区人民政府，市政府各部门：', '',
        '《某市国民经济和社会发展第十四个五年规划纲要》已经市人大审议通过，现印发给你们。', '', '某市人民政府', '', '2021年3月1日', '',
        '某市国民经济和社会发展第十四个五年规划纲要', '',
        ...parts.flatMap((p) => [p, '', '一、基本情况', '', '全市经济平稳增长。', '', '二、面临形势', '', '我市仍处于重要战略机遇期。', '']),
      ].join('\n');
    const clean = plan(['第一部分　发展环境', '第二部分　总体要求', '第三部分　主要任务']);
    assert.deepEqual(parseIssue(clean).documents[0].headings.filter((h) => h.kind === 'division').map((h) => h.value), [1, 2, 3]);
    assert.deepEqual(run(RULE, clean), []);
    const skipped = plan(['第一部分　发展环境', '第三部分　总体要求', '第四部分　主要任务']);
    assert.deepEqual(run(RULE, skipped).map((f) => f.message), ['编号跳号：“第一部分”之后为“第三部分”，缺少“第二部分” (label 2 missing before 3)']);
    // 第一篇 … 第二篇 are parts too.
    assert.deepEqual(run(RULE, plan(['第一篇　发展环境', '第二篇　总体要求'])), []);
  });

  it('reads labels a PDF spaced out (1 . 保障), but not a figure (3 . 5万亩)', () => {
    const text = edit('SX', [1875, '1.', '1 . '], [1877, '2.', '3 . ']);
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [1877]);
    assert.match(found[0].message, /应为“2 \.”/);
    assert.equal(parseHeadingLabel('3 . 5万亩高标准农田'), undefined);
    assert.equal(parseHeadingLabel('1 . 保障供水安全。')?.value, 1);
  });

  it('reads labels in full-width digits (１．, （２）) and relabels in their width', () => {
    const text = edit('SX', [1875, '1.', '１．'], [1877, '2.', '３．']);
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [1877]);
    assert.match(found[0].message, /应为“２．”/);
    assert.equal(fixed(RULE, text), edit('SX', [1875, '1.', '１．'], [1877, '2.', '２．']));
  });

  it('numbers a 专栏 box\'s own list apart from the items around it', () => {
    const plan = (box: string[], after = '3．健全长效管理。推动引入专业化物业服务。（责任单位：市住建局）') =>
      [
        '某市人民政府关于印发某市城市更新行动计划的通知', '', '某政发〔2024〕9号', '', '各区人民政府，市政府各部门：', '',
        '现将《某市城市更新行动计划》印发给你们，请认真贯彻执行。', '', '某市人民政府', '', '2024年4月1日', '',
        '某市城市更新行动计划', '', '一、重点任务', '', '（一）推进老旧小区改造。', '',
        '1．完善基础设施。重点改造供水、排水等老化管线。（责任单位：市住建局）', '',
        '2．提升公共服务。统筹建设养老、托育等社区服务设施。（责任单位：市民政局）', '',
        '专栏1  老旧小区改造重点项目', '', ...box, '', after, '',
      ].join('\n');
    const items = ['1．江北区湖塘新村片区改造项目，涉及住户3200户。', '2．江南区纺织路片区改造项目，涉及住户2800户。', '3．城东区东门小区改造项目，涉及住户1500户。'];
    const clean = plan(items);
    assert.deepEqual(run(RULE, clean), []);
    assert.deepEqual(run('responsible-unit/missing', clean), []);
    // The box's items are its children; the list around it goes on.
    const hs = parseIssue(clean).documents[0].headings;
    const box = hs.findIndex((h) => h.kind === 'box');
    assert.deepEqual(hs.filter((h) => h.parent === box).map((h) => h.label), ['1．', '2．', '3．']);
    // Where the number after the box's list is also the next of the list around it (box 1．2．, then 3．), the item goes
    // where it reads like the items: a task, not a project's name.
    const short = plan(items.slice(0, 2), '3．健全长效管理。推动改造后小区引入专业化物业服务，建立住宅专项维修资金归集、使用和续筹机制。（责任单位：市住建局）');
    assert.deepEqual(run(RULE, short), []);
    const shortHeadings = parseIssue(short).documents[0].headings;
    assert.equal(shortHeadings[shortHeadings.length - 1].parent, shortHeadings.findIndex((h) => h.label === '（一）'));
    // The box folds over its items.
    const boxed = parseIssue(clean).documents[0].headings;
    const boxHeading = boxed.find((h) => h.kind === 'box')!;
    assert.ok(boxHeading.blockEnd >= boxed.filter((h) => h.parent === boxed.indexOf(boxHeading)).at(-1)!.range.end);
    // A slip after the box is still one: 4． for 3．.
    const slip = plan(items, '4．健全长效管理。推动引入专业化物业服务。（责任单位：市住建局）');
    assert.deepEqual(run(RULE, slip).map((f) => f.message), ['编号跳号：“2．”之后为“4．”，缺少“3．” (label 3 missing before 4)']);
  });

  it('checks the group lines across a table (一、综合管理类 / rows / 二、城乡建设类)', () => {
    const list = (second: string, third = '三、社会事业类（共1项）') =>
      [
        '某市人民政府关于公布市政府规范性文件清理结果的决定', '', '某政发〔2024〕15号', '', '各区人民政府，市政府各部门：', '',
        '市政府对现行有效的规范性文件进行了清理，决定废止的规范性文件目录见附件。', '', '附件：决定废止的市政府规范性文件目录', '', '某市人民政府', '2024年5月20日', '',
        '附件', '', '决定废止的市政府规范性文件目录', '', '序号\t文件名称\t文号\t处理意见', '一、综合管理类（共2项）',
        '1\t某市人民政府关于印发某市户外广告设置管理办法的通知\t某政发〔2012〕35号\t废止', '2\t某市人民政府办公室关于加强燃气工作的实施意见\t某政办发〔2015〕8号\t废止',
        second, '3\t某市人民政府办公室关于印发某市建筑垃圾管理规定的通知\t某政办发〔2016〕77号\t废止',
        third, '4\t某市人民政府关于加强学前教育管理的通知\t某政发〔2014〕9号\t废止', '',
      ].join('\n');
    assert.deepEqual(run(RULE, list('二、城乡建设类（共1项）')), []);
    const slip = list('三、城乡建设类（共1项）');
    assert.deepEqual(run(RULE, slip).map((f) => f.message), ['编号“三、”不连续（上一项为“一、”），应为“二、” (label 3 is out of sequence; expected 2)']);
    assert.deepEqual(lines(slip, run(RULE, slip)), [22]);
    assert.equal(fixed(RULE, slip), list('二、城乡建设类（共1项）'));
    assert.deepEqual(run(RULE, list('三、城乡建设类（共1项）', '')).map((f) => f.message), ['编号跳号：“一、”之后为“三、”，缺少“二、” (label 2 missing before 3)']);
  });

  it('numbers a task table\'s group lines apart from the text\'s headings, two of them in a row too (二、… / 三、… / rows)', () => {
    const plan = (rows: string[]) =>
      [
        '某市人民政府办公室关于印发某市2024年重点工作任务分工方案的通知', '', '某政办发〔2024〕12号', '', '各区人民政府，市政府各部门：', '',
        '现将《某市2024年重点工作任务分工方案》印发给你们，请认真贯彻执行。', '', '某市人民政府办公室', '2024年3月1日', '', '某市2024年重点工作任务分工方案', '',
        '一、总体要求', '', '坚持稳中求进工作总基调，全面完成年度目标任务。', '', '二、任务分工', '', '序号\t工作任务\t责任单位', ...rows, '',
        '三、工作要求', '', '各责任单位要细化工作举措，确保各项任务按期完成。', '',
      ].join('\n');
    const task = (n: number, what: string) => `${n}\t${what}\t市发改委`;
    const industry = ['一、产业发展', task(1, '推动制造业高质量发展，实施先进制造业集群培育工程。'), task(2, '加快服务业提质增效，培育现代物流等现代服务业。')];
    const science = (second = '三、科技创新', last = 4) => ['二、开放合作', second, task(3, '实施科技企业“双倍增”行动，新增高新技术企业300家。'), task(last, '加快建设科创走廊，推进重大创新平台建设。')];
    // Three groups, the text's 三、 after the table: no repeat of the table's 三、.
    const three = plan([...industry, '二、科技创新', task(3, '实施科技企业“双倍增”行动。'), '三、开放合作', task(4, '推进自贸试验区联动创新区建设。')]);
    assert.deepEqual(run(RULE, three), []);
    // A group with no row of its own right above the next: both are group rows of the one table.
    const two = plan([...industry, ...science()]);
    assert.deepEqual(run(RULE, two), []);
    const doc = parseIssue(two).documents[0];
    assert.equal(doc.tables.length, 1);
    assert.equal(doc.tables[0].rows.length, 8);
    // The table's own numbers are still checked: its 序号, and its group lines.
    const rowSlip = plan([...industry, ...science('三、科技创新', 5)]);
    assert.deepEqual(run(RULE, rowSlip).map((f) => f.message), ['序号跳号：“3”之后为“5”，缺少“4” (label 4 missing before 5)']);
    const groupSlip = plan([...industry, ...science('四、科技创新')]);
    assert.deepEqual(run(RULE, groupSlip).map((f) => f.message), ['编号跳号：“二、”之后为“四、”，缺少“三、” (label 3 missing before 4)']);
    assert.deepEqual(lines(groupSlip, run(RULE, groupSlip)), [lineOf(groupSlip, '四、科技创新')]);
    // A group and its first sub-group in a row.
    assert.deepEqual(run(RULE, plan(['一、产业发展', '（一）先进制造业', task(1, '推动制造业高质量发展。'), '（二）现代服务业', task(2, '培育现代物流。'), '二、科技创新', '（一）创新主体', task(3, '新增高新技术企业300家。')])), []);
    // The text's own skip after the table is the text's.
    assert.deepEqual(run(RULE, two.replace('三、工作要求', '四、工作要求')).map((f) => f.message), ['编号跳号：“二、”之后为“四、”，缺少“三、” (label 3 missing before 4)']);
    // Headings of the text each over a table of its own, with no blank line between: no group of the table above.
    const between = plan([task(1, '推动制造业高质量发展。'), '二、科技创新', '序号\t工作任务\t责任单位', task(1, '新增高新技术企业300家。')]).replace('二、任务分工\n\n', '');
    assert.deepEqual(run(RULE, between.replace('一、总体要求', '一、产业发展')), []);
    assert.deepEqual(run(RULE, between.replace('三、工作要求', '四、工作要求')).map((f) => f.message), ['编号跳号：“二、”之后为“四、”，缺少“三、” (label 3 missing before 4)']);
  });

  it('numbers a note under a table apart, its first item on the 注： line or on its own', () => {
    const notice = (note: string[], tasks = ['1．做好参保登记。', '2．落实资助政策。', '3．加强宣传引导。']) =>
      [
        '某市人民政府办公室关于做好城乡居民医保参保工作的通知', '', '某政办发〔2024〕36号', '', '各区人民政府，市政府各部门：', '',
        '一、缴费标准', '', '2024年度个人缴费标准见下表。', '', '类别\t个人缴费（元）', '成年居民\t480', '未成年人\t380', '',
        ...note, '', '二、工作要求', '', ...tasks.flatMap((l) => [l, '']), '某市人民政府办公室', '2024年6月15日', '',
      ].join('\n');
    const inline = ['注：1．在校学生按未成年人标准缴费。', '2．特困人员个人缴费部分由财政全额资助。', '3．低保对象个人缴费部分由财政定额资助。'];
    assert.deepEqual(run(RULE, notice(inline)), []);
    assert.deepEqual(run(RULE, notice(inline.slice(0, 2))), []);
    assert.deepEqual(run(RULE, notice(['注：', '1．在校学生按未成年人标准缴费。', '2．特困人员个人缴费部分由财政全额资助。'])), []);
    assert.deepEqual(run(RULE, notice(['说明：1．在校学生按未成年人标准缴费。', '2．特困人员个人缴费部分由财政全额资助。'])), []);
    // The text's list after the note goes on from the text's, not from the note's.
    const runOn = notice(inline, ['2．做好参保登记。', '3．落实资助政策。']).replace('2024年度个人缴费标准见下表。', '1．明确缴费标准。2024年度个人缴费标准见下表。');
    assert.deepEqual(run(RULE, runOn), []);
    // A slip in the note is still one.
    assert.deepEqual(run(RULE, notice(['注：1．在校学生按未成年人标准缴费。', '3．特困人员个人缴费部分由财政全额资助。'])).map((f) => f.message), [
      '编号“3．”不是应有的起始编号，应为“2．” (list starts at 3, expected 2)',
    ]);
    // A slip at the note's end is the note's, and the text's list goes on over it untouched.
    const skip = ['注：1．在校学生按未成年人标准缴费。', '2．特困人员个人缴费部分由财政全额资助。', '4．低保对象个人缴费部分由财政定额资助。'];
    const skipMessage = '编号跳号：“2．”之后为“4．”，缺少“3．” (label 3 missing before 4)';
    for (const text of [runOn.replace(inline.join('\n'), skip.join('\n')), notice(skip), notice(['注：', '1．在校学生按未成年人标准缴费。', ...skip.slice(1)])]) {
      const found = run(RULE, text);
      assert.deepEqual(found.map((f) => f.message), [skipMessage]);
      assert.deepEqual(lines(text, found), [lineOf(text, '4．低保')]);
    }
    // A repeat there too, where the text's list goes on with the same number.
    const repeat = runOn.replace(inline.join('\n'), [...inline.slice(0, 2), '2．低保对象个人缴费部分由财政定额资助。'].join('\n'));
    assert.deepEqual(lines(repeat, run(RULE, repeat)), [lineOf(repeat, '2．低保')]);
    assert.equal(fixed(RULE, repeat), runOn);
    // The text's own slip after a right note stays the text's (1． 2． / 注：1．2． / 4． 5．, in one section).
    const textSlip = notice(inline.slice(0, 2), ['4．做好参保登记。', '5．落实资助政策。'])
      .replace('2024年度个人缴费标准见下表。', '1．明确缴费标准。2024年度个人缴费标准见下表。\n\n2．加强政策衔接。')
      .replace('\n二、工作要求\n', '');
    assert.deepEqual(run(RULE, textSlip).map((f) => f.message), ['编号跳号：“2．”之后为“4．”，缺少“3．” (label 3 missing before 4)']);
    assert.deepEqual(lines(textSlip, run(RULE, textSlip)), [lineOf(textSlip, '4．做好')]);
  });

  it('ends a note under a table where the text\'s own list goes on (注：1．2． / 3．), and keeps a note\'s last item', () => {
    const notice = (sections: string[][]) =>
      [
        '某市人民政府办公室关于做好城乡居民医保参保工作的通知', '', '某政办发〔2024〕36号', '', '各区人民政府，市政府各部门：', '', '一、主要任务', '',
        ...sections.flatMap((s) => [...s, '']), '二、工作要求', '', '加强组织领导。', '', '某市人民政府办公室', '2024年6月15日', '',
      ].join('\n');
    const first = ['（一）扩大参保覆盖。', '', '1．做好参保登记。各区要全面摸清辖区内未参保人员底数。', '', '2．加强部门协同。推动参保数据共享。'];
    const table = (...notes: string[]) => [
      '（二）落实缴费政策。', '', '2024年度个人缴费标准见下表。', '', '类别\t个人缴费（元）', '成年居民\t480', '未成年人\t380', '',
      '注：1．在校学生按未成年人标准缴费。', '2．特困人员个人缴费部分由财政全额资助。', ...notes,
    ];
    const after = (...labels: string[]) => ['', `${labels[0]}落实资助政策。各区要按时足额落实资助资金。`, '', `${labels[1]}加强宣传引导。充分利用各类媒体宣传参保政策。`];
    const third = (...labels: string[]) => ['（三）强化基金监管。', '', `${labels[0]}开展专项检查。严厉打击欺诈骗保行为。`, '', `${labels[1]}完善智能监控。`];
    // The text's 1．2． running on over its sections: 3．4． after the note are the text's, going on in （三） with 5．.
    assert.deepEqual(run(RULE, notice([first, [...table(), ...after('3．', '4．')], third('5．', '6．')])), []);
    // And a slip there is the text's, against the text's run.
    const skipped = notice([first, [...table(), ...after('3．', '4．')], third('6．', '7．')]);
    assert.deepEqual(run(RULE, skipped).map((f) => f.message), ['编号“6．”不是应有的起始编号，应为“5．”（本文件此级编号跨组连续） (list starts at 6, expected 5)']);
    assert.deepEqual(lines(skipped, run(RULE, skipped)), [lineOf(skipped, '6．开展')]);
    // The other side: a note of three items, the text's 3． after it (or in the next section) going on from 2．.
    const note3 = table('3．低保对象个人缴费部分由财政定额资助。');
    assert.deepEqual(run(RULE, notice([first, [...note3, ...after('3．', '4．')], third('5．', '6．')])), []);
    assert.deepEqual(run(RULE, notice([first, note3, third('3．', '4．')])), []);
    // Lists starting again in each section: the note's 3． ending （二） is no list of the text's starting at 3.
    assert.deepEqual(run(RULE, notice([first, note3, third('1．', '2．')])), []);
    // The text's items in the note's own section before it: 3． after the note goes on with them.
    const inSection = notice([[...first, '', ...table(), ...after('3．', '4．')]]);
    assert.deepEqual(run(RULE, inSection), []);
    assert.deepEqual(run(RULE, inSection.replace('4．加强', '5．加强')).map((f) => f.message), ['编号跳号：“3．”之后为“5．”，缺少“4．” (label 4 missing before 5)']);
    // （三） after a note of 1．2． is the text's, whatever the note's kind.
    const parens = ['（一）做好参保登记。各区要全面摸清辖区内未参保人员底数。', '', '（二）明确缴费标准。按照下表标准缴费。', '', '类别\t个人缴费（元）', '成年居民\t480', '', '注：1．在校学生按未成年人标准缴费。', '2．特困人员个人缴费部分由财政全额资助。', ''];
    assert.deepEqual(run(RULE, notice([[...parens, '（三）落实资助政策。各区要按时足额落实资助资金。']])), []);
    assert.deepEqual(run(RULE, notice([[...parens, '（四）落实资助政策。各区要按时足额落实资助资金。']])).map((f) => f.message), [
      '编号跳号：“（二）”之后为“（四）”，缺少“（三）” (label 3 missing before 4)',
    ]);
  });

  it('runs the list around a box at the end of a section on over the box\'s own list', () => {
    // （一） 1．2．, then 专栏1 with its own 1．2．3．, then （二） going on with 3．4．.
    const plan = (box: string[], next: string[]) =>
      [
        '某市人民政府关于加快产业发展的实施意见', '', '某政发〔2024〕8号', '', '各区人民政府，市政府各部门：', '', '现提出如下实施意见。', '',
        '一、重点任务', '', '（一）做强主导产业。', '', '1．电气产业。推动智能电气转型升级。', '', '2．鞋服产业。推动鞋服产业品牌化发展。', '',
        '专栏1　主导产业培育重点', '', ...box.flatMap((l) => [l, '']), '（二）培育新兴产业。', '', ...next.flatMap((l) => [l, '']),
        '二、保障措施', '', '加强组织领导。', '', '某市人民政府', '2024年4月3日', '',
      ].join('\n');
    const box = ['1．智能电气：智能断路器。', '2．时尚鞋服：功能性运动鞋。', '3．汽车零部件：电驱系统。'];
    const runOn = ['3．数字经济产业。发展集成电路设计。', '4．生命健康产业。聚焦生物医药。'];
    assert.deepEqual(run(RULE, plan(box, runOn)), []);
    // Restarting under each section is as right, with a box of any length.
    assert.deepEqual(run(RULE, plan(box, runOn.map((l) => l.replace('3．', '1．').replace('4．', '2．')))), []);
    assert.deepEqual(run(RULE, plan(box.slice(0, 2), runOn)), []);
    // A slip in the run after the box is still reported, against the list around the box.
    assert.deepEqual(run(RULE, plan(box, ['4．数字经济产业。发展集成电路设计。', '5．生命健康产业。聚焦生物医药。'])).map((f) => f.message), [
      '编号“4．”不是应有的起始编号，应为“1．”或“3．” (list starts at 4, expected 1 or 3)',
    ]);
    // And one in the box, which the list around it could not take (it would go back), is the box's.
    const longer = (inBox: string[]) =>
      plan(inBox, ['6．数字经济产业。发展集成电路设计。', '7．生命健康产业。聚焦生物医药。']).replace(
        '2．鞋服产业。推动鞋服产业品牌化发展。\n',
        '2．鞋服产业。推动鞋服产业品牌化发展。\n\n3．汽车产业。推动汽车零部件集聚。\n\n4．光电产业。推动光电产业发展。\n\n5．泵阀产业。推动泵阀产业升级。\n',
      );
    assert.deepEqual(run(RULE, longer(box)), []);
    const slip = longer(['1．智能电气：智能断路器。', '2．时尚鞋服：功能性运动鞋。', '4．汽车零部件：电驱系统。', '4．光电：激光器件。']);
    assert.deepEqual(run(RULE, slip).map((f) => f.message), ['编号“4．”不连续（上一项为“2．”），应为“3．” (label 4 is out of sequence; expected 3)']);
    assert.equal(fixed(RULE, slip), longer([...box, '4．光电：激光器件。']));
  });

  it('leaves a printed attachment missing from the run to the rules that say why, but reports one misnumbered', () => {
    const decision = (first: string, second: string) =>
      [
        '某市人民政府关于废止和修改部分市政府规范性文件的决定', '', '某政发〔2024〕31号', '', '各区人民政府，市政府各部门：', '',
        '经清理，市政府决定废止和修改部分规范性文件。', '', '附件：1．市政府决定废止的规范性文件目录', '2．市政府决定修改的规范性文件目录', '',
        '某市人民政府', '2024年8月12日', '', ...(first ? [first, ''] : []), '市政府决定废止的规范性文件目录', '', '序号\t文件名称', '1\t某市关于加强城市房屋拆迁管理的通知', '',
        second, '', '市政府决定修改的规范性文件目录', '', '序号\t文件名称', '1\t某市城市道路挖掘管理办法', '',
      ].join('\n');
    assert.deepEqual(run(RULE, decision('附件1', '附件2')), []);
    // 附件1's label lost: structure/attachment-label reports it, not a list that "starts at 2".
    const unlabelled = decision('', '附件2');
    assert.deepEqual(run(RULE, unlabelled), []);
    assert.equal(run('structure/attachment-label', unlabelled).length, 1);
    // Both printed, the second labelled 附件3: a numbering slip.
    assert.equal(run(RULE, decision('附件1', '附件3')).length, 1);
  });

  it('reads an emergency plan\'s chapters numbered alone (2　组织体系) over their 2.1, 2.1.1, and titles opening with Ⅰ', () => {
    const plan = (last: string) =>
      [
        '某市人民政府办公室关于印发某市城市供水突发事件应急预案的通知', '', '某政办发〔2024〕30号', '', '各区人民政府，市政府各部门：', '',
        '《某市城市供水突发事件应急预案》已经市政府同意，现印发给你们。', '', '某市人民政府办公室', '', '2024年6月1日', '',
        '某市城市供水突发事件应急预案', '', '1　总则', '', '1.1　编制目的', '', '保障城市供水安全。', '', '1.2　适用范围', '', '适用于市区。', '',
        '2　组织体系', '', '2.1　市级应急指挥机构', '', '2.1.1　市供水应急指挥部', '', '市政府设立指挥部。', '', '2.1.2　成员单位', '', '市建设局等。', '',
        '2.2　现场指挥部', '', '根据需要设立。', '', '3　应急响应', '', '3.1　分级响应', '', '3.1.1　Ⅰ级响应', '', '由市指挥部报请省有关部门指导。', '',
        `${last}　Ⅱ级响应`, '', '由市指挥部组织指挥。', '', '5 个工作日内完成评估。', '',
      ].join('\n');
    const hs = parseIssue(plan('3.1.2')).documents[0].headings;
    assert.deepEqual(hs.filter((h) => h.kind === 'decimal' && h.path!.length === 1).map((h) => h.label), ['1', '2', '3']);
    assert.deepEqual(run(RULE, plan('3.1.2')), []);
    assert.deepEqual(run(RULE, plan('3.2.2')).map((f) => f.message), ['编号“3.2.2”与所属的“3.1”不符，应为“3.1.2” (prefix does not match the parent heading 3.1; expected 3.1.2)']);
    // A chapter with no 4.1 under it goes on from the chapter before it.
    const closing = `${plan('3.1.2')}\n4　后期处置\n\n事件处置结束后，做好善后工作。\n`;
    assert.deepEqual(parseIssue(closing).documents[0].headings.filter((h) => h.path?.length === 1).map((h) => h.label), ['1', '2', '3', '4']);
    assert.deepEqual(run(RULE, closing), []);
  });

  it('reports a misnumbered chapter of a decimal outline, not the labels under it, and fixes the chapter', () => {
    // 2, then 4　后期工作 over 3.1 and 3.2, then 4　应急保障: the 4 over 3.1 is the slip.
    const plan = (chapter: string, subs = ['3.1', '3.2'], next = '4') =>
      [
        '某市人民政府办公室关于印发某市突发环境事件应急预案的通知', '', '某政办发〔2024〕27号', '', '各区人民政府，市政府各部门：', '',
        '现将《某市突发环境事件应急预案》印发给你们，请认真贯彻执行。', '', '某市人民政府办公室', '2024年4月22日', '', '某市突发环境事件应急预案', '',
        '1　总则', '', '1.1　编制目的', '', '健全突发环境事件应对工作机制。', '', '2　组织指挥体系', '', '2.1　市应急指挥部', '', '市政府成立市应急指挥部。', '',
        `${chapter}　后期工作`, '', `${subs[0]}　损害评估`, '', '及时组织开展污染损害评估。', '', `${subs[1]}　事件调查`, '', '由生态环境部门牵头开展事件调查。', '',
        `${next}　应急保障`, '', `${next}.1　队伍保障`, '', '加强环境应急专家队伍建设。', '',
      ].join('\n');
    assert.deepEqual(run(RULE, plan('3')), []);
    const slip = plan('4');
    assert.deepEqual(run(RULE, slip).map((f) => f.message), ['编号“4”不连续（上一项为“2”），应为“3” (label 4 is out of sequence; expected 3)']);
    assert.deepEqual(lines(slip, run(RULE, slip)), [26]);
    assert.equal(fixed(RULE, slip), plan('3'));
    assert.equal(fixed(RULE, plan('5')), plan('3'));
    // However much text stands between the chapter and its first label, the chapter is the one reported and fixed.
    const intro = '\n事件处置结束后，做好善后工作。\n'.repeat(7);
    const far = slip.replace('4　后期工作\n', `4　后期工作\n${intro}`);
    assert.deepEqual(run(RULE, far).map((f) => f.message), ['编号“4”不连续（上一项为“2”），应为“3” (label 4 is out of sequence; expected 3)']);
    assert.equal(fixed(RULE, far), plan('3').replace('3　后期工作\n', `3　后期工作\n${intro}`));
    // The chapter line lost: the labels under the chapter before are reported, but not relabelled as labels it
    // already has.
    const lost = slip.replace('4　后期工作\n\n', '');
    assert.ok(run(RULE, lost).length > 0);
    assert.equal(fixed(RULE, lost), lost);
    // A label under its chapter that does not go on from the chapter before is still the one reported.
    const subWrong = plan('3', ['3.1', '4.2']);
    assert.deepEqual(run(RULE, subWrong).map((f) => f.message), ['编号“4.2”与所属的“3”不符，应为“3.2” (prefix does not match the parent heading 3; expected 3.2)']);
    assert.equal(fixed(RULE, subWrong), plan('3'));
  });

  it('relabels the sub-sections of a chapter that carry the chapter before\'s number (3　保障措施 over 2.1 2.2)', () => {
    const plan = (chapter: string, subs: string[], more = '3.2') =>
      [
        '某市人民政府办公室关于印发某市城市内涝应急预案的通知', '', '某政办发〔2024〕33号', '', '各区人民政府，市政府各部门：', '',
        '现将《某市城市内涝应急预案》印发给你们，请认真贯彻执行。', '', '某市人民政府办公室', '2024年5月20日', '', '某市城市内涝应急预案', '',
        '1　总则', '', '1.1　编制目的', '', '提高城市内涝防御能力。', '', '2　组织体系', '', '2.1　市防汛指挥部', '', '市政府设立市防汛指挥部。', '',
        '2.2　区防汛指挥部', '', '各区设立区防汛指挥部。', '', `${chapter}　保障措施`, '', `${subs[0]}　队伍保障`, '', '加强抢险队伍建设。', '',
        `${subs[1]}　物资保障`, '', `${more}.1　物资储备`, '', '储备必要的排涝物资。', '', `${more}.2　物资调用`, '', '由市应急管理局统一调用。', '',
      ].join('\n');
    const right = plan('3', ['3.1', '3.2']);
    assert.deepEqual(run(RULE, right), []);
    // Both sub-sections under 3 carry chapter 2's number: both relabelled, their own sub-sections (3.2.1) already right.
    const slip = plan('3', ['2.1', '2.2']);
    assert.deepEqual(run(RULE, slip).map((f) => f.message), [
      '编号“2.1”与所属的“3”不符，应为“3.1” (prefix does not match the parent heading 3; expected 3.1)',
      '编号“2.2”与所属的“3”不符，应为“3.2” (prefix does not match the parent heading 3; expected 3.2)',
    ]);
    assert.equal(fixed(RULE, slip), right);
    // The labels under a relabelled one that share its slip go with it, in the same pass.
    const deeper = plan('3', ['2.1', '2.2'], '2.2');
    assert.deepEqual(lines(deeper, run(RULE, deeper)), [32, 36, 38, 42]);
    assert.match(run(RULE, deeper)[2].message, /与所属的“2\.2”（应为“3\.2”）不符，应为“3\.2\.1”/);
    assert.equal(fixed(RULE, deeper), right);
    // Chapters labelled 1． 2． 3．: the same.
    const dotted = (subs: string[]) => plan('3．', subs).replace('1　总则', '1．总则').replace('2　组织体系', '2．组织体系').replace('3．　', '3．');
    assert.equal(fixed(RULE, dotted(['2.1', '2.2'])), dotted(['3.1', '3.2']));
    assert.deepEqual(run(RULE, dotted(['3.1', '3.2'])), []);
    // Sub-sections that disagree (2.1 4.2 under 3) are reported without a fix, and the labels under them are not
    // measured against a prefix in doubt.
    const disagree = plan('3', ['2.1', '4.2']);
    assert.deepEqual(lines(disagree, run(RULE, disagree)), [32, 36]);
    assert.equal(fixed(RULE, disagree), disagree);
  });

  it('reports the first chapter\'s sub-sections that carry chapter 2\'s number (1　总则 over 2.1), and a first chapter with none', () => {
    const plan = (subs: string[]) =>
      [
        '某市人民政府办公室关于印发某市防汛应急预案的通知', '', '某政办发〔2024〕20号', '', '各区人民政府，市政府各部门：', '',
        '现将《某市防汛应急预案》印发给你们，请认真贯彻执行。', '', '某市人民政府办公室', '2024年5月10日', '', '某市防汛应急预案', '', '1　总则', '',
        ...subs.flatMap((l, k) => [`${l}　${['编制目的', '编制依据', '适用范围'][k]}`, '', '为做好防汛工作，制定本预案。', '']),
        '2　组织体系', '', '2.1　市防汛指挥部', '', '市政府设立市防汛指挥部。', '', '2.2　区防汛指挥部', '', '各区设立区防汛指挥部。', '',
        '3　保障措施', '', '3.1　队伍保障', '', '各区组建抢险队伍。', '',
      ].join('\n');
    const right = plan(['1.1', '1.2', '1.3']);
    assert.deepEqual(run(RULE, right), []);
    const first = plan(['2.1', '1.2', '1.3']);
    assert.deepEqual(run(RULE, first).map((f) => f.message), ['编号“2.1”与所属的“1”不符，应为“1.1” (prefix does not match the parent heading 1; expected 1.1)']);
    assert.deepEqual(lines(first, run(RULE, first)), [16]);
    assert.equal(fixed(RULE, first), right);
    assert.equal(fixed(RULE, plan(['2.1', '2.2', '2.3'])), right);
    // 1.1 lost: chapter 1 over 1.2 is still the chapter, and 1.1 reported missing there.
    assert.deepEqual(run(RULE, plan(['1.2', '1.3'])).map((f) => f.message), ['编号“1.2”不是应有的起始编号，应为“1.1” (list starts at 2, expected 1)']);
    // A first chapter with no sub-section: chapter 2 goes on from it.
    const none = plan([]).replace('1　总则\n', '1　总则\n\n为做好防汛工作，依据有关法律法规，制定本预案。\n');
    assert.deepEqual(parseIssue(none).documents[0].headings.filter((h) => h.path?.length === 1).map((h) => h.label), ['1', '2', '3']);
    assert.deepEqual(run(RULE, none), []);
  });

  it('reports a first section\'s first sub-item numbered （二） there', () => {
    const notice = (subs: string[]) =>
      [
        '某市人民政府办公室关于做好城乡居民医保参保工作的通知', '', '某政办发〔2024〕36号', '', '各区人民政府，市政府各部门：', '', '为做好参保工作，现通知如下。', '',
        '一、扩大参保覆盖', '', ...subs.flatMap((l) => [l, '']), '二、落实缴费政策', '', '（一）明确缴费标准。按规定缴费。', '', '（二）落实资助政策。按时落实资助资金。', '',
        '某市人民政府办公室', '2024年6月15日', '',
      ].join('\n');
    assert.deepEqual(run(RULE, notice(['（一）做好参保登记。全面摸清底数。', '（二）加强部门协同。推动数据共享。'])), []);
    const slip = notice(['（二）做好参保登记。全面摸清底数。', '（二）加强部门协同。推动数据共享。']);
    assert.deepEqual(run(RULE, slip).map((f) => f.message), ['编号“（二）”不是本组的起始编号，应为“（一）” (label 2 does not start the list; expected 1)']);
    assert.deepEqual(lines(slip, run(RULE, slip)), [11]);
  });

  it('leaves a wrong prefix unfixed where the right one is in doubt', () => {
    const plan = (chapters: string[], subs: string[][]) =>
      [
        '某市人民政府办公室关于印发某市城市内涝应急预案的通知', '', '某政办发〔2024〕33号', '', '各区人民政府，市政府各部门：', '',
        '现将《某市城市内涝应急预案》印发给你们，请认真贯彻执行。', '', '某市人民政府办公室', '2024年5月20日', '', '某市城市内涝应急预案', '',
        ...chapters.flatMap((c, k) => [`${c}　第${k + 1}章标题`, '', ...subs[k].flatMap((l) => [`${l}　工作内容`, '', '做好相关工作。', ''])]),
      ].join('\n');
    const cases: [string, string[], string[][]][] = [
      // The sub-sections disagree: which number was meant?
      ['two wrong prefixes', ['1', '2', '3'], [['1.1'], ['2.1', '2.2'], ['2.1', '4.2']]],
      // The chapter is the odd one out of its own run (2 then 4, nothing after): its sub-sections may be right.
      ['a chapter number in doubt', ['1', '2', '4'], [['1.1'], ['2.1'], ['3.1', '3.2']]],
      // 3.1 is printed beside it: relabelling 2.1 would make two.
      ['a label the part has', ['1', '2', '3'], [['1.1'], ['2.1', '2.2'], ['2.1', '3.1']]],
    ];
    for (const [what, chapters, subs] of cases) {
      const text = plan(chapters, subs);
      const found = run(RULE, text).filter((f) => f.message.includes('所属'));
      assert.ok(found.length > 0, what);
      assert.deepEqual(found.filter((f) => f.fix), [], what);
    }
  });

  it('reads a chapter numbered alone as the parent of its first label however long the text between them', () => {
    const wrapped = [
      '为建立健全本市城市内涝灾害应急工作机制，依法、科学、有序、高效', '地组织开展城市内涝灾害应急处置工作，最大程度地减少人员伤亡和', '财产损失，保障人民群众生命财产安全和社会稳定，根据《中华人民',
      '共和国突发事件应对法》《中华人民共和国防洪法》《城镇排水与污', '水处理条例》《浙江省防汛防台抗旱条例》等法律法规和有关规定，', '结合本市实际，制定本预案。本预案所称城市内涝，是指由于强降雨',
      '或者连续性降雨超过城市排水能力，致使城市内产生积水灾害的现象', '。本预案适用于本市市区范围内城市内涝灾害的预防和应急处置工作', '，各区可参照本预案制定本区城市内涝应急预案，并报市防汛指挥部',
      '备案。',
    ];
    const plan = (second: string) =>
      [
        '某市人民政府办公室关于印发某市城市内涝应急预案的通知', '', '某政办发〔2024〕33号', '', '各区人民政府，市政府各部门：', '',
        '现将《某市城市内涝应急预案》印发给你们，请认真贯彻执行。', '', '某市人民政府办公室', '2024年5月20日', '', '某市城市内涝应急预案', '',
        '1　总则', '', ...wrapped, '', '1.1　编制目的', '', '提高城市内涝防御能力。', '', '1.2　工作原则', '', '以人为本，预防为主。', '',
        '2　组织体系', '', ...wrapped, '', `${second}　市防汛指挥部`, '', '市政府设立市防汛指挥部。', '',
      ].join('\n');
    // The first chapter (none before it to go on from) and the second, each over ten lines of text.
    const headings = parseIssue(plan('2.1')).documents[0].headings.filter((h) => h.kind === 'decimal');
    assert.deepEqual(headings.map((h) => [h.label, h.parent]), [['1', -1], ['1.1', 0], ['1.2', 0], ['2', -1], ['2.1', 3]]);
    assert.deepEqual(run(RULE, plan('2.1')), []);
    const slip = plan('1.1');
    assert.deepEqual(run(RULE, slip).map((f) => f.message), ['编号“1.1”与所属的“2”不符，应为“2.1” (prefix does not match the parent heading 2; expected 2.1)']);
    assert.equal(fixed(RULE, slip), plan('2.1'));
  });

  it('takes no number opening a line for a chapter of decimal labels beyond a label of its level', () => {
    // 2 月底前完成摸底 is a date that lost its stop; 2．工作任务 over 2.1 is the outline's chapter.
    const text = [
      '某市人民政府办公室关于开展城市内涝隐患排查的通知', '', '某政办发〔2024〕35号', '', '各区人民政府，市政府各部门：', '', '现就有关事项通知如下：', '',
      '1．工作目标', '', '时间安排：', '2 月底前完成摸底排查', '', '全面排查城市内涝隐患点。', '', '2．工作任务', '', '2.1 排查易涝点', '', '各区负责排查。', '',
      '2.2 建立台账', '', '各区建立隐患台账。', '', '某市人民政府办公室', '2024年2月1日', '',
    ].join('\n');
    const hs = parseIssue(text).documents[0].headings;
    assert.deepEqual(hs.map((h) => h.label), ['1．', '2．', '2.1', '2.2']);
    assert.deepEqual(run(RULE, text), []);
  });

  it('takes no wrapped line opening with a figure (3 个工作日内…) for a chapter over the labels of the chapter it is in', () => {
    const plan = (...chapter2: string[]) =>
      [
        '某市人民政府办公室关于印发某市城市内涝应急预案的通知', '', '某政办发〔2024〕33号', '', '各区人民政府，市政府各部门：', '',
        '现将《某市城市内涝应急预案》印发给你们，请认真贯彻执行。', '', '某市人民政府办公室', '2024年5月20日', '', '某市城市内涝应急预案', '',
        '1　总则', '', '1.1　编制目的', '', '提高城市内涝防御能力。', '', '2　组织体系', '', ...chapter2, '3　保障措施', '', '3.1　队伍保障', '', '加强抢险队伍建设。', '',
      ].join('\n');
    const subs = ['2.1　市防汛指挥部', '', '市政府设立市防汛指挥部。', '', '2.2　区防汛指挥部', '', '各区设立区防汛指挥部。', ''];
    const wrapped = ['市防汛指挥部由市政府设立。', '3 个工作日内成立区级指挥部并报市', '防汛指挥部备案。', ''];
    const chapters = (text: string) =>
      parseIssue(text)
        .documents[0].headings.filter((h) => h.kind === 'decimal' && h.path!.length === 1)
        .map((h) => h.label);
    // Before the chapter's first sub-section, and after its last.
    for (const text of [plan(...wrapped, ...subs), plan(...subs, ...wrapped)]) {
      assert.deepEqual(chapters(text), ['1', '2', '3']);
      assert.deepEqual(run(RULE, text), []);
    }
  });

  it('leaves an article an amendment inserted (第十六条之一) out of the run of articles', () => {
    const rules = (articles: string[], last = '第五条') =>
      [
        '某市人民政府关于修改《某市城市绿化管理办法》的决定', '', '某政发〔2024〕9号', '', '各区人民政府，市政府各部门：', '', '现将修改后的办法公布如下。', '',
        '某市人民政府', '2024年6月1日', '', '某市城市绿化管理办法', '', '第一章　总则', '', ...articles.flatMap((a) => [`${a}　本市绿化工作适用本办法。`, '']),
        '第二章　附则', '', `${last}　本办法自2024年7月1日起施行。`, '',
      ].join('\n');
    assert.deepEqual(run(RULE, rules(['第一条', '第二条', '第二条之一', '第三条', '第四条'])), []);
    assert.equal(parseHeadingLabel('第二条之一　本市绿化工作适用本办法。'), undefined);
    // A real skip beside it is still one.
    const skipped = rules(['第一条', '第二条', '第二条之一', '第四条', '第五条'], '第六条');
    assert.deepEqual(lines(skipped, run(RULE, skipped)), [22]);
  });

  it('reports an article skipped at a chapter\'s end once, whichever number the next chapter goes on from', () => {
    const rules = (chapter2: string[], chapter3: string[]) =>
      [
        '某市人民政府关于印发某市城市绿化管理办法的通知', '', '某政发〔2024〕9号', '', '各区人民政府，市政府各部门：', '', '现将办法印发给你们。', '',
        '某市人民政府', '2024年6月1日', '', '某市城市绿化管理办法', '', '第一章　总则', '', '第一条　为了促进城市绿化，制定本办法。', '', '第二条　本办法适用于本市。', '',
        '第二章　规划', '', ...chapter2.flatMap((a) => [`${a}　城市绿化规划应当纳入国土空间规划。`, '']),
        '第三章　附则', '', ...chapter3.flatMap((a) => [`${a}　本办法自2024年7月1日起施行。`, '']),
      ].join('\n');
    assert.deepEqual(run(RULE, rules(['第三条', '第四条'], ['第五条'])), []);
    // 第四条 skipped: the next chapter going on from 第五条 (as printed) or from 第四条 (as it should be) is no second slip.
    for (const next of ['第六条', '第五条']) {
      const text = rules(['第三条', '第五条'], [next]);
      assert.deepEqual(lines(text, run(RULE, text)), [24], next);
    }
  });

  it('lets a second table with the same header start again at 1', () => {
    const all = corpus('SX').split('\n');
    all.splice(1412, 0, '', '表2 另一张分工表', '', ...all.slice(1391, 1412)); // SX 48号's table printed twice
    assert.deepEqual(run(RULE, all.join('\n')), []);
  });
});

describe(`${RULE}: articles an amendment inserted`, () => {
  const rules = (inserted: string[]) =>
    [
      '某市人民政府令', '', '第20号', '', '《某市停车场管理办法》已经市人民政府常务会议审议通过，现予公布，自2024年5月1日起施行。', '', '市长　张三', '', '2024年3月1日', '',
      '某市停车场管理办法', '', '第一条　为了加强停车场管理，制定本办法。', '', '第二条　本办法适用于本市行政区域。', '', '第三条　停车场经营者应当公示收费标准。', '',
      ...inserted.flatMap((l) => [l, '']), '第四条　本办法自2024年5月1日起施行。', '',
    ].join('\n');

  it('is quiet on 第三条之一 and 之二 after 第三条, outside the run of articles', () => {
    assert.deepEqual(run(RULE, rules(['第三条之一　新建住宅小区应当配建停车位。', '第三条之二　鼓励错时共享停车。'])), []);
  });

  it('reports 之二 without 之一, 之三 after 之一, and one printed under another article', () => {
    const skipped = rules(['第三条之二　鼓励错时共享停车。']);
    const [finding] = run(RULE, skipped);
    assert.equal(finding.message, '条文编号跳号：“第三条”之后为“第三条之二”，缺少“第三条之一” (inserted article 3-1 missing before 3-2)');
    assert.equal(skipped.slice(finding.range.start, finding.range.end), '第三条之二');
    assert.match(run(RULE, rules(['第三条之一　新建住宅小区应当配建停车位。', '第三条之三　鼓励错时共享停车。']))[0].message, /缺少“第三条之二”/);
    assert.match(run(RULE, rules(['第二条之一　新建住宅小区应当配建停车位。']))[0].message, /“第二条之一”排在“第三条”之后/);
    assert.deepEqual(run(RULE, rules(['第三条之一　新建住宅小区应当配建停车位。', '第三条之一　鼓励错时共享停车。'])).map((f) => f.message), ['条文编号“第三条之一”重复 (inserted article 3-1 is repeated)']);
  });
});

describe(`${RULE}: labels a PDF letter-spaced`, () => {
  const rules = (second: string) =>
    [
      '临安市人民政府办公室关于印发临安市公共资源交易管理办法的通知', '', '临政办发〔2024〕12号', '', '各镇人民政府、街道办事处：', '',
      '《临安市公共资源交易管理办法》已经市政府同意，现印发给你们，请认真遵照执行。', '', '临安市人民政府办公室', '2024年5月20日', '',
      '临安市公共资源交易管理办法', '', '第一章　总　则', '', '第一条　为规范公共资源交易活动，制定本办法。', '', `${second}　交 易 范 围`, '',
      '第二条　依法必须招标的工程建设项目应当进入市公共资源交易中心交易。', '', '第三章　附　则', '', '第三条　本办法自2024年7月1日起施行。', '',
    ].join('\n');

  it('reads 第 二 章 as 第二章, and relabels 第 四 章 keeping its spaces', () => {
    assert.deepEqual(run(RULE, rules('第 二 章')), []);
    const found = run(RULE, rules('第 四 章'));
    assert.deepEqual(found.map((f) => f.message), ['编号“第 四 章”不连续（上一项为“第一章”），应为“第 二 章” (label 4 is out of sequence; expected 2)']);
    assert.equal(fixed(RULE, rules('第 四 章')), rules('第 二 章'));
  });
});

describe(`${RULE}: an invisible character inside a label`, () => {
  it('reads （\\u200b四） as （四）: the skip after （二） is found', () => {
    const text = [
      '临安市人民政府关于加强城市排水防涝工作的通知', '', '临政发〔2024〕9号', '', '各乡镇人民政府、街道办事处，市政府各部门：', '',
      '一、加强组织领导', '', '（一）明确责任。', '', '（二）强化考核。', '', '（\u200b四）加强督查。', '', '临安市人民政府', '2024年5月15日', '',
    ].join('\n');
    assert.deepEqual(run(RULE, text).map((f) => f.message), ['编号跳号：“（二）”之后为“（\u200b四）”，缺少“（\u200b三）” (label 3 missing before 4)']);
  });
});

describe(`${RULE}: items with their units on lines of their own`, () => {
  it('blames the repeated label, not the next list, when a 牵头单位 line stands above it', () => {
    const item = (label: string, text: string, unit: string) => [`${label}${text}`, '', `牵头单位：${unit}`, ''];
    const text = [
      '临江市人民政府办公室关于印发临江市优化营商环境重点任务分工方案的通知', '', '临政办发〔2024〕30号', '', '各区人民政府，市政府各部门：', '',
      '现将《临江市优化营商环境重点任务分工方案》印发给你们，请认真贯彻落实。', '', '临江市人民政府办公室', '', '2024年7月16日', '',
      '临江市优化营商环境重点任务分工方案', '', '一、提升政务服务效能', '', ...item('1.', '深化“高效办成一件事”改革。', '市政务服务管理办公室'),
      ...item('2.', '推进惠企政策“免申即享”。', '市发展改革委'), '二、优化法治环境', '', ...item('3.', '全面推行涉企行政检查“综合查一次”。', '市司法局'),
      ...item('3.', '建立涉企轻微违法行为免罚清单。', '市司法局'), '三、降低企业经营成本', '', ...item('5.', '落实结构性减税降费政策。', '市税务局'),
    ].join('\n');
    assert.deepEqual(run(RULE, text).map((f) => f.message), ['编号“3.”与上一项重复，应为“4.” (label 3 repeats the previous label; expected 4)']);
  });
});

describe(`${RULE}: 一， an OCR wrote for 一、`, () => {
  const text = (second: string) =>
    [
      '临安市人民政府关于加强城市排水防涝工作的通知', '', '临政发〔2024〕9号', '', '各乡镇人民政府、街道办事处，市政府各部门：', '',
      '一，加强组织领导', '', '各地要落实责任。', '', `${second}强化工作保障`, '', '各地要加大投入。', '', '临安市人民政府', '2024年5月15日', '',
    ].join('\n');

  it('reads it as a label before words, and finds a skip', () => {
    assert.deepEqual(run(RULE, text('二，')), []);
    assert.deepEqual(run(RULE, text('三，')).map((f) => f.message), ['编号跳号：“一，”之后为“三，”，缺少“二，” (label 2 missing before 3)']);
  });

  it('takes 一， after a line that may have wrapped into it (…统 / 一，强化) for running text', () => {
    const wrapped = text('二，').replace('一，加强组织领导', '一、加强组织领导').replace('各地要落实责任。', '第一，要坚持统\n\n一，强化统筹。');
    assert.deepEqual(run(RULE, wrapped), []);
    assert.deepEqual(run('numbering/style', wrapped), []);
  });

  it('does not read 一，二季度 as a label', () => {
    assert.equal(parseHeadingLabel('一，二季度完成主体工程。'), undefined);
  });
});

describe(`${RULE}: a heading under a line left without a full stop`, () => {
  const opinion = (...body: string[]) =>
    [
      '青川市人民政府关于加快推进基础设施建设的意见', '', '青政发〔2024〕12号', '', '各区县人民政府，市政府各部门：', '',
      '　　为加快推进全市基础设施建设，现提出如下意见。', '　　一、总体要求', '　　到2027年，基础设施建设取得明显成效。', ...body,
      '　　各区县要加强组织领导。', '', '青川市人民政府', '2024年5月24日', '',
    ].join('\n');

  it('finds the skip before a title alone on its line, whether or not the line above ends in 。', () => {
    const skip = ['编号跳号：“二、”之后为“四、”，缺少“三、” (label 3 missing before 4)'];
    for (const end of ['', '。']) {
      const text = opinion('　　二、重点领域', `　　重点领域包括交通、能源、水利${end}`, '　　四、保障措施');
      assert.deepEqual(run(RULE, text).map((f) => f.message), skip, JSON.stringify(end));
    }
    assert.deepEqual(run(RULE, opinion('　　二、重点领域', '　　重点领域包括交通、能源、水利', '　　三、保障措施')), []);
  });

  it('still takes a hard wrap for one: a label opening a line that goes on, or that closes names run together', () => {
    const text = opinion(
      '　　到2027年，全市对一、二、', '三、四、五类桥梁开展全面检测。', '　　二、重点领域',
      '　　授予以下同志“优秀建设者”称号：王建平、李小红、赵小', '六、孙七', '　　三、保障措施',
    );
    assert.deepEqual(run(RULE, text), []);
  });
});

describe(`${RULE}: the groups of a 名单 of name lines`, () => {
  it('finds a skipped group heading under short name lines (not wrapped text)', () => {
    const text = (third: string) =>
      [
        '临江市人民政府关于表彰先进集体和先进个人的通报', '', '临政发〔2024〕6号', '', '各区、县（市）人民政府，市政府各部门：', '', '市政府决定予以通报表彰。', '',
        '附件：先进集体和先进个人名单', '', '临江市人民政府', '', '2024年3月6日', '', '附件', '', '先进集体和先进个人名单', '',
        '一、先进集体', '', '江北区人民政府', '', '临川县人民政府', '', `${third}先进个人`, '', '王建平　　江北区应急管理局局长', '',
      ].join('\n');
    assert.deepEqual(run(RULE, text('二、')), []);
    assert.deepEqual(run(RULE, text('三、')).map((f) => f.message), ['编号跳号：“一、”之后为“三、”，缺少“二、” (label 2 missing before 3)']);
  });
});

describe(`${RULE}: the 序号 column of a 发文目录`, () => {
  const issue = (serials: string[], tail: string[] = []) =>
    [
      '某市人民政府关于进一步加强耕地保护工作的意见', '', '某政发〔2024〕32号', '', '各区、县（市）人民政府，市政府各部门：', '', '现提出如下意见。', '', '某市人民政府', '', '2024年8月9日', '',
      '2024年8月份市政府发文目录', '', '序号\t文号\t标题\t成文日期',
      ...serials.map((s, k) => `${s}\t某政发〔2024〕${30 + k}号\t某市人民政府关于第${k + 1}项工作的通知\t8月${k + 1}日`),
      ...tail, '',
    ].join('\n');

  it('is quiet on a column that runs on, over a page break that repeats the header, and on a second table from 1', () => {
    assert.deepEqual(run(RULE, issue(['1', '2', '3', '4'])), []);
    const paged = issue(['1', '2', '3']).replace('\n3\t', '\n\n— 16 —\n\n序号\t文号\t标题\t成文日期\n3\t');
    assert.deepEqual(run(RULE, paged), []);
    assert.deepEqual(run(RULE, issue(['1', '2', '1', '2'])), []);
  });

  it('flags a repeated or skipped 序号, also after a page break, and relabels it', () => {
    const text = issue(['1', '2', '2', '4']);
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [18]);
    assert.match(found[0].message, /序号“2”与上一项重复，应为“3”/);
    assert.equal(fixed(RULE, text), issue(['1', '2', '3', '4']));
    const paged = issue(['1', '2', '2']).replace('\n2\t某政发〔2024〕32号', '\n\n— 16 —\n\n序号\t文号\t标题\t成文日期\n2\t某政发〔2024〕32号');
    assert.match(run(RULE, paged)[0].message, /序号“2”与上一项重复/);
    assert.match(run(RULE, issue(['1', '2', '4', '5', '7']))[0].message, /跳号/);
  });

  it('reads the column in a list written one cell per line', () => {
    const cells = issue([]).replace('序号\t文号\t标题\t成文日期', ['序号', '文号', '标题', ...['1', '2', '2'].flatMap((s, k) => [s, `某政发〔2024〕${31 + k}号`, `某市人民政府关于第${k + 1}项工作的通知`])].join('\n'));
    const found = run(RULE, cells);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /序号“2”与上一项重复/);
  });
});

describe(`${RULE}: the tables of a 政府信息公开工作年度报告`, () => {
  const report = (sections: string[]) =>
    [
      '目　　录', '', '【政务公开】', '', '某市人民政府2024年政府信息公开工作年度报告…………（6）', '',
      '某市人民政府2024年政府信息公开工作年度报告', '', `　　${sections[0]}总体情况`, '', '　　2024年，市政府全面推进政务公开。', '',
      `　　${sections[1]}主动公开政府信息情况`, '', '第二十条第（一）项', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '规章\t3\t1\t28', '行政规范性文件\t42\t17\t168', '', '第二十条第（五）项', '信息内容\t本年处理决定数量', '行政许可\t28643', '',
      `　　${sections[2]}收到和处理政府信息公开申请情况`, '', '\t自然人\t法人或其他组织\t总计',
      '一、本年新收政府信息公开申请数量\t268\t44\t312', '二、上年结转政府信息公开申请数量\t10\t2\t12', '三、本年度办理结果',
      '（一）予以公开\t96\t17\t113', '（二）部分公开\t38\t6\t44', '（三）其他处理\t131\t20\t151', '（四）总计\t265\t43\t308',
      '四、结转下年度继续办理\t13\t3\t16', '', `　　${sections[3]}其他需要报告的事项`, '', '　　本机关未收取信息处理费。', '',
      '某市人民政府办公室', '2025年1月20日', '',
    ].join('\n');

  it('reads 第二十条第（一）项 as a table caption, and 三、本年度办理结果 between rows 二、 and 四、 as a row', () => {
    assert.deepEqual(run(RULE, report(['一、', '二、', '三、', '四、'])), []);
    assert.equal(parseHeadingLabel('第二十条第（一）项'), undefined);
    assert.equal(parseHeadingLabel('第三条第二款'), undefined);
    assert.equal(parseHeadingLabel('第二十条　本办法自公布之日起施行。')?.kind, 'article');
  });

  it('reads a section heading right under the table\'s last row (四、 under the row 四、) as a heading', () => {
    const text = report(['一、', '二、', '三、', '五、']).replace(
      '四、结转下年度继续办理\t13\t3\t16\n',
      '四、结转下年度继续办理\t13\t3\t16\n　　四、政府信息公开行政复议、行政诉讼情况\n行政复议结果\t维持\t纠正\t总计\n本年度\t5\t1\t6\n',
    );
    assert.deepEqual(run(RULE, text), []);
    const doc = parseIssue(text).documents.find((d) => d.title.norm.endsWith('年度报告'))!;
    assert.deepEqual(doc.headings.filter((h) => h.kind === 'cn' && !/\t/.test(text.slice(h.range.start, h.range.end))).map((h) => h.label + h.text), [
      '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、其他需要报告的事项',
    ]);
  });

  it('still finds a skipped section around the tables', () => {
    assert.deepEqual(run(RULE, report(['一、', '二、', '四、', '五、'])).map((f) => f.message), ['编号跳号：“二、”之后为“四、”，缺少“三、” (label 3 missing before 4)']);
  });

  // A Word export saved as text with a blank line between every row of its tables.
  const doubleSpaced = (sections: string[]) => {
    const text = report(sections);
    const from = text.indexOf('第二十条第（一）项');
    const to = text.indexOf('\n', text.indexOf('四、结转下年度继续办理'));
    return text.slice(0, from) + text.slice(from, to).split('\n').filter((l) => l !== '').join('\n\n') + text.slice(to);
  };

  it('reads 三、本年度办理结果 as a row of a table with a blank line between every row', () => {
    const text = doubleSpaced(['一、', '二、', '三、', '四、']);
    assert.match(text, /二、上年结转政府信息公开申请数量\t10\t2\t12\n\n三、本年度办理结果\n\n（一）予以公开/);
    assert.deepEqual(run(RULE, text), []);
    const headings = parseIssue(text).documents[0].headings.map((h) => h.label + h.text);
    assert.ok(!headings.includes('三、本年度办理结果'), headings.join(' | '));
  });

  it('still reads the section between two tables spaced so as a heading, and finds it skipped', () => {
    const text = doubleSpaced(['一、', '二、', '四、', '五、']);
    assert.deepEqual(run(RULE, text).map((f) => f.message), ['编号跳号：“二、”之后为“四、”，缺少“三、” (label 3 missing before 4)']);
    const headings = parseIssue(text).documents[0].headings.map((h) => h.label + h.text);
    assert.ok(headings.includes('四、收到和处理政府信息公开申请情况'), headings.join(' | '));
  });
});

describe(`${RULE}: the question labels of a piece in questions and answers`, () => {
  const NOTICE = [
    '临江市人民政府办公室关于印发临江市公共租赁住房保障实施细则的通知', '', '临政办发〔2024〕25号', '', '各县（区）人民政府，市政府各部门：', '',
    '《临江市公共租赁住房保障实施细则》已经市政府同意，现印发给你们，请认真贯彻执行。', '', '临江市人民政府办公室', '', '2024年7月8日', '',
    '临江市公共租赁住房保障实施细则', '', '第一条　为规范公共租赁住房管理，制定本细则。', '', '第二条　本细则自2024年8月1日起施行。', '',
  ];
  const QUESTIONS = ['哪些人可以申请公租房？', '如何申请公租房？', '租金标准如何确定？', '什么情况下需要退出公租房？', '《实施细则》什么时候施行？'];
  const piece = (labels: string[], title = '《临江市公共租赁住房保障实施细则》政策解读') =>
    [
      ...NOTICE, title, '', '近日，市政府办公室印发了《临江市公共租赁住房保障实施细则》（以下简称《实施细则》）。现就有关内容解读如下。', '',
      ...labels.flatMap((l, k) => [`${l}：${QUESTIONS[k]}`, '', `答：第${'一二三四五'[k]}项答复。`, '']),
      '（市住房保障中心供稿）', '',
    ].join('\n');
  const messages = (text: string) => run(RULE, text).map((f) => f.message);

  it('reports a skipped question label, without a fix (which label is wrong is unknown)', () => {
    const text = piece(['一问', '二问', '三问', '五问', '六问']);
    assert.deepEqual(messages(text), ['问题编号跳号：“三问”之后为“五问”，缺少“四问” (label 4 missing before 5)']);
    assert.deepEqual(lines(text, run(RULE, text)), [text.split('\n').indexOf('五问：什么情况下需要退出公租房？') + 1]);
    assert.equal(run(RULE, text)[0].fix, undefined);
  });

  it('relabels one repeated or odd label in a run that is otherwise right', () => {
    assert.deepEqual(messages(piece(['一问', '二问', '二问', '四问', '五问'])), ['问题编号“二问”与上一项重复，应为“三问” (label 2 repeats the previous label; expected 3)']);
    assert.equal(fixed(RULE, piece(['一问', '二问', '二问', '四问', '五问'])), piece(['一问', '二问', '三问', '四问', '五问']));
    assert.equal(fixed(RULE, piece(['问题一', '问题二', '问题三', '问题三', '问题五'])), piece(['问题一', '问题二', '问题三', '问题四', '问题五']));
    assert.equal(fixed(RULE, piece(['问1', '问2', '问3', '问3', '问5'])), piece(['问1', '问2', '问3', '问4', '问5']));
  });

  it('checks a piece titled 政策问答 whose questions and answers alternate', () => {
    const text = piece(['问题一', '问题二', '问题四', '问题五', '问题六'], '《临江市公共租赁住房保障实施细则》政策问答');
    assert.deepEqual(messages(text), ['问题编号跳号：“问题二”之后为“问题四”，缺少“问题三” (label 3 missing before 4)']);
  });

  it('is quiet on runs that are right, on 问： without numbers, and on questions counted again under each heading', () => {
    assert.deepEqual(messages(piece(['一问', '二问', '三问', '四问', '五问'])), []);
    assert.deepEqual(messages(piece(['问题一', '问题二', '问题三', '问题四', '问题五'])), []);
    assert.deepEqual(messages(piece(['问1', '问2', '问3', '问4', '问5'])), []);
    assert.deepEqual(messages(piece(['问', '问', '问', '问', '问'])), []);
    const restarted = piece(['一问', '二问', '一问', '二问', '三问']).replace('一问：租金', '二、租金管理\n\n一问：租金').replace('一问：哪些', '一、申请条件\n\n一问：哪些');
    assert.deepEqual(messages(restarted), []);
  });

  it('leaves alone a document whose 问题一： is no question answered under it', () => {
    const plan = [...NOTICE.slice(0, 12), '临江市公共租赁住房保障实施细则', '', '问题一：申请材料繁多。', '', '问题三：审核周期较长。', ''].join('\n');
    assert.deepEqual(messages(plan), []);
  });
});

describe(`${RULE}: the times of a schedule written with a dot`, () => {
  const notice = (lines: string[]) =>
    [
      '某市人民政府办公室关于举办政务公开工作培训班的通知', '', '某政办发〔2024〕42号', '', '各县（市、区）人民政府，市政府各部门：', '',
      '　　一、培训日程', '', ...lines.flatMap((l) => [l, '']), '某市人民政府办公室', '', '2024年9月6日', '',
    ].join('\n');

  it('takes 8.30　报到 for a time, not a decimal label', () => {
    const text = notice(['　　8.30　　报到', '　　9.00　　开班仪式', '　　9.20　　专题讲座：政府信息公开条例解读', '　　14.30　　分组讨论']);
    assert.deepEqual(run(RULE, text), []);
    assert.deepEqual(parseIssue(text).documents[0].headings.filter((h) => h.kind === 'decimal'), []);
  });

  it('still reads 1.10 after 1.9 as a label, and reports a skip in a decimal outline', () => {
    const outline = (last: string) => notice([...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `1.${n}　工作要求${n}`), `${last}　工作要求10`]);
    assert.deepEqual(run(RULE, outline('1.10')), []);
    assert.equal(parseIssue(outline('1.10')).documents[0].headings.filter((h) => h.kind === 'decimal').length, 10);
    assert.equal(run(RULE, outline('1.11')).length, 1);
  });

  it('reads 1.10 after 1.8 as a label of the outline and reports 1.9 missing there, not at 1.11', () => {
    const text = notice([...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `1.${n}　工作要求${n}`), '1.10　工作要求10', '1.11　工作要求11']);
    assert.deepEqual(run(RULE, text).map((f) => f.message), ['编号跳号：“1.8”之后为“1.10”，缺少“1.9” (label 9 missing before 10)']);
  });
});

describe(`${RULE}: an article named at a wrapped line's start`, () => {
  it('takes 第十条明确了… at a line\'s start for a sentence about the article, not the article', () => {
    assert.equal(parseHeadingLabel('第十条明确了食品小作坊不得生产加工的四类食品。'), undefined);
    assert.equal(parseHeadingLabel('第十条规定的禁止生产加工的食品'), undefined);
    assert.equal(parseHeadingLabel('第十条中的“食品”'), undefined);
    assert.equal(parseHeadingLabel('第十条　食品小作坊不得生产加工下列食品：')?.kind, 'article');
    assert.equal(parseHeadingLabel('第十条 规定以外的食品，不得生产。')?.kind, 'article');
    const text = [
      '《某市食品小作坊管理办法》政策解读', '', '　　一、主要内容', '',
      '　　（一）列明禁止生产加工的食品。', '第十条明确了食品小作坊不得生产加工', '的四类食品。', '',
      '　　（二）实行风险分级管理。', '第十三条规定了不同风险等级的检查频次。', '',
    ].join('\n');
    assert.deepEqual(run(RULE, text), []);
  });
});

describe(`${RULE}: an article whose space after its number a PDF lost (第三条明确…)`, () => {
  const rules = (third: string, fourth = '第四条') =>
    [
      '某市人民政府关于印发某市城市绿化管理办法的通知', '', '某政发〔2024〕9号', '', '各区人民政府，市政府各部门：', '',
      '现将《某市城市绿化管理办法》印发给你们，请认真贯彻执行。', '', '某市人民政府', '2024年6月1日', '', '某市城市绿化管理办法', '', '第一章　总则', '',
      '第一条　为了促进城市绿化，改善生态环境，制定本办法。', '', '第二条　本办法适用于本市行政区域内城市绿化的规划、建设和管理。', '',
      third, '', `${fourth}　城市绿化规划应当纳入国土空间规划。`, '', '第二章　附则', '', '第五条　本办法自2024年7月1日起施行。', '',
    ].join('\n');
  const duties = '明确各部门职责：市园林绿化部门负责全市城市绿化工作。';

  it('reads it as the article inside a run of articles: quiet when in sequence, its number checked', () => {
    assert.deepEqual(run(RULE, rules(`第三条${duties}`)), []);
    // Its lost space is what numbering/style reports there.
    const style = run('numbering/style', rules(`第三条${duties}`));
    assert.deepEqual(style.map((f) => f.message), ['同级编号后大多空一格，“第三条”后没有空格 (this level mostly has a space after the label; here none)']);
    const repeated = rules(`第二条${duties}`);
    assert.deepEqual(lines(repeated, run(RULE, repeated)), [20]);
    assert.match(run(RULE, repeated)[0].message, /“第二条”与上一项重复，应为“第三条”/);
    // Printed 第三条 twice, the second time with its space: the repeat is the article below it.
    const twice = rules(`第三条${duties}`, '第三条');
    assert.deepEqual(lines(twice, run(RULE, twice)), [22]);
    assert.match(run(RULE, twice)[0].message, /“第三条”与上一项重复，应为“第四条”/);
    assert.deepEqual(run(RULE, rules(`第三条规定各部门职责：市园林绿化部门负责全市城市绿化工作。`)), []);
  });

  it('leaves a sentence about an article a wrap put at a line\'s start, and a citation in running text', () => {
    // The line above runs on into it: 本办法 / 第三条明确了…
    const wrapped = rules('第三条　各部门应当按照本办法\n第三条明确的职责分工，做好城市绿化工作。');
    assert.deepEqual(run(RULE, wrapped), []);
    assert.equal(parseIssue(wrapped).documents[0].headings.filter((h) => h.kind === 'article').length, 5);
    // Mid-sentence or after 根据/依照: no label at all.
    assert.deepEqual(run(RULE, rules('第三条　根据第三条规定，本办法第三条明确了各部门职责。')), []);
    // Under a (一) of a policy interpretation, with no run of articles around it: a sentence.
    const reading = ['《某市城市绿化管理办法》政策解读', '', '一、主要内容', '', '（一）明确部门职责。', '', '第三条明确了各部门职责。', '', '（二）规范绿化规划。', '', '第四条规定了规划的编制。', ''].join('\n');
    assert.deepEqual(run(RULE, reading), []);
    assert.deepEqual(parseIssue(reading).documents[0].headings.map((h) => h.kind), ['cn', 'paren-cn', 'paren-cn']);
  });
});

describe(`${RULE}: a figure a hard wrap put at a line's start`, () => {
  it('takes 1.5万元 or 2.5小时 opening a line for a figure, not a decimal label', () => {
    const plan = [
      '某市突发事件应急预案', '', '1　总则', '', '1.1　编制目的', '', '为规范应急处置，制定本预案。', '',
      '1.2　工作原则', '', '事发单位应当在接报后', '2.5小时内上报，单次补助不超过', '1.5万元。', '', '1.3　适用范围', '', '本预案适用于本市行政区域。', '',
    ].join('\n');
    assert.deepEqual(run(RULE, plan), []);
    assert.equal(parseHeadingLabel('1.5万元。'), undefined);
    assert.equal(parseHeadingLabel('1.2　工作原则')?.kind, 'decimal');
  });

  it('still reads 2.2元宇宙… or 2.3倍增计划 written without a space as a label, and 2.5倍以上 or 1.5元/吨 as figures', () => {
    const plan = [
      '某市元宇宙产业发展行动计划', '', '1　重点任务', '', '1.1发展虚拟现实产业', '', '1.2元宇宙基础设施建设', '', '1.3倍增计划', '', '1.4人工智能', '',
    ].join('\n');
    assert.deepEqual(run(RULE, plan), []);
    assert.equal(parseHeadingLabel('1.2元宇宙基础设施建设')?.kind, 'decimal');
    assert.equal(parseHeadingLabel('2.5倍以上。'), undefined);
    assert.equal(parseHeadingLabel('1.5元/吨。'), undefined);
    assert.equal(parseHeadingLabel('1.3倍增计划')?.kind, 'decimal');
  });

  it('takes 1.6倍确定 opening a wrapped line for a figure (倍 opens no heading\'s word but 倍增)', () => {
    const notice = [
      '某市人民政府关于调整城乡居民最低生活保障标准的通知', '', '某政发〔2025〕9号', '', '各县（市、区）人民政府，市政府各部门：', '',
      '　　一、相关标准联动调整', '', '　　（一）特困人员基本生活标准按照不低于当地', '低保标准的1.3倍确定。', '',
      '　　（二）低保边缘家庭认定标准按照当地低保标准', '的1.5倍确定。', '', '　　（三）孤儿基本生活费标准按照当地低保标准的', '1.6倍确定，由各县（市、区）民政部门按月发放。', '',
      '某市人民政府', '', '2025年6月6日', '',
    ].join('\n');
    assert.deepEqual(run(RULE, notice), []);
    assert.equal(parseHeadingLabel('1.6倍确定，由各县（市、区）民政部门按月发放。'), undefined);
  });
});

describe(`${RULE}: the notes [1] [2] … under a 统计公报's 注释：`, () => {
  const bulletin = (notes: string[], marker = '[2]') =>
    [
      '某市人民政府公报', '', '2024年第4期（总第148期）', '', '目　　录', '', '【统计公报】', '',
      '2023年某市国民经济和社会发展统计公报……………………（2）', '',
      '2023年某市国民经济和社会发展统计公报', '', '某市统计局', '', '（2024年3月28日）', '',
      '　　一、综合', '',
      '　　初步核算，全年全市地区生产总值（GDP）[1]3286.5亿元，比上年增长6.2%。', '',
      `　　全年规模以上工业${marker}增加值1245.8亿元，增长7.9%。全体居民人均可支配收入[3]62358元，增长5.8%。`, '',
      '　　注释：', '', ...notes, '',
      '　　资料来源：本公报中人口数据来自某市统计局。', '',
    ].join('\n');
  const notes = (third: string) => [
    '　　[1]地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。', '',
    '　　[2]规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。', '',
    `　　${third}全体居民人均可支配收入根据城乡一体化住户抽样调查结果计算。`,
  ];

  it('is quiet on notes in sequence, and on markers in the text', () => {
    assert.deepEqual(run(RULE, bulletin(notes('[3]'))), []);
    assert.deepEqual(run(RULE, bulletin(notes('［3］'))), []);
    // A wrap that puts a marker at a line's start, above the notes, is no note.
    assert.deepEqual(run(RULE, bulletin(notes('[3]')).replace('全年规模以上工业[2]', '全年规模以上工业\n[2]')), []);
  });

  it('reports a note numbered out of sequence', () => {
    const text = bulletin(notes('[4]'));
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['注释编号跳号：“[2]”之后为“[4]”，缺少“[3]” (label 3 missing before 4)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '4');
  });

  it('reads a note hard-wrapped over two lines, blank lines or none', () => {
    const wrapped = bulletin(notes('[4]')).replace('绝对数按现价计算，', '绝对数按现价计算，\n');
    assert.deepEqual(run(RULE, wrapped).length, 1);
    assert.deepEqual(run(RULE, bulletin(notes('[3]')).replace(/\n\n/g, '\n')), []);
    assert.deepEqual(run(RULE, bulletin(notes('[4]')).replace(/\n\n/g, '\n')).length, 1);
  });
});

describe(`${RULE}: a list under a line that marks notes with the same numbers`, () => {
  const opinion = (items: string[]) =>
    [
      '某市人民政府关于加快数字政府建设的实施意见', '', '某政发〔2024〕9号', '', '各区人民政府，市政府各部门：', '',
      '　　为贯彻落实数字中国建设部署①，建成“一网通办”②体系，主要任务包括：', ...items, '',
      '　　注释：', '', '　　①《数字中国建设整体布局规划》。', '', '　　②“一网通办”指政务服务事项网上一次办结。', '', '某市人民政府', '', '2024年5月6日', '',
    ].join('\n');

  it('reads ① right under the line announcing the list as its first item, not a note a page’s foot left', () => {
    assert.deepEqual(run(RULE, opinion(['　　①建设数据共享平台；', '　　②完善数据目录体系；', '　　③健全数据质量机制。'])), []);
    const skipped = opinion(['　　①建设数据共享平台；', '　　②完善数据目录体系；', '　　④健全数据质量机制。']);
    assert.deepEqual(run(RULE, skipped).map((f) => f.message), ['编号跳号：“②”之后为“④”，缺少“③” (label 3 missing before 4)']);
  });

  it('still reads a note a page’s foot left under the paragraph that marks it as a note', () => {
    const text = opinion(['　　①建设数据共享平台；', '　　②完善数据目录体系。']).replace('主要任务包括：', '主要任务包括：建设数据共享平台、完善数据目录体系。\n　　①《数字中国建设整体布局规划》。');
    assert.deepEqual(run(RULE, text), []);
  });
});

describe(`${RULE}: numerals listed in running text that a wrap brought to a line's start`, () => {
  const notice = (wrapped: string[]) =>
    [
      '某市人民政府办公室关于加强公路桥梁安全管理的通知', '', '某政办发〔2024〕9号', '', '各区人民政府，市政府各部门：', '',
      '一、加强养护', '', '落实养护责任。', '', '二、全面排查', '', ...wrapped, '', '三、保障措施', '', '加强组织领导。', '',
      '某市人民政府办公室', '', '2024年5月6日', '',
    ].join('\n');

  it('reads 三、四、五类桥梁… under …重点对一、二、 as words, not a heading', () => {
    assert.deepEqual(run(RULE, notice(['对全市公路桥梁开展一次全面排查，重点对一、二、', '三、四、五类桥梁开展全面检测。'])), []);
    // The headings around it are still checked.
    assert.deepEqual(run(RULE, notice(['对全市公路桥梁开展一次全面排查。'])).length, 0);
    assert.deepEqual(run(RULE, notice(['对全市公路桥梁开展一次全面排查。']).replace('三、保障措施', '四、保障措施')).map((f) => f.message), [
      '编号跳号：“二、”之后为“四、”，缺少“三、” (label 3 missing before 4)',
    ]);
  });
});

describe(`${RULE}: a heading after a page's foot and running header`, () => {
  const rules = (fifth: string) =>
    [
      '某市人民政府令', '', '第20号', '', '《某市城市供水管理办法》已经市人民政府常务会议审议通过，现予公布，自2024年7月1日起施行。', '', '市长　张三', '', '2024年6月1日', '',
      '某市城市供水管理办法', '', '第一章　总则', '', '第一条　为了加强城市供水管理，制定本办法。', '', '第二章　供水工程', '', '第二条　供水工程建设应当符合规划。', '',
      '第三章　供水经营', '', '第三条　禁止盗用或者转供城市公共供水。', '', '— 6 —', '', '某市人民政府公报　　　　　　　　　　　2024年第6期', '',
      fifth, '', '第四条　任何单位和个人不得损坏供水设施。', '', '第五章　附则', '', '第五条　本办法自2024年7月1日起施行。', '',
    ].join('\n');

  it('reads a chapter whose title has figures and brackets, right after the page break, as a chapter', () => {
    assert.deepEqual(run(RULE, rules('第四章　设施保护（2024年修订）')), []);
    const found = run(RULE, rules('第六章　设施保护（2024年修订）'));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /“第六章”.*应为“第四章”/);
  });
});

describe(`${RULE}: the text's list resuming right after a note set tight (注： / 1．… / 2．…)`, () => {
  const plan = (note: string[], after: string[]) =>
    [
      '某市人民政府办公室关于印发某市数字政府建设实施方案的通知', '', '某政办发〔2025〕8号', '', '各区人民政府，市政府各部门：', '',
      '现将《某市数字政府建设实施方案》印发给你们，请认真贯彻执行。', '', '某市人民政府办公室', '2025年3月10日', '',
      '某市数字政府建设实施方案', '', '一、总体要求', '', '以“一网通办”为牵引，全面提升政府数字化履职能力。', '', '二、重点任务', '',
      '1．建设一体化政务服务平台。推进政务服务事项全程网办。', '', '2．完善数据共享机制。健全政务数据目录。', '',
      ...note, '', ...after.flatMap((l) => [l, '']), '三、保障措施', '', '加强组织领导。', '',
    ].join('\n');
  const notes = [['注：', '1．政务服务事项以省级目录为准。', '2．数据目录按年度更新。'], ['注：1．政务服务事项以省级目录为准。', '2．数据目录按年度更新。']];
  const items = (a: string, b: string) => [`${a}推进一网统管。建设城市运行管理平台。`, `${b}强化安全保障。落实网络安全责任制。`];

  it('ends the note at the blank line under it: a repeat of the text\'s is reported where it is', () => {
    for (const note of notes) {
      const text = plan(note, items('3．', '3．'));
      const found = run(RULE, text);
      assert.deepEqual(found.map((f) => f.message), ['编号“3．”与上一项重复，应为“4．” (label 3 repeats the previous label; expected 4)'], note[0]);
      assert.deepEqual(lines(text, found), [lineOf(text, '3．强化')]);
      assert.deepEqual(run(RULE, plan(note, items('3．', '5．'))).map((f) => f.message), ['编号跳号：“3．”之后为“5．”，缺少“4．” (label 4 missing before 5)'], note[0]);
    }
  });

  it('stays quiet on the text going on after it, and on a note of three items read as the note\'s', () => {
    for (const note of notes) assert.deepEqual(run(RULE, plan(note, items('3．', '4．'))), [], note[0]);
    // The note's third item under its second, no blank line between: the note's, and the text goes on with 3．.
    assert.deepEqual(run(RULE, plan([...notes[0], '3．一网统管平台按省统一标准建设。'], items('3．', '4．'))), []);
    // A note set with blank lines between its items is read as before.
    assert.deepEqual(run(RULE, plan(['注：', '', '1．政务服务事项以省级目录为准。', '', '2．数据目录按年度更新。'], items('3．', '4．'))), []);
  });
});

describe(`${RULE}: a figure's name a wrap cut in two`, () => {
  const text = [
    '泓州市人民政府关于2024年生态环境状况的通报', '', '泓政发〔2025〕6号', '', '各县（市、区）人民政府：', '',
    '　　一、总体情况', '', '　　（一）坚持生态优先，城乡面貌持续改善。PM', '2.5平均浓度降至26微克/立方米，优良天数比', '例达到89.3%。', '',
    '　　（二）水环境质量稳中向好。', '', '泓州市人民政府', '', '2025年2月10日',
  ].join('\n');

  it('reads 2.5 under a line ending in PM as the rest of PM2.5, not as a label', () => {
    assert.deepEqual(run(RULE, text), []);
  });

  it('still reads 2.5 opening a line under a whole sentence as a label', () => {
    const labelled = text.replace('改善。PM\n2.5平均浓度', '改善。\n2.5平均浓度');
    assert.equal(run(RULE, labelled).length, 1);
  });
  it('reads 2.1 under a heading that ends in a Latin letter (2．推动5G) as a label of the outline', () => {
    const outline = [
      '泓州市人民政府关于加快数字基础设施建设的通知', '', '泓政发〔2025〕8号', '', '各县（市、区）人民政府：', '',
      '1．夯实网络基础', '1.1建设千兆光网。', '1.2完善骨干网络。', '2．推动5G', '2.1加快基站建设。', '2.2拓展应用场景。', '',
      '泓州市人民政府', '', '2025年3月10日',
    ].join('\n');
    assert.deepEqual(run(RULE, outline), []);
    assert.equal(run(RULE, outline.replace('2.2拓展', '2.3拓展')).length, 1);
  });
});

describe(`${RULE}: an outline's chapter and a cited article at a line's start`, () => {
  it('reads a chapter numbered alone right under a table’s last row, with no blank line between', () => {
    const plan = (sub: string) =>
      [
        '某市人民政府办公室关于印发某市森林火灾应急预案的通知', '某政办发〔2025〕18号', '各区人民政府，市政府各部门：',
        '《某市森林火灾应急预案》已经市政府同意，现印发给你们。', '某市人民政府办公室', '2025年6月5日', '某市森林火灾应急预案',
        '1　总则', '1.1　编制目的', '最大程度减少人员伤亡和财产损失。', '2　组织指挥体系', '2.1　专项工作组', '现场指挥部下设2个专项工作组：',
        '工作组\t牵头单位\t成员单位', '综合协调组\t市应急管理局\t市林业局', '抢险救援组\t市消防救援支队\t市林业局', '3　应急响应',
        '市级层面应急响应设定为四级、三级两个等级。', '3.1　四级响应', '过火面积超过10公顷的，启动四级响应。', `${sub}　三级响应`, '过火面积超过50公顷的，启动三级响应。', '',
      ].join('\n');
    assert.deepEqual(run(RULE, plan('3.2')), []);
    assert.deepEqual(run(RULE, plan('3.3')).map((f) => f.message), ['编号跳号：“3.1”之后为“3.3”，缺少“3.2” (label 2 missing before 3)']);
  });

  it('takes 第二十三条和… that a wrap put at a line’s start for a citation, not an article', () => {
    const notice = (second: string) =>
      [
        '某市应急管理局关于划定森林防火期的通告', '', '某应急〔2025〕9号', '', '　　为做好森林防灭火工作，根据《森林防火条例》', second,
        '的规定，现将有关事项通告如下：', '', '　　一、2025年10月1日至2026年5月31日为全市森林防火期。', '', '　　特此通告。', '', '某市应急管理局', '', '2025年6月10日', '',
      ].join('\n');
    for (const joined of ['第二十三条和《某市森林火灾应急预案》', ' 第二十三条、第二十五条', '第二十三条至第二十五条', '第二十三条及有关规定']) {
      assert.deepEqual(run(RULE, notice(joined)), [], joined);
    }
    assert.equal(parseHeadingLabel('第二十三条　森林防火期内，禁止野外用火。')?.kind, 'article');
  });
});

describe(`${RULE}: a column of codes that follows the 序号 (编号 5-1 … 5-6)`, () => {
  const ROWS: [number, string, string][] = [
    [1, '5-1', '牛头山遗址'], [2, '5-2', '龙窑岗窑址'], [3, '5-3', '石门古城址'], [4, '5-4', '黄氏祖墓'], [5, '5-5', '李伯元墓'], [6, '5-6', '水东天后宫'],
  ];
  const notice = (rows: [number, string, string][]) =>
    documentText({
      title: '某市人民政府关于公布第五批市级文物保护单位的通知', number: '某政发〔2025〕9号', to: '各县（区）人民政府：',
      paragraphs: ['市人民政府核定第五批市级文物保护单位共6处，现予公布。', '附件：某市第五批市级文物保护单位名单'],
      signer: '某市人民政府', date: '2025年4月15日',
      after: ['附件', '', '某市第五批市级文物保护单位名单', '', '序号\t编号\t名称\t时代', ...rows.map(([n, code, name]) => `${n}\t${code}\t${name}\t清`)],
    });

  it('is quiet on codes in step with the 序号, at a constant step, and on codes that follow no 序号', () => {
    assert.deepEqual(run(RULE, notice(ROWS)), []);
    assert.deepEqual(run(RULE, notice(ROWS.map(([n, , name]) => [n, `WB-${n + 100}`, name]))), []);
    // Codes of items kept in their own runs (Ⅱ-3, Ⅶ-4, Ⅷ-7, Ⅷ-15): no step to keep.
    const own = ['Ⅱ-3', 'Ⅶ-4', 'Ⅷ-7', 'Ⅷ-15', 'Ⅹ-6', 'Ⅹ-9'];
    assert.deepEqual(run(RULE, notice(ROWS.map(([n, , name], k) => [n, own[k], name]))), []);
  });

  it('reports a code out of step in one row, and fixes it', () => {
    const wrong = ROWS.map((r): [number, string, string] => (r[0] === 4 ? [4, '5-3', r[2]] : r));
    const found = run(RULE, notice(wrong));
    assert.deepEqual(found.map((f) => f.message), ['编号“5-3”与序号4不对应，应为“5-4”（其余各行编号均与序号对应） (code 5-3 is out of step with its row\'s number; expected 5-4)']);
    assert.equal(fixed(RULE, notice(wrong)), notice(ROWS));
  });

  it('leaves a code skipped where the column keeps rising (2025-008 after 2025-006 on the last row), and fixes a code with its zeros', () => {
    const serials = (...n: number[]) => ROWS.map(([k, , name], j): [number, string, string] => [k, `2025-${String(n[j]).padStart(3, '0')}`, name]);
    assert.deepEqual(run(RULE, notice(serials(1, 2, 3, 4, 5, 7))), []);
    assert.deepEqual(run(RULE, notice(serials(2, 3, 4, 5, 6, 7))), []);
    // The last code a copy of the one above still breaks the rise.
    assert.equal(run(RULE, notice(serials(1, 2, 3, 4, 5, 5))).length, 1);
    const wrong = notice(serials(1, 2, 3, 3, 5, 6));
    assert.deepEqual(run(RULE, wrong).map((f) => f.message), ['编号“2025-003”与序号4不对应，应为“2025-004”（其余各行编号均与序号对应） (code 2025-003 is out of step with its row\'s number; expected 2025-004)']);
    assert.equal(fixed(RULE, wrong), notice(serials(1, 2, 3, 4, 5, 6)));
  });

  it('blames the 序号, not the code, where the 序号 is out of its run', () => {
    const wrong = ROWS.map((r): [number, string, string] => (r[0] === 4 ? [3, r[1], r[2]] : r));
    assert.deepEqual(run(RULE, notice(wrong)).map((f) => f.message), ['序号“3”与上一项重复，应为“4” (label 3 repeats the previous label; expected 4)']);
  });
});

describe(`${RULE}: a note whose first item a wrap broke (注：1．…某高新 / 区…区域。 / 2．…)`, () => {
  const bulletin = (note: string[]) =>
    [
      '某市人民政府公报', '', '目　录', '', '【部门文件】', '', '2025年某市国民经济和社会发展统计公报　　（1）', '',
      '2025年某市国民经济和社会发展统计公报', '', '某市统计局', '', '2026年3月20日', '', '2025年，全市经济运行总体平稳。', '',
      '一、综合', '', '初步核算，全年全市地区生产总值2856.4亿元，比上年增长5.8%。', '', '二、农业', '', '全年粮食播种面积126.8万亩，比上年增加0.6万亩。', '',
      ...note, '',
    ].join('\n');
  const wrapped = ['注：1．本公报中部分数据为初步统计数，各项统计数据均未包括某高新', '区代管范围以外的区域。', '　　2．地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变', '价格计算。', '　　3．部分数据因四舍五入的原因，存在总计与分项合计不等的情况。'];

  it('reads the items under the wrapped first one as the note\'s', () => {
    assert.deepEqual(run(RULE, bulletin(wrapped)), []);
    assert.deepEqual(run(RULE, bulletin(['注：1．本公报中部分数据为初步统计数。', ...wrapped.slice(2)])), []);
    // A page break between the first item and the second.
    assert.deepEqual(run(RULE, bulletin([...wrapped.slice(0, 2), '', '— 4 —', '', '某市人民政府公报  2026年第4期', '', ...wrapped.slice(2)])), []);
  });

  it('still reports a slip in the note', () => {
    const text = bulletin(inject(wrapped.join('\n'), '　　3．', '　　4．').split('\n'));
    assert.deepEqual(run(RULE, text).map((f) => f.message), ['编号跳号：“2．”之后为“4．”，缺少“3．” (label 3 missing before 4)']);
  });
});

describe(`${RULE}: a list whose first item is run in after its lead's colon (主要目标：1．… / 2．…)`, () => {
  const plan = (items: string[]) =>
    documentText({
      title: '某市人民政府办公室关于印发某市养老服务体系建设方案的通知', number: '某政办发〔2026〕12号', to: '各县（市、区）人民政府，市政府各部门：',
      paragraphs: ['一、总体要求', ...items, '二、重点任务', '（一）完善养老服务网络。'], signer: '某市人民政府办公室', date: '2026年3月18日',
    });
  const items = ['主要目标：1．到2027年，全市养老机构护理型床位占比达到65%以上；', '2．每个乡镇至少建成1所综合养老服务中心；', '3．社区居家养老服务覆盖率达到100%。'];

  it('reads the list as going on from the item on the lead\'s line', () => {
    assert.deepEqual(run(RULE, plan(items)), []);
    assert.deepEqual(run(RULE, plan([items[0], items[1].replace(/^2/, '1'), items[2].replace(/^3/, '2')])), []);
  });

  it('still reports a list that neither goes on from it nor starts at 1', () => {
    assert.deepEqual(run(RULE, plan([items[0], items[1].replace(/^2/, '3'), items[2].replace(/^3/, '4')])).map((f) => f.message), [
      '编号“3．”不是应有的起始编号，应为“2．”或“1．” (list starts at 3, expected 2 or 1)',
    ]);
    // A lead whose run-in label is of another kind gives no start.
    assert.equal(run(RULE, plan([items[0].replace('1．', '（1）'), items[1], items[2]])).length, 1);
  });
});
