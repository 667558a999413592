// numbering/totals on the counts of 名单 and 表彰决定: names a PDF wrapped, the line closing a list right under
// its names, a 名单's count in its 附件 line or over a section of it, groups named only by their honour in quotes.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { run, suggested } from './helpers';

const RULE = 'numbering/totals';
const messages = (text: string) => run(RULE, text).map((f) => f.message);

/** A 通报 whose names follow its lead-in, and what closes it. */
const notice = (leadIn: string, names: string[], after: string[]) =>
  [
    '某市人民政府办公室关于表彰2023年度政务信息工作先进的通报', '', '某政办发〔2024〕9号', '', '各区人民政府，市政府各部门：', '',
    '2023年，全市政务信息工作成效明显，涌现出一批先进集体和先进个人。', '', leadIn, ...names, ...after, '', '某市人民政府办公室', '2024年3月6日', '',
  ].join('\n');

describe(`${RULE}: the line closing a list right under its names`, () => {
  const people = ['张　三　市财政局科员', '李　四　市财政局副科长', '王小明　江北区财政局科员'];
  const closing = '希望受表彰的同志珍惜荣誉、再接再厉。';
  const joined = (text: string) => text.replace('\n\n某市人民政府办公室', '\n某市人民政府办公室');

  it('counts the names over a closing remark, the closing formula or the signature right under them', () => {
    for (const names of [people, ['张三', '李四', '王小明']]) {
      assert.deepEqual(messages(notice('决定对以下3名同志予以通报表彰：', names, [closing])), []);
      assert.deepEqual(messages(notice('决定对以下4名同志予以通报表彰：', names, [closing])), ['称以下4名，实际列出3名 (announces 4 items, 3 follow)']);
      assert.deepEqual(messages(notice('决定对以下4名同志予以通报表彰：', names, ['特此通报。'])), ['称以下4名，实际列出3名 (announces 4 items, 3 follow)']);
      assert.deepEqual(messages(joined(notice('决定对以下4名同志予以通报表彰：', names, []))), ['称以下4名，实际列出3名 (announces 4 items, 3 follow)']);
    }
    const units = ['市财政局', '市税务局', '江北区财政局'];
    assert.deepEqual(messages(notice('决定对下列3个单位予以通报表彰：', units, [closing])), []);
    assert.deepEqual(messages(notice('决定对下列4个单位予以通报表彰：', units, [closing])), ['称下列4个，实际列出3个 (announces 4 items, 3 follow)']);
  });

  it('counts the people under a group of the body over the remark or the signature right under them', () => {
    const five = [...people, '赵丽华（女）　市税务局科员', '孙　强　临川县财政局科员'];
    const body = (n: string, after: string[]) =>
      [
        '某市人民政府关于表彰2023年度财政工作先进集体和先进个人的决定', '', '某政发〔2024〕6号', '', '各区人民政府，市政府各部门：', '',
        '市政府决定对以下单位和个人予以表彰。', '', '一、先进集体（2个）', '', '市财政局预算科', '市税务局办公室', '', `二、先进个人（${n}）`, '', ...five, ...after,
        '某市人民政府', '2024年3月6日', '',
      ].join('\n');
    for (const after of [[closing, ''], []]) {
      assert.deepEqual(messages(body('5名', after)), []);
      assert.deepEqual(messages(body('6名', after)), ['“二、先进个人”称共6名，实际列出5名 (claims 6 items, 5 are listed)']);
    }
  });

  it('counts the entries of a 名单 over a closing remark or the line of its printing', () => {
    const decision = (claim: string, after: string[]) =>
      [
        '某市人民政府关于表彰2023年度安全生产先进个人的决定', '', '某政发〔2024〕30号', '', '各区人民政府，市政府各部门：', '',
        '现对王海燕等同志予以表彰。', '', '附件：2023年度安全生产先进个人名单', '', '某市人民政府', '2024年8月12日', '',
        '附件', '', '2023年度安全生产先进个人名单', '', claim, '', '王海燕  市应急管理局', '刘  强  市消防救援支队', '张志明  市交通运输局', ...after, '',
      ].join('\n');
    for (const after of [[closing], ['', '某市人民政府办公室　　　　　　　　2024年8月12日印发']]) {
      assert.deepEqual(messages(decision('（共3名）', after)), [], after.join());
      assert.deepEqual(messages(decision('（共4名）', after)), ['附件“2023年度安全生产先进个人名单”称共4名，实际列出3名 (claims 4 items, 3 are listed)'], after.join());
    }
  });

  it('still leaves a post a PDF may have wrapped under the names alone', () => {
    assert.deepEqual(messages(notice('决定对以下4名同志予以通报表彰：', [...people.slice(0, 2), '王小明　江北区财政局', '信息科科员'], [])), []);
    assert.deepEqual(messages(notice('决定对以下4名同志予以通报表彰：', [...people, '信息科科员。'], [])), []);
  });
});

describe(`${RULE}: names after the lead-in's colon that a PDF wrapped`, () => {
  const closing = ['', '希望受表彰的同志珍惜荣誉，再创佳绩。'];
  const honour = (n: number, names: string[]) => notice(`市政府决定，授予以下${n}名同志“优秀信息员”称号：${names[0]}`, names.slice(1), closing);

  it('joins a name the wrap cut (赵小 / 六、孙七。) and counts the names', () => {
    const names = ['张三、李四、王五、赵小', '六、孙七。'];
    assert.deepEqual(messages(honour(5, names)), []);
    const text = honour(6, names);
    assert.deepEqual(messages(text), ['称以下6名，实际列出5名 (announces 6 items, 5 follow)']);
    assert.equal(suggested(RULE, text), honour(5, names));
    // The name's last character is no label: no list starts at 六、, and the paragraph reads on through it.
    const { issue, findings } = analyze(honour(5, names));
    assert.deepEqual(findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.ruleId), []);
    assert.deepEqual(issue.documents[0].headings, []);
    assert.ok(issue.paragraphs.some((p) => p.text.endsWith('称号：张三、李四、王五、赵小六、孙七。')));
    // Cut elsewhere in a name, or after a 、.
    assert.deepEqual(messages(honour(4, ['张三、李四、王小', '明。'])), ['称以下4名，实际列出3名 (announces 4 items, 3 follow)']);
    assert.deepEqual(messages(honour(6, ['张三、李四、王五、', '赵小六、孙七。'])), ['称以下6名，实际列出5名 (announces 6 items, 5 follow)']);
    assert.deepEqual(messages(honour(5, ['张三、李四、王五、', '赵小六、孙七。'])), []);
  });

  it('joins a name the wrap cut before 一 (李小 / 一、钱多多。) where no 二、 goes on after it', () => {
    const names = ['张三、李四、王五、赵六、孙七、周八、吴九、郑十、李小', '一、钱多多。'];
    assert.deepEqual(messages(honour(10, names)), []);
    assert.deepEqual(messages(honour(11, names)), ['称以下11名，实际列出10名 (announces 11 items, 10 follow)']);
    const { issue } = analyze(honour(10, names));
    assert.deepEqual(issue.documents[0].headings, []);
    assert.ok(issue.paragraphs.some((p) => p.text.endsWith('吴九、郑十、李小一、钱多多。')));
  });

  it('joins them under a lead-in that ends its line, and in a group of the body', () => {
    const below = (n: number) => notice(`决定对以下${n}名同志予以通报表彰：`, ['张三、李四、王五、赵小', '六、孙七。'], closing);
    assert.deepEqual(messages(below(5)), []);
    assert.deepEqual(messages(below(6)), ['称以下6名，实际列出5名 (announces 6 items, 5 follow)']);
    const group = (n: number) =>
      notice('市政府决定，对以下集体和个人予以通报表彰。', ['', '一、先进集体（2个）：市财政局预算科、市税务局办公室', `二、先进个人（${n}名）：张三、李四、王五、赵小`, '六、孙七。'], closing);
    assert.deepEqual(messages(group(5)), []);
    assert.deepEqual(messages(group(6)), ['“二、先进个人”称共6名，实际列出5名 (claims 6 items, 5 are listed)']);
  });

  it('keeps a label that goes on with the list above, or starts one, as a label', () => {
    // 二、 after 一、 is the next group, whatever the line above ends in.
    const groups = notice('市政府决定，对以下个人予以通报表彰。', ['', '一、优秀信息员（2名）：张三、李四', '二、优秀通讯员（3名）：王五、赵小六、孙七'], closing);
    assert.deepEqual(messages(groups), []);
    assert.deepEqual(messages(groups.replace('（3名）', '（4名）')), ['“二、优秀通讯员”称共4名，实际列出3名 (claims 4 items, 3 are listed)']);
    // A closed list, a blank line: the count is the line's only.
    assert.deepEqual(messages(notice('决定授予以下3名同志“优秀信息员”称号：张三、李四、王五。', [], closing)), []);
    assert.deepEqual(messages(notice('决定授予以下3名同志“优秀信息员”称号：张三、李四、王五', ['', '希望受表彰的同志珍惜荣誉、再接再厉。'], [])), []);
    // 一、 under a line ending in a short item starts a list where 二、 goes on after it.
    const list = analyze(notice('重点领域包括交通、能源、水利', ['一、道路、桥梁、隧道。', '加快补齐短板。', '二、电网、气网。', '推进互联互通。'], closing));
    assert.deepEqual(list.issue.documents[0].headings.map((h) => h.label), ['一、', '二、']);
    assert.deepEqual(list.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.ruleId), []);
  });
});

describe(`${RULE}: a 名单's count in its 附件 line or over a section of it`, () => {
  const volunteers = ['王海燕  市应急管理局', '刘  强  市消防救援支队', '张志明  市交通运输局', '李  娜  市住建局', '陈  刚  市水利局', '赵丽华  市财政局', '孙  强  市税务局', '钱  伟  市商务局'];
  const units = ['市应急管理局', '市公安局交通警察支队', '江北区双桥镇人民政府', '市消防救援支队'];
  const notice = (declared: string, title: string, entries: string[]) =>
    [
      '某市人民政府办公室关于表彰2024年度优秀志愿者的通报', '', '某政办发〔2024〕31号', '', '各区人民政府，市政府各部门：', '',
      '2024年，全市志愿服务工作成效明显。为表彰先进，市政府办公室决定对王海燕等同志予以通报表彰。', '', declared, '', '某市人民政府办公室', '2024年12月12日', '',
      '附件', '', title, '', ...entries, '',
    ].join('\n');

  it('checks the count in the 附件 line (附件：…名单（共8名）) against the names the attachment lists', () => {
    const at = (n: number) => notice(`附件：2024年度优秀志愿者名单（共${n}名）`, '2024年度优秀志愿者名单', volunteers);
    assert.deepEqual(messages(at(8)), []);
    // The 版记 under the names (抄送：… over three lines, the 印发 line) is no entry.
    const imprint = ['抄送：市委各部门，市人大常委会办公室，市政协办公室，', '　　　市监委，市法院，市检察院，', '　　　市文明委各成员单位。', '', '某市人民政府办公室　　　　2024年12月12日印发', ''];
    const recorded = (n: number) => notice('附件：2024年度文明单位名单', '2024年度文明单位名单', ['（共' + n + '个）', '', ...units.flatMap((u) => [u, '']), ...imprint]);
    assert.deepEqual(messages(recorded(4)), []);
    assert.deepEqual(messages(recorded(5)), ['附件“2024年度文明单位名单”称共5个，实际列出4个 (claims 5 items, 4 are listed)']);
    const text = at(9);
    assert.deepEqual(messages(text), ['附件“2024年度优秀志愿者名单”称共9名，实际列出8名 (claims 9 items, 8 are listed)']);
    assert.equal(suggested(RULE, text), at(8));
    const found = run(RULE, text)[0];
    assert.equal(text.slice(found.range.start, found.range.end), '9名');
    assert.ok(found.range.start < text.indexOf('某市人民政府办公室\n'));
    // Units, and a count of its groups' entries.
    const groups = (n: number) => notice(`附件：2024年度志愿服务先进集体和优秀志愿者名单（共${n}个）`, '2024年度志愿服务先进集体和优秀志愿者名单', ['一、先进集体', ...units, '二、优秀志愿者', ...volunteers]);
    assert.deepEqual(messages(groups(12)), []);
    assert.deepEqual(messages(groups(13)), ['附件“2024年度志愿服务先进集体和优秀志愿者名单”称共13个，实际列出12个 (claims 13 items, 12 are listed)']);
    // Without a count, or a 名单 it cannot count (names over posts): nothing.
    assert.deepEqual(messages(notice('附件：2024年度优秀志愿者名单', '2024年度优秀志愿者名单', volunteers)), []);
    assert.deepEqual(messages(notice('附件：2024年度优秀志愿者名单（共3名）', '2024年度优秀志愿者名单', ['王海燕', '市应急管理局副局长', '刘强', '市消防救援支队队长'])), []);
    // The title as printed need not repeat the count.
    assert.deepEqual(analyze(at(8)).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.ruleId), []);
  });

  it('checks each section of a 名单 (先进集体名单（共4个）) and the total against their entries', () => {
    const sections = (a: string, b: string, declared = '附件：2024年度志愿服务先进集体和优秀志愿者名单') =>
      notice(declared, '2024年度志愿服务先进集体和优秀志愿者名单', [`先进集体名单（${a}）`, '', ...units, '', `优秀志愿者名单（${b}）`, '', ...volunteers]);
    assert.deepEqual(messages(sections('共4个', '共8名')), []);
    assert.deepEqual(messages(sections('共5个', '共8名')), ['“先进集体名单”称共5个，实际列出4个 (claims 5 items, 4 are listed)']);
    assert.deepEqual(messages(sections('共4个', '共9名')), ['“优秀志愿者名单”称共9名，实际列出8名 (claims 9 items, 8 are listed)']);
    assert.equal(suggested(RULE, sections('共4个', '共9名')), sections('共4个', '共8名'));
    // The total over the sections: of all entries, or of the people only.
    assert.deepEqual(messages(sections('共4个', '共8名', '附件：2024年度志愿服务先进集体和优秀志愿者名单（共12个）')), []);
    assert.deepEqual(messages(sections('共4个', '共8名', '附件：2024年度志愿服务先进集体和优秀志愿者名单（共8名）')), []);
    assert.deepEqual(messages(sections('共4个', '共8名', '附件：2024年度志愿服务先进集体和优秀志愿者名单（共13个）')), [
      '附件“2024年度志愿服务先进集体和优秀志愿者名单”称共13个，实际列出12个 (claims 13 items, 12 are listed)',
    ]);
    // Names two a line under a section: its entries are not counted, and its own count stands in the total.
    const paired = notice('附件：2024年度志愿服务先进集体和优秀志愿者名单（共12个）', '2024年度志愿服务先进集体和优秀志愿者名单', ['先进集体名单（共4个）', ...units, '优秀志愿者名单（共8名）', '王海燕　　刘　强', '张志明　　李　娜', '陈　刚　　赵丽华', '孙　强　　钱　伟']);
    assert.deepEqual(messages(paired), []);
    assert.equal(messages(paired.replace('（共12个）', '（共13个）')).length, 1);
  });
});

describe(`${RULE}: groups named only by their honour in quotes (授予区教育局等3个单位“先进集体”称号)`, () => {
  const units = ['区教育局', '区第一中学', '城关镇中心小学'];
  const people = ['张　三　区第一中学教师', '李　四　城关镇中心小学教师'];
  const sentence = (a: number, b: number) => `区政府决定，授予区教育局等${a}个单位“先进集体”称号，授予张三等${b}名同志“先进个人”称号。`;
  const decision = (said: string, entries: string[]) =>
    [
      '某区人民政府关于表彰2024年度教育工作先进集体和先进个人的决定', '', '某区政发〔2024〕12号', '', '各镇人民政府、街道办事处，区政府各部门：', '',
      '2024年，全区教育系统攻坚克难，涌现出一批先进典型。', '', said, '', '附件：2024年度教育工作先进集体和先进个人名单', '', '某区人民政府', '2024年12月20日', '',
      '附件', '', '2024年度教育工作先进集体和先进个人名单', '', ...entries, '',
    ].join('\n');

  it('checks the count of the text against a group headed 一、“先进集体”', () => {
    const roll = (a: number, b: number) => decision(sentence(a, b), ['一、“先进集体”', '', ...units, '', '二、“先进个人”', '', ...people]);
    assert.deepEqual(messages(roll(3, 2)), []);
    const text = roll(4, 2);
    assert.deepEqual(messages(text), ['“先进集体”称共4个，实际列出3个 (claims 4 items, 3 are listed)']);
    assert.equal(suggested(RULE, text), roll(3, 2));
    assert.deepEqual(messages(roll(3, 3)), ['“先进个人”称共3名，实际列出2名 (claims 3 items, 2 are listed)']);
    // The group's own count, named without the quotes doubled.
    const counted = decision(sentence(3, 2), ['一、“先进集体”（4个）', '', ...units, '', '二、“先进个人”（2名）', '', ...people]);
    assert.deepEqual(messages(counted), ['“一、先进集体”称共4个，实际列出3个 (claims 4 items, 3 are listed)']);
  });

  it('checks a section no label opens (“先进集体”（3个）) and the text\'s count against its entries', () => {
    const roll = (said: string, a: string) => decision(said, [`“先进集体”${a}`, '', ...units, '', '“先进个人”（2名）', '', ...people]);
    assert.deepEqual(messages(roll(sentence(3, 2), '（3个）')), []);
    assert.deepEqual(messages(roll(sentence(3, 2), '（4个）')), ['“先进集体”称共4个，实际列出3个 (claims 4 items, 3 are listed)']);
    assert.deepEqual(messages(roll(sentence(4, 2), '（3个）')), ['“先进集体”称共4个，实际列出3个 (claims 4 items, 3 are listed)']);
    assert.deepEqual(messages(roll(sentence(4, 2), '')), ['“先进集体”称共4个，实际列出3个 (claims 4 items, 3 are listed)']);
    assert.deepEqual(messages(roll(sentence(3, 3), '')), ['“先进个人”称共3名，实际列出2名 (claims 3 items, 2 are listed)']);
  });

  it('checks people a line each under a quoted group of the body', () => {
    const body = (b: number) =>
      [
        '某区人民政府关于表彰2024年度教育工作先进个人的决定', '', '某区政发〔2024〕13号', '', '各镇人民政府、街道办事处，区政府各部门：', '',
        `区政府决定，授予张三等${b}名同志“先进个人”称号。`, '', '一、“先进个人”', '', ...people, '', '希望受表彰的同志珍惜荣誉，再创佳绩。', '', '某区人民政府', '2024年12月20日', '',
      ].join('\n');
    assert.deepEqual(messages(body(2)), []);
    assert.deepEqual(messages(body(3)), ['“先进个人”称共3名，实际列出2名 (claims 3 items, 2 are listed)']);
  });

  it('stays quiet on counts of other things before the honour', () => {
    const roll = (said: string) => decision(said, ['一、“先进集体”', '', ...units, '', '二、“先进个人”', '', ...people]);
    assert.deepEqual(messages(roll('全区120个单位参加“先进集体”评选。区政府决定，授予区教育局等3个单位“先进集体”称号。')), []);
    assert.deepEqual(messages(roll('区政府决定，授予区教育局等单位“先进集体”称号，其中第4个“先进集体”为新评。')), []);
  });
});

describe(`${RULE}: valid 名单 and 表彰 texts stay quiet`, () => {
  const errors = (text: string) => analyze(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.ruleId}: ${f.message}`);
  const closing = ['', '希望受表彰的同志珍惜荣誉，再创佳绩。'];

  it('reads lists without a count, names with their units in brackets, names two a line and 以下 after an age', () => {
    const texts = [
      notice('市政府决定，授予下列同志“优秀信息员”称号：张三、李四、王五、赵小', ['六、孙七。'], closing),
      notice('市政府决定，授予以下3名同志“优秀信息员”称号：张三（市财政局）、李四（市税务局）、王五（江北区', ['财政局）。'], closing),
      notice('决定对以下4名同志予以通报表彰：', ['张　三　　李　四', '王　五　　赵小六'], closing),
      notice('市政府决定选派5名干部驻村帮扶，其中35岁以下2名，名单如下：', ['张三、李四、王五、赵小', '六、孙七。'], closing),
    ];
    for (const text of texts) assert.deepEqual(errors(text), [], text);
  });

  it('reads a 名单 in quoted sections without counts, its 附件 line counting all its entries', () => {
    const text = [
      '某区人民政府关于表彰2024年度教育工作先进集体和先进个人的决定', '', '某区政发〔2024〕12号', '', '各镇人民政府、街道办事处，区政府各部门：', '',
      '区政府决定，授予区教育局等3个单位“先进集体”称号，授予张三等2名同志“先进个人”称号。', '', '附件：2024年度教育工作先进集体和先进个人名单（共5个）', '',
      '某区人民政府', '2024年12月20日', '', '附件', '', '2024年度教育工作先进集体和先进个人名单', '',
      '“先进集体”', '区教育局', '区第一中学', '城关镇中心小学', '', '“先进个人”', '张　三　区第一中学教师', '李　四　城关镇中心小学教师', '',
    ].join('\n');
    assert.deepEqual(errors(text), []);
    assert.deepEqual(messages(text.replace('（共5个）', '（共6个）')), ['附件“2024年度教育工作先进集体和先进个人名单”称共6个，实际列出5个 (claims 6 items, 5 are listed)']);
  });
});

describe('a numeral after a line ending in a short item', () => {
  it('is still a heading where what follows is a title, not names', () => {
    const text = [
      '某市人民政府办公室关于加强基础设施建设的通知', '', '某政办发〔2024〕10号', '', '各区人民政府，市政府各部门：', '',
      '一、总体要求', '', '坚持统筹谋划。', '', '二、重点领域', '', '重点领域包括交通、能源、水利', '四、保障措施', '', '加强组织领导。', '',
      '某市人民政府办公室', '2024年3月6日', '',
    ].join('\n');
    assert.deepEqual(analyze(text).issue.documents[0].headings.map((h) => h.label), ['一、', '二、', '四、']);
  });
});

describe(`${RULE}: names run on under a group of the body, and counts that only each other can tell`, () => {
  const decision = (sentence: string, total: string, names: string[]) =>
    [
      '某市人民政府关于命名表彰第六届道德模范的决定', '', '某政发〔2024〕7号', '', '各区人民政府，市政府各部门：', '',
      `市政府决定，${sentence}。`, '', `一、第六届道德模范提名奖（${total}）`, '', ...names, '',
      '希望受到命名表彰的同志珍惜荣誉，继续发挥示范引领作用。', '', '某市人民政府', '', '2024年3月12日', '',
    ].join('\n');
  const split = ['刘长河、姚丽君（女）、卢　伟、邱建华、崔晓梅（女）、任志强、廖文斌、熊慧敏（女）、方振宇、', '', '— 6 —', '', '某市人民政府公报　　　　　　2024年第3期', '', '夏海燕（女）'];

  it('counts names joined by 、 over a page’s foot, against the group’s count and the sentence’s', () => {
    assert.deepEqual(messages(decision('授予刘长河等10名同志第六届道德模范提名奖', '共10名', split)), []);
    assert.deepEqual(messages(decision('授予刘长河等10名同志第六届道德模范提名奖', '共11名', split)), ['“一、第六届道德模范提名奖”称共11名，实际列出10名 (claims 11 items, 10 are listed)']);
    assert.deepEqual(messages(decision('授予刘长河等11名同志第六届道德模范提名奖', '共10名', split)), ['“第六届道德模范提名奖”称共11名，实际列出10名 (claims 11 items, 10 are listed)']);
  });

  it('says the sentence and the group disagree where the group’s entries cannot be counted', () => {
    const stories = ['刘长河，男，某市第一医院护工，多年义务照料孤寡老人。', '', '姚丽君，女，某区社区工作者，长期帮扶困难家庭。'];
    assert.deepEqual(messages(decision('授予刘长河等2名同志第六届道德模范提名奖', '共2名', stories)), []);
    const found = run(RULE, decision('授予刘长河等3名同志第六届道德模范提名奖', '共2名', stories));
    assert.deepEqual(found.map((f) => f.message), ['文中称“第六届道德模范提名奖”共3名，该组标注为2名，二者不一致 (the text counts 3, the group itself 2)']);
    assert.equal(found[0].suggestions, undefined, 'which of the two is right, the entries cannot tell');
  });
});

describe(`${RULE}: a name a PDF wrapped inside its bracket (王五（江北区 / 财政局）)`, () => {
  const decision = (claim: string, entries: string[]) =>
    [
      '某市人民政府关于表彰2024年度安全生产工作先进个人的决定', '', '某政发〔2025〕3号', '', '各区人民政府，市政府各部门：', '',
      '为表彰先进，市政府决定对张三等同志予以表彰。', '', '附件：2024年度安全生产工作先进个人名单', '', '某市人民政府', '2025年2月10日', '',
      '附件', '', '2024年度安全生产工作先进个人名单', '', claim, '', ...entries, '',
    ].join('\n');
  const runTogether = ['张三（市应急管理局）、李四（市交通', '运输局）、赵六（市住房城乡建设局）、王五（江北区', '财政局）、孙七（江南区应急管理局）、周八（市消防救援支队）'];
  const aLine = ['张三（市应急管理局）', '李四（市交通', '运输局）', '赵六（市住房城乡建设局）', '王五（江北区', '财政局）', '孙七（江南区应急管理局）', '周八（市消防救援支队）'];
  const claims = (n: number) => `附件“2024年度安全生产工作先进个人名单”称共${n}名，实际列出6名 (claims ${n} items, 6 are listed)`;

  it('counts it as one name, names run together with 、 or a name a line', () => {
    for (const entries of [runTogether, aLine]) {
      assert.deepEqual(messages(decision('（共6名）', entries)), [], entries[1]);
      assert.deepEqual(messages(decision('（共7名）', entries)), [claims(7)], entries[1]);
      assert.deepEqual(messages(decision('（共5名）', entries)), [claims(5)], entries[1]);
    }
  });

  it('counts it after the lead-in\'s colon, whatever the tail holds', () => {
    const honour = (n: number, unit: [string, string]) =>
      notice(`市政府决定，对以下${n}名同志予以表彰：张三（市应急管理局）、李四（${unit[0]}`, [`${unit[1]}）、赵六（市住房城乡建设局）、王五（江北区`, '财政局）、孙七（江南区应急管理局）。'], ['', '特此通报。']);
    for (const unit of [['市交通', '运输局'], ['市发展和', '改革委员会']] as [string, string][]) {
      assert.deepEqual(messages(honour(5, unit)), [], unit[0]);
      assert.deepEqual(messages(honour(6, unit)), ['称以下6名，实际列出5名 (announces 6 items, 5 follow)'], unit[0]);
      assert.deepEqual(messages(honour(4, unit)), ['称以下4名，实际列出5名 (announces 4 items, 5 follow)'], unit[0]);
    }
  });

  it('stays quiet on whole names in brackets, and joins no line after a bracket left open by a slip', () => {
    const whole = ['张三（市应急管理局）', '李四（市交通运输局）', '赵六（市住房城乡建设局）'];
    assert.deepEqual(messages(decision('（共3名）', whole)), []);
    // 李四（市交通运输局 never closes: the next lines are names of their own.
    assert.deepEqual(messages(decision('（共3名）', ['张三（市应急管理局）', '李四（市交通运输局', '赵六（市住房城乡建设局）'])), []);
  });
});

describe(`${RULE}: a lead-in and its units as a hard wrap leaves them`, () => {
  const praised = (count: string, names: string[]) =>
    notice(`　　经综合评定，对工作推进有力、成效明显的以下\n${count}个单位予以通报表扬：`, ['', ...names], []);
  const units = ['　　江北新区管委会、临湖县人民政府、澄东区人民政府、市发展改革委、市自', '然资源和规划局、市数据资源管理局。'];

  it('reads a count a wrap put on the line after 以下', () => {
    assert.deepEqual(messages(praised('6', [units.join('')])), []);
    assert.deepEqual(messages(praised('7', [units.join('')])), ['称以下7个，实际列出6个 (announces 7 items, 6 follow)']);
  });

  it('reads a lead-in wherever a wrap breaks it, the names a line each under it', () => {
    const advisers = ['王立新　泓州大学经济学院教授', '陈雅琴　市律师协会副会长', '刘　涛　市规划设计研究院高级工程师'];
    const hire = (leadIn: string) => notice(leadIn, ['', ...advisers.flatMap((a) => [`　　${a}`, ''])], []);
    for (const wrap of ['以下3名同志为第\n五届市政府参事', '以下3\n名同志为第五届市政府参事', '以下3名同\n志为第五届市政府参事', '以下3名同志为第五届市政府参事，聘期五\n年']) {
      const leadIn = `　　经市人民政府研究，决定聘任${wrap}，聘期五年：`.replace('，聘期五\n年，聘期五年', '，聘期五\n年');
      assert.deepEqual(messages(hire(leadIn)), [], wrap);
      assert.deepEqual(messages(hire(leadIn.replace('3', '4'))), ['称以下4名，实际列出3名 (announces 4 items, 3 follow)'], wrap);
      assert.match(suggested(RULE, hire(leadIn.replace('3', '4'))), /以下3(?:\n)?名同/, wrap);
    }
    // 以下 after a quantity across the wrap means "under": no lead-in.
    assert.deepEqual(messages(hire('　　经研究，决定聘任处级及\n以下4名同志为参事：')), []);
  });

  it('reads a unit\'s name of two characters that ends as none does (市自 / 然资源和规划局) as cut by the wrap', () => {
    assert.deepEqual(messages(praised('6', units)), []);
    assert.deepEqual(messages(praised('7', units)), ['称以下7个，实际列出6个 (announces 7 items, 6 follow)']);
    // A short name that ends as a unit's or a place's does may be whole: the count may be either.
    const whole = ['　　江北新区管委会、临湖县人民政府、澄东区人民政府、市发展改革委、南浦县', '市自然资源和规划局、市数据资源管理局。'];
    assert.deepEqual(messages(praised('7', whole)), []);
    assert.deepEqual(messages(praised('6', whole)), []);
  });
});

describe(`${RULE}: an item's field after its colon`, () => {
  const plan = (n: string, drafters: string) =>
    [
      '某市人民政府2025年度立法工作计划', '', `　　一、提请市人大常委会审议的地方性法规项目（共${n}件）`, '',
      '　　1．《某市河道管理条例（草案）》，起草单位：市水务局。', '', '　　2．《某市养犬管理条例（草案）》，起草单位：市公安局。', '',
      `　　3．《某市历史文化名城保护条例（修订草案）》，起草单位：${drafters}。`, '', '　　二、工作要求', '', '　　各起草单位要按时报送送审稿。', '',
    ].join('\n');

  it('counts the items, not the units their 起草单位 names', () => {
    assert.deepEqual(messages(plan('3', '市文化广电旅游局、市住房城乡建设局')), []);
    assert.deepEqual(messages(plan('3', '市文化广电旅游局')), []);
    assert.deepEqual(messages(plan('4', '市文化广电旅游局、市住房城乡建设局')), ['“一、提请市人大常委会审议的地方性法规项目”称共4件，实际列出3件 (claims 4 items, 3 are listed)']);
  });

  it('still counts the names after a group title’s colon', () => {
    const roll = (n: string) =>
      ['某市人民政府关于表彰先进单位的决定', '', '某政发〔2025〕3号', '', '各区人民政府，市政府各部门：', '', '　　市政府决定对以下单位予以表彰。', '',
        `　　一、先进单位（${n}个）：市水务局、市公安局、市财政局`, '', '某市人民政府', '2025年3月6日', ''].join('\n');
    assert.deepEqual(messages(roll('3')), []);
    assert.deepEqual(messages(roll('4')), ['“一、先进单位”称共4个，实际列出3个 (claims 4 items, 3 are listed)']);
  });
});

describe(`${RULE}: a group no label opens, counted and listed after its colon (优秀等次（3个）：…)`, () => {
  const result = (lines: string[]) =>
    ['某市人民政府办公室关于2024年度政务公开工作考核结果的通报', '', '某政办发〔2025〕6号', '', '各区人民政府，市政府各部门：', '',
      '　　经综合评定，现将考核结果通报如下：', '', '　　一、区人民政府', '', ...lines, '', '　　希望受到通报的单位再接再厉。', '', '某市人民政府办公室', '', '2025年2月10日', ''].join('\n');
  const grade = (n: string, names = '江北区、临川区、望江区。') => `　　优秀等次（${n}个）：${names}`;

  it('checks the count against the names after the colon', () => {
    assert.deepEqual(messages(result([grade('3'), '', '　　良好等次（2个）：东湖区、西山区。'])), []);
    const text = result([grade('4'), '', '　　良好等次（2个）：东湖区、西山区。']);
    assert.deepEqual(messages(text), ['“优秀等次”称共4个，实际列出3个 (claims 4 items, 3 are listed)']);
    assert.equal(suggested(RULE, text), result([grade('3'), '', '　　良好等次（2个）：东湖区、西山区。']));
  });

  it('reads names a wrap carried onto the next line', () => {
    const units = '市教育局、市人力资源社会保障局、市自然资源和规划局、市住房城乡建设局。';
    const wrapped = (n: string) => result([`　　优秀等次（${n}个）：市教育局、市人力资源社会保障局、市自`, '然资源和规划局、市住房城乡建设局。']);
    assert.deepEqual(messages(result([grade('4', units)])), []);
    assert.deepEqual(messages(wrapped('4')), []);
    assert.deepEqual(messages(wrapped('5')), ['“优秀等次”称共5个，实际列出4个 (claims 5 items, 4 are listed)']);
  });

  it('is quiet where the words after the colon are no list of names, or the list leaves some out', () => {
    assert.deepEqual(messages(result(['　　重点区域（3个）：以江北区为重点，带动临川区、望江区协同发展。'])), []);
    assert.deepEqual(messages(result([grade('5', '江北区、临川区、望江区等。')])), []);
  });
});

describe(`${RULE}: a count of people in a sentence closing its paragraph, over the groups under it (以下11名同志为…。)`, () => {
  const decision = (n: string, extra: string[] = []) =>
    ['某市人民政府关于聘任第四届市人民政府法律顾问的决定', '', '某政发〔2025〕5号', '', '各区人民政府，市政府各部门：', '',
      `　　经市政府研究，决定聘任以下${n}名同志为第四届市人民政府法律顾问，聘期3年，自2025年3月1日至2028年2月29日。`, '',
      '　　一、专家学者（2名）', '', '　　周启明　　某市学院法学院院长、教授', '', '　　唐晓燕　　某市学院法学院副教授', '',
      '　　二、执业律师（3名）', '', '　　刘建华　　某某律师事务所主任、律师', '', '　　张　敏　　某某律师事务所合伙人、律师', '', ...extra, '　　杨　帆　　某某律师事务所律师', '',
      '　　第三届市人民政府法律顾问聘期已满，自然解聘。', '', '某市人民政府', '', '2025年2月26日', ''].join('\n');

  it('counts the people of every group, a post of two titles set off by 、 read as one', () => {
    assert.deepEqual(messages(decision('5')), []);
    const text = decision('6');
    assert.deepEqual(messages(text), ['称以下6名，实际列出5名 (announces 6 items, 5 follow)']);
    assert.equal(suggested(RULE, text), decision('5'));
  });

  it('is quiet where what follows is no groups of people', () => {
    const text = (n: string) =>
      ['某市人民政府关于聘任市人民政府参事的决定', '', '某政发〔2025〕6号', '', '各区人民政府，市政府各部门：', '',
        `　　经市政府研究，决定聘任以下${n}名同志为市人民政府参事，聘期5年。`, '', '　　一、聘任程序', '', '　　参事由市政府办公室按程序报批。', '', '某市人民政府', '', '2025年2月26日', ''].join('\n');
    assert.deepEqual(messages(text('4')), []);
  });
});

/**
 * A 表彰决定 and its 名单 hard-wrapped at 23 characters, as a PDF leaves them: the wrap cuts names of the inline runs
 * (…市消防救援 / 支队, …市 / 交通运输局) and the quoted honour of the decision's sentence (…等6名同志“2024 / 年度…).
 */
const WRAPPED = [
  '澄州市人民政府关于表彰2024年度全市安全生产工作先进集体和先进个人的决定',
  '',
  '澄政发〔2025〕3号',
  '',
  '各县（市、区）人民政府，市政府各部门：',
  '',
  '　　2024年，全市各级各部门认真落实安全生产',
  '责任制，深入开展重大事故隐患专项排查整治行动，',
  '全市生产安全事故起数和死亡人数实现“双下降”。',
  '为表彰先进、激励担当，市政府决定，授予市应急管',
  '理局等11个单位“2024年度全市安全生产工作',
  '先进集体”称号，授予陈立新等6名同志“2024',
  '年度全市安全生产工作先进个人”称号。',
  '',
  '　　希望受到表彰的先进集体和先进个人珍惜荣誉，',
  '再接再厉，为推动全市安全生产形势持续稳定向好作',
  '出新的更大贡献。',
  '',
  '　　附件：2024年度全市安全生产工作先进集体',
  '和先进个人名单',
  '',
  '澄州市人民政府',
  '',
  '2025年1月20日',
  '',
  '附件',
  '',
  '2024年度全市安全生产工作先进集体和先进个人名单',
  '',
  '　　一、先进集体（11个）',
  '',
  '　　市应急管理局、市住房城乡建设局、市消防救援',
  '支队、澄南区应急管理局、澄北区住房城乡建设局、',
  '临江县应急管理局、临江县安全生产委员会办公室、',
  '青山县白沙镇人民政府、青山县水口乡人民政府、市',
  '交通运输局、市市场监督管理局',
  '',
  '　　二、先进个人（6名）',
  '',
  '　　陈立新（市应急管理局）、王　芳（市消防救援',
  '支队）、李海军（澄南区应急管理局）、赵国庆（临',
  '江县应急管理局）、周　敏（青山县白沙镇人民政府）、',
  '孙建华（市交通运输局）',
  '',
].join('\n');

describe(`${RULE}: a 名单 and its decision wrapped at the page's width`, () => {
  it('reads a line as wide as the page\'s wrapped lines, with no 、 at its end, as cut inside a name', () => {
    assert.deepEqual(messages(WRAPPED), []);
    assert.deepEqual(messages(WRAPPED.replace('先进集体（11个）', '先进集体（12个）')), ['“一、先进集体”称共12个，实际列出11个 (claims 12 items, 11 are listed)']);
  });

  it('reads the decision\'s sentence and its quoted honour across the wrap', () => {
    assert.deepEqual(messages(WRAPPED.replace('陈立新等6名', '陈立新等7名')), [
      '“先进个人”称共7名，实际列出6名 (claims 7 items, 6 are listed)',
    ]);
  });

  it('stays quiet where a line short of the page\'s width ends without 、 (a group a line, or a 、 left out)', () => {
    const short = WRAPPED.replace('青山县水口乡人民政府、市\n交通运输局', '青山县水口乡人民政府\n市交通运输局');
    for (const n of [10, 11]) assert.deepEqual(messages(short.replace('先进集体（11个）', `先进集体（${n}个）`)), [], String(n));
    assert.equal(messages(short.replace('先进集体（11个）', '先进集体（12个）')).length, 1);
  });
});
